import { makeStyles, tokens } from '@fluentui/react-components';

export const useCorrectCheckInDialogStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  made: { color: tokens.colorNeutralForeground2 },
});
