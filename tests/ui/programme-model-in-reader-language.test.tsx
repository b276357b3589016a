/** @jest-environment jsdom */
/**
 * The Programme's Operating model in Teams' display language: a German admin's settings, their
 * defaults, what a wrong number is told, the preview of what a change does and Save were
 * English beside a board that speaks German. The published sources stay as they were written,
 * marked English. Spanish is checked too.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { modelFieldGroups } from '../../src/ui/programme/operatingModelFields';
import OperatingModelSection from '../../src/ui/programme/sections/OperatingModelSection';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { board, cycle } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/async-timeout';
import './support/resize-observer';

jest.setTimeout(60_000);

/** English words the section says (none in the sources it cites), none of which a German one says. */
const english = [
  'Operating model',
  'How your organisation',
  'Days between',
  'stale after',
  'Confidence and scores',
  'Lowest',
  'Highest',
  'Top score',
  'Sweet spot from',
  'Pace',
  'At risk',
  'Off track',
  'Limits',
  'per team',
  'per objective',
  'Longest',
  'Allow',
  'Language of',
  'Why we use',
  'Default',
  'on',
  'off',
  'built-in',
  'What changes',
  'Save the',
  'Discard',
  'is empty',
  'Type a number',
  'instead of',
  'saved model',
  'Reminders follow',
];
const englishOnScreen = () =>
  englishWordsOnScreen(english).filter(
    // The sources' words, shown as written and marked English.
    (word) =>
      ![...document.querySelectorAll('[lang="en"]')].some((source) =>
        source.textContent?.includes(word),
      ),
  );

async function renderModelIn(locale: string) {
  // A cycle running whatever the day: the preview is of the current cycle's board.
  const running = { ...cycle, start: '2000-01-01', end: '2999-12-31' };
  const words = await loadLocaleWords(locale);
  return renderWithServices(
    {
      siteRoles: siteRolesOf({ admin: true, coach: true }),
      loadBoard: () => Promise.resolve({ ...board, cycle: running }),
    } as unknown as OkrRepository,
    <OperatingModelSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [running] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
    locale,
    words,
  );
}

afterEach(() => localStorage.clear());

it('shows the operating model in German, refuses an empty setting and previews a change', async () => {
  await renderModelIn('de-DE');
  screen.getByRole('heading', { name: 'Betriebsmodell' });
  const cadence = await screen.findByRole('textbox', { name: 'Tage zwischen Check\u2011ins' });
  screen.getByRole('group', { name: 'Zuversicht und Bewertungen' });
  expect(screen.getByRole('combobox', { name: 'Check\u2011in-Tag' }).textContent).toBe('Montag');
  expect(screen.getAllByText(/^Standard: 0,25/)).not.toHaveLength(0);
  screen.getByText(/^Standard: ein/);
  screen.getByRole('button', { name: 'Betriebsmodell speichern' });
  expect(englishOnScreen()).toEqual([]);

  fireEvent.change(cadence, { target: { value: '  ' } });
  screen.getByText('„Tage zwischen Check\u2011ins“ ist leer. Geben Sie eine Zahl wie 7 ein.');
  expect(englishOnScreen()).toEqual([]);

  fireEvent.change(cadence, { target: { value: '14' } });
  await screen.findByText(
    'Check\u2011ins finden jetzt alle 14 Tage statt (bisher alle 7); ab jetzt erstellte Coaching-Pläne nutzen den neuen Rhythmus.',
  );
  screen.getByRole('heading', { name: `Was sich in ${cycle.name} ändert` });
  screen.getByRole('button', { name: 'Änderungen verwerfen' });
  expect(englishOnScreen()).toEqual([]);
});

it('shows the operating model in Spanish', async () => {
  await renderModelIn('es-ES');
  screen.getByRole('heading', { name: 'Modelo operativo' });
  await screen.findByRole('textbox', { name: 'Días entre check\u2011ins' });
  screen.getByRole('button', { name: 'Guardar el modelo operativo' });
});

it('says under Check-ins that the reminders follow them, and where each person snoozes their own', async () => {
  await renderModelIn('en-US');
  const checkIns = await screen.findByRole('group', { name: 'Check-ins' });
  // Viva Goals set reminders with the check-in rhythm; here the Programme named reminders nowhere.
  expect(checkIns.textContent).toContain(
    'Reminders follow these settings: on each check-in day, at 09:00 in their own time zone, every key result owner who has not checked in yet gets one notice in their Teams activity feed, and coaches a weekly digest. Anyone can snooze or turn off their own reminders in My OKRs.',
  );
});

it('says where the reminders come from in German, French and Spanish', async () => {
  for (const [locale, group, start] of [
    [
      'de-DE',
      'Check\u2011ins',
      'Die Erinnerungen folgen diesen Einstellungen: Am Check\u2011in-Tag um 09:00 Uhr',
    ],
    [
      'fr-FR',
      'Check\u2011ins',
      'Les rappels suivent ces réglages\u00a0: chaque jour de check\u2011in, à 9\u00a0h',
    ],
    [
      'es-ES',
      'Check\u2011ins',
      'Los recordatorios siguen estos ajustes: cada día de check\u2011in, a las 09:00',
    ],
  ] as const) {
    const { unmount } = await renderModelIn(locale);
    const checkIns = await screen.findByRole('group', { name: group });
    expect(checkIns.textContent).toContain(start);
    expect(checkIns.textContent).not.toContain('Reminders');
    unmount();
  }
});

it('says what each default’s published source says in the reader’s language, citing the source as written', async () => {
  const describedAs = (control: HTMLElement) =>
    (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  const { unmount } = await renderModelIn('fr-FR');
  const cadence = await screen.findByRole('textbox', { name: 'Jours entre les check\u2011ins' });
  expect(describedAs(cadence)).toBe(
    'Par défaut\u00a0: 7 — engagements hebdomadaires du lundi (Wodtke, Radical Focus; Castro, Beginner’s Guide to OKR)',
  );
  // Only the works are marked English: the book titles, as they were published.
  const cited = [...document.querySelectorAll('[lang="en"]')].map((source) => source.textContent);
  expect(cited).toContain('Google re:Work, Set goals with OKRs');
  expect(cited.join(' ')).not.toMatch(/weekly|commitments|sweet spot|elapsed|objectives|OKRs$/);
  unmount();

  await renderModelIn('de-DE');
  const sweetSpot = await screen.findByRole('textbox', {
    name: 'Idealbereich ab (Anteil der höchsten Bewertung)',
  });
  expect(describedAs(sweetSpot)).toMatch(
    /— Bewertung 0,0–1,0, ideal 0,6–0,7 \(Google re:Work, Set goals with OKRs\)$/,
  );
  // Each default taken from the method names its source.
  const sourced = modelFieldGroups.flatMap((group) => group.fields).filter((f) => f.source);
  expect(sourced.map((field) => field.path)).toEqual(
    expect.arrayContaining(['checkIn.cadenceDays', 'confidenceScale.max', 'scoring.max']),
  );
  for (const field of sourced) expect(field.source!.works).toMatch(/re:Work|Doerr|Wodtke|Castro/);
});
