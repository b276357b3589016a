import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tooltip,
} from '@fluentui/react-components';
import {
  AlertOffRegular,
  AlertRegular,
  AlertSnoozeRegular,
  DismissRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useSay } from '../../board/say';
import { useNarrowFrame } from '../../hooks/useNarrowFrame';
import type { ReminderSettingsState } from './ReminderSettings.types';

/**
 * The reminders' menu, its button and the notice of a change: a chunk of their own, loaded once
 * My OKRs has rendered (`useStandIns`); until then the button's stand-in shows alone.
 */
export { MenuButton } from '@fluentui/react-components';

export function ReminderMenu({
  state,
  trigger,
  label,
  openedEarly,
}: {
  readonly state: ReminderSettingsState;
  readonly trigger: ReactElement;
  /** The tooltip naming a button that shows only its icon. */
  readonly label?: string;
  /** Opened before this chunk was in: opens now. */
  readonly openedEarly: boolean;
}) {
  const say = useSay();
  const menuTrigger = <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>;
  return (
    <Menu defaultOpen={openedEarly}>
      {label ? (
        <Tooltip content={label} relationship="label">
          {menuTrigger}
        </Tooltip>
      ) : (
        menuTrigger
      )}
      <MenuPopover>
        <MenuList>
          {state.optedOut || state.snoozedUntil ? (
            <MenuItem icon={<AlertRegular />} onClick={state.resume}>
              {say('Turn reminders on')}
            </MenuItem>
          ) : null}
          {state.optedOut ? null : (
            <MenuItem icon={<AlertSnoozeRegular />} onClick={state.snoozeForAWeek}>
              {say('Snooze for a week')}
            </MenuItem>
          )}
          {state.optedOut ? null : (
            <MenuItem icon={<AlertOffRegular />} onClick={state.optOut}>
              {say('Turn reminders off')}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ReminderNotice({
  notice,
  onDismiss,
}: {
  readonly notice: NonNullable<ReminderSettingsState['notice']>;
  readonly onDismiss: () => void;
}) {
  const say = useSay();
  // In a narrow frame its words wrap, inside the tab.
  const narrow = useNarrowFrame();
  return (
    <MessageBar intent={notice.intent} layout={narrow ? 'multiline' : 'singleline'}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={say('Dismiss')}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
