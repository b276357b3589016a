import { Caption1, mergeClasses, Subtitle1 } from '@fluentui/react-components';
import type { BoardWords } from '../../board/board-words';
import { ObjectiveCard } from '../ObjectiveCard/ObjectiveCard';
import type { BoardProps, BoardState } from './Board.types';
import type { useBoardStyles } from './useBoardStyles';

export function renderBoard(
  props: BoardProps,
  state: BoardState,
  styles: ReturnType<typeof useBoardStyles>,
  { say }: BoardWords,
) {
  // What the board keeps for itself; the rest is what each objective's card takes.
  const { teams, collapsedIds, focusTarget, onFocusTargetShown, ...cardProps } = props;
  const { rows, items, inFlow, totalSize, measureElement, scrollRef, onKeyDown } = state;
  return (
    // Named for what it lists: the screen's region around it names the teams and the cycle.
    <div
      ref={scrollRef}
      className={styles.scroller}
      role="region"
      aria-label={say('Objectives and key results')}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className={styles.canvas} style={{ height: totalSize }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={row.key}
              ref={measureElement}
              data-index={item.index}
              className={mergeClasses(styles.row, inFlow && styles.rowInFlow)}
              style={inFlow ? undefined : { transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'team' ? (
                <h2 className={styles.team}>
                  <Subtitle1>{row.team.team.name}</Subtitle1>
                  <Caption1 className={styles.count}>
                    {say('{count} {count|objective|objectives}', {
                      count: row.team.objectives.length,
                    })}
                  </Caption1>
                </h2>
              ) : (
                <ObjectiveCard
                  view={row.view}
                  {...cardProps}
                  collapsed={collapsedIds?.has(row.view.objective.id) ?? false}
                  highlight={
                    focusTarget?.objectiveId === row.view.objective.id ? focusTarget : undefined
                  }
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
