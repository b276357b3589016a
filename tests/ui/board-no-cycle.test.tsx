import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import { MyOkrs } from '../../src/teams/tab/MyOkrs';
import { TeamTab } from '../../src/teams/tab/TeamTab';
import { renderInTeams } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';
import { layOutTabLists } from './support/view-tabs';

layOutTabLists();

/**
 * A site with no cycle yet, as a programme owner finds it after setting it up or leaving Viva
 * Goals: an admin is taken to create the first cycle or to import, anyone else told to wait.
 */
function siteWithoutCycles(admin: boolean): OkrRepository {
  return {
    siteRoles: siteRolesOf({ admin, coach: admin }),
    listCycles: () => Promise.resolve([]),
    cyclesWithObjectives: () => Promise.resolve(new Set()),
    loadBoard: () => Promise.reject(new Error('no cycle to load')),
    changesSince: () => Promise.resolve({ token: 't' }),
    reminderPreferencesOf: () => Promise.resolve(undefined),
  } as unknown as OkrRepository;
}

test('My OKRs takes an admin to create the first cycle or to import their OKRs', async () => {
  const opened: (string | undefined)[] = [];
  await renderInTeams(
    siteWithoutCycles(true),
    <MyOkrs onOpenProgramme={(section) => opened.push(section)} />,
    'en-US',
    'personalTab',
  );
  await screen.findByRole('heading', { name: 'No OKR cycle is running' });
  expect(
    await screen.findByText(/Create the first cycle in the Programme, or bring in the OKRs/),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Create a cycle' }));
  fireEvent.click(screen.getByRole('button', { name: 'Import OKRs' }));
  fireEvent.click(screen.getByRole('button', { name: 'Programme' }));
  expect(opened).toEqual(['cycles', 'import', undefined]);
});

test('a channel board in German offers the same to an admin, in German', async () => {
  const opened: (string | undefined)[] = [];
  await renderInTeams(
    siteWithoutCycles(true),
    <TeamTab
      settings={{ cycleId: 'current', teamIds: ['t1'] }}
      onOpenProgramme={(section) => opened.push(section)}
    />,
    'de-DE',
    'channelTab',
  );
  await screen.findByRole('heading', { name: 'Derzeit läuft kein OKR-Zyklus' });
  fireEvent.click(await screen.findByRole('button', { name: 'OKRs importieren' }));
  expect(opened).toEqual(['import']);
  expect(screen.getByRole('button', { name: 'Zyklus erstellen' })).toBeTruthy();
});

test('someone without the admin role is told the cycle will come, with nothing to press', async () => {
  await renderInTeams(
    siteWithoutCycles(false),
    <MyOkrs onOpenProgramme={() => undefined} />,
    'en-US',
    'personalTab',
  );
  await screen.findByRole('heading', { name: 'No OKR cycle is running' });
  expect(
    await screen.findByText(/When your organisation starts a cycle \(a quarter, say\)/),
  ).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Create a cycle' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Import OKRs' })).toBeNull();
});
