import { Suspense, useEffect } from 'react';
import { lazyScreen } from '../../ui/app/lazyScreen';
import { screenChunk } from '../../ui/app/screenChunk';
import { useAppServices } from '../../ui/app/AppServices';
import { EmptyState } from '../../ui/components/States/EmptyState';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { startMeetingSurface } from '../../ui/meeting/MeetingApp';
import { useMeetingWords } from '../../ui/meeting/meeting-words';
import { stageRoundFromQuery } from '../../ui/meeting/round/stage-url';
import { reloadable } from '../../reloadable';

const round = stageRoundFromQuery(window.location.search);

// The round's screen is a chunk of its own, fetched now (when a round was shared) so that it
// arrives while the host, its theme and the services start; Live Share still loads on demand.
const loadStage = screenChunk(reloadable(() => import('../../ui/meeting/Stage/Stage')));
if (round) void loadStage();
const Stage = lazyScreen(loadStage, ({ Stage }) => Stage);

void startMeetingSurface(() =>
  round ? (
    <Suspense fallback={<Joining />}>
      <Stage round={round} />
    </Suspense>
  ) : (
    <NoRound />
  ),
);

function Joining() {
  const { say } = useMeetingWords();
  return <LoadingState label={say('Joining the check-in round')} />;
}

/** Nothing shared yet: still a finished screen, so Teams hides its loading indicator. */
function NoRound() {
  const { firstScreenReady } = useAppServices();
  const { say } = useMeetingWords();
  useEffect(firstScreenReady, [firstScreenReady]);
  return (
    <main>
      <EmptyState
        headingLevel={1}
        title={say('No check-in round')}
        message={say(
          'Open the OKR side panel in the meeting, pick the key results to review and share them to the stage.',
        )}
      />
    </main>
  );
}
