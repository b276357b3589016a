import { Suspense } from 'react';
import { lazyScreen } from '../../ui/app/lazyScreen';
import { screenChunk } from '../../ui/app/screenChunk';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { startMeetingSurface } from '../../ui/meeting/MeetingApp';
import { useMeetingWords } from '../../ui/meeting/meeting-words';
import { reloadable } from '../../reloadable';

// The panel itself (its picker, prompts and share button) is a chunk of its own, fetched now so
// that it arrives while the host, its theme and the services start: the page shows their
// loading screen until then, and none of the panel before the team's OKRs are there.
const loadSidePanel = screenChunk(reloadable(() => import('../../ui/meeting/SidePanel/SidePanel')));
void loadSidePanel();
const SidePanel = lazyScreen(loadSidePanel, ({ SidePanel }) => SidePanel);

void startMeetingSurface(() => (
  <Suspense fallback={<Loading />}>
    <SidePanel />
  </Suspense>
));

function Loading() {
  const { say } = useMeetingWords();
  return <LoadingState label={say('Loading the team’s OKRs')} />;
}
