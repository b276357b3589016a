import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { KeyResult, Objective } from '../../../src/core/model';
import { renderSidePanel } from '../../../src/ui/meeting/SidePanel/renderSidePanel';
import type { SidePanelState } from '../../../src/ui/meeting/SidePanel/SidePanel.types';
import { useSidePanelStyles } from '../../../src/ui/meeting/SidePanel/useSidePanelStyles';
import { keyResult, objective } from '../../core/fixtures';

function Panel({ state }: { readonly state: SidePanelState }) {
  return renderSidePanel(state, useSidePanelStyles());
}

const group = (theObjective: Objective, keyResults: KeyResult[]) => ({
  objective: theObjective,
  keyResults,
});

test('the side panel offers "All N of this objective" only where there is more than one to pick', () => {
  const groups = [
    group(objective({ id: 'o1', title: 'Win the mid-market' }), [
      keyResult({ id: 'k1', title: 'New customers from 10 to 40' }),
      keyResult({ id: 'k2', title: 'Pipeline coverage from 2x to 3.5x' }),
    ]),
    group(objective({ id: 'o2', title: 'Increase NPS to 50' }), [
      keyResult({ id: 'k3', title: 'Send the NPS survey every month' }),
    ]),
  ];
  const state = {
    mode: 'checkIn',
    setMode: () => undefined,
    data: { status: 'ready' },
    prompts: [],
    groups,
    pickerGroups: groups,
    selected: new Set<string>(),
    toggle: () => undefined,
    toggleAll: () => undefined,
    search: '',
    setSearch: () => undefined,
    canShare: true,
    share: { status: 'idle' },
    confirmingReplace: false,
  } as unknown as SidePanelState;
  render(
    <FluentProvider theme={webLightTheme}>
      <Panel state={state} />
    </FluentProvider>,
  );
  expect(screen.getByRole('checkbox', { name: 'All 2 of this objective' })).toBeTruthy();
  expect(screen.queryByRole('checkbox', { name: /^All 1 / })).toBeNull();
  expect(screen.getByRole('checkbox', { name: 'Send the NPS survey every month' })).toBeTruthy();
});
