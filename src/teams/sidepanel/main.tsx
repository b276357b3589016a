import { startMeetingSurface } from '../../ui/meeting/MeetingApp';
import { SidePanel } from '../../ui/meeting/SidePanel/SidePanel';

void startMeetingSurface(() => <SidePanel />);
