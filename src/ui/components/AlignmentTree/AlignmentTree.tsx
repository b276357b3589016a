import { useBoardWords } from '../../board/board-words';
import { EmptyState } from '../States/EmptyState';
import { renderAlignmentTree } from './renderAlignmentTree';
import { useAlignmentTree } from './useAlignmentTree';
import { useAlignmentTreeStyles } from './useAlignmentTreeStyles';
import type { AlignmentTreeProps } from './AlignmentTree.types';

/**
 * How objectives align across teams, as a Fluent tree (arrow keys move and expand), with a
 * search that finds objectives by title, owner or team.
 */
export function AlignmentTree(props: AlignmentTreeProps) {
  const state = useAlignmentTree(props);
  const styles = useAlignmentTreeStyles();
  const words = useBoardWords();
  if (props.board.objectives.length === 0) {
    return (
      <EmptyState
        title={words.say('Nothing to align yet')}
        message={words.say(
          "Once teams write objectives for this cycle, you see here how they connect to the company's.",
        )}
      />
    );
  }
  return renderAlignmentTree(state, styles, words);
}
