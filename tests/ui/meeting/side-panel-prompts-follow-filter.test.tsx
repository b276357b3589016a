/**
 * A coach who narrowed the side panel's check-in round to one team is prompted about that team's
 * key results (and those of the teams under it), not the whole board's; a team and owner that
 * leave no key result say so once, with the filters to clear, and the keyboard goes on to the
 * prompts that come back.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import type { Board } from '../../../src/store/repository';
import { roundFilterKey } from '../../../src/ui/meeting/SidePanel/roundFilter';
import { keyResult, objective } from '../../core/fixtures';
import { openSidePanel } from '../support/side-panel';

jest.setTimeout(60_000);

jest.mock('../../../src/ui/meeting/live/useLiveRound', () => ({
  useLiveRound: () => ({ status: 'connecting', retry: () => undefined }),
}));

const megan = { id: 'u3', displayName: 'Megan Bowen' };
// Planning has not started yet, whatever the day: its prompts ask who owns a key result too.
const cycle = { id: 'c1', name: 'FY99', start: '2099-01-01', end: '2099-12-31', state: 'active' };
const salesKeyResult = 'Sales calls logged from 20 to 40 a week';
const supportKeyResult = 'Tickets answered within a day from 60% to 90%';
const board = {
  cycle,
  teams: [
    { id: 't1', name: 'Sales' },
    { id: 't2', name: 'Support' },
  ],
  objectives: [
    objective({ id: 'o1', cycleId: 'c1', teamId: 't1', title: 'Win the mid-market' }),
    objective({ id: 'o2', cycleId: 'c1', teamId: 't2', title: 'Answer fast', owner: megan }),
  ],
  keyResults: [
    keyResult({ id: 'k1', objectiveId: 'o1', title: salesKeyResult }),
    keyResult({ id: 'k2', objectiveId: 'o2', title: supportKeyResult }),
  ],
  initiatives: [],
} as unknown as Board;

const openPanel = (shown = board) => openSidePanel({ board: shown, me: megan });

const promptsText = async () =>
  (await screen.findByRole('region', { name: 'Weekly check-in prompts' })).textContent ?? '';

afterEach(() => localStorage.clear());

it('prompts about the key results of the team the round is narrowed to', async () => {
  localStorage.setItem(roundFilterKey('meeting-1'), JSON.stringify({ teamId: 't2' }));
  openPanel();
  await screen.findByText(/Who will own “Tickets answered/);
  const prompts = await promptsText();
  expect(prompts).toContain(supportKeyResult);
  expect(prompts).not.toContain(salesKeyResult);
});

it('prompts about the whole board without a filter', async () => {
  openPanel();
  await screen.findByText(/Who will own “Tickets answered/);
  expect(await promptsText()).toContain(salesKeyResult);
});

it('says a team and owner leave no key result, and clears the filters from there', async () => {
  // Megan owns none of Sales' objectives or key results.
  localStorage.setItem(
    roundFilterKey('meeting-1'),
    JSON.stringify({ teamId: 't1', ownerId: megan.id }),
  );
  openPanel();
  const empty = await screen.findByRole('region', { name: 'No key results in this filter' });
  expect(empty.textContent).toContain('The team and owner chosen have no key results this cycle');
  expect(screen.queryByRole('region', { name: 'Weekly check-in prompts' })).toBeNull();

  // Said once: the list under the filters adds no line of its own.
  const list = screen.getByRole('region', { name: 'Key results to review' });
  expect(list.textContent).not.toMatch(/No key result/);

  fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
  await screen.findByText(/Who will own “Sales calls/);
  expect(screen.queryByRole('region', { name: 'No key results in this filter' })).toBeNull();
  expect(document.activeElement?.textContent).toBe('Weekly check-in prompts');
  expect(localStorage.getItem(roundFilterKey('meeting-1'))).toBeNull();
});

it('offers the key results of the team chosen and of the teams under it, at any depth', async () => {
  const dachKeyResult = 'DACH renewals from 70% to 85%';
  const withSubTeams = {
    ...board,
    teams: [
      // DACH sits under Sales through EMEA, which has no objectives this cycle.
      { id: 't4', name: 'DACH', parentTeamId: 't3' },
      { id: 't3', name: 'EMEA', parentTeamId: 't1' },
      ...board.teams,
    ],
    objectives: [
      ...board.objectives,
      objective({ id: 'o4', cycleId: 'c1', teamId: 't4', title: 'Keep DACH customers' }),
    ],
    keyResults: [
      ...board.keyResults,
      keyResult({ id: 'k4', objectiveId: 'o4', title: dachKeyResult }),
    ],
  } as unknown as Board;
  localStorage.setItem(roundFilterKey('meeting-1'), JSON.stringify({ teamId: 't1' }));
  openPanel(withSubTeams);
  await screen.findByRole('checkbox', { name: dachKeyResult });
  expect(screen.getByRole('checkbox', { name: salesKeyResult })).toBeTruthy();
  expect(screen.queryByRole('checkbox', { name: supportKeyResult })).toBeNull();
});
