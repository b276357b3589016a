import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusOverrideDialogStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});
