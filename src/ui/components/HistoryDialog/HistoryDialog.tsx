import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { KeyResult } from '../../../core/model';
import { useSay } from '../../board/say';
import { HistoryChart } from '../HistoryChart/HistoryChart';
import type { HistoryChartProps } from '../HistoryChart/HistoryChart.types';
import { LoadingState } from '../States/LoadingState';

export interface HistoryDialogProps extends Omit<HistoryChartProps, 'keyResult' | 'checkIns'> {
  /** The KR whose history is open; closed when undefined. */
  readonly keyResult: KeyResult | undefined;
  /** Its check-ins, oldest first; undefined while the cycle's history is being read. */
  readonly checkIns: HistoryChartProps['checkIns'] | undefined;
  readonly onClose: () => void;
  /** A dialog nested in this one (correcting a check-in of the history). */
  readonly children?: ReactNode;
}

const useStyles = makeStyles({
  /** The history's chart and table need more room than a form dialog. */
  surface: { maxWidth: 'min(800px, calc(100vw - 32px))' },
});

/**
 * A KR's history (its chart and its check-ins' table) in a modal dialog.
 *
 * Its first focusable element, which Fluent focuses on opening, is the title's Close button, not
 * a point of the chart: tabster (Fluent's focus manager) counts only `HTMLElement.focus()` as the
 * app's own focus, so an SVG point focused as the dialog opens passes for the user leaving a modal
 * not yet active; tabster then pulls focus back out to the board and hides the dialog from
 * assistive technology (when the dialog mounts after the click, as the board's dialogs do before
 * they have loaded, and a link's landing does). The title's close button is also where Fluent's
 * dialogs put it, and leaves the title and the chart in view, to be read from the start.
 */
export function HistoryDialog({
  keyResult,
  checkIns,
  onClose,
  children,
  ...chart
}: HistoryDialogProps) {
  const styles = useStyles();
  const say = useSay();
  return (
    <Dialog
      open={keyResult !== undefined}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle
            action={
              <DialogTrigger action="close">
                <Button appearance="subtle" aria-label={say('Close')} icon={<DismissRegular />} />
              </DialogTrigger>
            }
          >
            {keyResult ? say('History: {title}', { title: keyResult.title }) : say('History')}
          </DialogTitle>
          <DialogContent>
            {keyResult && !checkIns ? (
              <LoadingState label={say('Loading the check-in history')} rows={3} />
            ) : null}
            {keyResult && checkIns ? (
              <HistoryChart keyResult={keyResult} checkIns={checkIns} {...chart} />
            ) : null}
            {children}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{say('Close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
