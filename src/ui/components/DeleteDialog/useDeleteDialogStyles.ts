import { makeStyles, tokens } from '@fluentui/react-components';

export const useDeleteDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, overflowWrap: 'anywhere' },
  // The whole row for the actions, still at its end, as the check-in dialog's: German's and
  // French's longer labels wrapped in Fluent's last two of three columns.
  actions: { gridColumnStart: 1 },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    ':hover': { backgroundColor: tokens.colorStatusDangerBackground3Hover },
    ':hover:active': { backgroundColor: tokens.colorStatusDangerBackground3Pressed },
  },
});
