import type { PromptKey } from '../../core/coaching/prompt-catalogue';
import { formatMessage, type MessageParams } from '../../core/i18n';
import type { facilitatorsSaveDrafts } from '../../core/rituals/planning';
import type { attendeesCannotShare } from '../../core/rituals/roles';
import type { SummaryLine } from '../../core/rituals/summary';
import { useLocale, useLocaleWords } from '../app/AppServices';
import { perLocale, sayFor, type Text } from '../board/say';

/**
 * Everything the meeting's side panel and stage say, in English, as `board-words.ts` lists the
 * board's: each message its own key, written out where it is said, translated in
 * `board/words/meeting-<language>.ts` (loaded with the board's words for the host's language). A
 * message said that is not listed here, or a language without it, does not compile. Words the
 * board says too (Owner, Note, Save check-in…) are the board's keys, said in its words.
 */
export type MeetingText =
  // Planning together: the shared drafts
  | 'Drafts together'
  | 'Joining the meeting’s drafts'
  | 'Shared drafts'
  | 'No drafts yet. Start one: everyone in the meeting sees it, and the coach’s notes on it, as it is typed.'
  | 'Start a draft'
  | 'Save {count} accepted drafts'
  | 'Save accepted drafts'
  | 'Saving the accepted drafts…'
  | '{count} already saved by someone else.'
  | 'Nothing saved twice:'
  | 'Accept a draft to save it to the board.'
  | '{count} {count|objective|objectives} saved to the board.'
  | 'A draft'
  | 'Draft {position}'
  | '{draft} (“{title}”) was not saved. {why}'
  | '{draft} was not saved. {why}'
  | 'Draft {position}: objective'
  | 'Started by {name}'
  | 'Draft {position}: team'
  | 'Editing now: {names}'
  | 'Nobody is editing it now.'
  | 'Accepted by the team'
  | 'Being saved by {name}…'
  | 'Saved to the board by {name}'
  | 'Coaching on draft {position}'
  | 'Nothing to add: this reads like a good objective.'
  // The side panel: the round on the stage
  | 'Check-in round on the stage'
  | 'Whether a check-in round is running could not be checked.'
  | 'Key result {position} of {count}'
  | 'Key result {position} of {count}: {title}'
  | 'Its title could not be read: {problem}'
  | 'As the meeting last recorded it: not confirmed, as no stage or panel that ran it is open now.'
  | 'Facilitated by {names}'
  | 'Show it on the stage again'
  | 'Voting: {votes} of {people} voted.'
  | 'You have voted.'
  | 'Vote on the stage: votes stay sealed until revealed.'
  | 'Votes revealed: save the outcome on the stage.'
  | 'Votes revealed: the facilitator is recording the outcome.'
  | 'Check-in saved.'
  // The side panel: replacing a running round
  | 'key result {position} of {count}'
  | 'key result {position} of {count}, “{title}”'
  | 'Replace the running round?'
  | 'A check-in round may still be running, at {place}: the meeting last recorded it there, and no stage or panel that ran it is open now to confirm it.'
  | 'A check-in round is still running, at {place}.'
  | 'A check-in round is on the meeting stage.'
  | 'A check-in round may still be running: whether one is could not be checked ({problem}).'
  | 'Sharing these key results ends it for everyone; what was saved stays saved.'
  | 'Keep the current round'
  | 'Replace the round'
  | 'Replace the round’s summary?'
  | 'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet. Sharing these key results replaces it for everyone, and the round is not recorded; its saved check-ins stay saved.'
  | 'Keep the summary'
  | 'Replace the summary'
  // The side panel: its modes, prompts, key results to review and Share to stage
  | 'Meeting mode'
  | '{count} more {count|mode|modes}'
  | 'Check-in'
  | 'Loading the team’s OKRs'
  | 'No cycle'
  | 'There is no OKR cycle for this meeting’s tab yet. Ask an admin to create one.'
  | 'Planning prompts'
  | 'Weekly check-in prompts'
  | 'Source: {source}'
  | 'Draft objectives and key results in planning mode first.'
  | 'Key results to review'
  | 'Search key results'
  | 'No key result matches “{search}”.'
  | 'All teams'
  | 'Sub-team of {team}'
  | 'All owners'
  | 'No key results in this filter'
  | 'The team and owner chosen have no key results this cycle: there is nothing to prompt about or review. Clear the filters, or choose another team or owner.'
  | 'All {count} of this objective'
  | '{title} (rolled up: check in on its sources)'
  | 'Share to stage'
  | 'Sharing to the meeting stage is not available here.'
  | 'Open the round in a new window'
  | 'Pick the key results to review.'
  | '{count} {count|key result|key results} picked.'
  | 'Checking whether a check-in round is still running…'
  | 'Shared to the stage.'
  | 'Not on the stage now.'
  | 'Objectives this cycle'
  | 'No objectives yet: draft the first one together.'
  | 'Opening the shared drafts'
  // The stage: saving the outcome
  | 'Someone else saved this round’s check-in of this key result first, with other values: yours ({value}, confidence {confidence}) was not saved. Theirs is the round’s outcome: to change it, save a correction.'
  | 'The check-in was not saved.'
  | 'A newer check-in was saved while you met: {title} is now {value}. Nothing was saved. Load it, agree again, then save.'
  | 'A newer check-in was saved while you met: {title} is now {value}, confidence {confidence}. Nothing was saved. Load it, agree again, then save.'
  // The stage: the round's key results, the reveal, the outcome, the summary, skipping
  | 'Key results in this round'
  | 'under review'
  | 'saved'
  | 'corrected'
  | 'skipped'
  | 'not reviewed yet'
  | 'Go to {label} ({status}) for everyone'
  | '{count} {count|vote|votes}, median {median}'
  | 'no votes kept'
  | 'Votes'
  | 'Voted earlier in this round: {earlier}.'
  | 'No new vote: the correction starts from the check-in saved earlier ({earlier}).'
  | 'Waiting for the votes to be revealed…'
  | 'Revealed votes'
  | 'not revealed yet'
  | 'invalid ({reason})'
  | 'Spread {min}–{max} · median {median} · mean {mean}'
  | '{count} still to reveal'
  | 'Discussion prompt'
  | 'Discuss'
  | 'Outcome'
  | 'Correcting a saved check-in'
  | 'Already saved in this round'
  | 'Saving adds a correction: both check-ins stay in the key result’s history, and the round keeps the correction.'
  | 'Agreed value ({unit})'
  | 'Agreed value'
  | 'Agreed confidence ({min} to {max})'
  | 'Load the newer check-in'
  | 'Vote again'
  | 'Check-in saved by {name}: {value}, confidence {confidence}.'
  | 'Correction saved by {name}: {value}, confidence {confidence}. It replaces {earlier}, confidence {earlierConfidence} (saved by {earlierName}) as the round’s outcome; both check-ins stay in the key result’s history.'
  | 'Corrected'
  | 'Saved'
  | 'Next key result'
  | 'Finish the round'
  | 'Correct this check-in'
  | 'Vote on it again'
  | 'Ended too soon? Reopening takes everyone back to key result {position}, “{title}”. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.'
  | 'Ended too soon? Reopening takes everyone back to key result {position}. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.'
  | 'Reopen the round'
  | 'Recording the round in Meeting Sessions…'
  | 'Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.'
  | 'The round could not be recorded in Meeting Sessions.'
  | 'Not recorded in Meeting Sessions yet: {name}’s stage records it.'
  | 'Not recorded in Meeting Sessions yet: the facilitator’s stage records it.'
  | 'Round complete'
  // The stage and the side panel: ending the round early
  | 'End the round'
  | 'End the round now?'
  | '{count} {count|key result|key results} will not be reviewed: the round’s summary and its record list {count|it|them} as not reviewed.'
  | 'Every key result is saved or skipped.'
  | 'The votes revealed on the key result under review are not saved: they are dropped.'
  | 'Saved outcomes and skips are kept, and everyone sees the round’s summary.'
  | 'Keep going'
  | 'Round ended'
  | 'The round has ended: its summary is on the stage.'
  | 'The round has ended. Its summary was on the stage, which is no longer shared.'
  | 'Show the summary on the stage again'
  | 'The organizer or a presenter can show the summary on the stage again.'
  | 'Ended by {name} at {time}'
  | 'To run another round, pick key results below and share them to the stage.'
  | 'A new round starts when the organizer or a presenter shares key results to the stage.'
  | '{saved} saved · {skipped} skipped'
  | '{count} not reviewed'
  | 'average confidence change {change}'
  | 'Round outcome'
  | ' (corrected from {value}, confidence {confidence})'
  | 'Discussed'
  | 'Record the round again'
  | 'Copy summary for the meeting chat'
  | 'Copied: paste it into the meeting chat.'
  | 'Could not copy: select the text below and copy it.'
  | 'Summary for the chat'
  | 'Skip this key result'
  | 'Reason to skip'
  | 'Say why it is skipped: the round’s summary keeps it.'
  | 'Skip'
  // The stage: the votes' chart
  | 'median · owner'
  | 'median'
  | 'owner'
  | '{count} {count|vote|votes}: {votes}.'
  | 'Median {median}'
  | 'Median {median}, between {from} and {to}'
  | '; owner’s confidence {confidence}.'
  | 'One dot per vote; the solid line marks the median, {median}'
  | 'the dashed line with a diamond marks the owner’s confidence, {confidence}'
  | 'Key result {id}'
  // The stage: its header, the key result and the vote
  | 'Joining the check-in round'
  | 'Check-in round'
  | 'Check-in round · key result {position} of {total}'
  | '{count} {count|participant|participants}'
  | 'started at {time}'
  | 'Key result not found'
  | 'This key result is no longer on the board. The facilitator can skip it.'
  | 'Now'
  | 'Owner’s confidence'
  | 'The facilitator is recording the outcome.'
  | '{votes} of {people} voted. Votes are sealed until the facilitator reveals them.'
  | 'Who has voted'
  | 'How confident are you that we will reach it? ({min}–{max})'
  | 'Vote {value}'
  | 'Your vote: {vote}. You can change it until the votes are revealed.'
  | 'Saved earlier in this round by {name}: {value}, confidence {confidence}. Saving after this vote adds a correction.'
  | 'Skipped earlier in this round by {name}: {reason}. Vote to check it in now, or move on.'
  | 'Reveal votes'
  | 'Loading the round'
  // The stage: moving on from unsaved votes
  | 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its correction is not saved.'
  | 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its check-in is not saved.'
  | 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its correction is not saved.'
  | 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its check-in is not saved.'
  | 'Voting again drops these votes for everyone: everyone votes again, sealed until revealed.'
  | 'Skipping it (“{reason}”) drops these votes for everyone: coming back to it starts a new vote.'
  | 'Skipping it (“{reason}”), which finishes the round, drops these votes for everyone: coming back to it starts a new vote.'
  | 'Going to key result {position}, “{title}”, drops these votes for everyone: coming back to it starts a new vote.'
  | 'Finishing the round drops these votes for everyone: coming back to it starts a new vote.'
  | 'Skip without saving'
  | 'Vote again without saving'
  | 'Move on without saving'
  | 'Save the outcome first?'
  | 'Save first'
  // The stage with no round shared
  | 'No check-in round'
  | 'Open the OKR side panel in the meeting, pick the key results to review and share them to the stage.'
  // The core's words: who may share a round or save drafts, the round's summary
  | typeof attendeesCannotShare
  | typeof facilitatorsSaveDrafts
  | SummaryLine;

/** The meeting's words in one language: its messages and the coach's prompts (`prompt-catalogue`). */
export interface MeetingTranslation {
  readonly texts: Readonly<Record<MeetingText, string>>;
  readonly prompts: Readonly<Record<PromptKey, string>>;
}

/** A message of the meeting's (or the board's), filled in, in the reader's language. */
export type MeetingSay = (text: MeetingText | Text, params?: MessageParams) => string;

/** What the meeting's surfaces say, in the reader's language. */
export interface MeetingWords {
  readonly locale: string;
  readonly say: MeetingSay;
  /** A coach's prompt, said again from its key in the reader's language. */
  readonly prompt: (prompt: {
    readonly key: PromptKey;
    readonly params: MessageParams;
    readonly text: string;
  }) => string;
}

export const meetingWordsFor = perLocale((translated, locale): MeetingWords => {
  const board = sayFor(translated, locale);
  const texts: Partial<Record<string, string>> | undefined = translated?.meeting.texts;
  return {
    locale,
    say: (text, params) => {
      const own = texts?.[text];
      return own === undefined ? board(text as Text, params) : formatMessage(own, params, locale);
    },
    prompt: ({ key, params, text }) =>
      translated ? formatMessage(translated.meeting.prompts[key], params, locale) : text,
  };
});

/** The meeting's words in the host's display language (English outside the app). */
export function useMeetingWords(): MeetingWords {
  return meetingWordsFor(useLocaleWords(), useLocale());
}
