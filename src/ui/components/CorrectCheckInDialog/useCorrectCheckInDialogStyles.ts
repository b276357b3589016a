import { makeStyles, tokens } from '@fluentui/react-components';

export const useCorrectCheckInDialogStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  made: { color: tokens.colorNeutralForeground2 },
  // The whole row for the actions, still at its end, as the check-in dialog's: German's and
  // French's longer labels wrapped in Fluent's last two of three columns.
  actions: { gridColumnStart: 1 },
});
