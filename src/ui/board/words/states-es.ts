import { describeErrorIn } from '../../errors/error-words';
import type { StatesTranslation } from '../../errors/state-words';

/** Every page's shared states in Spanish, with the board's terms (`es.ts`). */
export const states: StatesTranslation = {
  texts: {
    'Loading the Import page': 'Cargando la página de importación',
    'Loading the programme': 'Cargando el programa',
  },
  describeError: describeErrorIn,
};
