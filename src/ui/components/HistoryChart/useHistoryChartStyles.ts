import { makeStyles, tokens } from '@fluentui/react-components';

export const useHistoryChartStyles = makeStyles({
  root: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  svg: { width: '100%', maxWidth: '480px', height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  target: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, strokeDasharray: '4 4' },
  value: { stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, fill: 'none' },
  point: { fill: tokens.colorBrandForeground1 },
  confidence: {
    stroke: tokens.colorPaletteMarigoldForeground1,
    strokeWidth: 2,
    strokeDasharray: '6 3',
    fill: 'none',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  swatchValue: { color: tokens.colorBrandForeground1 },
  swatchConfidence: { color: tokens.colorPaletteMarigoldForeground1 },
  toggle: { alignSelf: 'flex-start' },
});
