import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckInDialogStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  target: { color: tokens.colorNeutralForeground2 },
});
