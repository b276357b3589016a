import { makeStyles, tokens } from '@fluentui/react-components';

export const useConfidenceTrendStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  falling: { color: tokens.colorPaletteRedForeground1 },
  rising: { color: tokens.colorPaletteGreenForeground1 },
  steady: { color: tokens.colorNeutralForeground2 },
});
