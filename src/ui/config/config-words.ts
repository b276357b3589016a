import type { MessageParams } from '../../core/i18n';
import { useLocale, useLocaleWords } from '../app/AppServices';
import { pageSayFor, type Text } from '../board/say';

/**
 * Everything the tab's set-up (configuration) page says, in English, as `board/board-words.ts`
 * lists the board's: each message its own key, written out where it is said, translated in
 * `board/words/config-<language>.ts` (loaded with the board's words for the host's language).
 * Words the board says too (Cycle, Saving…, a cycle's state) are the board's keys.
 */
export type ConfigText =
  | 'Set up the OKR tab'
  | 'Change what this tab shows'
  | 'Choose whose OKRs this tab shows, and for which cycle'
  | 'Loading teams and cycles'
  | 'No teams yet'
  | 'The OKR site has no active teams. An admin adds them in the Programme area of the OKR Coach personal app.'
  // The label of the teams to choose: the board's 'Teams' is the app a check-in came from.
  | 'Teams'
  | 'One or more teams; their objectives and key results show on the board. A team shows only its own objectives: to see those of the teams under it, choose them too.'
  | 'Choose at least one team.'
  | '{team} is chosen because it is linked to this team in Teams.'
  | '{team} is chosen because it has the name of this team in Teams.'
  | 'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams ({groupId}).'
  | 'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams.'
  | 'Include the teams under {team} ({count})'
  | 'A closed cycle is read-only: its board shows how it ended.'
  | 'The cycle this tab was saved with no longer exists: it was deleted. Choose one of the cycles below.'
  | 'The current cycle (the tab moves on with each new cycle)'
  | 'Tab name:'
  | 'Save and open the board'
  // Save is Teams' own button, named as each language's Teams names it.
  | 'Select Save to apply your changes.'
  | 'Select Save to add the tab.';

/** A message of the set-up page's, or the board's, in the reader's language. */
export type ConfigSay = (text: ConfigText | Text, params?: MessageParams) => string;

const configSayFor = pageSayFor((translated) => translated.config);

/** The set-up page's words in the host's display language (English outside the app). */
export function useConfigSay(): ConfigSay {
  return configSayFor(useLocaleWords(), useLocale());
}
