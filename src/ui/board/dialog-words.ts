import type { CheckInNudge } from '../../core/check-in';
import { formatMessage } from '../../core/i18n';
import type { ImportPrefix, importPrefixes } from '../../migrate/imported-from';
import type { ValidationIssue } from '../../core/issues';
import { useLocale, useLocaleWords } from '../app/AppServices';
import { boardWordsFor, type BoardWords } from './board-words';
import { perLocale } from './say';

/**
 * Everything the board's dialogs and notices say, in English, as `board-words.ts` lists the
 * first screen's: each message its own key, translated in `words/<language>.ts`.
 */
export type DialogText =
  // Every dialog
  | 'Cancel'
  | 'Close'
  | 'Done'
  | 'Saving…'
  | 'Retrying…'
  | 'Dismiss'
  | '{length} of {max} characters'
  // Check in
  | 'Check in: {title}'
  | 'Someone checked in on this key result since you opened it: it is now {value}. Nothing was saved.'
  | 'Someone checked in on this key result since you opened it: it is now {value} with confidence {confidence}. Nothing was saved.'
  | 'Check in on the latest'
  | 'Yes, this value is right'
  | 'How sure are you that the target will be met?'
  | 'Note'
  | 'Note (optional)'
  | 'What changed? What will you do next?'
  | 'Save check-in'
  | 'Check-in date'
  | 'Choose a day from {start} to today ({today}).'
  | 'Choose a day from {start} to {end}.'
  | 'the check-in'
  // A check-in's value and confidence
  | 'New value'
  | 'Value'
  | '{label} ({unit})'
  | 'Is it done?'
  | 'Which step is complete?'
  | 'None yet'
  | 'Confidence ({min} to {max})'
  | '{value} of {max}'
  // Correct or delete a check-in
  | 'Edit check-in: {title}'
  | 'Delete check-in: {title}'
  | '{value}, checked in {when}'
  | '{time} by {name}'
  | 'someone'
  | 'The check-in leaves the record and the key result goes back to its latest remaining check-in. It stays in the list’s version history with your reason.'
  | 'Why correct it?'
  | 'Why delete it?'
  | 'Typed 900 for 90'
  | 'Entered on the wrong key result'
  | 'Save correction'
  | 'Delete check-in'
  // Toasts of the dialogs
  | 'Check-in saved: {title} is now {value}.'
  | 'Check-in for {day} saved: {title} is now {value}.'
  | 'Check-in for {day} saved: {title}. Its check-in of {later} is later and stays the latest, so it is still at {value}.'
  | 'Check-in saved: {title}. Its check-in of {day} is later and stays the latest, so it is still at {value}.'
  | 'Check-in corrected: {title} is now {value}.'
  | 'Check-in deleted: {title} is now {value}.'
  | 'Check-in undone: {title} is back at {value}.'
  | 'The check-in was not undone'
  | 'Undo'
  | 'Press Ctrl+M to reach Undo.'
  | 'Exported {what} to {file}'
  | 'Exported {keyResults} and {objectives} to {file}'
  | '{count} {count|objective|objectives} without key results'
  // A key result's history
  | 'History: {title}'
  | 'Loading the check-in history'
  | 'No check-ins yet: the history starts with the first one.'
  | 'No check-ins yet.'
  | '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest}.'
  | '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest} with confidence {confidence} of {max}.'
  | '{date}: {value}'
  | ', confidence {confidence} of {max}'
  | ', by {name}'
  | 'Value (left scale)'
  | 'Value in {unit} (left scale)'
  | 'Confidence (right scale)'
  | 'Target'
  | 'Check-ins table'
  | 'Check-ins of {title}, newest first'
  | 'Date'
  | 'Confidence'
  | 'Status'
  | 'By'
  | 'From'
  | 'Correct'
  | 'Unknown'
  | 'Corrected by {name}: {reason}'
  | 'Edit the check-in of {date}'
  | 'Delete the check-in of {date}'
  | 'Teams'
  | 'Excel'
  | 'Meeting'
  | (typeof importPrefixes)[ImportPrefix]
  // Set the status
  | 'Set the status: {title}'
  | 'From the pace, it is {status}.'
  | 'When you know better (a risk the numbers do not show yet), set the status and say why: your name and the date go with it, and it stays until it is cleared.'
  | 'Set now: {status}'
  | 'Why'
  | 'What the team knows that the numbers do not show.'
  | 'Set status'
  | 'Clear the override'
  | 'None: the status follows the pace'
  | 'the status of “{title}”'
  | 'Title'
  | 'Status override'
  // Someone saved first
  | '{who} changed {what}'
  | 'Someone else'
  | '{who} saved {fields} while you were editing. Nothing of yours is lost yet: choose which version to keep.'
  | '{who} saved {fields} at {time} while you were editing. Nothing of yours is lost yet: choose which version to keep.'
  | 'it'
  | 'Your version and theirs'
  | 'Field'
  | 'Yours'
  | 'Theirs'
  | '{who}’s'
  | 'Keep mine'
  | 'Take theirs'
  // Discard changes
  | 'Discard your changes?'
  | 'Your changes to {what} are not saved.'
  | 'Keep editing'
  | 'Discard changes'
  // Delete an objective or key result
  | 'Finding what goes with it…'
  | '1 objective aligns to it:'
  | '{count} objectives align to it:'
  | 'Align them to another objective (or to none) first; then this one can be deleted.'
  | 'Someone else changed “{title}” since you loaded it, so nothing more was deleted. Delete their version anyway, or cancel to keep it.'
  | 'The key result “{title}” will be deleted. Its past check-ins stay in the store’s history but no longer show anywhere. This cannot be undone in the app.'
  | 'The objective “{title}” will be deleted. It has no key results.'
  | 'The objective “{title}” will be deleted, with its key result (deleted first):'
  | 'The objective “{title}” will be deleted, with its {count} key results (deleted first):'
  | 'Past check-ins stay in the store’s history but no longer show. This cannot be undone in the app.'
  | 'Delete the key result?'
  | 'Delete the objective?'
  | 'This objective cannot be deleted yet'
  | 'Delete key result'
  | 'Delete objective'
  | 'Delete objective and {count} {count|key result|key results}'
  | 'Deleting…'
  | 'Delete anyway'
  | '{count} {count|key result was|key results were} added to the objective meanwhile, so it was not deleted. Delete the objective with {count} {count|key result|key results} now?'
  // Copy a link by hand
  | 'Copy the link'
  | 'This app may not use the clipboard here: the link is selected, copy it with Ctrl+C (⌘C on a Mac).'
  // Where a link led
  | 'Finding the linked objective or key result…'
  | 'Opened from a link'
  | '{what} is on the board of {where}, shown here.'
  | '{team}, {cycle}'
  | 'Another team'
  | 'The link leads nowhere'
  | 'No board holds the objective it points to: it was deleted, or it is on a site you cannot see.'
  | 'No board holds the key result it points to: it was deleted, or it is on a site you cannot see.'
  | 'The objective “{title}”'
  | 'The key result “{title}” of “{objective}”'
  // The reminders' menu
  | 'Turn reminders on'
  | 'Snooze for a week'
  | 'Turn reminders off'
  // The organisation's story, in its drawer (Why we use OKRs)
  | 'Close the story'
  | 'The organisation has not written its story yet.'
  | 'The organisation has not written its story yet. Use Edit to tell people why you use OKRs.'
  | 'The story, in plain text (# for headings, - for bullets)'
  | 'Save the story'
  | 'The story is saved.'
  // A date field's calendar (month and day names come from Intl)
  | 'Calendar for {field}'
  | 'Go to today'
  | 'Previous month'
  | 'Next month'
  | 'Previous year'
  | 'Next year'
  | 'Earlier years'
  | 'Later years'
  | 'Chosen: {day}'
  | 'Today: {day}'
  | '{year}, choose another year'
  | '{month}, choose another month';

/** What the board's dialogs say, in the reader's language, with the board's own words. */
export interface DialogWords extends BoardWords {
  /** A validation issue of the core, said again from its code and params. */
  readonly issue: (issue: ValidationIssue) => string;
  readonly nudge: (nudge: CheckInNudge) => string;
}

export const dialogWordsFor = perLocale((translated, locale): DialogWords => ({
  ...boardWordsFor(translated, locale),
  issue: (issue) => translated?.sayIssue(issue, locale) ?? issue.message,
  // The core says a nudge in English; the page's language says it again from its code.
  nudge: (nudge) =>
    translated ? formatMessage(translated.nudges[nudge.code], nudge.params, locale) : nudge.message,
}));

/** The dialogs' words in the host's display language (English outside the app). */
export function useDialogWords(): DialogWords {
  return dialogWordsFor(useLocaleWords(), useLocale());
}
