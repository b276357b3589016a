import type { ImportPageProps } from './ImportPage.types';
import { renderImportPage } from './renderImportPage';
import { useImportPage } from './useImportPage';
import { useImportPageStyles } from './useImportPageStyles';

/**
 * Moving in and out: drag a Viva Goals export or the template in, see what would be imported
 * (the dry run) and what cannot be mapped, run it with a progress bar, download the report; and
 * export everything the same ways.
 */
export function ImportPage(props: ImportPageProps) {
  const state = useImportPage(props);
  return renderImportPage(state, useImportPageStyles());
}

export default ImportPage;
