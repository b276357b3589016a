import { makeStyles, tokens } from '@fluentui/react-components';
import { AlertOffRegular, AlertRegular, AlertSnoozeRegular } from '@fluentui/react-icons';
import { useBoardWords } from '../../board/board-words';
import { useNarrowFrame } from '../../hooks/useNarrowFrame';
import { useStandIns } from '../../hooks/useStandIns';
import { MenuButtonStandIn } from '../MenuButtonStandIn';
import { useReminderSettings } from './useReminderSettings';
import { reloadable } from '../../../reloadable';

// The menu, its button and the notice (with Fluent's positioning and message bar) load once the
// tab is there.
const loadPopups = reloadable(() => import('./ReminderPopups'));

// The notice after a choice wraps above the button where the row is short: kept on one line
// beside it, it made a 320 px tab 377 px wide, the button out of sight.
const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * "Reminders" in My OKRs: whether the weekly check-in reminder reaches the signed-in person in
 * the Teams activity feed; snooze it for a week, or turn it off and on again.
 */
export function ReminderSettings() {
  const styles = useStyles();
  const state = useReminderSettings();
  const { locale, say } = useBoardWords();
  const label = state.optedOut
    ? say('Reminders off')
    : state.snoozedUntil
      ? say('Reminders snoozed until {date}', {
          date: new Date(state.snoozedUntil).toLocaleDateString(locale, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
          }),
        })
      : say('Reminders on');
  const name = state.status === 'loading' ? say('Reminders…') : label;
  // In a narrow frame (a 320 px personal tab) an icon named by its tooltip, as the board's
  // header buttons are: with its words it took a row of its own under the cycle switcher.
  const narrow = useNarrowFrame();
  const { module: popups, trigger, openedEarly } = useStandIns(loadPopups);
  const MenuButton = popups?.MenuButton ?? MenuButtonStandIn;
  const button = (
    <MenuButton
      appearance="subtle"
      icon={
        state.optedOut ? (
          <AlertOffRegular />
        ) : state.snoozedUntil ? (
          <AlertSnoozeRegular />
        ) : (
          <AlertRegular />
        )
      }
      disabled={state.status === 'loading' || state.status === 'failed'}
      // A choice in its menu puts focus back on it as it saves: disabled, the browser would drop
      // that focus to the page's body (the focus fixup rule), so it stays focusable, with
      // aria-disabled, meanwhile (Fluent's `disabledFocusable`, which its MenuTrigger honours).
      // https://html.spec.whatwg.org/multipage/interaction.html#focus-fixup-rule
      disabledFocusable={state.status === 'saving'}
      // What Fluent's `MenuTrigger` gives a closed menu's button, on its stand-in too.
      aria-haspopup="menu"
      {...(narrow ? { 'aria-label': name } : {})}
      {...trigger('reminders')}
    >
      {narrow ? undefined : name}
    </MenuButton>
  );
  return (
    <div className={styles.root}>
      {state.notice && popups ? (
        <popups.ReminderNotice notice={state.notice} onDismiss={state.dismissNotice} />
      ) : null}
      {popups ? (
        <popups.ReminderMenu
          state={state}
          trigger={button}
          {...(narrow ? { label: name } : {})}
          openedEarly={openedEarly('reminders')}
        />
      ) : (
        button
      )}
    </div>
  );
}
