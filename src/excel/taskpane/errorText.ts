import { describeError } from '../../ui/errors/describeError';
import type { PaneWords } from '../pane-words';
import { WorkbookError } from '../workbook/types';

/**
 * What went wrong, for the pane to show: the workbook's own problems in the pane's language; a
 * store error as the app describes it; anything else by its message.
 */
export function errorText(caught: unknown, words: PaneWords): string {
  if (caught instanceof WorkbookError) return words.problem(caught.problem);
  const description = describeError(caught);
  return description.title === 'Something went wrong' && caught instanceof Error
    ? caught.message
    : `${description.title}: ${description.message}`;
}
