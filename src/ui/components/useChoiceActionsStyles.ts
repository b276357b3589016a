import { makeStyles } from '@fluentui/react-components';

/**
 * A dialog's choices (`DialogActions fluid`): a choice is never broken inside; when both do not
 * fit on one line (a 320 px meeting panel), the second goes under the first.
 */
export const useChoiceActionsStyles = makeStyles({
  actions: { flexWrap: 'wrap', '& > *': { whiteSpace: 'nowrap' } },
});
