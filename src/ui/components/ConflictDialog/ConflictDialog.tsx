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
import { sayFor, type Say } from '../../board/say';

/** Someone saved first: both versions side by side, and the person chooses. */
export function ConflictDialog({
  open,
  what,
  rows,
  changedBy,
  onKeepMine,
  onTakeTheirs,
  busy,
  say: given,
}: ConflictDialogProps) {
  const styles = useStyles();
  const locale = useLocale();
  const say = given ?? sayFor(undefined, locale);
  const changed = rows.filter((row) => row.mine !== row.theirs);
  const who = changedBy?.displayName ?? say('Someone else');
  const fields =
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(changed.map((row) => row.label)) ||
    say('it');
  const saved = changedBy?.at
    ? say(
        '{who} saved {fields} at {time} while you were editing. Nothing of yours is lost yet: choose which version to keep.',
        {
          who,
          fields,
          time: new Date(changedBy.at).toLocaleTimeString(locale, { timeStyle: 'short' }),
        },
      )
    : say(
        '{who} saved {fields} while you were editing. Nothing of yours is lost yet: choose which version to keep.',
        { who, fields },
      );
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{say('{who} changed {what}', { who, what })}</DialogTitle>
          <DialogContent>
            <Text as="p">{saved}</Text>
            <Table size="small" aria-label={say('Your version and theirs')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{say('Field')}</TableHeaderCell>
                  <TableHeaderCell>{say('Yours')}</TableHeaderCell>
                  <TableHeaderCell>
                    {changedBy ? say('{who}’s', { who }) : say('Theirs')}
                  </TableHeaderCell>
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
              {say('Keep mine')}
            </Button>
            <Button disabledFocusable={busy} onClick={onTakeTheirs}>
              {say('Take theirs')}
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
  /**
   * The dialog's own words in the reader's language, from a caller whose `what` and rows are in
   * it too (the board's status dialog); English otherwise, as the editors and the Programme speak.
   */
  readonly say?: Say;
}

const useStyles = makeStyles({
  changed: { fontWeight: tokens.fontWeightSemibold },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
});
