import { AlignmentTree } from '../../ui/components/AlignmentTree/AlignmentTree';
import { useSay } from '../../ui/board/say';
import { AcrossTeams } from '../../ui/screens/AcrossTeams';

/** The alignment tree across teams; its own chunk, loaded when the view is chosen. */
export default function AlignmentView({ cycleId }: { readonly cycleId: string }) {
  const say = useSay();
  return (
    <AcrossTeams cycleId={cycleId} loading={say('Loading the alignment across teams')}>
      {(board) => <AlignmentTree board={board} />}
    </AcrossTeams>
  );
}
