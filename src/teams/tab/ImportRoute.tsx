import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { useAppServices } from '../../ui/app/AppServices';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { BottomToaster } from '../../ui/components/Toasts/Toasts';
import { toastMessage } from '../../ui/components/Toasts/toastMessage';
import { useToasts } from '../../ui/components/Toasts/toasts';
import { ImportPage } from '../../ui/migrate/ImportPage/ImportPage';
import { useImportWords } from '../../ui/migrate/import-words';
import { useProgrammeSay } from '../../ui/programme/programme-words';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
});

/**
 * The Import page on its own (`?page=import`), for admins moving their organisation in or out:
 * its exports are confirmed by a toast, as in the Programme area.
 */
export default function ImportRoute() {
  const styles = useStyles();
  const { say } = useImportWords();
  const programmeSay = useProgrammeSay();
  const { firstScreenReady } = useAppServices();
  useEffect(() => firstScreenReady(), [firstScreenReady]);
  const toasterId = useId('import-toaster');
  const { dispatchToast } = useToasts(toasterId);
  const notify = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  return (
    <>
      <AppHeader
        title={programmeSay('Import and export')}
        subtitle={say('Move in from Viva Goals or a spreadsheet')}
      />
      <main className={styles.main}>
        <ImportPage notify={notify} />
      </main>
      <BottomToaster toasterId={toasterId} />
    </>
  );
}
