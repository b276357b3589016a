import type { Frame, Page } from 'playwright-core';
import { demoUsers } from '../../../src/dev/graph-emulator';
import { waitForValue } from '../support/fields';
import { waitForFocus } from '../support/keyboard';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import {
  adele,
  appFrame,
  configureChannelTab,
  openProgrammeSection,
  seriousAxeViolations,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * Running an OKR programme end to end through the Teams host simulator (real teams-js) against
 * the Graph emulator: the admin sets up a team, a quarter, the operating model and a coach; the
 * coach runs the guided first run and sees the coaching plan on a board; an owner adds an
 * initiative; the coach closes the cycle with an edited score and learnings and rolls two
 * objectives over; someone without a role reads the Programme area only.
 */
jest.setTimeout(180_000);

const lee = demoUsers.leeGu;
const alex = demoUsers.alexWilber;
const found = { timeout: 60_000 };

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function openProgramme(userId: string, theme = 'default'): Promise<Frame> {
  await openSimulator(page, stack.server.url, { context: 'personal', user: userId, theme });
  await waitUntilReady(page, 'p1-content');
  const tab = await appFrame(page, 'p1-content');
  await tab.getByRole('button', { name: 'Programme' }).click(found);
  await tab.getByRole('tablist', { name: 'Programme sections' }).waitFor(found);
  return tab;
}

const section = openProgrammeSection;

async function confirmed(tab: Frame, text: string): Promise<void> {
  await tab.getByText(text).first().waitFor(found);
}

describe('the Programme area', () => {
  it('lets an admin create a team and a quarter, refuse bad dates, set a fortnightly cadence and name a coach', async () => {
    const tab = await openProgramme(adele.id);
    const { company } = stack.fixture;

    await tab.getByRole('button', { name: 'New team' }).click();
    let dialog = tab.getByRole('dialog', { name: 'New team' });
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await dialog.getByText('Give the team a name.').waitFor(found);
    await dialog.getByRole('textbox', { name: /Name/ }).fill('Marketing');
    await dialog.getByRole('combobox', { name: 'Parent team' }).click();
    await tab.getByRole('option', { name: company.name }).click();
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await confirmed(tab, 'Marketing is created.');
    await tab.getByRole('cell', { name: 'Marketing', exact: true }).waitFor();
    const marketing = (await stack.repository.listTeams()).find((t) => t.name === 'Marketing');
    expect(marketing?.parentTeamId).toBe(company.id);

    await section(tab, 'Cycles');
    const cyclesBefore = (await stack.repository.listCycles()).length;
    await tab.getByRole('button', { name: 'New cycle' }).click();
    dialog = tab.getByRole('dialog', { name: 'New cycle' });
    await dialog.getByRole('radio', { name: 'Custom dates' }).check();
    await dialog.getByRole('textbox', { name: /Name/ }).fill('Backwards');
    await dialog.getByRole('textbox', { name: 'Starts' }).fill('2031-05-10');
    await dialog.getByRole('textbox', { name: 'Ends' }).fill('2031-05-01');
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await dialog.getByText(/The cycle must end after it starts/).waitFor(found);
    expect((await stack.repository.listCycles()).length).toBe(cyclesBefore);
    await dialog.getByRole('radio', { name: 'A quarter of a year' }).check();
    await dialog.getByRole('textbox', { name: 'Year' }).fill('2031');
    // The dialog proposes the quarter after today's.
    await dialog.getByRole('radio', { name: 'Q1' }).check();
    await dialog.getByRole('textbox', { name: /Name/ }).fill('');
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await confirmed(tab, 'Q1 2031 is created.');
    const q1 = (await stack.repository.listCycles()).find((c) => c.name === 'Q1 2031');
    expect(q1).toMatchObject({ start: '2031-01-01', end: '2031-03-31', state: 'planning' });

    await section(tab, 'Operating model');
    const cadence = tab.getByRole('textbox', { name: 'Days between check-ins' });
    await cadence.fill('0');
    await tab.getByText('Days between check-ins must be greater than zero, not 0.').waitFor(found);
    await cadence.fill('14');
    await tab.getByText(/Check-ins come every 14 days instead of 7/).waitFor(found);
    await tab.getByRole('button', { name: 'Save the operating model' }).click();
    await confirmed(tab, 'The operating model is saved.');
    expect((await stack.repository.loadOperatingModel()).checkIn.cadenceDays).toBe(14);

    await section(tab, 'People and roles');
    const coaches = tab.getByRole('combobox', { name: 'Coaches' });
    await coaches.fill('lee');
    await tab.getByRole('option', { name: /Lee Gu/ }).click(found);
    await tab.getByRole('button', { name: 'Save roles' }).click();
    await confirmed(tab, 'Admins and coaches are saved.');
    expect((await stack.repository.loadOperatingModel()).roles?.coaches).toEqual([lee.id]);
    // axe judges the settled page, not a confirmation toast caught mid-fade.
    await tab.locator('.fui-Toast').first().waitFor({ state: 'detached', timeout: 60_000 });
    expect(await seriousAxeViolations(tab)).toEqual([]);
  });

  it('lets an admin run the guided first run by keyboard (it saves the operating model, focus kept) and see the coaching plan on a board', async () => {
    const tab = await openProgramme(adele.id);
    await section(tab, 'Get started');
    await tab.getByRole('radio', { name: 'Every 2 weeks', checked: true }).waitFor(found);
    await tab.getByRole('combobox', { name: 'Cycle to plan' }).click();
    await tab.getByRole('option', { name: stack.fixture.cycle.name }).click();
    await tab
      .getByRole('table', { name: `Coaching plan for ${stack.fixture.cycle.name}` })
      .waitFor();
    // By keyboard: the button keeps the focus while it saves (disabled, it dropped it to the body).
    const use = tab.getByRole('button', { name: 'Use this operating model and coaching plan' });
    await use.focus();
    await page.keyboard.press('Enter');
    await confirmed(
      tab,
      `The operating model and the coaching plan of ${stack.fixture.cycle.name} are saved.`,
    );
    await tab.waitForFunction(
      (button) => document.activeElement === button,
      await use.elementHandle(),
    );
    const cycle = (await stack.repository.listCycles()).find(
      (c) => c.id === stack.fixture.cycle.id,
    );
    expect(cycle?.coachingPlan?.rituals.some((r) => r.kind === 'midCycleReview')).toBe(true);

    await tab.getByRole('button', { name: 'Back to OKRs' }).click();
    // The cycle started 30 days ago and runs 91 days: its midpoint is 15 days away, and the
    // review is held at the weekly check-in nearest it, at most 3 days either side.
    await tab.getByText(/^next: mid-cycle review in (1[2-8]) days$/).waitFor(found);
  });

  it('lets a KR owner add an initiative under the KR', async () => {
    await configureChannelTab(page, stack.server.url);
    const tab = await appFrame(page, 'p1-content');
    const { keyResult } = stack.fixture;
    await tab.getByRole('button', { name: `Edit ${keyResult.title}` }).click(found);
    const dialog = tab.getByRole('dialog', { name: 'Edit the key result' });
    const initiatives = dialog.getByRole('region', { name: 'Initiatives' });
    await initiatives.getByText('No initiatives yet.').waitFor(found);
    await initiatives
      .getByRole('textbox', { name: 'New initiative' })
      .fill('Weekly onboarding webinar');
    await initiatives.getByRole('button', { name: 'Add initiative' }).click();
    await initiatives.getByText('Initiative “Weekly onboarding webinar” added.').waitFor(found);
    const stored = await stack.repository.listInitiatives({ keyResultIds: [keyResult.id] });
    expect(stored).toEqual([
      expect.objectContaining({ title: 'Weekly onboarding webinar', status: 'notStarted' }),
    ]);
    expect(stored[0]?.owner?.id).toBe(adele.id);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The coach reads an activity written as a KR; its one-click fix moves it to initiatives.
    const { objective } = stack.fixture;
    await tab.getByRole('button', { name: `Add a key result to ${objective.title}` }).click();
    const draft = tab.getByRole('dialog', { name: 'New key result' });
    const title = draft.getByRole('textbox', { name: /Key result/ });
    await title.fill('Launch the new onboarding flow');
    await title.press('Tab');
    await draft.getByRole('button', { name: 'Move to initiatives' }).click(found);
    await draft.getByRole('radio', { name: `Under “${keyResult.title}”`, checked: true }).waitFor();
    await draft.getByRole('button', { name: 'Move it' }).click();
    await tab
      .getByText(
        `“Launch the new onboarding flow” is now an initiative under “${keyResult.title}”.`,
      )
      .first()
      .waitFor(found);
    const moved = await stack.repository.listInitiatives({ keyResultIds: [keyResult.id] });
    expect(moved.map((initiative) => initiative.title)).toContain('Launch the new onboarding flow');
    const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
    expect(board.keyResults.map((kr) => kr.title)).not.toContain('Launch the new onboarding flow');
  });

  it('lets the coach close the cycle with an explained score and learnings, then roll two objectives over', async () => {
    const tab = await openProgramme(lee.id);
    const { objective, keyResult, cycle } = stack.fixture;
    await section(tab, 'Close a cycle');
    const score = tab.getByRole('textbox', { name: `Score of ${keyResult.title}`, exact: true });
    await waitForValue(score, '0.37');
    await score.fill('0.5');
    await tab.getByRole('button', { name: `Save and close ${cycle.name}` }).click();
    await tab
      .getByText('Say why the score differs from the 0.37 its progress earns.')
      .waitFor(found);
    expect(
      (await stack.repository.loadBoard({ cycleId: cycle.id })).keyResults[0]?.score,
    ).toBeUndefined();
    await tab
      .getByRole('textbox', { name: `Reason for the score of ${keyResult.title}` })
      .fill('The last partner signed after the data cut-off');
    await tab
      .getByRole('textbox', { name: `What went well, and why? (${objective.title})` })
      .fill('Weekly demos kept everyone close to customers');
    await tab.getByRole('button', { name: `Save and close ${cycle.name}` }).click();
    await tab
      .getByRole('alertdialog', { name: `Close ${cycle.name}?` })
      .getByRole('button', { name: `Close ${cycle.name}` })
      .click(found);
    // Confirmed in the section's polite live region, under the next steps, in no toast.
    await tab
      .getByRole('status')
      .filter({ hasText: `${cycle.name} is closed. Its OKRs are read-only now.` })
      .waitFor(found);
    expect(await tab.locator('.fui-Toast').count()).toBe(0);
    const closed = await stack.repository.loadBoard({ cycleId: cycle.id });
    expect(closed.cycle.state).toBe('closed');
    expect(closed.keyResults.find((kr) => kr.id === keyResult.id)).toMatchObject({
      score: 0.5,
      scoreReason: 'The last partner signed after the data cut-off',
    });
    expect(closed.objectives.find((o) => o.id === objective.id)?.learnings).toContain(
      'Weekly demos kept everyone close to customers',
    );

    // The closed cycle's next step, offered in the closing form's place.
    await tab.getByRole('button', { name: 'Start the next cycle' }).click(found);
    // With the open initiatives of its key results, when an earlier test of this file added some.
    const carry = tab.getByRole('button', {
      name: /^Carry 2 objectives( and 2 key results|, 2 key results, and \d+ open initiatives?) into Q1 2031$/,
    });
    await carry.click(found);
    const confirmation = tab.getByText(
      /^In Q1 2031 now: 2 objectives( and 2 key results|, 2 key results, and \d+ open initiatives?)\.$/,
    );
    await confirmation.first().waitFor(found);
    // Confirmed in the section's flow, under the button: no toast over the button or the rows.
    expect(await tab.locator('.fui-Toast').filter({ hasText: 'In Q1 2031 now' }).count()).toBe(0);
    const [button, bar] = await Promise.all([
      tab.getByRole('button', { name: 'Nothing chosen to carry into Q1 2031' }).boundingBox(),
      confirmation.first().boundingBox(),
    ]);
    expect(bar!.y).toBeGreaterThanOrEqual(button!.y + button!.height);
    const q1 = (await stack.repository.listCycles()).find((c) => c.name === 'Q1 2031')!;
    const next = await stack.repository.loadBoard({ cycleId: q1.id });
    expect(next.objectives.map((o) => o.title).sort()).toEqual(
      closed.objectives.map((o) => o.title).sort(),
    );
    expect(next.keyResults.find((kr) => kr.title === keyResult.title)).toMatchObject({
      start: 3100,
      current: 3100,
      target: 5000,
    });
  });

  it('asks before Escape drops a cycle being made; Keep editing goes back to the field, the form still the modal', async () => {
    const tab = await openProgramme(adele.id);
    await section(tab, 'Cycles');
    await tab.getByRole('button', { name: 'New cycle' }).click();
    const dialog = tab.getByRole('dialog', { name: 'New cycle' });
    const name = dialog.getByRole('textbox', { name: /Name/ });
    await name.fill('Q3 offsite');
    // In the field typed in, as a person does: the key goes to that field, wherever the page had
    // put the focus since (an Escape on the page's body closes nothing).
    await name.press('Escape');
    const ask = tab.getByRole('alertdialog', { name: 'Discard your changes?' });
    await ask.getByText('Your changes to the cycle are not saved.').waitFor(found);

    await ask.getByRole('button', { name: 'Keep editing' }).click();

    await ask.waitFor({ state: 'detached' });
    // The opener is the form's restore target: the focus fell to it, and the form read as hidden.
    await waitForFocus(name);
    expect(await dialog.evaluate((surface) => !!surface.closest('[aria-hidden="true"]'))).toBe(
      false,
    );
    expect(await name.inputValue()).toBe('Q3 offsite');
    await name.press('Escape');
    await ask.getByRole('button', { name: 'Discard changes' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the Programme area read-only to someone without a role', async () => {
    const tab = await openProgramme(alex.id, 'dark');
    await tab.getByText('You can read the programme here.', { exact: false }).waitFor(found);
    await tab.getByRole('cell', { name: 'Marketing', exact: true }).waitFor(found);
    expect(await tab.getByRole('button', { name: 'New team' }).count()).toBe(0);
    await section(tab, 'Cycles');
    await tab.getByRole('cell', { name: 'Q1 2031', exact: true }).waitFor(found);
    expect(await tab.getByRole('button', { name: 'New cycle' }).count()).toBe(0);
    await section(tab, 'Operating model');
    expect(await tab.getByRole('textbox', { name: 'Days between check-ins' }).isEditable()).toBe(
      false,
    );
    expect(await tab.getByRole('button', { name: 'Save the operating model' }).count()).toBe(0);
    expect(await seriousAxeViolations(tab)).toEqual([]);
  });

  it('shows a team changed by someone else meanwhile as a conflict naming what changed', async () => {
    const design = await stack.repository.createTeam({ name: 'Design' });
    const tab = await openProgramme(adele.id);
    await tab.getByRole('button', { name: 'Edit Design' }).click(found);
    const dialog = tab.getByRole('dialog', { name: 'Edit Design' });
    await dialog.getByRole('textbox', { name: /Name/ }).fill('Design Studio');
    await stack.repository.updateTeam({ ...design, name: 'Product Design' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The other save was Adele's own, from another window: the conflict names who saved.
    const conflict = tab.getByRole('alertdialog', { name: 'Adele Vance changed this team' });
    const nameRow = conflict.getByRole('row', { name: /^Name/ });
    await nameRow.waitFor(found);
    expect(await nameRow.textContent()).toBe('NameDesign StudioProduct Design');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await confirmed(tab, 'Design Studio is saved.');
    const saved = (await stack.repository.listTeams()).find((team) => team.id === design.id);
    expect(saved?.name).toBe('Design Studio');
  });
  it('shows the operating model saved by another admin meanwhile as a conflict, and keeps mine on request', async () => {
    const tab = await openProgramme(adele.id);
    await section(tab, 'Operating model');
    const cadence = tab.getByRole('textbox', { name: 'Days between check-ins' });
    await cadence.waitFor(found);
    // Another admin saves on the same version while this one is editing.
    const read = await stack.repository.loadOperatingModel();
    await stack.repository.saveOperatingModel({
      ...read,
      checkIn: { ...read.checkIn, cadenceDays: 10 },
    });
    await cadence.fill('12');
    await tab.getByRole('button', { name: 'Save the operating model' }).click();
    const conflict = tab.getByRole('alertdialog', {
      name: 'Adele Vance changed this operating model',
    });
    const row = conflict.getByRole('row', { name: /^Days between check-ins/ });
    await row.waitFor(found);
    expect(await row.textContent()).toBe('Days between check-ins1210');
    expect((await stack.repository.loadOperatingModel()).checkIn.cadenceDays).toBe(10);
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await confirmed(tab, 'The operating model is saved.');
    expect((await stack.repository.loadOperatingModel()).checkIn.cadenceDays).toBe(12);
  });
});
