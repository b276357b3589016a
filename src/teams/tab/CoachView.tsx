import { useAppServices } from '../../ui/app/AppServices';
import { today } from '../../ui/board/useBoardData';
import { coachHealth } from '../../ui/coach/coachHealth';
import { CoachHealthView } from '../../ui/components/CoachHealthView/CoachHealthView';
import { useNudge } from '../../ui/hooks/useNudge';
import { AcrossTeams } from '../../ui/screens/AcrossTeams';

/** Health across teams for a coach; its own chunk (with the coaching rules), loaded on demand. */
export default function CoachView({ cycleId }: { readonly cycleId: string }) {
  const { operatingModel } = useAppServices();
  const nudge = useNudge();
  return (
    <AcrossTeams cycleId={cycleId} label="the coach view">
      {(board, history) => (
        <CoachHealthView
          health={coachHealth(board, history, operatingModel, today())}
          confidenceMax={operatingModel.confidenceScale.max}
          nudge={nudge}
        />
      )}
    </AcrossTeams>
  );
}
