import {
  Button,
  Caption1,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Text,
  Tree,
  TreeItem,
  TreeItemLayout,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { matchedParts, type AlignmentNode } from '../../../core/alignment';
import { formatProgress } from '../../../core/format';
import type { Objective } from '../../../core/model';
import type { BoardWords } from '../../board/board-words';
import { EmptyState } from '../States/EmptyState';
import { FinalScoreBadge } from '../FinalScore/FinalScore';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import type { AlignmentTreeState } from './AlignmentTree.types';
import type { useAlignmentTreeStyles } from './useAlignmentTreeStyles';

type Styles = ReturnType<typeof useAlignmentTreeStyles>;

/** `text` with what the search matched in it marked; the text as it is without a search. */
function marked(text: string, state: AlignmentTreeState, styles: Styles) {
  if (state.found.size === 0) return text;
  return matchedParts(text, state.query).map((part, index) =>
    part.match ? (
      <mark key={index} className={styles.mark}>
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

function renderNode(
  node: AlignmentNode<Objective>,
  state: AlignmentTreeState,
  styles: Styles,
  words: BoardWords,
) {
  const { locale, say } = words;
  const { objective } = node;
  const leaf = node.children.length === 0;
  const found = state.found.has(objective.id);
  const final = state.finalOf(objective.id);
  const cycle = state.cycleOf(objective.id);
  return (
    <TreeItem
      key={objective.id}
      itemType={leaf ? 'leaf' : 'branch'}
      value={objective.id}
      {...(found ? { 'data-found': true } : {})}
    >
      <TreeItemLayout
        className={mergeClasses(styles.layout, found && styles.found)}
        main={{ className: styles.main }}
        aside={{
          className: mergeClasses(styles.asideSlot, leaf ? undefined : styles.asideUnderBranch),
          children: (
            <span className={styles.aside}>
              {cycle ? (
                // Another cycle's objective: its cycle says where it is, the board its progress.
                <Caption1 className={styles.team}>
                  {say('In {cycle}', { cycle: cycle.name })}
                </Caption1>
              ) : final ? (
                <FinalScoreBadge final={final} title={objective.title} />
              ) : (
                <StatusBadge
                  status={state.statusOf(objective.id)}
                  {...(objective.statusOverride ? { override: objective.statusOverride } : {})}
                />
              )}
              {cycle ? null : (
                <Caption1 className={styles.progress}>
                  {formatProgress(state.progressOf(objective.id), locale)}
                </Caption1>
              )}
            </span>
          ),
        }}
      >
        <Text className={styles.title}>{marked(objective.title, state, styles)}</Text>{' '}
        <Caption1 className={styles.team}>
          · {marked(state.teamName(objective.teamId), state, styles)}
          {objective.owner ? ' · ' : ''}
          {objective.owner ? marked(objective.owner.displayName, state, styles) : null}
        </Caption1>
        {objective.alignments && objective.alignments.length > 1 ? (
          <Caption1 className={styles.team}>
            {' · '}
            {say('aligns to {objectives}', {
              objectives: objective.alignments
                .map(
                  (a) =>
                    `${state.titleOf(a.objectiveId) ?? say('an objective of another cycle')} (${formatProgress(a.weight, locale)})`,
                )
                .join(', '),
            })}
          </Caption1>
        ) : null}
      </TreeItemLayout>
      {leaf ? null : (
        <Tree>{node.children.map((child) => renderNode(child, state, styles, words))}</Tree>
      )}
    </TreeItem>
  );
}

/**
 * The search box, how many objectives it found, and the tree: the way down to each found opened
 * and each marked; or, when the search finds nothing, a message saying so in the tree's place.
 */
export function renderAlignmentTree(state: AlignmentTreeState, styles: Styles, words: BoardWords) {
  const { say } = words;
  const searching = state.query.trim() !== '';
  return (
    <div className={styles.root}>
      <div className={styles.search} role="search">
        <SearchBox
          className={styles.searchBox}
          aria-label={say('Search objectives by title, owner or team')}
          placeholder={say('Search objectives')}
          dismiss={{ 'aria-label': say('Clear the search') }}
          value={state.query}
          onChange={(_, data) => state.search(data.value)}
          onKeyDown={state.onSearchKeyDown}
        />
        <Caption1 className={styles.count} role="status">
          {searching
            ? say('{count} {count|objective matches|objectives match} “{query}”', {
                count: state.found.size,
                query: state.query.trim(),
              })
            : ''}
        </Caption1>
      </div>
      {state.loops.map((loop) => (
        <MessageBar key={loop.join('>')} intent="warning">
          <MessageBarBody>
            {say('These objectives align to each other in a circle: {loop}.', {
              loop: loop.join(' → '),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {searching && state.found.size === 0 ? (
        <EmptyState
          icon={<SearchRegular />}
          title={say('No objective matches')}
          message={say(
            'No objective of this cycle has “{query}” in its title, its owner’s name or its team’s.',
            { query: state.query.trim() },
          )}
          action={<Button onClick={() => state.search('')}>{say('Clear the search')}</Button>}
        />
      ) : (
        // The open items are the view's, so that a search can open the way to what it finds:
        // https://storybooks.fluentui.dev/react/?path=/docs/components-tree--docs (Open Items Controlled)
        <Tree
          ref={state.treeRef}
          aria-label={say('Alignment of objectives across teams')}
          openItems={state.openItems}
          onOpenChange={(_, data) => state.setOpenItems(data.openItems as Set<string>)}
        >
          {state.tree.roots.map((root) => renderNode(root, state, styles, words))}
        </Tree>
      )}
    </div>
  );
}
