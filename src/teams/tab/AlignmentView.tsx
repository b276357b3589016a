import { AlignmentTree } from '../../ui/components/AlignmentTree/AlignmentTree';
import { AcrossTeams } from '../../ui/screens/AcrossTeams';

/** The alignment tree across teams; its own chunk, loaded when the view is chosen. */
export default function AlignmentView({ cycleId }: { readonly cycleId: string }) {
  return (
    <AcrossTeams cycleId={cycleId} label="the alignment across teams">
      {(board) => <AlignmentTree board={board} />}
    </AcrossTeams>
  );
}
