/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { ProgrammeScreen } from '../../src/ui/programme/ProgrammeScreen';
import './support/async-timeout';
import './support/resize-observer';
import { adele } from './support/services';

/**
 * The Programme area opened on Teams even for a brand-new programme, where there is nothing to
 * see yet: it opens on "Get started" until the programme is set up, on Teams afterwards.
 */
const team: Team = { id: 't1', name: 'Company', parentTeamId: undefined } as unknown as Team;
const cycle = (state: Cycle['state']): Cycle =>
  ({ id: 'c1', name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31', state }) as Cycle;

function renderProgramme(teams: readonly Team[], focusSections = false) {
  let answerCycles: (value: readonly Cycle[]) => void = () => undefined;
  const repository = {
    listTeams: () => Promise.resolve(teams),
    listCycles: () =>
      new Promise<readonly Cycle[]>((resolve) => {
        answerCycles = resolve;
      }),
    siteRoles: () => ({
      mine: () => Promise.resolve({ admin: true, coach: true }),
      members: () => Promise.resolve([]),
    }),
  } as unknown as OkrRepository;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: { ...defaultOperatingModel, roles: { admins: [adele.id], coaches: [] } },
          me: adele,
        }}
      >
        <ProgrammeScreen focusSections={focusSections} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  return { answerCycles: (value: readonly Cycle[]) => act(() => answerCycles(value)) };
}

it('opens a programme with no team or cycle on Get started, and selects no tab while it reads', async () => {
  const { answerCycles } = renderProgramme([]);
  expect(screen.queryByRole('tab', { selected: true })).toBeNull();

  answerCycles([]);

  await screen.findByRole('tab', { name: 'Get started', selected: true });
  await screen.findByRole('heading', { name: 'Create the first cycle' });
});

it('opens a programme whose cycle has started on Teams', async () => {
  renderProgramme([team]).answerCycles([cycle('active')]);

  await screen.findByRole('tab', { name: 'Teams', selected: true });
  await screen.findByRole('button', { name: 'New team' });
});

describe('opened from the board (the focus left on the page as its button went)', () => {
  it('hands the focus to the open section’s tab once the programme is read', async () => {
    const { answerCycles } = renderProgramme([team], true);
    answerCycles([cycle('active')]);

    const teams = await screen.findByRole('tab', { name: 'Teams', selected: true });
    expect(document.activeElement).toBe(teams);
  });

  it('leaves the focus where the user put it while the programme was read', async () => {
    const { answerCycles } = renderProgramme([team], true);
    // The "more sections" menu opened by keyboard lost its focus, and closed, as the read ended.
    const cycles = screen.getByRole('tab', { name: 'Cycles' });
    act(() => cycles.focus());

    answerCycles([cycle('active')]);

    await screen.findByRole('tab', { name: 'Teams', selected: true });
    expect(document.activeElement).toBe(cycles);
  });
});
