import type { Page } from 'playwright-core';
import type { Team } from '../../../src/core/model';
import { simulatedTeam } from '../../../src/dev/teams-simulator/directory';
import { openSimulator, simulatorCard, waitUntilReady } from '../support/teams-simulator';
import { adele, appFrame, saveChannelTab, teamsStackPerFile, type TeamsStack } from './support';

/**
 * The channel tab's configuration page as a team lead meets it in the Teams simulator (real
 * teams-js): the OKR team linked to the channel's team is chosen for them, or a hint says why
 * none is; and the tab's Settings reopen the page on its saved choices, saying that Save changes
 * the tab rather than adds one.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function openNewTab() {
  await openSimulator(page, stack.server.url, { context: 'channel', user: adele.id });
  await waitUntilReady(page, 'p1-settings');
  return appFrame(page, 'p1-settings');
}

async function updateTeam(id: string, change: (team: Team) => Team) {
  const team = (await stack.repository.listTeams()).find((t) => t.id === id);
  if (!team) throw new Error(`No team ${id} in the store.`);
  await stack.repository.updateTeam(change(team));
}

describe('the configuration page', () => {
  it('reopens from the tab’s Settings on the saved choices, and says Save applies them', async () => {
    const config = await openNewTab();
    await config.getByRole('heading', { name: 'Set up the OKR tab' }).waitFor();
    await config
      .getByRole('checkbox', { name: 'Contoso OKRs', exact: true, checked: true })
      .waitFor();
    await config
      .getByRole('checkbox', { name: 'Include the teams under Contoso OKRs (1)' })
      .check();
    await config.getByRole('radio', { name: /^This quarter · Active/ }).check();
    await config.getByText('Select Save to add the tab.').waitFor();
    await saveChannelTab(page);

    await openSimulator(page, stack.server.url, { context: 'config', user: adele.id });
    await waitUntilReady(page, 'p1-settings');
    const settings = await appFrame(page, 'p1-settings');
    await settings.getByRole('heading', { name: 'Change what this tab shows' }).waitFor();
    await settings.getByText('Select Save to apply your changes.').waitFor();
    expect(await settings.getByRole('checkbox', { name: 'Sales', exact: true }).isChecked()).toBe(
      true,
    );
    expect(
      await settings.getByRole('checkbox', { name: 'Contoso OKRs', exact: true }).isChecked(),
    ).toBe(true);
    expect(await settings.getByRole('radio', { name: /^This quarter/ }).isChecked()).toBe(true);
    expect(await settings.getByText(/is chosen because|No OKR team is linked/).count()).toBe(0);
  });

  it('chooses the OKR team linked to the channel’s team, and says why', async () => {
    await updateTeam(stack.fixture.sales.id, (team) => ({
      ...team,
      groupId: simulatedTeam.groupId,
    }));
    const config = await openNewTab();
    await config.getByRole('checkbox', { name: 'Sales', exact: true, checked: true }).waitFor();
    expect(
      await config.getByRole('checkbox', { name: 'Contoso OKRs', exact: true }).isChecked(),
    ).toBe(false);
    await config.getByText('Sales is chosen because it is linked to this team in Teams.').waitFor();
  });

  it('says when no OKR team is linked to the channel’s team, and how an admin links one', async () => {
    await updateTeam(stack.fixture.sales.id, ({ groupId: _unlinked, ...team }) => team);
    await updateTeam(stack.fixture.company.id, (team) => ({ ...team, name: 'Contoso' }));
    const config = await openNewTab();
    const hint = config.getByText(/^No OKR team is linked to Contoso OKRs/);
    await hint.waitFor();
    expect(await hint.textContent()).toContain('Programme → Teams');
    expect(await hint.textContent()).toContain(simulatedTeam.groupId);
    expect(await config.getByRole('checkbox', { checked: true }).count()).toBe(0);
    // A hint, not a block: the team lead chooses a team and saves.
    await config.getByRole('checkbox', { name: 'Contoso', exact: true }).check();
    await simulatorCard(page, 'p1-settings').locator('button.save:enabled').waitFor();
  });
});
