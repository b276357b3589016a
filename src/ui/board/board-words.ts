import type { RitualKind, ritualLabels } from '../../core/coaching-plan';
import type { MeasureWords } from '../../core/format';
import type { InitiativeStatus, Status } from '../../core/model';
import { formatStatusMessage } from '../../core/status-messages';
import { englishValueWords } from '../../core/value-sentences';
import { useLocale, useLocaleWords } from '../app/AppServices';
import type { TrendDirection } from '../components/ConfidenceTrend/ConfidenceTrend';
import { perLocale, sayFor, type Say } from './say';

/**
 * Everything the board's first screen says, in English (the board, its cards and rows, its
 * states and toasts, the tab's header and cycle switcher, My OKRs): the one list of them. Each
 * message is its own key, written out where it is said (gettext's way), so that the first screen
 * carries no catalogue beside its words; German, French and Spanish are keyed by it in
 * `words/<language>.ts`, a chunk of their own that a page loads only when its reader's locale
 * needs it (`locale-words.ts`). A message said that is not listed here, or a language without it,
 * does not compile. `{name}` placeholders and `{n|one|other}` plurals as in `core/i18n.ts`;
 * the board's dialogs list theirs in `dialog-words.ts`.
 */
export type BoardText =
  // Every page of the tab
  | 'Try again'
  | 'Why we use OKRs'
  // The board and its states
  | 'Loading the OKR board'
  | 'Objectives and key results'
  | 'My OKRs'
  | 'All OKRs'
  | 'OKR board'
  | '{board}, {cycle}'
  | 'New objective'
  | 'No OKR cycle is running'
  | 'When your organisation starts a cycle (a quarter, say), its OKRs show up here.'
  | 'Create the first cycle in the Programme, or bring in the OKRs you already have from Viva Goals or a spreadsheet.'
  | 'Create a cycle'
  | 'Import OKRs'
  | 'Nothing matches'
  | 'No objective or key result on this board matches the search and filters.'
  | 'Clear filters'
  | 'No objectives'
  | 'This cycle is closed.'
  | 'No objectives yet'
  | 'Start with one objective: where do you want to be at the end of the cycle, and why does it matter?'
  | 'Create the first objective'
  | '{count} {count|objective|objectives}'
  // Objective cards and key result rows
  | 'Aspirational'
  | 'Committed'
  | 'Draft'
  | 'Aligns to {title}'
  | 'Aligns to {title} ({cycle})'
  | '{count} {count|key result|key results}'
  | 'Key results of {title}'
  | 'Show the key results'
  | 'Hide the key results'
  | 'Add a key result'
  | 'Add a key result to {title}'
  | 'Edit the objective'
  | 'No key results yet: how will you know this objective is met?'
  | 'Set the status'
  | 'Set the status of {title}'
  | 'Copy link'
  | 'Copy a link to {title}'
  | 'Edit {title}'
  | 'no owner'
  | 'needs a check-in'
  | 'Check-ins open on {day}'
  | 'Rolled up: check in on its sources'
  | 'Check in'
  | 'Check in on {title}'
  | 'History'
  | 'History of {title}'
  | 'Nudge owner'
  | 'Nudge {owner} to check in on {title}'
  | 'the owner'
  | 'Edit'
  | '{title}: {percent} progress'
  | 'No confidence given yet'
  | 'Confidence {confidence} of {max}'
  | 'Confidence {confidence} of {max}, {trend}'
  | '{status} (set by {name}: {reason})'
  | '{status} · set by hand'
  | 'Show more'
  | 'Show less'
  | 'Show more of the details of {title}'
  | 'Show less of the details of {title}'
  | 'Overdue'
  | 'Initiatives of {title}'
  | 'due {date}'
  | 'Show fewer initiatives'
  | 'Show all {count} initiatives'
  | 'Show all {count} initiatives ({overdue} more overdue)'
  // My OKRs and its header
  | 'Programme'
  | 'Your objectives and key results this cycle, across teams'
  | 'You own no OKRs in this cycle'
  | 'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are in the app’s All OKRs tab.'
  | 'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are on the All OKRs board.'
  | 'Open All OKRs'
  | 'Reminders…'
  | 'Reminders on'
  | 'Reminders off'
  | 'Reminders snoozed until {date}'
  // Links to the board
  | 'the objective “{title}”'
  | 'the key result “{title}” of “{objective}”'
  | 'Link to the objective “{title}”'
  | 'Link to the key result “{title}”'
  | 'Link to this view of the board'
  | 'Opened: {what}.'
  | 'Opened from a link: {what}.'
  | 'Back to My OKRs'
  | 'Back to this tab’s board'
  // The cycle switcher
  | 'Cycle'
  | 'Planning'
  | 'Active'
  | 'Closed'
  | 'Upcoming'
  | '{state} · starts {day}'
  | 'ended early'
  | 'ended {count} {count|day|days} ago'
  | 'starts in {count} {count|day|days}'
  | '{count} {count|day|days} left'
  | 'ends today'
  | 'today'
  | 'tomorrow'
  | 'in {count} {count|day|days}'
  | 'next: {ritual} {when}'
  // A board with no objectives whose teams have OKRs in other cycles
  | 'No objectives in {cycle}'
  | '{team}’s OKRs are in {cycles}.'
  | '{team}’ OKRs are in {cycles}.'
  | 'These teams’ OKRs are in {cycles}.'
  | 'The OKRs are in {cycles}.'
  | '{cycle} ({state})'
  | '{first} and {last}'
  | 'Show {cycle}'
  // A closed cycle's board: final scores and learnings (a chunk of its own)
  | 'Closed · not scored'
  | 'Closed · {score}'
  | 'Show why {title} closed at {score}'
  | 'Hide why {title} closed at {score}'
  | 'Final score {score}.'
  | 'Why:'
  | '{cycle} is closed: scores are final'
  | 'Learnings'
  | 'Learnings of {cycle}'
  | 'No learnings were written for these objectives when the cycle closed. They are written in the retrospective, in Programme › Close a cycle.'
  // Toasts and notices of what was done on the board
  | '{link} copied'
  | 'The {format} export failed'
  | 'Try the CSV export instead.'
  | 'Check the connection and try again.'
  | 'Nothing to export'
  | 'No objective or key result matches the search and filters. Clear them to export the whole board.'
  | 'Status of {title} set by hand: {reason}.'
  | 'Status of {title} follows the pace again.'
  | 'Objective deleted.'
  | 'Objective deleted, with {count} {count|key result|key results}.'
  | 'Key result deleted.'
  | '{count} {count|key result|key results} deleted.'
  | 'Objective saved: {title}.'
  | 'Objective created: {title}.'
  | 'Objective saved: {title}. It now belongs to {team}, a team this tab does not show.'
  | 'Objective created: {title}. It now belongs to {team}, a team this tab does not show.'
  | 'Key result saved: {title}.'
  | 'Key result created: {title}.'
  | '“{initiative}” is now an initiative under “{under}”.'
  | 'Nudge sent to {owner}'
  | 'They were asked to check in on “{title}”.'
  | '{owner} was already nudged today'
  | 'A nudge about “{title}” went out at {time}; one a day is enough.'
  | 'The nudge to {owner} was not sent'
  | 'Reminders snoozed for {count} {count|day|days}.'
  | 'Check-in reminders are on.'
  | 'Check-in reminders are off. Turn them on again here any time.'
  | 'Your reminder settings were not saved. {why}'
  // The tab's views, and the board's toolbar (its menus are a chunk of their own)
  | 'Every team’s objectives and key results'
  | 'Views'
  | 'Board'
  | 'Key results'
  | 'Alignment'
  | 'Coach view'
  | '{count} more {count|view|views}'
  | 'Loading the view'
  | 'Find and shape the board'
  | 'Search'
  | 'Search objectives, key results and owners'
  | 'Clear the search'
  | 'Filters'
  | 'Filters ({count})'
  | 'Filters, {count} on'
  | 'Needs a check-in'
  | 'Sort'
  | 'Sort: {order}'
  | 'Export'
  | 'Expand all objectives'
  | 'Collapse all objectives'
  | 'Copy a link to this view'
  | 'More actions'
  | 'Loading check-in history…'
  | 'Showing {shown} of {count} key results'
  | 'Low confidence'
  | 'Medium confidence'
  | 'High confidence'
  | 'Owner'
  | 'No owner'
  | 'Over {percent}'
  | 'No check-in yet'
  | 'Find an owner'
  | 'No owner on this board matches “{text}”.'
  | 'Team'
  | 'Excel workbook (.xlsx)'
  | 'CSV'
  | 'The {shown} of {count} key results shown'
  // The orders of the board and the Key results list (`orderWords.ts`)
  | 'Sort by'
  | 'Order'
  | 'Ascending'
  | 'Descending'
  | '{direction} ({which})'
  | '{sort}, {direction}'
  | 'Board order'
  | 'Progress'
  | 'Last check-in'
  | 'as on the board'
  | 'reversed'
  | 'lowest first'
  | 'highest first'
  | 'off track first'
  | 'achieved first'
  | 'oldest first'
  | 'newest first'
  | 'A to Z'
  | 'Z to A'
  // The Key results list (a chunk of its own)
  | 'Loading the key results'
  | 'Key result'
  | 'Actions'
  | 'Objective: {title}'
  | 'Never'
  | 'Rolled up'
  | 'Its progress comes from its sources: check in on them.'
  | 'Sorted by {order}. {count} {count|key result|key results}.'
  | 'No key result matches'
  | 'No key result on this board matches the search and filters.'
  | 'No key results yet'
  | 'The objectives on this board have no key results yet. Add them on the Board.'
  // The Alignment view, and what the Alignment and Coach views say while they load (chunks of
  // their own)
  | 'Loading the alignment across teams'
  | 'Loading the coach view'
  | 'Start a cycle to see this view.'
  | 'Nothing to align yet'
  | "Once teams write objectives for this cycle, you see here how they connect to the company's."
  | 'Search objectives by title, owner or team'
  | 'Search objectives'
  | '{count} {count|objective matches|objectives match} “{query}”'
  | 'No objective matches'
  | 'No objective of this cycle has “{query}” in its title, its owner’s name or its team’s.'
  | 'In {cycle}'
  | 'These objectives align to each other in a circle: {loop}.'
  | 'Alignment of objectives across teams'
  | 'aligns to {objectives}'
  | 'an objective of another cycle'
  | 'Unknown team'
  // Names the core gives: the coaching plan's rituals, a confidence trend
  | (typeof ritualLabels)[RitualKind]
  | TrendDirection;

/** An initiative's status in English (the editors' English too); translated in `words/`. */
export const initiativeStatusLabels: Readonly<Record<InitiativeStatus, string>> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** What the board's first screen says, in the reader's language. */
export interface BoardWords {
  readonly locale: string;
  readonly say: Say;
  /** How a KR's values read around their numbers (`formatKeyResultValue` and the like). */
  readonly measure: MeasureWords;
  readonly status: (status: Status) => string;
  readonly initiative: (status: InitiativeStatus) => string;
}

export const boardWordsFor = perLocale((translated, locale): BoardWords => ({
  locale,
  say: sayFor(translated, locale),
  measure: translated?.measure ?? englishValueWords,
  status: (status) =>
    translated?.statuses[status] ?? formatStatusMessage(`status.${status}`, {}, locale),
  initiative: (status) => translated?.initiativeStatuses[status] ?? initiativeStatusLabels[status],
}));

/**
 * The board's words in the host's display language (German, French or Spanish where the page
 * loaded them for it, English otherwise, and outside the app).
 */
export function useBoardWords(): BoardWords {
  return boardWordsFor(useLocaleWords(), useLocale());
}
