/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AccessRoles } from '../../src/store/access';
import { OfflineError } from '../../src/store/errors';
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
const checkingRole = { name: 'Checking your role' };

describe('the Programme area opened as the page', () => {
  it('tells the host its first screen is shown, and then reads the roles', async () => {
    const { repository, asked } = repositoryAnsweringRolesLater();
    const { notifySuccess } = renderProgramme(repository);
    await screen.findByRole('status', checkingRole);
    await waitFor(() => expect(notifySuccess).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
  });
});

describe('the Programme area before the site has said who the user is', () => {
  it('shows that it checks the role, not a read-only section, then tells a member', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderProgramme(repository, 'teams');
    await screen.findByRole('status', checkingRole);
    expect(screen.queryByRole('heading', { name: 'Teams' })).toBeNull();
    expect(screen.queryByText(readOnlyNotice)).toBeNull();

    await answer({ admin: false, coach: false });
    await screen.findByText(readOnlyNotice);
    await screen.findByRole('heading', { name: 'Teams' });
    expect(screen.queryByRole('status', checkingRole)).toBeNull();
  });

  it('never shows a coach the read-only notice', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderProgramme(repository, 'teams');
    await screen.findByRole('status', checkingRole);
    await answer({ admin: false, coach: true });
    await screen.findByRole('heading', { name: 'Teams' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();
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

describe('the Programme area after a short outage', () => {
  /**
   * Microsoft 365 does not answer the first reads (the roles', and the programme's unless
   * `programmeRead`), then does.
   */
  function repositoryFailingFirst({ programmeRead = false } = {}) {
    let down = true;
    const answer = <T,>(value: T, read = false) =>
      down && !read
        ? Promise.reject(new OfflineError('Microsoft 365 did not answer.'))
        : Promise.resolve(value);
    const siteRoles = {
      mine: () => answer<AccessRoles>({ admin: true, coach: true }),
      members: () => Promise.resolve([]),
    };
    const repository = {
      listTeams: () => answer([], programmeRead),
      listCycles: () => answer([], programmeRead),
      siteRoles: () => siteRoles,
    } as unknown as OkrRepository;
    return { repository, recover: () => (down = false) };
  }

  it('reads the roles again on Try again: the admin gets their buttons back', async () => {
    const { repository, recover } = repositoryFailingFirst();
    renderProgramme(repository, 'teams');
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();

    recover();
    fireEvent.click(tryAgain);

    await screen.findByRole('button', { name: 'New team' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();
  });

  it('offers to try the roles again when only they could not be read', async () => {
    const { repository, recover } = repositoryFailingFirst({ programmeRead: true });
    renderProgramme(repository, 'teams');
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByRole('heading', { name: 'Teams' })).toBeNull();
    expect(screen.queryByText(readOnlyNotice)).toBeNull();

    recover();
    fireEvent.click(tryAgain);

    await screen.findByRole('button', { name: 'New team' });
  });
});
