import type { CSSProperties, ReactNode } from 'react';
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  type TableCellProps,
  type TableRowProps,
} from '@fluentui/react-components';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useSectionStyles } from '../useSectionStyles';

/**
 * Below this width (a meeting's side panel, a narrow tab) each row stands as a block of its own:
 * its first cell as its title, the others under it, each after its column's name, the row's
 * actions last; wider, a table, which scrolls sideways under its 640 px.
 */
const stacked = '@media (max-width: 599px)';

/** The columns a stacked row names (`--programme-column-<n>`): the Programme tables have ≤ 7. */
const namedColumns = [2, 3, 4, 5, 6, 7] as const;

const useStackedStyles = makeStyles({
  table: {
    [stacked]: { display: 'block', minWidth: 0, tableLayout: 'auto' },
    // Each cell's value after its column's name, which the cell's header already gives a screen
    // reader (`/ ""`: no alternative text).
    ...Object.fromEntries(
      namedColumns.map((column) => [
        `& tbody td:nth-child(${column})::before`,
        { [stacked]: { content: `var(--programme-column-${column}) / ""` } },
      ]),
    ),
  },
  header: {
    // A column's name longer than its column ("Übergeordnet") breaks where the reader's language
    // hyphenates it, or else inside it, where it ran into the next column's name.
    '& th': { hyphens: 'auto', overflowWrap: 'break-word' },
    // Read by a screen reader (each cell's header), not shown: every cell says its column.
    [stacked]: visuallyHidden,
  },
  body: {
    [stacked]: {
      display: 'block',
      '& tr': {
        display: 'flex',
        flexDirection: 'column',
        rowGap: tokens.spacingVerticalXXS,
        paddingBlock: tokens.spacingVerticalS,
      },
      '& td': {
        display: 'flex',
        alignItems: 'baseline',
        columnGap: tokens.spacingHorizontalS,
        height: 'auto',
        minHeight: 0,
        paddingBlock: 0,
      },
      // A column's name breaks only where its language allows: hyphenated by the reader's
      // language (the provider's `lang`), and never narrower than its longest unbreakable part,
      // so a long compound ("Verantwortlichkeitsbereich") widens it instead of breaking anywhere.
      '& td::before': {
        flex: '0 0 auto',
        width: '38%',
        minWidth: 'min-content',
        hyphens: 'auto',
        overflowWrap: 'break-word',
        color: tokens.colorNeutralForeground2,
      },
      '& td:first-child': { fontWeight: tokens.fontWeightSemibold },
      // The row's title is not indented in the tree's way: its parent is said under it.
      '& td:first-child > div > div': { paddingInlineStart: '0 !important' },
    },
  },
  /** A cell's content, one box beside its column's name when stacked, wrapping in it. */
  value: {
    display: 'contents',
    [stacked]: { display: 'block', flex: '1 1 0', minWidth: 0 },
  },
  actions: {
    [stacked]: {
      flexWrap: 'wrap',
      paddingTop: `${tokens.spacingVerticalXS} !important`,
      '& > div': { flexWrap: 'wrap' },
    },
  },
});

/** A Programme table: named for screen readers, readable width, stacked rows when narrow. */
export function ProgrammeTable({
  label,
  columns,
  actions = false,
  fitted = false,
  widths = {},
  children,
}: {
  readonly label: string;
  /** Columns as wide as their content must be (`fitted` in the section styles). */
  readonly fitted?: boolean;
  readonly columns: readonly string[];
  /** The last column's name, its rows' buttons (`ProgrammeActionsCell`), if the reader has any. */
  readonly actions?: string | false;
  /**
   * Shares of the table's width for some columns, by name (`{ Team: '26%' }`); the others share
   * the rest equally. For a column whose text must not break inside its words at the table's
   * narrowest (a child team's name, indented under its parent).
   */
  readonly widths?: Readonly<Record<string, string>>;
  /** The rows (`ProgrammeTableRow`s). */
  readonly children: ReactNode;
}) {
  const styles = useSectionStyles();
  const stackedStyles = useStackedStyles();
  // Each column's name as a CSS string, for the stacked rows to say.
  const names = Object.fromEntries(
    columns
      .slice(1)
      .map((column, index) => [`--programme-column-${index + 2}`, JSON.stringify(column)]),
  ) as CSSProperties;
  const headers = actions ? [...columns, actions] : columns;
  // Roles written out: a table laid out as blocks is no table to some browsers' accessibility.
  return (
    <div className={styles.tableWrap}>
      <Table
        role="table"
        className={mergeClasses(styles.table, fitted && styles.fitted, stackedStyles.table)}
        style={names}
        aria-label={label}
        size="small"
      >
        <TableHeader role="rowgroup" className={stackedStyles.header}>
          <TableRow role="row">
            {headers.map((column) => (
              <TableHeaderCell
                key={column}
                role="columnheader"
                {...(widths[column] ? { style: { width: widths[column] } } : {})}
              >
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup" className={stackedStyles.body}>
          {children}
        </TableBody>
      </Table>
    </div>
  );
}

/** A Programme table's row. */
export function ProgrammeTableRow(props: TableRowProps) {
  return <TableRow role="row" {...props} />;
}

/** A Programme table's cell. */
export function ProgrammeTableCell({ children, ...props }: TableCellProps) {
  const styles = useStackedStyles();
  return (
    <TableCell role="cell" {...props}>
      <div className={styles.value}>{children}</div>
    </TableCell>
  );
}

/** A Programme table's last cell: the row's buttons, without a column name when stacked. */
export function ProgrammeActionsCell({ className, ...props }: TableCellProps) {
  const styles = useStackedStyles();
  return <TableCell role="cell" className={mergeClasses(styles.actions, className)} {...props} />;
}
