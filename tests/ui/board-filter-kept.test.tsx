/**
 * A tab's board keeps its search, filters and order while another view of the tab is shown: from
 * the Alignment view back to the Board, they were gone (the board opened afresh). So does its
 * "Key results" list, which shares them. Clearing the filters keeps the order, either way it runs.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { OkrRepository } from '../../src/store/repository';
import { TeamTab } from '../../src/teams/tab/TeamTab';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { board, cycle } from './support/one-key-result-board';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';
import { layOutTabLists, showView } from './support/view-tabs';

layOutTabLists();

function renderTab() {
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([cycle]),
    cyclesWithObjectives: () => Promise.resolve(new Set([cycle.id])),
    loadBoard: () => Promise.resolve(board),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => new Promise(() => undefined),
  } as unknown as OkrRepository;
  const host = {
    context: { locale: 'en-GB', surface: 'channelTab', theme: 'default' },
    notifySuccess: () => undefined,
  } as unknown as Host;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host,
          operatingModel: defaultOperatingModel,
          me: { id: 'adele', displayName: 'Adele Vance' },
        }}
      >
        <TeamTab settings={{ cycleId: cycle.id, teamIds: ['t1'] }} onOpenProgramme={() => {}} />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

// The board's search, not the Alignment view's ("Search objectives by title, owner or team").
const searchBox = () =>
  screen.findByRole('searchbox', { name: 'Search objectives, key results and owners' });
/**
 * Types into the toolbar's search once its popups are in (Fluent's `MenuTrigger` gives Filters an
 * id): until then the search box is a stand-in, which they replace, and text typed into an element
 * found just before the swap would go nowhere.
 */
async function search(text: string) {
  await waitFor(() => expect(screen.getByRole('button', { name: /^Filters/ }).id).not.toBe(''));
  fireEvent.change(
    screen.getByRole('searchbox', { name: 'Search objectives, key results and owners' }),
    { target: { value: text } },
  );
}
const alignmentShown = () =>
  screen.findByRole('tree', { name: 'Alignment of objectives across teams' });

test('the search, filters and order are there again after the Alignment view', async () => {
  renderTab();
  await search('plan');
  fireEvent.click(screen.getByRole('button', { name: 'Needs a check-in' }));
  fireEvent.click(screen.getByRole('button', { name: /^Sort/ }));
  fireEvent.click(await screen.findByRole('menuitemradio', { name: 'Progress' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Sort: Progress, lowest first' }));
  fireEvent.click(await screen.findByRole('menuitemradio', { name: /^Descending/ }));
  await screen.findByRole('button', { name: 'Sort: Progress, highest first' });

  await showView('Alignment');
  await alignmentShown();
  expect(
    screen.queryByRole('searchbox', { name: 'Search objectives, key results and owners' }),
  ).toBeNull();
  await showView('Board');

  expect(((await searchBox()) as HTMLInputElement).value).toBe('plan');
  const toolbar = screen.getByRole('search');
  expect(
    within(toolbar).getByRole('button', { name: 'Needs a check-in' }).getAttribute('aria-pressed'),
  ).toBe('true');
  expect(
    within(toolbar).getByRole('button', { name: 'Sort: Progress, highest first' }),
  ).toBeTruthy();

  // Clear filters clears the search and filters; the order stays, descending as it was.
  fireEvent.click(within(toolbar).getByRole('button', { name: 'Clear filters' }));
  await waitFor(async () => expect(((await searchBox()) as HTMLInputElement).value).toBe(''));
  expect(
    within(toolbar).getByRole('button', { name: 'Sort: Progress, highest first' }),
  ).toBeTruthy();
});

test('the Key results list’s search and its column’s order, either way, are there again after the Alignment view', async () => {
  renderTab();
  await showView('Key results');
  await search('plan');
  const progress = () => screen.getByRole('columnheader', { name: 'Progress' });
  fireEvent.click(within(await waitFor(progress)).getByRole('button'));
  await waitFor(() => expect(progress().getAttribute('aria-sort')).toBe('ascending'));
  fireEvent.click(within(progress()).getByRole('button'));
  await waitFor(() => expect(progress().getAttribute('aria-sort')).toBe('descending'));

  await showView('Alignment');
  await alignmentShown();
  await showView('Key results');

  expect(((await searchBox()) as HTMLInputElement).value).toBe('plan');
  await waitFor(() => expect(progress().getAttribute('aria-sort')).toBe('descending'));
  expect(screen.getByRole('button', { name: 'Sort: Progress, highest first' })).toBeTruthy();
  // The board shows them too: one search and order for both.
  await showView('Board');
  expect(((await searchBox()) as HTMLInputElement).value).toBe('plan');
  expect(screen.getByRole('button', { name: 'Sort: Progress, highest first' })).toBeTruthy();
});
