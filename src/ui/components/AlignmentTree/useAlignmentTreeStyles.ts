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
});
