import type { Frame, Page } from 'playwright-core';
import { openSimulator, waitUntilReady } from '../support/teams-simulator';
import { adele, appFrame, teamsStackPerFile, type TeamsStack } from './support';

/**
 * A tab in Teams set to German (the simulator's display language `de-de`) is German from its
 * first paint: the board's words load beside its services, so the first row shows in German and
 * no English word shows before it, on a first open and on a reopened tab served from its cache.
 */
jest.setTimeout(120_000);

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

/** What the app's frame recorded while it loaded (`recordWords`). */
interface Recorded {
  /** English words of the board seen in the page before its first row. */
  readonly englishBefore: readonly string[];
  /** The page's text when its first row was put in it. */
  readonly atFirstRow: string;
}

/**
 * In the app's frame, from its start: at every change of the page until the first board row is
 * in it, the English words of the tab it shows (in its text, names and placeholders, each word of
 * its own: "Sort", not "Sortieren"), and the page's text once that row is in. A change is seen
 * before it is painted.
 */
function recordWords(): void {
  if (window === window.top || !location.pathname.endsWith('/teams/tab.html')) return;
  const english = [
    'My OKRs',
    'Your objectives and key results',
    'Why we use OKRs',
    'Programme',
    'Reminders',
    'Check in',
    'Committed',
    'days left',
    'Active',
    'Loading',
    'No OKR cycle',
    // The board's toolbar
    'Search',
    'Filters',
    'Needs a check-in',
    'Sort',
    'Clear filters',
    'Export',
    'Copy a link to this view',
  ];
  const said = (word: string) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u');
  const seen = new Set<string>();
  const record = { englishBefore: [] as string[], atFirstRow: '' };
  (window as { recordedWords?: typeof record }).recordedWords = record;
  const text = () => {
    const walker = document.createTreeWalker(document.body ?? document, NodeFilter.SHOW_TEXT);
    let shown = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      shown += ` | ${node.textContent ?? ''}`;
    }
    // Not the start-up skeletons' names ("Loading OKR Coach"), said before the services, and the
    // words with them, are in: they stay English.
    const named = document.querySelectorAll(':not([role="status"])[aria-label], [placeholder]');
    for (const element of named) {
      shown += ` | ${element.getAttribute('aria-label') ?? ''} | ${element.getAttribute('placeholder') ?? ''}`;
    }
    return shown;
  };
  new MutationObserver((_, observer) => {
    const shown = text();
    for (const word of english) {
      if (said(word).test(shown) && !seen.has(word)) {
        seen.add(word);
        record.englishBefore.push(word);
      }
    }
    if (!document.querySelector('li[data-kr-id]')) return;
    observer.disconnect();
    record.atFirstRow = shown;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function firstRowWords(app: Frame): Promise<Recorded> {
  await app.locator(`li[data-kr-id="${stack.fixture.keyResult.id}"]`).waitFor();
  return app.evaluate(() => (window as unknown as { recordedWords: Recorded }).recordedWords);
}

it('paints a German tab in German from its first row, with no English word before it', async () => {
  await page.addInitScript(recordWords);
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: adele.id,
    locale: 'de-de',
  });
  let app = await appFrame(page, 'p1-content');
  let recorded = await firstRowWords(app);
  expect(recorded.englishBefore).toEqual([]);
  for (const word of [
    'Meine OKRs',
    'Warum wir OKRs nutzen',
    'Einchecken',
    'Verbindlich',
    'Filter',
    'Sortieren',
    'Check\u2011in fällig',
    'Suchen',
  ]) {
    expect(recorded.atFirstRow).toContain(word);
  }
  await waitUntilReady(page, 'p1-content');
  await app.getByRole('button', { name: 'Programm' }).waitFor();

  // Reopened: the board comes from the cache, the words from the language this browser spoke.
  await page.reload();
  app = await appFrame(page, 'p1-content');
  recorded = await firstRowWords(app);
  expect(recorded.englishBefore).toEqual([]);
  expect(recorded.atFirstRow).toContain('Einchecken');
  await waitUntilReady(page, 'p1-content');
});

it('speaks English in a Teams whose language the board does not speak', async () => {
  await openSimulator(page, stack.server.url, {
    context: 'personal',
    user: adele.id,
    locale: 'ja-jp',
  });
  await waitUntilReady(page, 'p1-content');
  const app = await appFrame(page, 'p1-content');
  await app.getByRole('heading', { name: 'My OKRs', level: 1 }).waitFor();
  await app.getByRole('button', { name: `Check in on ${stack.fixture.keyResult.title}` }).waitFor();
  await app.getByRole('searchbox', { name: 'Search objectives, key results and owners' }).waitFor();
  await app.getByRole('button', { name: 'Filters', exact: true }).waitFor();
});
