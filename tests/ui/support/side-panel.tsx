import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { Person } from '../../../src/core/model';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import type { Host } from '../../../src/host/types';
import type { Board, OkrRepository } from '../../../src/store/repository';
import { AppServicesProvider } from '../../../src/ui/app/AppServices';
import { meetingWordsFor } from '../../../src/ui/meeting/meeting-words';
import { renderSidePanel } from '../../../src/ui/meeting/SidePanel/renderSidePanel';
import { SidePanel } from '../../../src/ui/meeting/SidePanel/SidePanel';
import type { SidePanelState } from '../../../src/ui/meeting/SidePanel/SidePanel.types';
import { useSidePanelStyles } from '../../../src/ui/meeting/SidePanel/useSidePanelStyles';
import { siteRolesOf } from './site-roles';

function Panel({ state }: { readonly state: SidePanelState }) {
  return renderSidePanel(state, useSidePanelStyles());
}

/** The meeting side panel's state, in English, its board read, with `overrides`. */
export function panelState(overrides: Partial<SidePanelState>): SidePanelState {
  return {
    mode: 'checkIn',
    setMode: () => undefined,
    // Fluent's TabList not loaded yet: the stand-in paints the mode's tabs.
    modeTabs: {
      module: undefined,
      mark: (name: string) => ({ 'data-stand-in': name }),
      trigger: (name: string) => ({ 'data-stand-in': name }),
      openedEarly: () => false,
    },
    say: meetingWordsFor(undefined, 'en').say,
    data: { status: 'ready' },
    prompts: [],
    groups: [],
    pickerGroups: [],
    selected: new Set<string>(),
    toggle: () => undefined,
    toggleAll: () => undefined,
    search: '',
    setSearch: () => undefined,
    filter: {},
    filterChoices: { teams: [], owners: [] },
    changeFilter: () => undefined,
    canShare: true,
    share: { status: 'idle' },
    confirmingReplace: false,
    ...overrides,
  } as unknown as SidePanelState;
}

/** Paints the side panel from `state` (its view alone: no host, no store). */
export function renderPanel(state: SidePanelState) {
  render(
    <FluentProvider theme={webLightTheme}>
      <Panel state={state} />
    </FluentProvider>,
  );
}

/**
 * The whole side panel, as `me`, the organizer of meeting `meeting-1`, opens it: `board` read from
 * the store, Teams allowing Share to stage. `sharing`: Teams says the app is on the stage (by
 * default its presenter pressed Stop sharing, and nothing is). The round card's connection to the
 * meeting's shared state is the test file's to mock (`useLiveRound`).
 */
export function openSidePanel({
  board,
  me,
  sharing = false,
}: {
  readonly board: Board;
  readonly me: Person;
  readonly sharing?: boolean;
}) {
  const shareToStage = jest.fn(() => Promise.resolve());
  const host = {
    context: {
      surface: 'meetingSidePanel',
      locale: 'en-GB',
      meeting: { id: 'meeting-1', role: 'organizer' },
    },
    capabilities: () => Promise.resolve({ shareToStage: true }),
    notifySuccess: () => undefined,
    onThemeChange: () => () => undefined,
    meeting: {
      shareToStage,
      roles: () => Promise.resolve(['organizer']),
      isSharingToStage: () => Promise.resolve(sharing),
    },
  } as unknown as Host;
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([board.cycle]),
    loadBoard: () => Promise.resolve(board),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => new Promise(() => undefined),
  } as unknown as OkrRepository;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ repository, host, operatingModel: defaultOperatingModel, me }}
      >
        <SidePanel />
      </AppServicesProvider>
    </FluentProvider>,
  );
  return { shareToStage };
}
