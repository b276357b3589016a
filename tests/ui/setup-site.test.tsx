import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Host } from '../../src/host/types';
import type { ProvisionReport, SiteCheck } from '../../src/store';
import { NotFoundError } from '../../src/store/errors';
import { lists } from '../../src/store/schema';
import { ServicesGate } from '../../src/ui/app/ServicesGate';
import { startServices, withLocaleWords } from '../../src/ui/app/startServices';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { sayFor } from '../../src/ui/board/say';
import { missingItems } from '../../src/ui/components/SetupSite/missingItems';
import { SetupSite } from '../../src/ui/components/SetupSite/SetupSite';
import './support/resize-observer';

const inEnglish = sayFor(undefined, 'en-US');
const checkIns = lists.checkIns.displayName;
const siteWithoutCycles: SiteCheck = {
  ready: false,
  siteId: 'site',
  missingLists: [lists.cycles.displayName],
  missingColumns: [{ list: checkIns, column: 'Note' }],
  missingIndexes: [
    { list: checkIns, column: 'MeetingId' },
    { list: checkIns, column: 'ClientId' },
  ],
  permissions: { verified: true, problems: [] },
  secure: true,
};

describe('what the guided site set-up lists as missing', () => {
  it('names lists, columns, indexes, and unique values where the schema wants them', () => {
    expect(missingItems(siteWithoutCycles, inEnglish)).toEqual([
      `The list “${lists.cycles.displayName}”`,
      `The column “Note” in ${checkIns}`,
      `An index on “MeetingId” in ${checkIns}`,
      `An index with unique values on “ClientId” in ${checkIns}`,
    ]);
  });

  it('lists nothing before the site was checked', () => {
    expect(missingItems(undefined, inEnglish)).toEqual([]);
  });
});

test('a German Teams is guided through setting up the OKR site in German', async () => {
  const german = {
    context: { locale: 'de-de' },
    notifySuccess: jest.fn(),
    notifyFailure: jest.fn(),
  } as unknown as Host;
  const siteMissing = () => Promise.reject(new NotFoundError('The OKR site has no lists'));
  const setup = { check: () => Promise.resolve(siteWithoutCycles), provision: jest.fn() };
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesGate
        host={german}
        load={startServices(german, withLocaleWords(siteMissing, loadLocaleWords))}
        renderFailure={(error) =>
          error instanceof NotFoundError ? (
            <SetupSite setup={setup} onReady={jest.fn()} />
          ) : undefined
        }
      >
        <p>The board</p>
      </ServicesGate>
    </FluentProvider>,
  );
  expect(await screen.findByRole('heading', { name: 'OKR-Website einrichten' })).toBeTruthy();
  const missing = screen.getByRole('list', { name: 'Was auf der OKR-Website fehlt' });
  expect(missing.textContent).toContain(`Die Liste „${lists.cycles.displayName}“`);
  expect(missing.textContent).toContain(
    `Ein Index mit eindeutigen Werten für „ClientId“ in ${checkIns}`,
  );
  expect(screen.getByText(/Dafür ist die Berechtigung „Sites\.Manage\.All“ nötig/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'OKR-Website einrichten' })).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/Set up|Your OKRs|The list|permission/);
});

/** The set-up page for a site without its lists, whose set-up adds `added`. */
function renderSetUp(
  added: Pick<ProvisionReport, 'createdLists' | 'addedColumns' | 'indexedColumns'>,
  onReady = jest.fn(),
) {
  const provision = () =>
    Promise.resolve({
      ...siteWithoutCycles,
      ...added,
      ready: true,
      missingLists: [],
      missingColumns: [],
      missingIndexes: [],
      permissionChanges: [],
    });
  render(
    <FluentProvider theme={webLightTheme}>
      <SetupSite
        setup={{ check: () => Promise.resolve(siteWithoutCycles), provision }}
        onReady={onReady}
      />
    </FluentProvider>,
  );
  return onReady;
}

test('says what setting up added, and opens OKR Coach only when the person goes on', async () => {
  const onReady = renderSetUp({
    createdLists: [lists.cycles.displayName],
    addedColumns: [{ list: checkIns, column: 'Note' }],
    indexedColumns: [
      { list: checkIns, column: 'MeetingId' },
      { list: checkIns, column: 'ClientId' },
    ],
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Set up the OKR site' }));
  expect(await screen.findByText('The OKR site is set up')).toBeTruthy();
  expect(
    screen.getByText(/Added 1 list, 1 column, and 2 indexes; nothing that was there was changed\./),
  ).toBeTruthy();
  const goOn = screen.getByRole('button', { name: 'Open OKR Coach' });
  await waitFor(() => expect(document.activeElement).toBe(goOn));
  expect(onReady).not.toHaveBeenCalled();
  fireEvent.click(goOn);
  expect(onReady).toHaveBeenCalledTimes(1);
});

test('names only what was added: a site that had every list but its indexes', async () => {
  renderSetUp({
    createdLists: [],
    addedColumns: [],
    indexedColumns: [{ list: checkIns, column: 'MeetingId' }],
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Set up the OKR site' }));
  expect(
    await screen.findByText('Added 1 index; nothing that was there was changed.', { exact: false }),
  ).toBeTruthy();
});
