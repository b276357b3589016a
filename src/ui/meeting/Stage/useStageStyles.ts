import { makeStyles, tokens } from '@fluentui/react-components';

export const useStageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '960px',
    overflowY: 'auto',
  },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  votes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});
