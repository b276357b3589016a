import { EmptyState } from '../../ui/components/States/EmptyState';
import { startMeetingSurface } from '../../ui/meeting/MeetingApp';
import { stageRoundFromQuery } from '../../ui/meeting/round/stage-url';
import { Stage } from '../../ui/meeting/Stage/Stage';

const round = stageRoundFromQuery(window.location.search);

void startMeetingSurface(() =>
  round ? (
    <Stage round={round} />
  ) : (
    <main>
      <EmptyState
        title="No check-in round"
        message="Open the OKR side panel in the meeting, pick the key results to review and share them to the stage."
      />
    </main>
  ),
);
