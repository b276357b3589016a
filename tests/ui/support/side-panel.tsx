import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { meetingWordsFor } from '../../../src/ui/meeting/meeting-words';
import { renderSidePanel } from '../../../src/ui/meeting/SidePanel/renderSidePanel';
import type { SidePanelState } from '../../../src/ui/meeting/SidePanel/SidePanel.types';
import { useSidePanelStyles } from '../../../src/ui/meeting/SidePanel/useSidePanelStyles';

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
