import { surfaces, type Surface, type SurfaceId } from '../../surfaces';
import { tabEntityId } from '../../host/tab-settings';
import { demoUsers } from '../graph-emulator/demo-tenant';

export interface HubLink {
  readonly label: string;
  readonly href: string;
  readonly detail: string;
}

const teamsSimulator = '/dev/teams-simulator/index.html';
const excelSimulator = '/dev/excel-simulator/index.html';
/** The personal app's "All OKRs" tab (manifest): every team, the running cycle. */
const allOkrsEntityId = tabEntityId({ teamIds: [], cycleId: 'current' });

/** Each Teams surface in the contexts Teams shows it in (the tab page serves two). */
const teamsContexts: Readonly<Partial<Record<SurfaceId, readonly HubLink[]>>> = {
  tab: [
    {
      label: 'My OKRs',
      // The default simulated user is the coach, who owns no OKRs; a KR owner shows the tab at work.
      href: `${teamsSimulator}?context=personal&user=${demoUsers.alexWilber.id}`,
      detail: `personal tab, as ${demoUsers.alexWilber.displayName}`,
    },
    {
      label: 'All OKRs',
      href: `${teamsSimulator}?context=personal&staticTab=${encodeURIComponent(allOkrsEntityId)}`,
      detail: 'personal tab, every team',
    },
    { label: 'Team board', href: `${teamsSimulator}?context=channel`, detail: 'channel tab' },
  ],
  config: [
    { label: 'Tab configuration', href: `${teamsSimulator}?context=config`, detail: 'add a tab' },
    {
      label: 'Meeting tab configuration',
      href: `${teamsSimulator}?context=meetingChat`,
      detail: 'add the app to a meeting',
    },
  ],
  sidepanel: [
    {
      label: 'Meeting side panel',
      href: `${teamsSimulator}?context=sidePanel&participants=3`,
      detail: 'three participants; share a check-in round to the stage',
    },
  ],
  stage: [
    {
      label: 'Meeting stage',
      href: `${teamsSimulator}?context=stage&participants=3`,
      detail: 'three participants voting side by side',
    },
  ],
};

function linksFor(surface: Surface): readonly HubLink[] {
  if (surface.host === 'excel') {
    return [
      {
        label: surface.title,
        href: `${excelSimulator}?surface=${surface.id}`,
        detail: 'in the Excel workbook simulator',
      },
    ];
  }
  return (teamsContexts[surface.id] ?? []).map((link) => ({
    ...link,
    detail: `${link.detail}, in the Teams host simulator`,
  }));
}

export function hubLinks(host: Surface['host']): HubLink[] {
  return surfaces.filter((s) => s.host === host).flatMap(linksFor);
}
