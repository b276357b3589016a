import { loadPaneWords } from '../../../src/excel/pane-words';

/**
 * The pane's words in German, French and Spanish. The pane loads its language's before it shows
 * (`ExcelApp`); tests that drive its parts without it load them here.
 */
export async function loadEveryPaneLanguage(): Promise<void> {
  await Promise.all(['de', 'fr', 'es'].map(loadPaneWords));
}
