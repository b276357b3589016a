import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardStyles = makeStyles({
  scroller: {
    height: '100%',
    overflowY: 'auto',
    contain: 'strict',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  canvas: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    paddingInline: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalM,
  },
  rowInFlow: { position: 'relative' },
  team: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalL,
    margin: 0,
  },
  count: { color: tokens.colorNeutralForeground2 },
});
