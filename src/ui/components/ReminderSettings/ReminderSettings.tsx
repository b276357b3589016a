import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  AlertOffRegular,
  AlertRegular,
  AlertSnoozeRegular,
  DismissRegular,
} from '@fluentui/react-icons';
import { useReminderSettings } from './useReminderSettings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * "Reminders" in My OKRs: whether the weekly check-in reminder reaches the signed-in person in
 * the Teams activity feed; snooze it for a week, or turn it off and on again.
 */
export function ReminderSettings() {
  const styles = useStyles();
  const state = useReminderSettings();
  const label = state.optedOut
    ? 'Reminders off'
    : state.snoozedUntil
      ? `Reminders snoozed until ${new Date(state.snoozedUntil).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })}`
      : 'Reminders on';
  return (
    <div className={styles.root}>
      {state.notice ? (
        <MessageBar intent={state.notice.intent} layout="singleline">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={state.dismissNotice}
              />
            }
          />
        </MessageBar>
      ) : null}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
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
            disabled={
              state.status === 'loading' || state.status === 'saving' || state.status === 'failed'
            }
          >
            {state.status === 'loading' ? 'Reminders…' : label}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {state.optedOut || state.snoozedUntil ? (
              <MenuItem icon={<AlertRegular />} onClick={state.resume}>
                Turn reminders on
              </MenuItem>
            ) : null}
            {state.optedOut ? null : (
              <MenuItem icon={<AlertSnoozeRegular />} onClick={state.snoozeForAWeek}>
                Snooze for a week
              </MenuItem>
            )}
            {state.optedOut ? null : (
              <MenuItem icon={<AlertOffRegular />} onClick={state.optOut}>
                Turn reminders off
              </MenuItem>
            )}
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
