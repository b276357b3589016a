import type { Frame, Page } from 'playwright-core';
import type { KeyResult } from '../../../src/core/model';
import { waitForValue } from '../support/fields';
import { tabTo, waitForFocus, waitForFocusWithin } from '../support/keyboard';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import { adele, appFrame, teamsStackPerFile, type TeamsStack } from './support';

/**
 * Input that fits the KR, through the Teams simulator's personal tab (real teams-js) against
 * the Graph emulator: an absurd value is refused with a message naming the KR, the value and what
 * is accepted; a big jump needs a confirmation and a note; a de-DE host reads and shows numbers
 * the German way, in German words, in the check-in dialog and in the key result editor (a target
 * of 80.000 was saved as 80). Each outcome is read back from the store. Closed with Escape, the
 * dialog hands
 * focus back to the button it was opened from.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;
const owner = { id: adele.id, displayName: adele.displayName };

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

async function boardLoadKeyResult(title: string): Promise<KeyResult> {
  return stack.repository.createKeyResult({
    objectiveId: stack.fixture.objective.id,
    title,
    kind: 'decrease',
    start: 2400,
    target: 800,
    current: 1900,
    unit: 'ms',
    weight: 1,
    confidence: 6,
    owner,
  });
}

/** Adele's personal tab, in a host whose display language is `locale`. */
async function openTab(locale: string): Promise<Frame> {
  await openSimulator(page, stack.server.url, { context: 'personal', user: adele.id, locale });
  await waitUntilReady(page, 'p1-content');
  return appFrame(page, 'p1-content');
}

async function openCheckIn(
  keyResult: KeyResult,
  locale = 'en-us',
  button = `Check in on ${keyResult.title}`,
): Promise<Frame> {
  const tab = await openTab(locale);
  await tab.getByRole('button', { name: button }).click();
  return tab;
}

/**
 * The days `offsets` days from `at` (now by default) as the browser's clock has them, written as
 * an en-US date field shows them (`12/07/2026`).
 */
function typedDays(tab: Frame, offsets: number[], at = Date.now()): Promise<string[]> {
  return tab.evaluate(
    ([from, days]) =>
      days.map((offset) => {
        const date = new Date(from);
        date.setDate(date.getDate() + offset);
        const parts = [date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0'));
        return `${parts.join('/')}/${date.getFullYear()}`;
      }),
    [at, offsets] as const,
  );
}

describe('check-in input that fits the KR', () => {
  it('refuses a negative time with a message naming the KR, the value and what is accepted', async () => {
    const keyResult = await boardLoadKeyResult('Board load p95 down to 800 ms');
    const tab = await openCheckIn(keyResult);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    // Typed over the KR's value, which the field starts from once the dialog is open (an effect).
    await waitForValue(dialog.getByRole('textbox', { name: /New value/ }), '1,900');
    await dialog.getByRole('textbox', { name: /New value/ }).fill('-300');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog
      .getByText(
        `“${keyResult.title}” cannot go below zero (it runs from 2,400 ms to 800 ms), so -300 ms is not accepted. Enter 0 or more.`,
      )
      .waitFor();
    await dialog.getByRole('textbox', { name: /New value/ }).fill('50%');
    await dialog
      .getByText(`“${keyResult.title}” is measured in ms, not in %, so “50%” is not accepted.`, {
        exact: false,
      })
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)).toEqual([]);
  });

  it('gives focus back to the Check in button a click opened it from, when Escape closes it', async () => {
    const keyResult = await boardLoadKeyResult('Checkout p95 down to 800 ms');
    const tab = await openCheckIn(keyResult);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    await waitForFocusWithin(dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // It was left on the page's body: the next Tab started from the top of the tab.
    await tab.waitForFunction(
      (label) => document.activeElement?.getAttribute('aria-label') === label,
      `Check in on ${keyResult.title}`,
    );
  });

  it('replaces the value the field opens with by what is typed', async () => {
    const keyResult = await boardLoadKeyResult('Sign-in p95 down to 800 ms');
    const tab = await openCheckIn(keyResult);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    const value = dialog.getByRole('textbox', { name: /New value/ });
    await waitForValue(value, '1,900');
    await waitForFocusWithin(dialog);
    // Typed as a person types, into the field the dialog opened on (it read "1,9001500").
    await page.keyboard.type('1500');
    await waitForValue(value, '1500');
  });

  it('records a check-in for a day a week ago, chosen from the keyboard, on that day: a later check-in stays the latest', async () => {
    let keyResult = await boardLoadKeyResult('Report export p95 down to 800 ms');
    const latest = await stack.repository.saveCheckIns([
      {
        clientId: `${keyResult.id}-now`,
        keyResultId: keyResult.id,
        keyResultVersion: keyResult.version,
        value: 1700,
        confidence: 6,
        note: '',
        author: owner,
        at: new Date().toISOString(),
        source: 'teams',
      },
    ]);
    expect(latest.failed).toEqual([]);
    keyResult = latest.saved[0]!.keyResult;
    const tab = await openCheckIn(keyResult);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    const value = dialog.getByRole('textbox', { name: /New value/ });
    await waitForValue(value, '1,700');
    await value.fill('1800');
    // The day as the browser's clock has it: today, and a week ago.
    const [today, weekAgo] = await typedDays(tab, [0, -7]);
    const day = dialog.getByRole('textbox', { name: /Check-in date/ });
    await waitForValue(day, today!);
    await tabTo(page, day);
    await page.keyboard.press('Alt+ArrowDown');
    // The calendar opens on the day in the field, with the focus there.
    await waitForFocusWithin(tab.getByRole('grid'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await waitForValue(day, weekAgo!);
    await waitForFocus(day);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await tab
      .getByText(
        new RegExp(
          `^Check-in for .* saved: ${keyResult.title}\\. Its check-in of .* is later and stays the latest, so it is still at 1,700 ms\\.`,
        ),
      )
      .first()
      .waitFor();
    const history = (await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)!;
    expect(history.map((checkIn) => checkIn.value)).toEqual([1800, 1700]);
    // Stored on the day chosen, in the browser's time zone.
    const [storedDay] = await typedDays(tab, [0], Date.parse(history[0]!.at));
    expect(storedDay).toBe(weekAgo);
  });

  it('saves only the done / not done that is chosen when Enter is pressed on it', async () => {
    const keyResult = await stack.repository.createKeyResult({
      objectiveId: stack.fixture.objective.id,
      title: 'Checkout redesign launched',
      kind: 'binary',
      start: 0,
      target: 1,
      current: 0,
      unit: '',
      weight: 1,
      confidence: 6,
      owner,
    });
    const tab = await openCheckIn(keyResult);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    const done = dialog.getByRole('radio', { name: 'Done', exact: true });
    const notDone = dialog.getByRole('radio', { name: 'Not done' });
    // The dialog opens on the chosen option, as Tab comes to it: on "Done", Enter saved "Not done".
    await waitForFocus(notDone);
    // On an option not chosen, Enter chooses it and saves nothing yet ...
    await done.evaluate((option: HTMLInputElement) => option.focus());
    await page.keyboard.press('Enter');
    await tab.waitForFunction(
      (option) => (option as HTMLInputElement).checked,
      await done.elementHandle(),
    );
    expect(await dialog.isVisible()).toBe(true);
    expect((await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)).toEqual([]);
    // ... and on the chosen one, it presses Save, as in a Windows dialog.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect((await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)).toEqual([
      expect.objectContaining({ value: 1 }),
    ]);
  });

  it('saves a big jump only once it is confirmed and has a note', async () => {
    const keyResult = await boardLoadKeyResult('Search p95 down to 800 ms');
    const tab = await openCheckIn(keyResult);
    const dialog = tab.getByRole('dialog', { name: `Check in: ${keyResult.title}` });
    await waitForValue(dialog.getByRole('textbox', { name: /New value/ }), '1,900');
    await dialog.getByRole('textbox', { name: /New value/ }).fill('900');
    const confirm = dialog.getByRole('checkbox', { name: 'Yes, this value is right' });
    await dialog.getByText(/1,900 ms → 900 ms is a big jump for “Search p95/).waitFor();
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    // Refused: the unticked confirmation turns into an error, and the dialog stays open.
    await confirm.and(tab.locator('[aria-invalid="true"]')).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await confirm.check();
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.getByText(/needs a note on what drove it/).waitFor();
    expect((await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)).toEqual([]);

    await dialog.getByRole('textbox', { name: /Note/ }).fill('Moved search to the new index');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)).toEqual([
      expect.objectContaining({ value: 900, note: 'Moved search to the new index' }),
    ]);
  });

  it('reads and shows numbers, and says the check-in, the German way in a de-DE host', async () => {
    const keyResult = await stack.repository.createKeyResult({
      objectiveId: stack.fixture.objective.id,
      title: 'Average order value up to 1,500 €',
      kind: 'increase',
      start: 1000,
      target: 1500,
      current: 1234.5,
      unit: '€',
      weight: 1,
      owner,
    });
    const tab = await openCheckIn(keyResult, 'de-de', `Für ${keyResult.title} einchecken`);
    // German keeps « Check‑in » whole with a no-break hyphen.
    const dialog = tab.getByRole('dialog', { name: `Check\u2011in: ${keyResult.title}` });
    await dialog.getByText('Jetzt 1.234,5 € · Zielwert 1.500 €').waitFor();
    const value = dialog.getByRole('textbox', { name: /Neuer Wert/ });
    // The field starts from the KR's value once the dialog has opened on it (an effect).
    await waitForValue(value, '1.234,5');
    await value.fill('1.300,25');
    await dialog.getByRole('button', { name: 'Check\u2011in speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByText('1.300,25 € / 1.500 €').waitFor();
    expect((await stack.repository.checkInHistory([keyResult.id])).get(keyResult.id)).toEqual([
      expect.objectContaining({ value: 1300.25 }),
    ]);
  });

  it('creates a key result with a target of 80.000 as eighty thousand in a de-DE host', async () => {
    const { objective } = stack.fixture;
    const tab = await openTab('de-de');
    await tab.getByRole('button', { name: `Key Result zu ${objective.title} hinzufügen` }).click();
    // The editor speaks the host's German, as the board does.
    const editor = tab.getByRole('dialog', { name: 'Neues Key Result' });
    const title = 'Cloud spend down to 80k';
    await editor.getByRole('textbox', { name: 'Key Result' }).fill(title);
    await editor.getByRole('textbox', { name: 'Startwert (Ausgangswert)' }).fill('0');
    const target = editor.getByRole('textbox', { name: 'Zielwert' });
    expect(await target.getAttribute('placeholder')).toBe('z. B. 80.000');
    // The English way is read where only it fits, and said.
    await target.fill('1.5');
    await editor
      .getByText('„1.5“ wird als 1,5 gelesen, mit „.“ als Dezimaltrennzeichen.')
      .waitFor();
    await target.fill('80.000');
    await editor.getByRole('button', { name: 'Key Result erstellen' }).click();
    await editor.waitFor({ state: 'detached' });
    await tab.getByText('0 / 80.000 · Adele Vance').waitFor();
    const board = await stack.repository.loadBoard({ cycleId: stack.fixture.cycle.id });
    expect(board.keyResults.find((kr) => kr.title === title)).toMatchObject({
      start: 0,
      target: 80000,
    });
  });
});
