import { makeStyles, tokens } from '@fluentui/react-components';

export const useAlignmentTreeStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    height: '100%',
    boxSizing: 'border-box',
  },
  team: { color: tokens.colorNeutralForeground2 },
  title: { overflowWrap: 'anywhere' },
  aside: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  progress: { minWidth: '3.5em', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});
