/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { AccessRoles } from '../../src/store/access';
import type { OkrRepository } from '../../src/store/repository';
import { ProgrammeScreen } from '../../src/ui/programme/ProgrammeScreen';
import './support/async-timeout';
import './support/resize-observer';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { adele } from './support/services';

/**
 * The site's roles come after the first screen: until SharePoint has said who the user is, the
 * Programme area must not tell an admin or a coach that they may only read it.
 */
function repositoryAnsweringRolesLater() {
  let answer: (roles: AccessRoles) => void = () => undefined;
  const roles = new Promise<AccessRoles>((resolve) => {
    answer = resolve;
  });
  const siteRoles = {
    mine: jest.fn(() => roles),
    members: () => Promise.resolve([]),
    add: () => Promise.reject(new Error('Not in this test')),
    remove: () => Promise.reject(new Error('Not in this test')),
  };
  const repository = {
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve([]),
    siteRoles: () => siteRoles,
  } as unknown as OkrRepository;
  return {
    repository,
    asked: siteRoles.mine,
    answer: (value: AccessRoles) => act(() => answer(value)),
  };
}

/** As a page's start-up hands the services over: roles read once the first screen is shown. */
function renderProgramme(repository: OkrRepository, initialSection?: string) {
  let release = () => undefined as void;
  const firstScreenShown = new Promise<void>((resolve) => {
    release = resolve;
  });
  const host = { context: { locale: 'en-US' }, notifySuccess: jest.fn() };
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: host as never,
          operatingModel: defaultOperatingModel,
          me: adele,
          onFirstScreen: release,
          firstScreenShown,
        }}
      >
        <ProgrammeScreen {...(initialSection ? { initialSection } : {})} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  return { notifySuccess: host.notifySuccess };
}

const readOnlyNotice = /You can read the programme here/;

describe('the Programme area opened as the page', () => {
  it('tells the host its first screen is shown, and then reads the roles', async () => {
    const { repository, asked } = repositoryAnsweringRolesLater();
    const { notifySuccess } = renderProgramme(repository);
    await screen.findByRole('heading', { name: 'Teams' });
    await waitFor(() => expect(notifySuccess).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
  });
});

describe('the Programme area before the site has said who the user is', () => {
  it('says nothing about reading only, then says it to a member once known', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderProgramme(repository);
    await screen.findByRole('heading', { name: 'Teams' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();

    await answer({ admin: false, coach: false });
    await screen.findByText(readOnlyNotice);
  });

  it('never shows a coach the read-only notice', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderProgramme(repository);
    await screen.findByRole('heading', { name: 'Teams' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();
    await answer({ admin: false, coach: true });
    await waitFor(() => expect(screen.queryByText(readOnlyNotice)).toBeNull());
  });

  it('checks the role before telling anyone the next cycle is for coaches', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderProgramme(repository, 'next');
    await screen.findByRole('status', { name: /Checking your role/ });
    expect(screen.queryByText('Coaches and admins start the next cycle')).toBeNull();

    await answer({ admin: false, coach: false });
    await screen.findByText('Coaches and admins start the next cycle');
  });
});
