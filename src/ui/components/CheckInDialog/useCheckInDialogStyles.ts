import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckInDialogStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  target: { color: tokens.colorNeutralForeground2 },
  // Fluent's actions take the body's last two of three columns: in a frame about 500 px wide that
  // wrapped "Save check-in" onto two lines. The whole row, still at its end, holds both buttons.
  actions: { gridColumnStart: 1 },
});
