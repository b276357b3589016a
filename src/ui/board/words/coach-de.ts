import type { CoachText } from '../../coach/coach-words';

/** The Coach view in German, with the board's terms (`de.ts`): Zuversicht, Check-in, Ausrichtung. */
export const coach: Readonly<Record<CoachText, string>> = {
  'Coaching every team · {cycle}': 'Coaching aller Teams · {cycle}',
  'Coaching {teams} · {cycle}': 'Coaching von {teams} · {cycle}',
  'this tab’s teams': 'den Teams dieser Registerkarte',
  'Health across teams': 'Zustand über Teams hinweg',
  'Actions on {title}': 'Aktionen für {title}',
  'Copy link to {title}': 'Link kopieren: {title}',
  'Nudge owner, {owner}, to check in on {title}':
    'Verantwortliche Person erinnern: {owner}, Check‑in für {title}',
  Open: 'Öffnen',
  'Open {title} on the board': '{title} auf dem Board öffnen',
  'Stale key results': 'Veraltete Key Results',
  'Every key result was checked in recently.':
    'Für jedes Key Result gab es kürzlich einen Check‑in.',
  'Never checked in': 'Noch kein Check‑in',
  'Last check-in {count} {count|day|days} ago': 'Letzter Check‑in vor {count} {count|Tag|Tagen}',
  'Confidence falling': 'Sinkende Zuversicht',
  'No confidence is falling.': 'Keine Zuversicht sinkt.',
  'From {previous}/{max} to {latest}/{max}': 'Von {previous}/{max} auf {latest}/{max}',
  'Overdue initiatives': 'Überfällige Initiativen',
  'No initiative is past its due date.': 'Keine Initiative hat ihr Fälligkeitsdatum überschritten.',
  'Due {day}': 'Fällig am {day}',
  'for {title}': 'für {title}',
  'Not aligned': 'Nicht ausgerichtet',
  'Every team objective aligns to another.':
    'Jedes Team-Objective ist auf ein anderes ausgerichtet.',
  'Weakly written': 'Schwach formuliert',
  'The coach has no wording concerns.': 'Der Coach hat keine Bedenken zur Formulierung.',
  '{finding} Try: {suggestion}': '{finding} Vorschlag: {suggestion}',
  'Why?': 'Warum?',
  'Teams that have not checked in': 'Teams ohne Check‑in',
  'Every team checked in this week.': 'Jedes Team hat diese Woche eingecheckt.',
};
