import { makeStyles, tokens } from '@fluentui/react-components';

export const useProgressBarStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: '64px' },
  percent: {
    minWidth: '3.5em',
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
});
