import { useCallback, useState } from 'react';
import type { CheckIn, KeyResult } from '../../../core/model';
import type { CheckInHistory } from '../../board/boardView';
import type { BoardDataApi } from '../../board/useBoardData';

/** The check-in dialog of the board: the KR it is open on, if any. */
export interface BoardCheckIn {
  readonly keyResult: KeyResult | undefined;
  readonly open: (keyResult: KeyResult) => void;
  readonly close: () => void;
  readonly onSaved: BoardDataApi['applyCheckIns'];
}

/** The history dialog of the board: the KR it is open on, if any, and its check-ins. */
export interface BoardHistory {
  readonly keyResult: KeyResult | undefined;
  /** Undefined while the board's check-ins are still being read. */
  readonly checkIns: readonly CheckIn[] | undefined;
  readonly open: (keyResult: KeyResult) => void;
  readonly close: () => void;
}

/**
 * A check-in saved shows on the board at once and closes the dialog (the overlays say so, with
 * Undo: `useCheckInCorrections`).
 */
export function useBoardCheckIn(applyCheckIns: BoardDataApi['applyCheckIns']): BoardCheckIn {
  const [keyResult, setKeyResult] = useState<KeyResult | undefined>();
  const onSaved = useCallback<BoardCheckIn['onSaved']>(
    (saved) => {
      applyCheckIns(saved);
      setKeyResult(undefined);
    },
    [applyCheckIns],
  );
  return {
    keyResult,
    open: setKeyResult,
    close: useCallback(() => setKeyResult(undefined), []),
    onSaved,
  };
}

export function useBoardHistory(history: CheckInHistory | undefined): BoardHistory {
  const [keyResult, setKeyResult] = useState<KeyResult | undefined>();
  return {
    keyResult,
    checkIns: history ? (keyResult && history.get(keyResult.id)) || [] : undefined,
    open: setKeyResult,
    close: useCallback(() => setKeyResult(undefined), []),
  };
}
