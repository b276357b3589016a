import type { MessageParams } from '../../core/i18n';
import type { ProposalReason } from '../../core/first-run';
import { useLocale, useLocaleWords } from '../app/AppServices';
import { pageSayFor, type Text } from '../board/say';

/**
 * Everything the Programme area says, in English, as `board/board-words.ts` lists the board's:
 * each message its own key, written out where it is said, translated in
 * `board/words/programme-<language>.ts` (loaded with the board's words for the host's language).
 * Words the board says too (Cancel, Saving…, a cycle's state, a ritual) are the board's keys.
 */
export type ProgrammeText =
  // The frame: the page, its notices, tabs and states
  | 'Teams, cycles, people and roles, and how your organisation runs OKRs'
  | 'Back to OKRs'
  | 'Nobody is named as an admin of this OKR programme yet. As an owner of the OKR site (or one of its OKR admins) you may become its admin, and name other admins and coaches.'
  | 'Become the admin'
  | 'You are now the admin of this OKR programme.'
  // The groups are the OKR site's own, named as the site names them.
  | 'You can read the programme here. Its admins and coaches (the OKR site\'s "OKR admins" and "OKR coaches" groups) change it.'
  | 'Checking your role'
  | 'Loading {section}'
  | 'Programme sections'
  | '{count} more {count|section|sections}'
  | 'Get started'
  // The section of OKR teams: the board's 'Teams' is the app a check-in came from.
  | 'Teams'
  | 'Cycles'
  | 'People and roles'
  | 'Operating model'
  | 'Close a cycle'
  | 'Next cycle'
  | 'Cycle review'
  | 'Import and export'
  // Get started
  | 'your answers'
  | 'Type the number of teams, a whole number from 1 to {max}.'
  | 'The operating model and the coaching plan of {cycle} are saved.'
  | 'The first run is for admins'
  | 'An admin answers a few questions about your organisation, with the coach, and saves the proposed operating model and coaching plan (only OKR admins change the operating model). You can read the result under Operating model and Cycles.'
  | 'Create the first cycle'
  | 'The coaching plan dates the rituals of a cycle. Create the quarter you are planning, then come back.'
  | 'Go to Cycles'
  | 'Get started: your operating model and coaching plan'
  | 'Answer a few questions about your organisation. The coach proposes how to run OKRs here and dates the rituals of your first cycle.'
  | 'How many people will use OKRs?'
  | 'Up to 50'
  | '51 to 500'
  | 'More than 500'
  | 'How many teams will set OKRs?'
  | 'How often will teams check in?'
  | 'Every week'
  | 'Every 2 weeks'
  | 'Check-in day'
  | 'Are OKRs new here?'
  | 'This site holds closed cycles with objectives, so OKRs are not new here.'
  | 'Yes, this is our first cycle'
  | 'No, we have run OKRs before'
  | 'Committed and aspirational OKRs?'
  | 'Both: some OKRs stretch, some are promises'
  | 'Committed only: every OKR is a promise'
  | 'Cycle to plan'
  | 'Proposed operating model'
  | ProposalReason
  | 'Coaching plan'
  | 'Coaching plan for {cycle}'
  | 'Ritual'
  | 'Past'
  | 'Use this operating model and coaching plan'
  // Cycles
  | 'Name'
  | 'Dates'
  | 'State'
  | 'Time'
  | 'None'
  | '{count} {count|ritual|rituals}'
  | 'the cycle'
  | 'New cycle'
  | 'Save'
  | 'Create cycle'
  | 'Template'
  | 'A quarter of a year'
  | 'A whole year (annual cycle)'
  | 'Custom dates'
  | 'Year'
  | 'Quarter'
  | 'Starts'
  | 'Ends'
  | 'Dates change only while the cycle is being planned.'
  | 'No cycles yet'
  | 'Create the quarter you plan next. Annual and quarterly cycles may run side by side.'
  | 'Start {cycle}'
  | 'Start…'
  | 'Put {cycle} back to planning'
  | 'Back to planning'
  | '{cycle} is back in planning: its dates can change again.'
  | 'Close {cycle}'
  | 'Close…'
  | 'Reopen {cycle}'
  | 'Reopen'
  | '{cycle} is open again.'
  | 'Delete…'
  | 'Start {cycle}?'
  | 'Start cycle'
  | 'Starting…'
  | '{cycle} is started: it is upcoming until {day}.'
  | '{cycle} is active.'
  | '{cycle} ({dates}) becomes active: it is the running cycle on every board when its dates come, and check-ins and reminders follow its dates. Its dates no longer change once it is active.'
  | 'It starts on {day}, {when}. Until then, an admin can put it back to planning.'
  | '{cycle} is deleted.'
  | '{cycle} is saved.'
  | '{cycle} is created.'
  | 'Checking what {cycle} holds…'
  | 'Delete {cycle}'
  | 'Holds {things}. They stay with it as its history: close it instead, and it keeps them, read-only.'
  | 'Holds {things}. Delete its objectives on its board first (their key results go with them), then delete the cycle.'
  | 'objectives'
  | 'key results'
  | 'initiatives'
  | 'check-ins'
  | 'meeting check-in rounds'
  | 'Delete {cycle}?'
  | 'Delete cycle'
  | '{cycle} ({dates}) is deleted for good, with its coaching plan.'
  // The cycle, as '{who} changed {what}' says it
  | 'this cycle';

/** A message of the Programme's, or the board's, in the reader's language. */
export type ProgrammeSay = (text: ProgrammeText | Text, params?: MessageParams) => string;

const programmeSayFor = pageSayFor((translated) => translated.programme);

/** The Programme's words in the host's display language (English outside the app). */
export function useProgrammeSay(): ProgrammeSay {
  return programmeSayFor(useLocaleWords(), useLocale());
}
