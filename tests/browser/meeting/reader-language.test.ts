import type { FrameLocator, Page } from 'playwright-core';
import { framedApp, openSimulator, waitUntilReady } from '../support/teams-simulator';
import { meetingStackPerFile, meetingStage, type MeetingStack } from './support';

/**
 * The meeting's side panel and stage in a Teams set to German (or French): every word the
 * product says is in it, through a check-in round shared, voted on and revealed, as the channel
 * board's German test walks the board. What people wrote (the OKRs' titles, names) and the
 * published sources the coach cites (marked `lang="en"`) are theirs.
 */
jest.setTimeout(180_000);

let stack: MeetingStack;
let page: Page;

meetingStackPerFile(
  (started) => (stack = started),
  (newPage) => (page = newPage),
  120_000,
);

/** English words the panel and stage say, none of which a German or French page says. */
const english = [
  'Key results to review',
  'Search key results',
  'Share to stage',
  'Pick the key results',
  'picked',
  'prompts',
  'Source',
  'Planning',
  'Meeting mode',
  'key result',
  'Key result',
  'Check-in round',
  'participant',
  'participants',
  'started at',
  'Now',
  'Owner',
  'confidence',
  'How confident',
  'Vote',
  'voted',
  'Votes',
  'Your vote',
  'sealed',
  'Reveal',
  'Who has voted',
  'Revealed votes',
  'Spread',
  'median',
  'mean',
  'Discuss',
  'Outcome',
  'Agreed',
  'Note',
  'Save',
  'Skip',
  'Reason to skip',
  'facilitator',
  'Loading',
  'Joining',
  'on the stage',
  'Facilitated by',
  'under review',
  'not reviewed',
  'One dot per vote',
  'owner',
];

/** What the frame says, its OKRs' titles and people's names left out, that is English. */
async function englishIn(frame: FrameLocator, theirs: readonly string[]): Promise<string[]> {
  const said = await frame.locator('body').evaluate((body) => {
    const parts: string[] = [];
    const shown = (element: Element | null) => !element?.closest('[hidden], body [lang="en"]');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (shown(node.parentElement)) parts.push(node.textContent ?? '');
    }
    for (const element of body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!shown(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        parts.push(element.getAttribute(name) ?? '');
      }
    }
    return parts.join(' | ');
  });
  const text = theirs.reduce((rest, words) => rest.split(words).join(' '), said);
  return english.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(text));
}

async function shareRoundIn(locale: string, share: string): Promise<FrameLocator> {
  const [first, second] = stack.keyResults;
  await openSimulator(page, stack.server.url, {
    context: 'sidePanel',
    participants: 2,
    roles: 'organizer,attendee',
    locale,
  });
  await waitUntilReady(page, 'p1-sidePanel');
  const panel = framedApp(page, 'p1-sidePanel');
  await panel.getByRole('checkbox', { name: first.title }).check();
  await panel.getByRole('checkbox', { name: second.title }).check();
  await panel.getByRole('button', { name: share }).click();
  for (const participant of [1, 2]) {
    await meetingStage(page, participant).getByRole('heading', { name: first.title }).waitFor();
  }
  return panel;
}

it('speaks German on the side panel and the stage, through a check-in round', async () => {
  const [first, second] = stack.keyResults;
  const theirs = [
    first.title,
    second.title,
    'Customers love the new onboarding',
    'Adele Vance',
    'Contoso',
    'OKR Coach',
  ];
  const panel = await shareRoundIn('de-de', 'Für Besprechungsphase freigeben');
  await panel.getByRole('heading', { name: 'Zu besprechende Key Results' }).waitFor();
  await panel.getByText('Für die Besprechungsphase freigegeben.', { exact: false }).waitFor();
  await panel
    .getByRole('heading', { name: 'Check\u2011in-Runde in der Besprechungsphase' })
    .waitFor();
  expect(await englishIn(panel, theirs)).toEqual([]);

  const [stage, attendee] = [meetingStage(page, 1), meetingStage(page, 2)];
  await stage.getByRole('heading', { name: 'Check\u2011in-Runde · Key Result 1 von 2' }).waitFor();
  await stage.getByRole('navigation', { name: 'Key Results dieser Runde' }).waitFor();
  expect(await englishIn(stage, theirs)).toEqual([]);
  expect(await englishIn(attendee, theirs)).toEqual([]);

  await stage.getByRole('radio', { name: 'Stimme 7' }).click();
  await attendee.getByRole('radio', { name: 'Stimme 4' }).click();
  await stage.getByText('2 von 2 haben abgestimmt.', { exact: false }).waitFor();
  await stage.getByRole('button', { name: 'Stimmen aufdecken' }).click();
  await stage.getByRole('list', { name: 'Aufgedeckte Stimmen' }).waitFor();
  // Both votes verified: the chart and the spread show.
  await stage.getByText('Spanne 4–7', { exact: false }).waitFor();
  await stage.getByRole('img', { name: /^2 Stimmen: / }).waitFor();
  await stage.getByRole('heading', { name: 'Ergebnis' }).waitFor();
  await stage.getByRole('form', { name: 'Dieses Key Result überspringen' }).waitFor();
  await attendee.getByText('Die moderierende Person hält das Ergebnis fest.').waitFor();
  await panel
    .getByText('Stimmen aufgedeckt: Speichern Sie das Ergebnis in der Besprechungsphase.')
    .waitFor();
  expect(await englishIn(stage, theirs)).toEqual([]);
  expect(await englishIn(attendee, theirs)).toEqual([]);
  expect(await englishIn(panel, theirs)).toEqual([]);
});

it('speaks French on the side panel and the stage', async () => {
  const panel = await shareRoundIn('fr-fr', 'Partager sur la scène');
  await panel.getByRole('heading', { name: 'Résultats clés à passer en revue' }).waitFor();
  const stage = meetingStage(page, 1);
  await stage.getByRole('radio', { name: 'Voter 6' }).click();
  await stage.getByText('Votre vote\u00a0: 6.', { exact: false }).waitFor();
  await stage.getByRole('button', { name: 'Révéler les votes' }).waitFor();
});
