import { describeError } from '../../ui/errors/describeError';
import type { PaneWords } from '../pane-words';
import { WorkbookError } from '../workbook/types';
import { reloadable } from '../../reloadable';

const loadErrorWords = reloadable(() => import('../../ui/errors/error-words'));

/**
 * What went wrong, for the pane to show: the workbook's own problems in the pane's language; a
 * store error as the app describes it, in the pane's language too (those words load with the
 * sync, not with the pane's first screen; should they not load, in English); anything else by its
 * message.
 */
export async function errorText(caught: unknown, words: PaneWords): Promise<string> {
  if (caught instanceof WorkbookError) return words.problem(caught.problem);
  if (caught instanceof Error && describeError(caught).title === describeError(undefined).title) {
    return caught.message;
  }
  const { title, message } = await loadErrorWords().then(
    ({ describeErrorIn }) => describeErrorIn(caught, words.locale),
    () => describeError(caught),
  );
  return `${title}: ${message}`;
}
