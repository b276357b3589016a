import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { boardSorts, noOwner, type BoardFilter } from '../../src/core/board-filter';
import type { BoardFilterApi } from '../../src/ui/board/useBoardFilter';
import type { Person, Team } from '../../src/core/model';
import type { TeamView } from '../../src/ui/board/boardView.types';
import { ReaderProvider } from '../../src/ui/app/AppServices';
import { words as german } from '../../src/ui/board/words/de';
import { BoardToolbar } from '../../src/ui/components/BoardToolbar/BoardToolbar';

const filterApi = (
  change: (patch: Partial<BoardFilter>) => void,
  filter: BoardFilter = {},
  clear = jest.fn(),
): BoardFilterApi => ({
  filter,
  change,
  clear,
  collapsed: new Set(),
  toggleCollapsed: jest.fn(),
  setCollapsed: jest.fn(),
});

/**
 * A board (as far as the Filters menu reads it) of `teams`, the first holding a KR owned by each of
 * `owners`, in that order, and one owned by nobody where `someUnowned`.
 */
const boardOf = (
  owners: readonly Person[],
  someUnowned = false,
  teams: readonly Team[] = [{ id: 't1', name: 'Sales' }],
): TeamView[] =>
  teams.map((team, index) => ({
    team,
    objectives:
      index > 0
        ? []
        : [
            {
              objective: { id: 'o1', teamId: team.id },
              keyResults: [...owners, ...(someUnowned ? [undefined] : [])].map((owner, at) => ({
                keyResult: { id: `k${at}`, ...(owner ? { owner } : {}) },
              })),
            },
          ],
  })) as unknown as TeamView[];

const toolbar = (
  change: (patch: Partial<BoardFilter>) => void,
  onExportCsv = jest.fn(),
  api = filterApi(change),
  shown = { keyResults: 3, of: 3 },
  someUnowned = false,
) => (
  <FluentProvider theme={webLightTheme}>
    <BoardToolbar
      filter={api}
      board={boardOf([{ id: 'u1', displayName: 'Adele Vance' }], someUnowned)}
      shown={shown}
      sorts={boardSorts}
      collapse={{ all: false, onCollapseAll: jest.fn(), onExpandAll: jest.fn() }}
      onExportCsv={onExportCsv}
      onExportXlsx={jest.fn()}
      onCopyViewLink={jest.fn()}
    />
  </FluentProvider>
);

/** The menus' code has come: Fluent's `MenuTrigger` gives each menu button an id. */
const menusIn = () =>
  waitFor(() => expect(screen.getByRole('button', { name: 'Filters' }).id).not.toBe(''));

describe('BoardToolbar before and after its menus load', () => {
  it('opens a menu clicked before its code was in, as soon as it arrives', async () => {
    const change = jest.fn();
    render(toolbar(change));
    const filters = screen.getByRole('button', { name: 'Filters' });
    expect(filters.getAttribute('aria-haspopup')).toBe('menu');
    expect(filters.id).toBe('');
    fireEvent.click(filters);
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Low confidence' }));
    expect(change).toHaveBeenCalledWith({ confidence: ['low'] });
  });

  it('offers "No owner" among the owners only when some KR has none', async () => {
    const change = jest.fn();
    const { rerender } = render(toolbar(change));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(await screen.findByRole('menuitemcheckbox', { name: 'Adele Vance' })).toBeTruthy();
    expect(screen.queryByRole('menuitemcheckbox', { name: 'No owner' })).toBeNull();
    rerender(toolbar(change, jest.fn(), filterApi(change), { keyResults: 3, of: 3 }, true));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'No owner' }));
    expect(change).toHaveBeenCalledWith({ ownerIds: [noOwner] });
  });

  it('opens a menu with ArrowDown on its stand-in, and names icon buttons from the start', async () => {
    const onExportCsv = jest.fn();
    render(toolbar(jest.fn(), onExportCsv));
    expect(screen.getByRole('button', { name: 'Collapse all objectives' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy a link to this view' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Export' }), { key: 'ArrowDown' });
    fireEvent.click(await screen.findByRole('menuitem', { name: 'CSV' }));
    expect(onExportCsv).toHaveBeenCalled();
  });

  it('hands keyboard focus from a stand-in to the menu button that replaces it', async () => {
    render(toolbar(jest.fn()));
    const standIn = screen.getByRole('button', { name: /^Sort/ });
    standIn.focus();
    await menusIn();
    const sort = screen.getByRole('button', { name: /^Sort/ });
    expect(sort).not.toBe(standIn);
    expect(document.activeElement).toBe(sort);
    expect(sort.getAttribute('aria-haspopup')).toBe('menu');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('keeps the search typed before its code was in, with the focus and the caret', async () => {
    const change = jest.fn();
    const api = filterApi(change, { search: 'Revnue' });
    render(toolbar(change, jest.fn(), api));
    const standIn = screen.getByRole<HTMLInputElement>('searchbox');
    standIn.focus();
    standIn.setSelectionRange(3, 3);
    await menusIn();
    const search = screen.getByRole<HTMLInputElement>('searchbox');
    expect(search).not.toBe(standIn);
    expect(document.activeElement).toBe(search);
    expect([search.value, search.selectionStart, search.selectionEnd]).toEqual(['Revnue', 3, 3]);
    fireEvent.change(search, { target: { value: 'Revenue' } });
    expect(change).toHaveBeenLastCalledWith({ search: 'Revenue' });
  });

  it('shows the order in use on Sort, and Clear filters leaves the focus in the search box, not on the page', async () => {
    const clear = jest.fn();
    const filtered = filterApi(jest.fn(), { ownerIds: ['u1'], sort: 'progress' }, clear);
    render(toolbar(jest.fn(), jest.fn(), filtered));
    expect(screen.getByRole('button', { name: 'Sort: Progress, lowest first' }).textContent).toBe(
      'Sort: Progress, lowest first',
    );
    const clearButton = screen.getByRole('button', { name: 'Clear filters' });
    clearButton.focus();
    fireEvent.click(clearButton);
    expect(clear).toHaveBeenCalled();
    expect(document.activeElement).toBe(
      screen.getByRole('searchbox', { name: 'Search objectives, key results and owners' }),
    );
  });

  it('turns any order round from the Sort menu, and keeps the way it runs when the sort changes', async () => {
    const change = jest.fn();
    const { rerender } = render(
      toolbar(change, jest.fn(), filterApi(change, { sort: 'progress' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sort: Progress, lowest first' }));
    const ascending = await screen.findByRole('menuitemradio', {
      name: 'Ascending (lowest first)',
    });
    expect(ascending.getAttribute('aria-checked')).toBe('true');
    expect(
      screen.getByRole('menuitemradio', { name: 'Progress' }).getAttribute('aria-checked'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Descending (highest first)' }));
    expect(change).toHaveBeenLastCalledWith({ sort: 'progress', direction: 'desc' });

    // Seen on the button, and heard as its name, whichever way it runs.
    const descending = filterApi(change, { sort: 'progress', direction: 'desc' });
    rerender(toolbar(change, jest.fn(), descending));
    const sort = screen.getByRole('button', { name: 'Sort: Progress, highest first' });
    expect(sort.textContent).toBe('Sort: Progress, highest first');
    fireEvent.click(sort);
    fireEvent.click(await screen.findByRole('menuitemradio', { name: 'Last check-in' }));
    expect(change).toHaveBeenLastCalledWith({ sort: 'lastCheckIn', direction: 'desc' });

    // Back to ascending: the filter leaves the direction out, as every sort starts ascending.
    rerender(
      toolbar(change, jest.fn(), filterApi(change, { sort: 'lastCheckIn', direction: 'desc' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sort: Last check-in, newest first' }));
    fireEvent.click(await screen.findByRole('menuitemradio', { name: 'Ascending (oldest first)' }));
    expect(change).toHaveBeenLastCalledWith({ sort: 'lastCheckIn', direction: undefined });
  });

  it('offers only the sorts it is given: the board none by team', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <BoardToolbar
          filter={filterApi(jest.fn())}
          board={boardOf([])}
          shown={{ keyResults: 1, of: 1 }}
          sorts={['board', 'progress']}
          onExportCsv={jest.fn()}
          onExportXlsx={jest.fn()}
          onCopyViewLink={jest.fn()}
        />
      </FluentProvider>,
    );
    // Without cards, nothing to collapse.
    expect(screen.queryByRole('button', { name: 'Collapse all objectives' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sort: Board order' }));
    await screen.findByRole('menuitemradio', { name: 'Progress' });
    expect(screen.getAllByRole('menuitemradio').map((item) => item.textContent)).toEqual([
      'Board order',
      'Progress',
      'Ascending (as on the board)',
      'Descending (reversed)',
    ]);
  });

  it('counts each choice on Filters, and keeps Clear filters in its place, disabled, with none', () => {
    const filtered = filterApi(jest.fn(), {
      statuses: ['atRisk', 'offTrack'],
      ownerIds: ['u1'],
      needsCheckIn: true,
    });
    const { rerender } = render(toolbar(jest.fn(), jest.fn(), filtered));
    // "Needs a check-in" is a toggle of its own beside the menu: not counted on it.
    expect(screen.getByRole('button', { name: 'Filters, 3 on' }).textContent).toBe('Filters (3)');
    expect(screen.getByRole('button', { name: 'Clear filters' }).hasAttribute('disabled')).toBe(
      false,
    );
    rerender(toolbar(jest.fn()));
    expect(screen.getByRole('button', { name: 'Clear filters' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('says in the Export menu that a filtered board exports the key results it shows', async () => {
    const filtered = filterApi(jest.fn(), { ownerIds: ['u1'] });
    const onExportCsv = jest.fn();
    render(toolbar(jest.fn(), onExportCsv, filtered, { keyResults: 2, of: 9 }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('The 2 of 9 key results shown')).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'CSV' }));
    expect(onExportCsv).toHaveBeenCalled();
  });

  it('says nothing of a subset in the Export menu of a board shown whole', async () => {
    render(toolbar(jest.fn()));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByRole('menuitem', { name: 'CSV' });
    expect(screen.queryByText(/key results shown/)).toBeNull();
  });
});

describe('the Filters menu’s order', () => {
  it('starts with the owners and the teams, as Viva Goals’ filters do, then the KRs’ state', async () => {
    const change = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <BoardToolbar
          filter={filterApi(change)}
          board={boardOf([{ id: 'u1', displayName: 'Adele Vance' }], false, [
            { id: 't1', name: 'Sales', owners: [] },
            { id: 't2', name: 'Support', owners: [] },
          ])}
          shown={{ keyResults: 3, of: 3 }}
          sorts={boardSorts}
          onExportCsv={jest.fn()}
          onExportXlsx={jest.fn()}
          onCopyViewLink={jest.fn()}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await screen.findByRole('menuitemcheckbox', { name: 'Sales' });
    const menu = screen.getByRole('menu');
    const groupName = (group: HTMLElement) =>
      document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(within(menu).getAllByRole('group').map(groupName)).toEqual([
      'Owner',
      'Team',
      'Status',
      'Progress',
      'Confidence',
    ]);
    // The arrow keys go through the items in the order they are shown.
    expect(
      within(menu)
        .getAllByRole('menuitemcheckbox')
        .slice(0, 4)
        .map((item) => item.textContent),
    ).toEqual(['Adele Vance', 'Sales', 'Support', 'Not started']);
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Support' }));
    expect(change).toHaveBeenLastCalledWith({ teamIds: ['t2'] });
  });
});

describe('the Filters menu’s progress ranges', () => {
  it('offers the ranges as the rows show percents, and sets, counts and clears them', async () => {
    const change = jest.fn();
    const { rerender } = render(toolbar(change));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await screen.findByRole('menuitemcheckbox', { name: '30–69%' });
    const progress = screen.getByRole('group', { name: 'Progress' });
    expect(
      within(progress)
        .getAllByRole('menuitemcheckbox')
        .map((item) => item.textContent),
    ).toEqual(['0–29%', '30–69%', '70–100%', 'Over 100%', 'No check-in yet']);
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: '30–69%' }));
    expect(change).toHaveBeenLastCalledWith({ progress: ['from30'] });

    const chosen = filterApi(change, { progress: ['from30', 'noCheckIn'] });
    rerender(toolbar(change, jest.fn(), chosen));
    expect(screen.getByRole('button', { name: 'Filters, 2 on' }).textContent).toBe('Filters (2)');
    const range = screen.getByRole('menuitemcheckbox', { name: '30–69%' });
    expect(range.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(range);
    expect(change).toHaveBeenLastCalledWith({ progress: ['noCheckIn'] });
  });

  it('says the ranges in the reader’s language and percent style', async () => {
    render(
      <ReaderProvider value={{ locale: 'de-DE', words: german }}>
        {toolbar(jest.fn())}
      </ReaderProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    const progress = await screen.findByRole('group', { name: 'Fortschritt' });
    expect(
      within(progress)
        .getAllByRole('menuitemcheckbox')
        .map((item) => item.textContent),
    ).toEqual([
      '0–29\u00a0%',
      '30–69\u00a0%',
      '70–100\u00a0%',
      'Über 100\u00a0%',
      'Noch kein Check\u2011in',
    ]);
  });
});

describe('finding an owner in the Filters menu', () => {
  const names = ['Adele Vance', 'Alex Wilber', 'Diego Siciliani', 'Isaiah Langer', 'Lee Gu'];
  const many: Person[] = [
    ...names.map((displayName, index) => ({ id: `u${index}`, displayName })),
    { id: 'u5', displayName: 'Lidia Holloway', email: 'lidiah@contoso.com' },
    { id: 'u6', displayName: 'Megan Bowen' },
    { id: 'u7', displayName: 'Zoë Ramírez' },
  ];
  const withOwners = (
    change: (patch: Partial<BoardFilter>) => void,
    owners: readonly Person[],
    filter: BoardFilter = {},
  ) => (
    <FluentProvider theme={webLightTheme}>
      <BoardToolbar
        filter={filterApi(change, filter)}
        board={boardOf(owners, true)}
        shown={{ keyResults: 3, of: 3 }}
        sorts={boardSorts}
        onExportCsv={jest.fn()}
        onExportXlsx={jest.fn()}
        onCopyViewLink={jest.fn()}
      />
    </FluentProvider>
  );
  const ownersShown = () =>
    within(screen.getByRole('group', { name: 'Owner' }))
      .getAllByRole('menuitemcheckbox')
      .map((item) => item.textContent);

  it('lists the owners as the reader’s language files their names, whatever the board’s order', async () => {
    const owners: Person[] = [
      { id: 'u1', displayName: 'Zoë Ramírez' },
      { id: 'u2', displayName: 'Åsa Berg' },
      { id: 'u3', displayName: 'Bruno Costa' },
    ];
    const listed = async (locale: string) => {
      const view = render(
        <ReaderProvider value={{ locale, words: undefined }}>
          {withOwners(jest.fn(), owners)}
        </ReaderProvider>,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
      await screen.findByRole('group', { name: 'Owner' });
      const names = ownersShown();
      view.unmount();
      return names;
    };
    // Swedish files "Å" after "Z"; German beside "A".
    expect(await listed('sv-SE')).toEqual(['Bruno Costa', 'Zoë Ramírez', 'Åsa Berg', 'No owner']);
    expect(await listed('de-DE')).toEqual(['Åsa Berg', 'Bruno Costa', 'Zoë Ramírez', 'No owner']);
  });

  it('keeps the owners whose name or email holds what is typed, and those chosen', async () => {
    const change = jest.fn();
    render(withOwners(change, many, { ownerIds: ['u6'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Filters, 1 on' }));
    const find = await screen.findByRole('searchbox', { name: 'Find an owner' });
    expect(ownersShown()).toHaveLength(many.length + 1);
    fireEvent.change(find, { target: { value: 'LI' } });
    // Megan is chosen: she stays, to be seen and unticked.
    expect(ownersShown()).toEqual(['Diego Siciliani', 'Lidia Holloway', 'Megan Bowen']);
    fireEvent.change(find, { target: { value: 'ow' } });
    expect(ownersShown()).toEqual(['Lidia Holloway', 'Megan Bowen', 'No owner']);
    fireEvent.change(find, { target: { value: 'lidiah@' } });
    expect(ownersShown()).toEqual(['Lidia Holloway', 'Megan Bowen']);
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Lidia Holloway' }));
    expect(change).toHaveBeenLastCalledWith({ ownerIds: ['u6', 'u5'] });
  });

  it('says that no one matches, and goes on with Enter to the first owner found', async () => {
    render(withOwners(jest.fn(), many));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const find = await screen.findByRole('searchbox', { name: 'Find an owner' });
    const status = within(screen.getByRole('group', { name: 'Owner' })).getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.change(find, { target: { value: ' Nestor ' } });
    expect(status.textContent).toBe('No owner on this board matches “Nestor”.');
    expect(
      within(screen.getByRole('group', { name: 'Owner' })).queryAllByRole('menuitemcheckbox'),
    ).toEqual([]);

    fireEvent.change(find, { target: { value: 'gu' } });
    expect(status.textContent).toBe('');
    act(() => find.focus());
    fireEvent.keyDown(find, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('menuitemcheckbox', { name: 'Lee Gu' }));
  });

  it('finds an owner whatever the case and accents typed, in the reader’s language', async () => {
    const accented: Person[] = [
      ...many.slice(0, 6),
      { id: 'u8', displayName: 'José Álvarez' },
      { id: 'u9', displayName: 'Jürgen Müller', email: 'jmuller@contoso.com' },
      { id: 'u10', displayName: 'Zoe Durand' },
      many[7]!,
    ];
    render(
      <ReaderProvider value={{ locale: 'de-DE', words: german }}>
        {withOwners(jest.fn(), accented)}
      </ReaderProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    const find = await screen.findByRole('searchbox', { name: 'Verantwortliche suchen' });
    const shownIn = () =>
      within(screen.getByRole('group', { name: 'Verantwortlich' }))
        .getAllByRole('menuitemcheckbox')
        .map((item) => item.textContent);
    fireEvent.change(find, { target: { value: 'jose' } });
    expect(shownIn()).toEqual(['José Álvarez']);
    fireEvent.change(find, { target: { value: 'MULLER' } });
    expect(shownIn()).toEqual(['Jürgen Müller']);
    // German's own way of writing ü without it.
    fireEvent.change(find, { target: { value: 'Mueller' } });
    expect(shownIn()).toEqual(['Jürgen Müller']);
    fireEvent.change(find, { target: { value: 'Zoë' } });
    expect(shownIn()).toEqual(['Zoe Durand', 'Zoë Ramírez']);
    fireEvent.change(find, { target: { value: 'zoe' } });
    expect(shownIn()).toEqual(['Zoe Durand', 'Zoë Ramírez']);
    fireEvent.change(find, { target: { value: 'ramirez' } });
    expect(shownIn()).toEqual(['Zoë Ramírez']);
  });

  it('has no box to type in while the owners fit the menu', async () => {
    render(withOwners(jest.fn(), many.slice(0, 7)));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await screen.findByRole('menuitemcheckbox', { name: 'Megan Bowen' });
    expect(screen.queryByRole('searchbox', { name: 'Find an owner' })).toBeNull();
  });
});
