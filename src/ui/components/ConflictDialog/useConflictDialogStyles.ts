import { makeStyles, tokens } from '@fluentui/react-components';

export const useConflictDialogStyles = makeStyles({
  changed: { fontWeight: tokens.fontWeightSemibold },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
});
