/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import type { AccessRoles } from '../../src/store/access';
import type { OkrRepository } from '../../src/store/repository';
import { ProgrammeScreen } from '../../src/ui/programme/ProgrammeScreen';
import './support/async-timeout';
import { renderWithServices } from './support/services';

/**
 * The site's roles come after the first screen: until SharePoint has said who the user is, the
 * Programme area must not tell an admin or a coach that they may only read it.
 */
function repositoryAnsweringRolesLater() {
  let answer: (roles: AccessRoles) => void = () => undefined;
  const roles = new Promise<AccessRoles>((resolve) => {
    answer = resolve;
  });
  const repository = {
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve([]),
    siteRoles: () => ({
      mine: () => roles,
      members: () => Promise.resolve([]),
      add: () => Promise.reject(new Error('Not in this test')),
      remove: () => Promise.reject(new Error('Not in this test')),
    }),
  } as unknown as OkrRepository;
  return { repository, answer: (value: AccessRoles) => act(() => answer(value)) };
}

const readOnlyNotice = /You can read the programme here/;

// Fluent's MessageBar measures itself for reflow; jsdom has no ResizeObserver.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe('the Programme area before the site has said who the user is', () => {
  it('says nothing about reading only, then says it to a member once known', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderWithServices(repository, <ProgrammeScreen />);
    await screen.findByRole('heading', { name: 'Teams' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();

    await answer({ admin: false, coach: false });
    await screen.findByText(readOnlyNotice);
  });

  it('never shows a coach the read-only notice', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderWithServices(repository, <ProgrammeScreen />);
    await screen.findByRole('heading', { name: 'Teams' });
    expect(screen.queryByText(readOnlyNotice)).toBeNull();
    await answer({ admin: false, coach: true });
    await waitFor(() => expect(screen.queryByText(readOnlyNotice)).toBeNull());
  });

  it('checks the role before telling anyone the next cycle is for coaches', async () => {
    const { repository, answer } = repositoryAnsweringRolesLater();
    renderWithServices(repository, <ProgrammeScreen initialSection="next" />);
    await screen.findByRole('status', { name: /Checking your role/ });
    expect(screen.queryByText('Coaches and admins start the next cycle')).toBeNull();

    await answer({ admin: false, coach: false });
    await screen.findByText('Coaches and admins start the next cycle');
  });
});
