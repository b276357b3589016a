import { makeStyles, tokens } from '@fluentui/react-components';
import { tickFontSize } from './chartGeometry';

export const useHistoryChartStyles = makeStyles({
  root: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  plotArea: { position: 'relative' },
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: `${tickFontSize}px` },
  confidenceTick: { fill: tokens.colorPaletteMarigoldForeground1, fontSize: `${tickFontSize}px` },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: '6 4' },
  value: { stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, fill: 'none' },
  point: {
    fill: tokens.colorBrandForeground1,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  confidence: {
    stroke: tokens.colorPaletteMarigoldForeground1,
    strokeWidth: 2,
    strokeDasharray: '6 3',
    fill: 'none',
  },
  tooltip: {
    position: 'absolute',
    transform: 'translateY(calc(-100% - 10px))',
    pointerEvents: 'none',
    width: 'max-content',
    maxWidth: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    fontSize: tokens.fontSizeBase200,
  },
  /** Under a point in the chart's top half, so the dialog's edge never cuts it. */
  tooltipBelow: { transform: 'translateY(12px)' },
  tableScroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: { tableLayout: 'auto' },
  date: { whiteSpace: 'nowrap' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  swatchValue: { color: tokens.colorBrandForeground1 },
  swatchConfidence: { color: tokens.colorPaletteMarigoldForeground1 },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // An imported note keeps its line breaks (its paragraphs, list items and <br>s in Viva Goals).
  note: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  corrected: { display: 'block', color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXXS,
    // The row's colour, which Fluent's table row turns with its hover background: in Teams' high
    // contrast theme a hovered row is cyan, and a subtle button's own white icons all but vanished
    // on it (1.2:1). Hovered, the button still takes its own colours.
    '& .fui-Button': { color: 'inherit' },
  },
});
