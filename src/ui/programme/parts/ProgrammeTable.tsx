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
  children,
}: {
  readonly label: string;
  /** Columns as wide as their content must be (`fitted` in the section styles). */
  readonly fitted?: boolean;
  readonly columns: readonly (string | false)[];
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
              column === false ? null : <TableHeaderCell key={column}>{column}</TableHeaderCell>,
            )}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
