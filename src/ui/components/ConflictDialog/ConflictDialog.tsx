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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ChangedBy } from '../../../store/errors';
import { useLocale } from '../../app/AppServices';

/** Someone saved first: both versions side by side, and the person chooses. */
export function ConflictDialog({
  open,
  what,
  rows,
  changedBy,
  onKeepMine,
  onTakeTheirs,
  busy,
}: ConflictDialogProps) {
  const styles = useStyles();
  const changed = rows.filter((row) => row.mine !== row.theirs);
  const who = changedBy?.displayName ?? 'Someone else';
  const locale = useLocale();
  const when = changedBy?.at
    ? ` at ${new Date(changedBy.at).toLocaleTimeString(locale, { timeStyle: 'short' })}`
    : '';
  const fields = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    changed.map((row) => row.label),
  );
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {who} changed {what}
          </DialogTitle>
          <DialogContent>
            <Text as="p">
              {who} saved {fields || 'it'}
              {when} while you were editing. Nothing of yours is lost yet: choose which version to
              keep.
            </Text>
            <Table size="small" aria-label="Your version and theirs">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Field</TableHeaderCell>
                  <TableHeaderCell>Yours</TableHeaderCell>
                  <TableHeaderCell>{changedBy ? `${who}’s` : 'Theirs'}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {changed.map((row) => (
                  <TableRow key={row.label} className={styles.changed}>
                    <TableCell className={styles.cell}>{row.label}</TableCell>
                    <TableCell className={styles.cell}>{row.mine}</TableCell>
                    <TableCell className={styles.cell}>{row.theirs}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={onKeepMine}>
              Keep mine
            </Button>
            <Button disabledFocusable={busy} onClick={onTakeTheirs}>
              Take theirs
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export interface ConflictRow {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

export interface ConflictDialogProps {
  readonly open: boolean;
  /** What was being saved, e.g. "the objective". */
  readonly what: string;
  /** Every field of the item; only those that differ are shown. */
  readonly rows: readonly ConflictRow[];
  /** Who saved their version and when, when the store says. */
  readonly changedBy?: ChangedBy;
  /** Overwrite their version with mine (a deliberate choice, never silent). */
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly busy?: boolean;
}

const useStyles = makeStyles({
  changed: { fontWeight: tokens.fontWeightSemibold },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
});
