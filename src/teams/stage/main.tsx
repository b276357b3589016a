import { useEffect } from 'react';
import { useAppServices } from '../../ui/app/AppServices';
import { EmptyState } from '../../ui/components/States/EmptyState';
import { startMeetingSurface } from '../../ui/meeting/MeetingApp';
import { stageRoundFromQuery } from '../../ui/meeting/round/stage-url';
import { Stage } from '../../ui/meeting/Stage/Stage';

const round = stageRoundFromQuery(window.location.search);

void startMeetingSurface(() => (round ? <Stage round={round} /> : <NoRound />));

/** Nothing shared yet: still a finished screen, so Teams hides its loading indicator. */
function NoRound() {
  const { firstScreenReady } = useAppServices();
  useEffect(firstScreenReady, [firstScreenReady]);
  return (
    <main>
      <EmptyState
        title="No check-in round"
        message="Open the OKR side panel in the meeting, pick the key results to review and share them to the stage."
      />
    </main>
  );
}
