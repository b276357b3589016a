/**
 * After an import, the person goes to the OKRs it wrote: every team's board (not My OKRs, which
 * shows only their own) on the latest cycle imported, which the page names, from the Programme of
 * a personal or a channel tab. A partial import offers them too, its refused rows counted.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle, KeyResult, Objective, Team } from '../../src/core/model';
import type { Host, TabSettings } from '../../src/host/types';
import { InvalidError } from '../../src/store/errors';
import type { ImportList, ImportWrite, OkrRepository } from '../../src/store/repository';
import { TabApp } from '../../src/teams/tab/TabApp';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { chooseImportFile, importPageRepository } from './support/import-page';
import { pageServices, renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import { layOutTabLists } from './support/view-tabs';
import './support/resize-observer';
import './support/async-timeout';

jest.setTimeout(120_000);
const found = { timeout: 60_000 };

layOutTabLists();
afterEach(() => window.history.replaceState(null, '', '/'));

// Two quarters of Megan's team, as a team leaving Viva Goals brings its past cycle along.
const sheet = [
  'Objective,KR,Owner,Team,Quarter,Baseline,Target',
  'Win the mid-market,New mid-market deals,Megan Bowen,Sales,Q4 2025,0,20',
  'Grow revenue,New ARR,Megan Bowen,Sales,Q1 2026,0,10',
].join('\n');

/**
 * An admin's site that keeps what an import writes and shows it on its boards: no cycle before
 * (the tab's own board is empty), each written cycle's OKRs after. `refuse` names KRs it refuses.
 */
function siteKeepingImports(refuse: readonly string[] = []) {
  let next = 0;
  const teams: Team[] = [];
  const cycles: Cycle[] = [];
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const writeImported = (list: ImportList, writes: readonly ImportWrite<ImportList>[]) => {
    const written = new Map<string, string>();
    const failed: { sourceId: string; error: InvalidError }[] = [];
    for (const write of writes) {
      const draft = write.draft as { title?: string };
      if (list === 'keyResults' && refuse.includes(draft.title ?? '')) {
        failed.push({ sourceId: write.sourceId, error: new InvalidError('Importing: Refused.') });
        continue;
      }
      const id = `${list}-${++next}`;
      const item = { ...write.draft, id };
      if (list === 'teams') teams.push(item as Team);
      if (list === 'cycles') cycles.push(item as Cycle);
      if (list === 'objectives') objectives.push(item as Objective);
      if (list === 'keyResults') keyResults.push(item as KeyResult);
      written.set(write.sourceId, id);
    }
    return Promise.resolve({ written, failed });
  };
  const boardOf = (cycleId: string) => {
    const shown = objectives.filter((objective) => objective.cycleId === cycleId);
    return {
      cycle: cycles.find((cycle) => cycle.id === cycleId)!,
      teams,
      objectives: shown,
      keyResults: keyResults.filter((kr) => shown.some((o) => o.id === kr.objectiveId)),
      initiatives: [],
    };
  };
  return importPageRepository({
    siteRoles: siteRolesOf({ admin: true, coach: true }),
    listTeams: () => Promise.resolve([...teams]),
    listCycles: () => Promise.resolve([...cycles]),
    cyclesWithObjectives: (ids: readonly string[]) =>
      Promise.resolve(new Set(ids.filter((id) => objectives.some((o) => o.cycleId === id)))),
    cycleHoldings: (ids: readonly string[]) =>
      Promise.resolve(new Map(ids.map((id) => [id, []] as const))),
    loadBoard: ({ cycleId }: { cycleId: string }) => Promise.resolve(boardOf(cycleId)),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => Promise.resolve({ token: 't' }),
    reminderPreferencesOf: () => Promise.resolve(undefined),
    writeImported,
  });
}

/** The tab's page as Teams shows it, Adele signed in, opened on the Programme (`?page=programme`). */
function renderTabOnProgramme(
  repository: OkrRepository,
  surface: 'personalTab' | 'channelTab',
  tabSettings?: TabSettings,
) {
  window.history.replaceState(null, '', '/?page=programme');
  const host = {
    context: {
      kind: 'teams',
      surface,
      user: { id: 'adele', displayName: 'Adele Vance' },
      theme: 'default',
      locale: 'en-US',
      ...(tabSettings ? { tabSettings } : {}),
    },
    notifySuccess: () => undefined,
  } as unknown as Host;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={pageServices(host, repository)}>
        <TabApp host={host} />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

async function importTheSheet() {
  chooseImportFile(sheet, 'okrs.csv');
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }, found));
  return screen.findByRole('button', { name: 'See the imported OKRs' }, found);
}

it.each([
  ['a channel tab', 'channelTab' as const, { cycleId: 'current', teamIds: ['own-team'] }],
  ['the personal tab', 'personalTab' as const, undefined],
])(
  'in %s, opens every team’s board on the latest cycle imported, showing someone else’s objective',
  async (_, surface, tabSettings) => {
    renderTabOnProgramme(siteKeepingImports(), surface, tabSettings);
    fireEvent.click(await screen.findByRole('tab', { name: 'Import and export' }, found));
    await screen.findByRole('button', { name: 'Choose a file' }, found);
    const see = await importTheSheet();
    // Which cycle it opens on, of the two the file brought, is said with the button.
    const said =
      'They open in All OKRs, every team’s board, on Q1 2026: the latest of the 2 cycles imported. Its cycle switcher shows the others.';
    expect(screen.getByText(said)).toBeTruthy();
    expect(see.getAttribute('aria-describedby')).toBe(screen.getByText(said).id);
    fireEvent.click(see);

    await screen.findByRole('heading', { name: 'All OKRs' }, found);
    expect(screen.queryByRole('heading', { name: 'My OKRs' })).toBeNull();
    const cycle = await screen.findByRole('combobox', { name: 'Cycle' }, found);
    expect(cycle.textContent).toContain('Q1 2026');
    const objective = await screen.findByText('Grow revenue', undefined, found);
    expect(screen.queryByText('Win the mid-market')).toBeNull();
    // Megan's, not Adele's: My OKRs would not have shown it.
    const card = objective.closest('article, li, section') as HTMLElement;
    expect(within(card).getAllByText(/Megan Bowen/).length).toBeGreaterThan(0);
  },
);

it('offers the imported OKRs after a partial import too, with the rows not written counted', async () => {
  const opened: string[] = [];
  const site = siteKeepingImports(['New mid-market deals']);
  renderWithServices(site, <ImportPage canImport onOpenOkrs={(id) => opened.push(id)} />);
  const see = await importTheSheet();
  const outcome = screen.getByRole('status');
  expect(outcome.textContent).toContain('Imported, with 1 not written');
  fireEvent.click(see);
  const [latest] = (await site.listCycles()).filter((cycle) => cycle.name === 'Q1 2026');
  expect(opened).toEqual([latest!.id]);
});

it('names the one cycle imported, and offers nothing where the page has no board to go to', async () => {
  const site = siteKeepingImports();
  const { unmount } = renderWithServices(
    site,
    <ImportPage canImport onOpenOkrs={() => undefined} />,
  );
  chooseImportFile(sheet.split('\n').slice(0, 2).join('\n'), 'okrs.csv');
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }, found));
  await screen.findByRole('button', { name: 'See the imported OKRs' }, found);
  expect(screen.getByText('They open in All OKRs, every team’s board, on Q4 2025.')).toBeTruthy();
  unmount();

  renderWithServices(siteKeepingImports(), <ImportPage canImport />);
  chooseImportFile(sheet, 'okrs.csv');
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }, found));
  await screen.findByRole('button', { name: 'Import again' }, found);
  expect(screen.queryByRole('button', { name: 'See the imported OKRs' })).toBeNull();
});

describe('in a 320 px personal tab', () => {
  const matchMedia = window.matchMedia;
  beforeEach(() => {
    // The narrow frame's query matches: the header's buttons show their icons, named by tooltips.
    window.matchMedia = ((query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
  });

  it('puts the focus on the board’s title after See the imported OKRs, from where Tab reaches its header', async () => {
    renderTabOnProgramme(siteKeepingImports(), 'personalTab');
    fireEvent.click(await screen.findByRole('tab', { name: 'Import and export' }, found));
    await screen.findByRole('button', { name: 'Choose a file' }, found);
    fireEvent.click(await importTheSheet());

    const title = await screen.findByRole('heading', { name: 'All OKRs' }, found);
    await waitFor(() => expect(document.activeElement).toBe(title), found);
    // Still there once the board and its header's tooltips are in.
    await screen.findByText('Grow revenue', undefined, found);
    expect(document.activeElement).toBe(title);
  });

  it('gives the Programme button back its focus on the way back, through the tooltips’ arrival', async () => {
    renderTabOnProgramme(siteKeepingImports(), 'personalTab');
    fireEvent.click(await screen.findByRole('button', { name: 'Back to OKRs' }, found));
    await waitFor(() => expect(document.activeElement).toBe(programmeButton()), found);
    // Wrapped in its tooltip once the tooltips' chunk is in, the button is a new element: the
    // focus goes to it. Not raced: on a busy machine the chunk may come before the focus.
    await act(async () => {
      await import('../../src/ui/components/BoardToolbar/BoardToolbarPopups');
    });
    await waitFor(() => expect(document.activeElement).toBe(programmeButton()), found);
  });
});

function programmeButton(): HTMLElement {
  return screen.getByRole('button', { name: 'Programme' });
}
