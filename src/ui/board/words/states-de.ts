import { describeErrorIn } from '../../errors/error-words';
import type { StatesTranslation } from '../../errors/state-words';

/** Every page's shared states in German, with the board's terms (`de.ts`). */
export const states: StatesTranslation = {
  texts: {
    'Loading the Import page': 'Die Importseite wird geladen',
    'Loading the programme': 'Das Programm wird geladen',
  },
  describeError: describeErrorIn,
};
