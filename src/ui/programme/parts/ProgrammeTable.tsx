import type { ReactNode } from 'react';
import {
  mergeClasses,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useSectionStyles } from '../useSectionStyles';

/** A Programme table: named for screen readers, readable width, sideways scroll when narrow. */
export function ProgrammeTable({
  label,
  columns,
  fitted = false,
  widths = {},
  children,
}: {
  readonly label: string;
  /** Columns as wide as their content must be (`fitted` in the section styles). */
  readonly fitted?: boolean;
  readonly columns: readonly (string | false)[];
  /**
   * Shares of the table's width for some columns, by name (`{ Team: '26%' }`); the others share
   * the rest equally. For a column whose text must not break inside its words at the table's
   * narrowest (a child team's name, indented under its parent).
   */
  readonly widths?: Readonly<Record<string, string>>;
  /** The rows (`TableRow`s). */
  readonly children: ReactNode;
}) {
  const styles = useSectionStyles();
  return (
    <div className={styles.tableWrap}>
      <Table
        className={mergeClasses(styles.table, fitted && styles.fitted)}
        aria-label={label}
        size="small"
      >
        <TableHeader>
          <TableRow>
            {columns.map((column) =>
              column === false ? null : (
                <TableHeaderCell
                  key={column}
                  {...(widths[column] ? { style: { width: widths[column] } } : {})}
                >
                  {column}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
