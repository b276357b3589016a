import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useConflictDialogStyles } from './useConflictDialogStyles';
import type { ConflictDialogProps } from './ConflictDialog.types';

/** Someone saved first: both versions side by side, and the person chooses. */
export function ConflictDialog({
  open,
  what,
  rows,
  onKeepMine,
  onTakeTheirs,
  busy,
}: ConflictDialogProps) {
  const styles = useConflictDialogStyles();
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Someone else changed {what}</DialogTitle>
          <DialogContent>
            <Text as="p">
              It was saved by someone else while you were editing. Nothing of yours is lost yet:
              choose which version to keep.
            </Text>
            <Table size="small" aria-label="Your version and theirs">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Field</TableHeaderCell>
                  <TableHeaderCell>Yours</TableHeaderCell>
                  <TableHeaderCell>Theirs</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow
                    key={row.label}
                    className={row.mine !== row.theirs ? styles.changed : undefined}
                  >
                    <TableCell className={styles.cell}>{row.label}</TableCell>
                    <TableCell className={styles.cell}>{row.mine}</TableCell>
                    <TableCell className={styles.cell}>{row.theirs}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onKeepMine}>
              Keep mine
            </Button>
            <Button disabled={busy} onClick={onTakeTheirs}>
              Take theirs
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
