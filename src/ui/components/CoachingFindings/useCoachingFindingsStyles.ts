import { makeStyles, tokens } from '@fluentui/react-components';

export const useCoachingFindingsStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  source: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  suggestion: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  quiet: { color: tokens.colorNeutralForeground2 },
});
