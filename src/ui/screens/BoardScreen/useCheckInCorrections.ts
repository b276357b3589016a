import { useCallback, useId, useState, type RefObject } from 'react';
import { useToasts } from '../../components/Toasts/toasts';
import { formatDay, formatKeyResultMeasure } from '../../../core/format';
import type { CheckIn, KeyResult } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { dayOf } from '../../app/day-of';
import { today } from '../../app/today';
import { useDialogWords } from '../../board/dialog-words';
import type { BoardDataApi, Corrected } from '../../board/useBoardData';
import type { CorrectionTarget } from '../../components/CorrectCheckInDialog/CorrectCheckInDialog.types';
import { useDescribeError } from '../../errors/useDescribeError';
import { toastMessage } from '../../components/Toasts/toastMessage';
import { focusElement } from '../../components/Board/boardElements';

/** How long "Saved" offers Undo: long enough to read the toast and reach the button. */
export const undoWindowMs = 8000;

export interface CheckInCorrections {
  readonly correcting: CorrectionTarget | undefined;
  /** Opens the correction of a check-in of the history shown. */
  readonly openCorrection: (checkIn: CheckIn, mode: CorrectionTarget['mode']) => void;
  readonly closeCorrection: () => void;
  readonly onCorrected: (corrected: Corrected) => void;
  /**
   * "Saved" as a visible toast, with Undo for a few seconds (Undo withdraws the check-in), for
   * the check-ins of a save; `before` is the KR as it was before: an undo of its first check-in
   * puts it back there.
   */
  readonly showCheckInSaved: (
    saved: readonly { readonly checkIn: CheckIn; readonly keyResult: KeyResult }[],
    before: KeyResult | undefined,
  ) => void;
}

/**
 * Undo takes its toast away as it is pressed, and focus would fall to the page's body: it goes
 * instead to the check-in button of the KR whose check-in is undone, or, if its row is not shown
 * now, to the board. Out of the toaster, it also lets the toaster say the outcome
 * (`ToastMessage`).
 */
function focusAfterUndo(keyResult: KeyResult, board: HTMLElement | null): void {
  if (!board) return;
  const row = focusElement(board, {
    objectiveId: keyResult.objectiveId,
    keyResultId: keyResult.id,
  });
  const checkIn = row?.querySelector<HTMLElement>('[data-row-action="checkIn"]');
  if (checkIn) {
    checkIn.focus();
    return;
  }
  // Focusable from script only, as a region that receives focus is.
  if (!board.hasAttribute('tabindex')) board.tabIndex = -1;
  board.focus();
}

export function useCheckInCorrections(
  toasterId: string,
  historyOf: KeyResult | undefined,
  applyCorrection: BoardDataApi['applyCorrection'],
  /** The board's region: where focus goes after Undo if the KR's row is not shown. */
  board: RefObject<HTMLElement>,
): CheckInCorrections {
  const { repository, me } = useAppServices();
  const { locale, say, measure } = useDialogWords();
  const { dispatchToast, dismissToast } = useToasts(toasterId);
  const describeError = useDescribeError();
  const [correcting, setCorrecting] = useState<CorrectionTarget | undefined>();
  const savedToastId = useId();

  // Each toast also says its words to screen readers (`BottomToaster`).
  const tell = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  const onCorrected = useCallback(
    (corrected: Corrected) => {
      applyCorrection(corrected);
      setCorrecting(undefined);
      const { keyResult } = corrected;
      tell(
        say(
          'withdrawn' in corrected
            ? 'Check-in deleted: {title} is now {value}.'
            : 'Check-in corrected: {title} is now {value}.',
          {
            title: keyResult.title,
            value: formatKeyResultMeasure(keyResult, keyResult.current, locale, measure),
          },
        ),
      );
    },
    [applyCorrection, locale, tell, say, measure],
  );

  const showCheckInSaved = useCallback<CheckInCorrections['showCheckInSaved']>(
    ([saved], before) => {
      if (!saved) return;
      const { keyResult } = saved;
      const value = formatKeyResultMeasure(keyResult, keyResult.current, locale, measure);
      // A KR shows its latest check-in: one saved with an earlier time (a clock behind another
      // person's, a later check-in imported from a file) is kept but does not move it.
      const latest = keyResult.lastCheckInAt;
      const later =
        latest && Date.parse(latest) > Date.parse(saved.checkIn.at)
          ? formatDay(dayOf(latest), locale)
          : undefined;
      // One recorded for an earlier day says which, on the reader's own calendar.
      const day = dayOf(saved.checkIn.at);
      const params = {
        title: keyResult.title,
        value,
        day: formatDay(day, locale),
        later: later ?? '',
      };
      const message =
        day === today()
          ? later
            ? say(
                'Check-in saved: {title}. Its check-in of {day} is later and stays the latest, so it is still at {value}.',
                { ...params, day: later },
              )
            : say('Check-in saved: {title} is now {value}.', params)
          : later
            ? say(
                'Check-in for {day} saved: {title}. Its check-in of {later} is later and stays the latest, so it is still at {value}.',
                params,
              )
            : say('Check-in for {day} saved: {title} is now {value}.', params);
      const toastId = `${savedToastId}-${saved.checkIn.clientId}`;
      const undo = () => {
        focusAfterUndo(saved.keyResult, board.current);
        dismissToast(toastId);
        repository
          .withdrawCheckIn(
            saved.checkIn,
            { reason: 'Undone right after saving', by: me, at: new Date().toISOString() },
            before ? { before } : {},
          )
          .then((keyResult) => {
            applyCorrection({ keyResult, withdrawn: saved.checkIn });
            tell(
              say('Check-in undone: {title} is back at {value}.', {
                title: keyResult.title,
                value: formatKeyResultMeasure(keyResult, keyResult.current, locale, measure),
              }),
            );
          })
          .catch((error: unknown) => {
            const { title, message: why } = describeError(error);
            dispatchToast(toastMessage(say('The check-in was not undone'), `${title}. ${why}`), {
              intent: 'error',
            });
          });
      };
      const reach = say('Press Ctrl+M to reach Undo.');
      dispatchToast(toastMessage(message, reach, { label: say('Undo'), onClick: undo }), {
        toastId,
        intent: 'success',
        timeout: undoWindowMs,
        pauseOnHover: true,
      });
    },
    [
      savedToastId,
      board,
      dismissToast,
      repository,
      me,
      applyCorrection,
      locale,
      tell,
      dispatchToast,
      say,
      measure,
      describeError,
    ],
  );

  const openCorrection = useCallback(
    (checkIn: CheckIn, mode: CorrectionTarget['mode']) => {
      if (historyOf) setCorrecting({ checkIn, mode, keyResult: historyOf });
    },
    [historyOf],
  );
  return {
    correcting,
    openCorrection,
    closeCorrection: useCallback(() => setCorrecting(undefined), []),
    onCorrected,
    showCheckInSaved,
  };
}
