import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useAppServices } from '../../ui/app/AppServices';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { ImportPage } from '../../ui/migrate/ImportPage/ImportPage';

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

/** The Import page on its own (`?page=import`), for admins moving their organisation in or out. */
export default function ImportRoute() {
  const styles = useStyles();
  const { firstScreenReady } = useAppServices();
  useEffect(() => firstScreenReady(), [firstScreenReady]);
  return (
    <>
      <AppHeader title="Import and export" subtitle="Move in from Viva Goals or a spreadsheet" />
      <main className={styles.main}>
        <ImportPage />
      </main>
    </>
  );
}
