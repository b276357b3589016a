/**
 * A closed cycle's board shows how it ended, not how it is going: each OKR's final score (its
 * reason and reading on demand) in place of a live status, nothing overdue, no editing of any
 * kind (nor corrections of its check-ins), and a banner saying the cycle is closed, with the
 * learnings of its retrospective one click away. It showed "65% On track", "Off track" and
 * "Overdue", imported scores nowhere, and an objective scored without key results as "0% Not
 * started — No key results yet".
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { learningsFrom } from '../../src/core/closing';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';

const megan = { id: 'megan', displayName: 'Megan Bowen' };
const cycle: Cycle = {
  id: 'q4',
  name: 'Q4 2025',
  start: '2025-10-01',
  end: '2025-12-31',
  state: 'closed',
};
const company: Objective = {
  id: 'o1',
  cycleId: 'q4',
  teamId: 't1',
  title: 'Become the default OKR tool for mid-size companies',
  description: '',
  commitment: 'committed',
  state: 'active',
  score: 0.6,
};
const platform: Objective = {
  id: 'o2',
  cycleId: 'q4',
  teamId: 't1',
  title: 'Ship a reliable platform',
  description: '',
  commitment: 'committed',
  state: 'active',
  parentId: 'o1',
  score: 0.7,
  learnings: learningsFrom(['Failover drills paid off.', '', 'Load-test before every launch.']),
};
const uptime: KeyResult = {
  id: 'k1',
  objectiveId: 'o2',
  title: 'Uptime from 99.9% to 99.95%',
  kind: 'increase',
  start: 99.9,
  target: 99.95,
  current: 99.93,
  unit: '%',
  weight: 1,
  owner: megan,
  confidence: 3,
  lastCheckInAt: '2025-11-15T09:00:00Z',
  score: 0.5,
  scoreReason: 'Scored 0.5 in Viva Goals.',
};
const incidents: KeyResult = {
  ...uptime,
  id: 'k2',
  title: 'P1 incidents down from 12 to 3',
  kind: 'decrease',
  start: 12,
  target: 3,
  current: 4,
  unit: 'incidents',
  score: undefined,
  scoreReason: undefined,
};
const board: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Engineering' }],
  objectives: [company, platform],
  keyResults: [uptime, incidents],
  initiatives: [
    {
      id: 'i1',
      keyResultId: 'k1',
      title: 'Failover drill',
      status: 'inProgress',
      dueDate: '2025-11-20',
    },
  ],
};
const checkIn: CheckIn = {
  id: 'c1',
  clientId: 'c1',
  keyResultId: 'k1',
  value: 99.93,
  confidence: 3,
  note: 'Stable after migration',
  author: megan,
  at: '2025-11-15T09:00:00Z',
  source: 'teams',
};

function renderClosedBoard() {
  const repository = {
    siteRoles: siteRolesOf({ admin: true, coach: true }),
    listCycles: () => Promise.resolve([cycle]),
    loadBoard: () => Promise.resolve(board),
    cycleCheckInHistory: () => Promise.resolve(new Map([['k1', [checkIn]]])),
    changesSince: () => new Promise(() => undefined),
  } as unknown as OkrRepository;
  const host = {
    context: { locale: 'en-GB', surface: 'channelTab', theme: 'default' },
    notifySuccess: () => undefined,
  } as unknown as Host;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ repository, host, operatingModel: defaultOperatingModel, me: megan }}
      >
        <BoardScreen request={{ cycleId: 'q4' }} editable />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

test('each OKR shows its final score in place of a live status, its reason on demand', async () => {
  renderClosedBoard();
  const card = await screen.findByRole('article', { name: platform.title });
  const row = within(card).getByText(uptime.title).closest('li')!;
  const badge = within(row).getByRole('button', {
    name: `Show why ${uptime.title} closed at 0.5`,
  });
  expect(badge.textContent).toBe('Closed · 0.5');
  expect(badge.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(badge);
  expect(badge.getAttribute('aria-expanded')).toBe('true');
  expect(
    within(row).getByText(/^Final score 0\.5\. Why: Scored 0\.5 in Viva Goals\./),
  ).toBeTruthy();
  // A KR closed without a score says so; the objective shows its own.
  const unscored = within(card).getByText(incidents.title).closest('li')!;
  expect(within(unscored).getByText('Closed · not scored')).toBeTruthy();
  expect(within(card).getByRole('button', { name: /closed at 0\.7$/ }).textContent).toBe(
    'Closed · 0.7',
  );
  // Nothing is on or off track, not started, or overdue: the cycle is over.
  for (const live of [/On track/, /Off track/, /At risk/, /Not started/, /Overdue/]) {
    expect(screen.queryByText(live)).toBeNull();
  }
});

test('an objective closed without key results shows its own score, and asks for none', async () => {
  renderClosedBoard();
  const card = await screen.findByRole('article', { name: company.title });
  expect(within(card).getByRole('button', { name: /closed at 0\.6$/ }).textContent).toBe(
    'Closed · 0.6',
  );
  expect(within(card).queryByRole('progressbar')).toBeNull();
  expect(within(card).queryByText(/No key results yet/)).toBeNull();
});

test('nothing is edited: no check-in, edit, status, new OKR, nor correction of the record', async () => {
  renderClosedBoard();
  await screen.findByRole('article', { name: platform.title });
  for (const action of [/^Check in/, /^Edit /, /^Set the status/, /^Add a key result/, /^Nudge/]) {
    expect(screen.queryByRole('button', { name: action })).toBeNull();
  }
  expect(screen.queryByRole('button', { name: 'New objective' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: `History of ${uptime.title}` }));
  const history = await screen.findByRole('dialog', { name: `History: ${uptime.title}` });
  await within(history).findByText('Stable after migration');
  expect(within(history).queryByRole('columnheader', { name: 'Correct' })).toBeNull();
  expect(within(history).queryByRole('button', { name: /^(Edit|Delete) the check-in/ })).toBeNull();
});

test('a banner says the cycle is closed, and opens the learnings of its retrospective', async () => {
  renderClosedBoard();
  await screen.findByText('Q4 2025 is closed: scores are final');
  fireEvent.click(screen.getByRole('button', { name: 'Learnings' }));
  // Read whatever tabster (Fluent's focus manager) makes of jsdom's focus: in Chromium the dialog
  // is the modal the page's assistive technology reads (tests/browser/teams/closed-cycle.test.ts).
  const dialog = await screen.findByRole('dialog', { name: 'Learnings of Q4 2025', hidden: true });
  const objective = within(dialog).getByRole('article', { name: platform.title, hidden: true });
  expect(within(objective).getByText('What went well, and why?')).toBeTruthy();
  expect(within(objective).getByText('Failover drills paid off.')).toBeTruthy();
  expect(within(objective).getByText('Load-test before every launch.')).toBeTruthy();
  // The question left unanswered is not shown.
  expect(within(objective).queryByText('What got in the way?')).toBeNull();
  expect(within(dialog).queryByRole('article', { name: company.title, hidden: true })).toBeNull();
});
