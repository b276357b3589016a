import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../visuallyHidden';

/**
 * A narrow tab (a meeting's 320 px side panel, a phone): each row is a small block of lines
 * (title, then progress, then status, confidence, last check-in and the buttons), with no column
 * headers; the toolbar's Sort orders it.
 */
export const stackedRows = '(max-width: 639px)';
/** A tab of middling width: the team and the owner are said under the title, not in columns. */
const compactColumns = '(max-width: 1023px)';
const stacked = `@media ${stackedRows}`;
const compact = `@media ${compactColumns}`;

// Every row is a grid of its own (rows are placed apart, virtualised): the columns are sized by
// the table's width alone, never by a row's cells, so they line up from row to row.
const columns =
  'minmax(14em, 3fr) minmax(6em, 1fr) minmax(7em, 1fr) minmax(9em, 1.4fr) 6.5em 9em 9em 9.5em';
const compactColumnsTemplate = 'minmax(10em, 3fr) minmax(8em, 1.4fr) 6.5em 9em 9em 9.5em';

export const useKeyResultTableStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  header: {
    // The scroller below keeps room for its scroll bar; the header the same, so columns meet.
    overflowY: 'hidden',
    scrollbarGutter: 'stable',
    flexShrink: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [stacked]: { display: 'none' },
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: columns,
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    boxSizing: 'border-box',
    paddingInline: tokens.spacingHorizontalL,
    [compact]: { gridTemplateColumns: compactColumnsTemplate },
    [stacked]: {
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: tokens.spacingHorizontalM,
      rowGap: tokens.spacingVerticalXS,
    },
  },
  headerCell: { paddingBlock: tokens.spacingVerticalS, minWidth: 0 },
  sortButton: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalXS})`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  sorted: { color: tokens.colorNeutralForeground1 },
  sortIcon: { flexShrink: 0, fontSize: tokens.fontSizeBase300 },
  // Read to a screen reader only: the actions' column heading, what the order changed to.
  hidden: visuallyHidden,
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    scrollbarGutter: 'stable',
    contain: 'strict',
  },
  canvas: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  cell: { minWidth: 0, overflowWrap: 'anywhere' },
  title: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
    [stacked]: { flexBasis: '100%' },
  },
  caption: { color: tokens.colorNeutralForeground2 },
  // In columns of their own on a wide tab; under the title on a narrower one.
  wideOnly: { [compact]: { display: 'none' } },
  compactOnly: { display: 'none', [compact]: { display: 'inline' } },
  stackedOnly: { display: 'none', [stacked]: { display: 'inline' } },
  progress: { [stacked]: { flexBasis: '100%' } },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
  checkIn: { display: 'flex', flexDirection: 'column' },
  actions: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    justifyContent: 'flex-end',
    [stacked]: { marginInlineStart: 'auto' },
  },
  rolledUp: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});
