import type { Page } from 'playwright-core';
import { addDays } from '../../../src/core/dates';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { freshPagePerTest } from '../support/browser';
import { adele, appFrame, configureChannelTab, startTeamsStack, type TeamsStack } from './support';

/**
 * Owners and alignment through the Teams simulator's channel tab (real teams-js) against the
 * Graph emulator: a new objective gets its owner from the directory (the people picker, Graph
 * /users) and aligns to an objective of another team, offered by team with the company's first;
 * an objective aligns to the year's objective around its quarter, offered in the year's group.
 * The outcome is read back from the store.
 */
jest.setTimeout(180_000);

let stack: TeamsStack;
let page: Page;
const megan = demoUsers.meganBowen;

beforeAll(async () => {
  stack = await startTeamsStack();
}, 330_000); // with the dev server's first compile

afterAll(async () => {
  await stack?.close();
});

freshPagePerTest(
  () => stack.browser,
  (newPage) => {
    page = newPage;
  },
);

describe('owners and alignment', () => {
  it('creates an objective owned by someone picked from the directory, aligned across teams', async () => {
    const { cycle, sales, objective: companyObjective } = stack.fixture;
    const salesObjective = await stack.repository.createObjective({
      cycleId: cycle.id,
      teamId: sales.id,
      title: 'Win the mid-market in the Nordics',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner: { id: adele.id, displayName: adele.displayName },
    });
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: 'New objective' }).click();
    const dialog = tab.getByRole('dialog', { name: 'New objective' });
    const title = 'Partners bring a third of new customers';
    await dialog.getByRole('textbox', { name: /Objective/ }).fill(title);

    // Every objective of the cycle is offered, by team, the company's first; Sales is not this
    // board's team but its objective is there once the whole cycle is read (the field says so
    // until then).
    const alignsTo = dialog.getByRole('combobox', { name: 'Aligns to' });
    await alignsTo
      .locator('optgroup[label="Sales"] option', { hasText: salesObjective.title })
      .waitFor({ state: 'attached' });
    await dialog.getByText('Loading other teams’ objectives…').waitFor({ state: 'detached' });
    const groups = await alignsTo
      .locator('optgroup')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('label')));
    expect(groups[0]).toBe('Contoso OKRs');
    expect(groups).toContain('Sales');
    await alignsTo.selectOption({ label: companyObjective.title });

    const owner = dialog.getByRole('combobox', { name: 'Owner of the objective' });
    await owner.pressSequentially('Meg', { delay: 20 });
    await tab.getByRole('option', { name: new RegExp(megan.displayName) }).click();

    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await tab.getByRole('article', { name: title }).waitFor();
    const board = await stack.repository.loadBoard({ cycleId: cycle.id });
    expect(board.objectives.filter((o) => o.title === title)).toEqual([
      expect.objectContaining({
        teamId: stack.fixture.company.id,
        parentId: companyObjective.id,
        owner: expect.objectContaining({ id: megan.id, displayName: megan.displayName }),
      }),
    ]);
  });

  it("aligns a quarter's objective to the year's objective, offered under the year's name", async () => {
    const { cycle, company, objective } = stack.fixture;
    const year = await stack.repository.createCycle({
      name: 'The year around it',
      start: addDays(cycle.start, -60),
      end: addDays(cycle.end, 60),
      state: 'active',
    });
    const annual = await stack.repository.createObjective({
      cycleId: year.id,
      teamId: company.id,
      title: 'Double ARR to €10M',
      description: '',
      commitment: 'committed',
      state: 'active',
    });
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    await tab.getByRole('button', { name: `Edit ${objective.title}` }).click();
    const dialog = tab.getByRole('dialog', { name: 'Edit the objective' });
    const alignsTo = dialog.getByRole('combobox', { name: 'Aligns to' });
    const entry = `${annual.title} — ${year.name}`;
    await alignsTo
      .locator(`optgroup[label="${year.name}"] option`, { hasText: entry })
      .waitFor({ state: 'attached' });
    await alignsTo.selectOption({ label: entry });
    await dialog.getByRole('button', { name: 'Save objective' }).click();
    await dialog.waitFor({ state: 'detached' });

    await tab.getByText(`Aligns to ${annual.title} (${year.name})`).waitFor();
    const board = await stack.repository.loadBoard({ cycleId: cycle.id });
    expect(board.objectives.find((o) => o.id === objective.id)?.parentId).toBe(annual.id);
  });
});
