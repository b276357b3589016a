import { Button, makeStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { tabEntityId, tabSettingsToQuery } from '../../host/tab-settings';
import { useAppServices } from '../../ui/app/AppServices';
import { useSay } from '../../ui/board/say';
import { useCycleChoice } from '../../ui/board/useCycleChoice';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { BoardCycleBar } from '../../ui/components/CycleSwitcher/BoardCycleBar';
import { EmptyState } from '../../ui/components/States/EmptyState';
import { ReminderSettings } from '../../ui/components/ReminderSettings/ReminderSettings';
import { BoardScreen } from '../../ui/screens/BoardScreen/BoardScreen';
import { NoCycleYetOnDemand } from './NoCycleYetOnDemand';
import { ProgrammeButton } from './ProgrammeButton';

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
});

/** The personal tab: the signed-in user's OKRs in the current cycle (or one chosen), across teams. */
export function MyOkrs({
  onOpenProgramme,
  programmeFocused = false,
}: {
  readonly onOpenProgramme: (section?: string) => void;
  /** Back from the Programme area: its button takes the focus it had. */
  readonly programmeFocused?: boolean;
}) {
  const styles = useStyles();
  const choice = useCycleChoice('current');
  const request = useMemo(() => ({ cycleId: choice.cycleId }), [choice.cycleId]);
  const say = useSay();
  return (
    <>
      <AppHeader
        title={say('My OKRs')}
        subtitle={say('Your objectives and key results this cycle, across teams')}
        beside={<BoardCycleBar choice={choice} />}
        actions={
          <>
            <ReminderSettings />
            <ProgrammeButton onOpen={() => onOpenProgramme()} focused={programmeFocused} />
          </>
        }
      />
      <main className={styles.main}>
        <BoardScreen
          request={request}
          mine
          editable
          noneOwned={<NoneOwned />}
          noCycle={<NoCycleYetOnDemand onOpenProgramme={onOpenProgramme} />}
        />
      </main>
    </>
  );
}

/** The personal app's "All OKRs" tab: every team's board for the running cycle. */
const allOkrs = { teamIds: [], cycleId: 'current' };

/**
 * An empty My OKRs opens All OKRs: in Teams, the personal app's tab (by its manifest entity id);
 * in a browser, the page that tab opens (its content URL's query, `?teams=&cycle=current`), as
 * a link, keeping this page's other parameters.
 */
function NoneOwned() {
  const navigate = useAppServices().host.navigateToAppPage;
  const say = useSay();
  const href = () => {
    const url = new URL(window.location.href);
    for (const [name, value] of new URLSearchParams(tabSettingsToQuery(allOkrs))) {
      url.searchParams.set(name, value);
    }
    return url.href;
  };
  return (
    <EmptyState
      title={say('You own no OKRs in this cycle')}
      message={say(
        navigate
          ? 'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are in the app’s All OKRs tab.'
          : 'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are on the All OKRs board.',
      )}
      action={
        navigate ? (
          <Button
            onClick={() =>
              void navigate(tabEntityId(allOkrs)).catch((error: unknown) =>
                console.warn('Teams did not open the All OKRs tab', error),
              )
            }
          >
            {say('Open All OKRs')}
          </Button>
        ) : (
          <Button as="a" href={href()}>
            {say('Open All OKRs')}
          </Button>
        )
      }
    />
  );
}
