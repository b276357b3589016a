import { makeStyles, tokens } from '@fluentui/react-components';

/** Spacing and type shared by the Programme sections, on Fluent's tokens. */
export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  spacer: { flexGrow: 1 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '640px',
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  /** Two fields side by side, equally wide whatever their messages say; stacked when narrow. */
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(14em, 100%), 1fr))',
    // Each field keeps its input under its label when the other one shows a message.
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: 'auto' },
  /** Wide enough to read on a phone-sized tab: narrower screens scroll the table sideways. */
  table: { minWidth: '640px' },
  /**
   * A table whose columns are as wide as what they must keep on one line (a day, a row's
   * actions), the rest wrapping: Fluent's table shares its width out equally (`table-layout:
   * fixed` in react-table's `useTableStyles`,
   * https://github.com/microsoft/fluentui/tree/master/packages/react-components/react-table/library/src/components/Table),
   * which cut a cycle's Close and Delete off. Not for cells that wrap anywhere (`wrap`): their
   * columns would shrink to a letter.
   */
  fitted: { tableLayout: 'auto' },
  /**
   * On a table cell's text box: as wide as its column, not as the browser's default 20
   * characters, which ran past a narrow column into the next.
   */
  cellInput: { width: '100%' },
  indent: { display: 'inline-block' },
  /** Text that may hold a very long word (a pasted name): it wraps inside its box. */
  wrap: { overflowWrap: 'anywhere' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /**
   * A card's fieldset title as its first line: floated, the legend is no longer drawn across the
   * card's border (a title of two lines sat over it, its last word cut off below the line;
   * https://html.spec.whatwg.org/multipage/rendering.html#the-fieldset-and-legend-elements), and
   * it wraps as a heading does, its lines balanced rather than one word left over.
   */
  legend: {
    float: 'left',
    width: '100%',
    padding: 0,
    textWrap: 'balance',
    overflowWrap: 'break-word',
  },
  nested: { paddingInlineStart: tokens.spacingHorizontalXXL },
  /**
   * A badge whose words may not fit its column ("Upcoming · starts Jan 1"): it grows a line,
   * where a badge's one-line height cut the second line through.
   */
  wrappingBadge: {
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    paddingBlock: tokens.spacingVerticalXXS,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  /** A day ("Jan 1, 2027") that never breaks inside: a date range breaks only between its days. */
  day: { whiteSpace: 'nowrap' },
  /**
   * A row's actions on one line, side by side and centred on each other: wrapped, they stacked
   * unevenly from row to row. A narrow table scrolls sideways (`tableWrap`) instead.
   */
  rowActions: {
    display: 'flex',
    flexWrap: 'nowrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
});
