/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { defaultOperatingModel, type OperatingModel } from '../../src/core/operating-model';
import type { OkrRole, RoleMember } from '../../src/store/access';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { ProgrammeScreen } from '../../src/ui/programme/ProgrammeScreen';
import './support/async-timeout';
import './support/resize-observer';
import { adele } from './support/services';

/**
 * "Become the admin" goes with its notice once the claim is saved; focus goes to the open
 * section's tab, where the admin's work starts. It fell to the page's body.
 */
it('puts the focus on the open section’s tab once the claim is saved', async () => {
  const repository = {
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve([]),
    siteRoles: () => ({
      mine: () => Promise.resolve({ admin: true, coach: true }),
      members: () => Promise.resolve([]),
    }),
    saveOperatingModel: (model: OperatingModel) => Promise.resolve(model),
  } as unknown as OkrRepository;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me: adele,
          onFirstScreen: () => undefined,
          firstScreenShown: Promise.resolve(),
        }}
      >
        <ProgrammeScreen />
      </AppServicesProvider>
    </FluentProvider>,
  );
  const become = await screen.findByRole('button', { name: 'Become the admin' });
  become.focus();

  fireEvent.click(become);

  await screen.findByText('You are now the admin of this OKR programme.');
  expect(screen.queryByRole('button', { name: 'Become the admin' })).toBeNull();
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Get started' })),
  );
});

/**
 * The claim named the admin only in the operating model's copy, which People and roles does not
 * read (it lists the OKR site's groups): its Admins stayed empty, even after a reload.
 */
it('lists the person who became the admin under People and roles, beside the site owners', async () => {
  const me = { ...adele, email: 'adelev@contoso.onmicrosoft.com' };
  const groups: Record<OkrRole, RoleMember[]> = { admins: [], coaches: [] };
  const megan = {
    siteUserId: 7,
    displayName: 'Megan Bowen',
    userPrincipalName: 'meganb@contoso.onmicrosoft.com',
  };
  const repository = {
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve([]),
    siteRoles: () => ({
      mine: () => Promise.resolve({ admin: true, coach: true }),
      members: (role: OkrRole) => Promise.resolve(groups[role]),
      owners: () => Promise.resolve([megan]),
      add: (role: OkrRole, userPrincipalName: string) => {
        groups[role].push({ siteUserId: 9, displayName: me.displayName, userPrincipalName });
        return Promise.resolve();
      },
    }),
    findPeople: () => Promise.resolve(new Map()),
    saveOperatingModel: (model: OperatingModel) => Promise.resolve(model),
  } as unknown as OkrRepository;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me,
        }}
      >
        <ProgrammeScreen initialSection="teams" />
      </AppServicesProvider>
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Become the admin' }));
  await screen.findByText('You are now the admin of this OKR programme.');

  fireEvent.click(screen.getByRole('tab', { name: 'People and roles' }));

  const form = await screen.findByRole('heading', { name: 'People and roles' });
  const section = form.parentElement!;
  await within(section).findByText('Adele Vance');
  expect(groups.admins.map((member) => member.userPrincipalName)).toEqual([me.email]);
  expect(within(section).getByText('Megan Bowen')).toBeTruthy();
});
