import {
  Caption1,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  Tree,
  TreeItem,
  TreeItemLayout,
} from '@fluentui/react-components';
import type { AlignmentNode } from '../../../core/alignment';
import type { Objective } from '../../../core/model';
import { formatProgress } from '../../../core/format';
import { useLocale } from '../../app/AppServices';
import { EmptyState } from '../States/EmptyState';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { useAlignmentTree } from './useAlignmentTree';
import { useAlignmentTreeStyles } from './useAlignmentTreeStyles';
import type { AlignmentTreeProps } from './AlignmentTree.types';

/** How objectives align across teams, as a Fluent tree (arrow keys move and expand). */
export function AlignmentTree(props: AlignmentTreeProps) {
  const state = useAlignmentTree(props);
  const styles = useAlignmentTreeStyles();
  const locale = useLocale();
  const titles = new Map(props.board.objectives.map((o) => [o.id, o.title]));
  const renderNode = (node: AlignmentNode<Objective>) => {
    const { objective } = node;
    const leaf = node.children.length === 0;
    return (
      <TreeItem key={objective.id} itemType={leaf ? 'leaf' : 'branch'} value={objective.id}>
        <TreeItemLayout
          className={styles.layout}
          main={{ className: styles.main }}
          aside={{
            className: mergeClasses(styles.asideSlot, leaf ? undefined : styles.asideUnderBranch),
            children: (
              <span className={styles.aside}>
                <StatusBadge
                  status={state.statusOf(objective.id)}
                  {...(objective.statusOverride ? { override: objective.statusOverride } : {})}
                />
                <Caption1 className={styles.progress}>
                  {formatProgress(state.progressOf(objective.id), locale)}
                </Caption1>
              </span>
            ),
          }}
        >
          <Text className={styles.title}>{objective.title}</Text>{' '}
          <Caption1 className={styles.team}>
            · {state.teamName(objective.teamId)}
            {objective.owner ? ` · ${objective.owner.displayName}` : ''}
          </Caption1>
          {objective.alignments && objective.alignments.length > 1 ? (
            <Caption1 className={styles.team}>
              {' '}
              · aligns to{' '}
              {objective.alignments
                .map(
                  (a) =>
                    `${titles.get(a.objectiveId) ?? 'an objective of another cycle'} (${formatProgress(a.weight, locale)})`,
                )
                .join(', ')}
            </Caption1>
          ) : null}
        </TreeItemLayout>
        {leaf ? null : <Tree>{node.children.map(renderNode)}</Tree>}
      </TreeItem>
    );
  };
  if (props.board.objectives.length === 0) {
    return (
      <EmptyState
        title="Nothing to align yet"
        message="Once teams write objectives for this cycle, you see here how they connect to the company's."
      />
    );
  }
  return (
    <div className={styles.root}>
      {state.loops.map((loop) => (
        <MessageBar key={loop.join('>')} intent="warning">
          <MessageBarBody>
            These objectives align to each other in a circle: {loop.join(' → ')}.
          </MessageBarBody>
        </MessageBar>
      ))}
      <Tree
        aria-label="Alignment of objectives across teams"
        defaultOpenItems={state.tree.roots.map((r) => r.objective.id)}
      >
        {state.tree.roots.map(renderNode)}
      </Tree>
    </div>
  );
}
