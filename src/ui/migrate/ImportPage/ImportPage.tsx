import { Suspense } from 'react';
import { useSay } from '../../board/say';
import { LoadingState } from '../../components/States/LoadingState';
import type { ImportPageProps } from './ImportPage.types';
import { renderImportPage } from './renderImportPage';
import { useImportPage } from './useImportPage';
import { useImportPageStyles } from './useImportPageStyles';

function ImportPageInWords(props: ImportPageProps) {
  const state = useImportPage(props);
  return renderImportPage(state, useImportPageStyles());
}

/**
 * Moving in and out: drag a Viva Goals export or the template in, see what would be imported
 * (the dry run) and what cannot be mapped, run it with a progress bar, download the report; and
 * export everything the same ways. Its words in the reader's language come with it, on demand.
 */
export function ImportPage(props: ImportPageProps) {
  const say = useSay();
  return (
    <Suspense fallback={<LoadingState label={say('Loading the Import page')} />}>
      <ImportPageInWords {...props} />
    </Suspense>
  );
}

export default ImportPage;
