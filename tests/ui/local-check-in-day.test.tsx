/**
 * @jest-environment ./tests/ui/support/time-zone-environment.ts
 *
 * A check-in counts on the day it was on its user's clock: one made at 18:00 on Monday 9 February
 * in Los Angeles (02:00 UTC on Tuesday) was Monday's there, so a week later, on Monday 16
 * February, the KR needs its weekly check-in and its last check-in reads 9 Feb. It counted on
 * its UTC day: the board said 10 Feb and asked for no check-in until Tuesday.
 */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { dayOf } from '../../src/ui/app/day-of';
import { buildBoardView } from '../../src/ui/board/boardView';
import { boardTable } from '../../src/ui/board/exportBoard';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';
import { layOutVirtualRows } from './support/virtual-layout';

/** Monday 9 February 2026, 18:00 in Los Angeles (UTC−8). */
const mondayEvening = '2026-02-10T02:00:00Z';
/** Monday 16 February 2026, 18:00 in Los Angeles. */
const aWeekLater = '2026-02-17T02:00:00Z';

const pat = { id: 'pat', displayName: 'Pat Lee' };
const cycle: Cycle = {
  id: 'q1',
  name: 'Q1 2026',
  start: '2026-01-01',
  end: '2026-03-31',
  state: 'active',
};
const objective: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Win the West Coast',
  description: '',
  commitment: 'committed',
  state: 'active',
  owner: pat,
};
const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Signed customers from 0 to 40',
  kind: 'increase',
  start: 0,
  target: 40,
  current: 10,
  unit: 'customers',
  weight: 1,
  owner: pat,
  confidence: 6,
  lastCheckInAt: mondayEvening,
};
const checkIn: CheckIn = {
  id: 'c1',
  clientId: 'c1',
  keyResultId: 'k1',
  value: 10,
  confidence: 6,
  note: '',
  author: pat,
  at: mondayEvening,
  source: 'teams',
};
const board: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [keyResult],
  initiatives: [],
};

layOutVirtualRows({ role: ['region', 'rowgroup'], viewport: 1000, row: 50 });

afterEach(() => {
  setTimeZone('UTC');
  jest.useRealTimers();
});

function at(zone: string, instant: string) {
  setTimeZone(zone);
  jest.useFakeTimers({ now: new Date(instant), advanceTimers: true });
}

describe('dayOf', () => {
  it.each([
    ['America/Los_Angeles', mondayEvening, '2026-02-09'],
    ['UTC', mondayEvening, '2026-02-10'],
    ['Pacific/Auckland', '2026-02-09T20:00:00Z', '2026-02-10'],
  ])('reads the day of a check-in on the clock in %s', (zone, instant, day) => {
    setTimeZone(zone);
    expect(dayOf(instant)).toBe(day);
  });

  it('keeps a day imported without its time on that day, in every zone', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Kolkata']) {
      setTimeZone(zone);
      expect(dayOf('2026-02-09T00:00:00Z')).toBe('2026-02-09');
      expect(dayOf('2026-02-09T12:00:00Z')).toBe('2026-02-09');
      expect(dayOf('2026-02-09')).toBe('2026-02-09');
    }
  });
});

it('needs a check-in a week after one made on a Monday evening in Los Angeles', () => {
  at('America/Los_Angeles', aWeekLater);
  const [team] = buildBoardView(board, defaultOperatingModel, '2026-02-16');
  expect(team!.objectives[0]!.keyResults[0]!.needsCheckIn).toBe(true);
  // The export's Last check-in column is the same day.
  const [, row] = boardTable([team!], cycle);
  expect(row).toContain('2026-02-09');
  expect(row).not.toContain('2026-02-10');
});

it('shows the last check-in on its day in Los Angeles, and asks for this week’s', async () => {
  at('America/Los_Angeles', aWeekLater);
  const repository = {
    siteRoles: siteRolesOf({ admin: true, coach: false }),
    listCycles: () => Promise.resolve([cycle]),
    loadBoard: () => Promise.resolve(board),
    cycleCheckInHistory: () => Promise.resolve(new Map([['k1', [checkIn]]])),
    changesSince: () => new Promise(() => undefined),
  } as unknown as OkrRepository;
  const host = {
    context: { locale: 'en-GB', surface: 'personalTab', theme: 'default' },
    notifySuccess: () => undefined,
  } as unknown as Host;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ repository, host, operatingModel: defaultOperatingModel, me: pat }}
      >
        <BoardScreen request={{ cycleId: 'q1' }} layout="list" />
      </AppServicesProvider>
    </FluentProvider>,
  );
  const title = await screen.findByText(keyResult.title);
  const row = title.closest('[role="row"]') as HTMLElement;
  expect(within(row).getByText('9 Feb 2026')).toBeTruthy();
  expect(within(row).queryByText('10 Feb 2026')).toBeNull();
  expect(within(row).getByText('Needs a check-in')).toBeTruthy();
});
