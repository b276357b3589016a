/**
 * Everything the Coach view says, in English, as `board/board-words.ts` lists the board's: each
 * message its own key, written out where it is said, translated in `board/words/coach-<language>.ts`
 * (a language's words, loaded for the host's language). The buttons the board has too (Check in,
 * Edit, Copy link, Nudge owner) are the board's keys; a finding's own words are the coaching
 * engine's, in the programme's coaching language.
 */
export type CoachText =
  | 'Coaching every team · {cycle}'
  | 'Coaching {teams} · {cycle}'
  | 'this tab’s teams'
  | 'Health across teams'
  | 'Actions on {title}'
  // Begins with what the button shows, "Copy link" (WCAG 2.5.3, label in name): not the board's
  // 'Copy a link to {title}', whose button shows only an icon.
  | 'Copy link to {title}'
  // Begins with what the button shows, "Nudge owner", as above: not the board's
  // 'Nudge {owner} to check in on {title}', whose button shows only an icon.
  | 'Nudge owner, {owner}, to check in on {title}'
  | 'Open'
  | 'Open {title} on the board'
  | 'Stale key results'
  | 'Every key result was checked in recently.'
  | 'Never checked in'
  | 'Last check-in {count} {count|day|days} ago'
  | 'Confidence falling'
  | 'No confidence is falling.'
  | 'From {previous}/{max} to {latest}/{max}'
  | 'Overdue initiatives'
  | 'No initiative is past its due date.'
  | 'Due {day}'
  | 'for {title}'
  | 'Not aligned'
  | 'Every team objective aligns to another.'
  | 'Weakly written'
  | 'The coach has no wording concerns.'
  | '{finding} Try: {suggestion}'
  | 'Why?'
  | 'Teams that have not checked in'
  | 'Every team checked in this week.';
