/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Cycle, Person, Team } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { ProgrammeScreen } from '../../src/ui/programme/ProgrammeScreen';
import './support/async-timeout';
import './support/resize-observer';
import { adele } from './support/services';
import { layOutTabLists } from './support/view-tabs';

/**
 * An admin who works in Cycles, or People and roles, came back to the Programme area on Teams
 * every time. It opens on the section they last opened, on that OKR site and for them, in this
 * browser; "Get started" still wins while the programme needs its first run, and a section asked
 * for (a link to it) wins over the one remembered.
 */
const team: Team = { id: 't1', name: 'Company' } as Team;
const active: Cycle = {
  id: 'c1',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'active',
} as Cycle;
const megan: Person = { id: 'megan', displayName: 'Megan Bowen' };
const contoso = 'contoso.sharepoint.com:/sites/okrs';

function renderProgramme({
  teams = [team],
  cycles = [active],
  me = adele,
  site = contoso,
  initialSection,
  focusSections = false,
}: {
  readonly teams?: readonly Team[];
  readonly cycles?: readonly Cycle[];
  readonly me?: Person;
  readonly site?: string;
  readonly initialSection?: string;
  readonly focusSections?: boolean;
} = {}) {
  const repository = {
    listTeams: () => Promise.resolve(teams),
    listCycles: () => Promise.resolve(cycles),
    cycleHoldings: (ids: readonly string[]) =>
      Promise.resolve(new Map(ids.map((id) => [id, []] as const))),
    siteRoles: () => ({
      mine: () => Promise.resolve({ admin: true, coach: true }),
      members: () => Promise.resolve([]),
    }),
  } as unknown as OkrRepository;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: { ...defaultOperatingModel, roles: { admins: [me.id], coaches: [] } },
          me,
          site,
        }}
      >
        <ProgrammeScreen
          focusSections={focusSections}
          {...(initialSection ? { initialSection } : {})}
        />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

const openTab = (name: string) => screen.findByRole('tab', { name, selected: true });

/** Opens the Programme, picks `name`'s tab and leaves. */
async function workIn(name: string, options?: Parameters<typeof renderProgramme>[0]) {
  const page = renderProgramme(options);
  await openTab('Teams');
  fireEvent.click(screen.getByRole('tab', { name }));
  await openTab(name);
  page.unmount();
}

layOutTabLists();
beforeEach(() => localStorage.clear());

it('opens on the section last opened, its tab taking the focus as before', async () => {
  await workIn('Cycles');

  renderProgramme({ focusSections: true });

  const cycles = await openTab('Cycles');
  expect(document.activeElement).toBe(cycles);
});

it('remembers the section per OKR site and per user', async () => {
  await workIn('People and roles');

  const other = renderProgramme({ me: megan });
  await openTab('Teams');
  other.unmount();
  const otherSite = renderProgramme({ site: 'fabrikam.sharepoint.com:/sites/okrs' });
  await openTab('Teams');
  otherSite.unmount();
  renderProgramme();
  await openTab('People and roles');
});

it('opens on Get started while the programme needs its first run', async () => {
  await workIn('Cycles');

  renderProgramme({ teams: [], cycles: [] });

  await openTab('Get started');
});

it('opens on a section asked for, which is then the one remembered', async () => {
  await workIn('Cycles');

  const linked = renderProgramme({ initialSection: 'people' });
  await openTab('People and roles');
  linked.unmount();

  renderProgramme();
  await openTab('People and roles');
});

it('opens on Teams where the section kept is none of the area’s, or storage is refused', async () => {
  localStorage.setItem(`okr-coach:programme-section:${contoso}:${adele.id}`, 'gone');
  const kept = renderProgramme();
  await openTab('Teams');
  kept.unmount();

  const refused = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  try {
    renderProgramme();
    await openTab('Teams');
    fireEvent.click(screen.getByRole('tab', { name: 'Cycles' }));
    await openTab('Cycles');
    expect(refused).toHaveBeenCalled();
  } finally {
    jest.restoreAllMocks();
  }
});
