import { describeErrorIn } from '../../errors/error-words';
import type { StatesTranslation } from '../../errors/state-words';

/** Every page's shared states in French, with the board's terms (`fr.ts`). */
export const states: StatesTranslation = {
  texts: {
    'Loading the Import page': 'Chargement de la page d’importation',
    'Loading the programme': 'Chargement du programme',
  },
  describeError: describeErrorIn,
};
