/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { ProgrammeScreen } from '../../src/ui/programme/ProgrammeScreen';
import './support/async-timeout';
import './support/resize-observer';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';

/**
 * Another tab replaced a section with its unsaved changes (the operating model's limits, the
 * first run's answers), silently: the Programme area asks first, as Teams and Viva do.
 */
const planning: Cycle = {
  id: 'q3',
  name: 'Q3 2031',
  start: '2031-07-01',
  end: '2031-09-30',
  state: 'planning',
} as Cycle;

function renderProgramme(initialSection: string) {
  const repository = {
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve([planning]),
    loadBoard: () => new Promise(() => undefined),
    siteRoles: siteRolesOf({ admin: true, coach: true }),
  } as unknown as OkrRepository;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        <ProgrammeScreen initialSection={initialSection} />
      </AppServicesProvider>
    </FluentProvider>,
  );
}

const limit = () =>
  screen.findByRole<HTMLInputElement>('textbox', { name: 'Objectives per team, at most' });

// By their words: in jsdom, Fluent's dialog now and then keeps its surface aria-hidden after it
// opened (its motion), which hides the buttons from queries by role.
const discardDialog = () => screen.findByRole('alertdialog', { name: 'Discard your changes?' });
const dialogGone = () =>
  waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());

it('asks before another tab drops a changed limit, and Keep editing keeps it', async () => {
  renderProgramme('model');
  fireEvent.change(await limit(), { target: { value: '9' } });

  fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));

  const ask = await discardDialog();
  expect(ask.textContent).toContain('Your changes to the operating model are not saved.');
  fireEvent.click(within(ask).getByText('Keep editing'));
  await dialogGone();
  expect((await limit()).value).toBe('9');
  expect(screen.queryByRole('heading', { name: 'Teams' })).toBeNull();
});

it('opens the other tab once the changes are discarded', async () => {
  renderProgramme('model');
  fireEvent.change(await limit(), { target: { value: '9' } });
  fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));

  const ask = await discardDialog();
  fireEvent.click(within(ask).getByText('Discard changes'));

  await dialogGone();
  await screen.findByRole('heading', { name: 'Teams' });
  expect(screen.queryByRole('textbox', { name: 'Objectives per team, at most' })).toBeNull();
});

it('asks before another tab drops the first run’s answers', async () => {
  renderProgramme('start');
  const teams = await screen.findByRole('textbox', { name: 'How many teams will set OKRs?' });
  fireEvent.change(teams, { target: { value: '12' } });

  fireEvent.click(screen.getByRole('tab', { name: 'Cycles' }));

  const ask = await discardDialog();
  expect(ask.textContent).toContain('Your changes to your answers are not saved.');
});
