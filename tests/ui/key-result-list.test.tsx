import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { BoardFilter } from '../../src/core/board-filter';
import type { CheckIn, KeyResult, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, CheckInDraft, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';
import { noChanges } from './support/no-changes';
import { layOutVirtualRows } from './support/virtual-layout';

/**
 * The tab's "Key results" view: every KR of the board in one table, across teams and objectives,
 * in the order its column headers (or the toolbar's Sort) set, with the board's search and
 * filters, its check-in dialog and its toast.
 */

const cycle = {
  id: 'q1',
  name: 'Q1',
  start: '2026-01-01',
  end: '2026-12-31',
  state: 'active' as const,
};
const megan = { id: 'megan', displayName: 'Megan Bowen' };

const objective = (id: string, teamId: string, title: string): Objective => ({
  id,
  cycleId: 'q1',
  teamId,
  title,
  description: '',
  commitment: 'committed',
  state: 'active',
  owner: megan,
});

const keyResult = (
  id: string,
  objectiveId: string,
  title: string,
  current: number,
  extra: Partial<KeyResult> = {},
): KeyResult => ({
  id,
  objectiveId,
  title,
  kind: 'increase',
  start: 0,
  target: 100,
  current,
  unit: '%',
  weight: 1,
  ...extra,
});

/** Two teams; the worst KR (10 %) is Marketing's, under the board's last objective. */
const board: Board = {
  cycle,
  teams: [
    { id: 'sales', name: 'Sales' },
    { id: 'marketing', name: 'Marketing' },
  ],
  objectives: [
    objective('o1', 'sales', 'Win the mid-market'),
    objective('o2', 'marketing', 'Be known for onboarding'),
  ],
  keyResults: [
    keyResult('k1', 'o1', 'Signed mid-market deals', 60, {
      owner: adele,
      confidence: 7,
      lastCheckInAt: '2026-03-02T09:00:00Z',
    }),
    keyResult('k2', 'o1', 'Pipeline coverage', 35, { confidence: 4 }),
    keyResult('k3', 'o2', 'Onboarding webinar sign-ups', 10, {
      owner: adele,
      lastCheckInAt: '2026-02-02T09:00:00Z',
    }),
    keyResult('k4', 'o2', 'Case studies published', 80, { confidence: 9 }),
  ],
  initiatives: [],
};

function renderList(filter: BoardFilter = {}, shown: Board = board) {
  const repository = {
    siteRoles: siteRolesOf(),
    observeRetries: () => () => undefined,
    listCycles: () => Promise.resolve([shown.cycle]),
    loadBoard: () => Promise.resolve(shown),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => Promise.resolve(noChanges),
    saveCheckIns: ([draft]: CheckInDraft[]) => {
      const checkIn: CheckIn = {
        clientId: draft!.clientId,
        keyResultId: draft!.keyResultId,
        value: draft!.value,
        at: draft!.at,
        author: adele,
        source: 'teams',
        note: draft!.note ?? '',
      };
      const before = board.keyResults.find((kr) => kr.id === draft!.keyResultId)!;
      return Promise.resolve({
        saved: [{ checkIn, keyResult: { ...before, current: draft!.value } }],
        conflicts: [],
        failed: [],
      });
    },
  } as unknown as OkrRepository;
  const host = {
    context: {
      locale: 'en-GB',
      kind: 'teams',
      surface: 'channelTab',
      deepLinkTarget: { type: 'boardView', filter },
    },
    notifySuccess: () => undefined,
  } as unknown as Host;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ repository, host, operatingModel: defaultOperatingModel, me: adele }}
      >
        <BoardScreen request={{ cycleId: cycle.id }} editable layout="list" />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

/**
 * jsdom lays nothing out: the table's virtualiser would show no row. Its scrolling row group is
 * given a 1,000 px height, and each row 50 px: every row of these boards is rendered.
 */
layOutVirtualRows({ role: 'rowgroup', viewport: 1000, row: 50 });

const table = () => screen.findByRole('table', { name: 'Key results' });

/** The KR titles in the table's rows, top to bottom. */
async function shownTitles(): Promise<string[]> {
  const rows = within(await table())
    .getAllByRole('row')
    .slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[0]!.firstChild!.textContent ?? '');
}

const header = (name: string) => screen.getByRole('columnheader', { name });

describe('the Key results view', () => {
  it('lists every KR across teams, and sorts by a column header, then the other way round', async () => {
    renderList();
    expect(await shownTitles()).toEqual([
      'Signed mid-market deals',
      'Pipeline coverage',
      'Onboarding webinar sign-ups',
      'Case studies published',
    ]);
    expect(header('Progress').getAttribute('aria-sort')).toBeNull();

    fireEvent.click(within(header('Progress')).getByRole('button'));
    // The worst first, whichever team and objective it is under.
    await waitFor(() => expect(header('Progress').getAttribute('aria-sort')).toBe('ascending'));
    expect(await shownTitles()).toEqual([
      'Onboarding webinar sign-ups',
      'Pipeline coverage',
      'Signed mid-market deals',
      'Case studies published',
    ]);
    expect(screen.getByRole('button', { name: 'Sort: Progress, lowest first' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByText('Sorted by Progress, lowest first. 4 key results.')).toBeTruthy(),
    );

    fireEvent.click(within(header('Progress')).getByRole('button'));
    await waitFor(() => expect(header('Progress').getAttribute('aria-sort')).toBe('descending'));
    expect(await shownTitles()).toEqual([
      'Case studies published',
      'Signed mid-market deals',
      'Pipeline coverage',
      'Onboarding webinar sign-ups',
    ]);
    expect(screen.getByRole('button', { name: 'Sort: Progress, highest first' })).toBeTruthy();
  });

  it('puts KRs with no confidence last, whichever way the column runs', async () => {
    renderList({ sort: 'confidence', direction: 'desc' });
    await waitFor(() => expect(header('Confidence').getAttribute('aria-sort')).toBe('descending'));
    expect(await shownTitles()).toEqual([
      'Case studies published',
      'Signed mid-market deals',
      'Pipeline coverage',
      'Onboarding webinar sign-ups',
    ]);
    fireEvent.click(within(header('Confidence')).getByRole('button'));
    await waitFor(() => expect(header('Confidence').getAttribute('aria-sort')).toBe('ascending'));
    expect((await shownTitles()).at(-1)).toBe('Onboarding webinar sign-ups');
  });

  it('shows what the board’s search and filters keep, and says so when they keep nothing', async () => {
    renderList({ ownerIds: [adele.id], sort: 'progress' });
    expect(await shownTitles()).toEqual(['Onboarding webinar sign-ups', 'Signed mid-market deals']);
    expect(screen.getByText('Showing 2 of 4 key results')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: /Search objectives/ }), {
      target: { value: 'no such thing' },
    });
    const empty = await screen.findByRole('region', { name: 'No key result matches' });
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    // The filters go, the order stays.
    await waitFor(async () => expect(await shownTitles()).toHaveLength(4));
    expect(header('Progress').getAttribute('aria-sort')).toBe('ascending');
  });

  it('says "No owner" for a KR nobody owns, finds it with the filter, and finds an objective owner’s KRs', async () => {
    renderList();
    // Megan owns both objectives and no KR: 'Pipeline coverage' has no owner, as its board row
    // says and the reminders find (none reaches anyone), not hers.
    const pipeline = (await screen.findByText('Pipeline coverage')).closest('[role="row"]');
    expect(within(pipeline as HTMLElement).queryByText('Megan Bowen')).toBeNull();
    expect(within(pipeline as HTMLElement).getAllByText('No owner').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'No owner' }));
    await waitFor(async () =>
      expect(await shownTitles()).toEqual(['Pipeline coverage', 'Case studies published']),
    );

    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'No owner' }));
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Megan Bowen' }));
    await waitFor(async () => expect(await shownTitles()).toHaveLength(4));
    expect(screen.queryByRole('region', { name: 'No key result matches' })).toBeNull();
  });

  it('moves between rows with the arrow keys, on the same button', async () => {
    renderList();
    await table();
    const history = (title: string) => screen.getByRole('button', { name: `History of ${title}` });
    history('Signed mid-market deals').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(history('Pipeline coverage'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(history('Onboarding webinar sign-ups'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(history('Pipeline coverage'));
  });

  it('checks in from a row with the board’s dialog, and says it saved in the board’s toast', async () => {
    renderList();
    await table();
    const title = 'Pipeline coverage';
    fireEvent.click(screen.getByRole('button', { name: `Check in on ${title}` }));
    const dialog = await screen.findByRole('dialog', { name: `Check in: ${title}` });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /New value/ }), {
      target: { value: '55' },
    });
    fireEvent.submit(
      within(dialog).getByRole('button', { name: 'Save check-in' }).closest('form')!,
    );
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('listitem')
          .some((item) => item.textContent?.includes(`Check-in saved: ${title} is now 55`)),
      ).toBe(true),
    );
    await waitFor(() =>
      expect(
        within(screen.getAllByRole('row')[2]!)
          .getByRole('progressbar')
          .getAttribute('aria-valuenow'),
      ).toBe('0.55'),
    );
  });

  it('shows a closed cycle’s final scores in place of statuses, and takes no check-in', async () => {
    renderList(
      {},
      {
        ...board,
        cycle: { ...cycle, state: 'closed' },
        keyResults: board.keyResults.map((kr) => (kr.id === 'k3' ? { ...kr, score: 0.2 } : kr)),
      },
    );
    const rows = within(await table()).getAllByRole('row');
    const row = rows.find((r) => r.textContent?.includes('Onboarding webinar sign-ups'))!;
    expect(await within(row).findByText('Closed · 0.2')).toBeTruthy();
    expect(screen.getAllByText('Closed · not scored')).toHaveLength(3);
    for (const live of [/On track/, /Off track/, /At risk/, /Not started/]) {
      expect(screen.queryByText(live)).toBeNull();
    }
    expect(screen.queryByRole('button', { name: /^Check in on/ })).toBeNull();
  });
});
