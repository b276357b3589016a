import { useCallback, useEffect } from 'react';
import type { Board } from '../../../store/repository';
import { useSay } from '../../board/say';
import type { BoardData } from '../../board/useBoardData';
import type { BoardFocusTarget } from '../../components/Board/Board.types';
import { useDeepLinkLanding, type DeepLink, type DeepLinkNotice } from '../../deepLink/useDeepLink';
import type { BoardCheckIn, BoardHistory } from './useBoardDialogs';
import type { BoardEditing } from './useBoardEditing';

/** Where a deep link (or the coach view's opening) lands on the board, and what it opens there. */
export interface BoardLanding {
  /** The objective or KR a deep link opened, once the board holds it. */
  readonly focusTarget: BoardFocusTarget | undefined;
  readonly onFocusTargetShown: (target: BoardFocusTarget) => void;
  readonly notice: DeepLinkNotice | undefined;
  /** Back to the screen's own board after a deep link showed another. */
  readonly dismiss: () => void;
  readonly backLabel: string;
}

export interface BoardLandingOptions {
  readonly deepLink: DeepLink;
  readonly data: BoardData;
  readonly board: Board | undefined;
  /** Opened by the screen (the coach view), not by a link. */
  readonly opened: boolean;
  /** The landing opens the editor of what it found, not its history or check-in. */
  readonly edit: boolean;
  /** The screen's own board is My OKRs. */
  readonly ownMine: boolean;
  readonly announce: (message: string) => void;
  readonly openCheckIn: BoardCheckIn['open'];
  readonly openHistory: BoardHistory['open'];
  readonly openEditor: BoardEditing['open'];
}

export function useBoardLanding({
  deepLink,
  data,
  board,
  opened,
  edit,
  ownMine,
  announce,
  openCheckIn,
  openHistory,
  openEditor,
}: BoardLandingOptions): BoardLanding {
  const say = useSay();
  const landing = useDeepLinkLanding(deepLink, data, board);
  const { landed, announcement } = landing;
  useEffect(() => {
    if (landed && announcement) announce(announcement(landed, opened, say));
  }, [landed, announcement, opened, announce, say]);
  // A KR's link opens its history (a reminder's link, its check-in) once the row has focus, so
  // closing the dialog returns there; an opening asked to edit opens the editor instead.
  const onFocusTargetShown = useCallback(
    (target: BoardFocusTarget) => {
      if (landed && edit && board?.cycle.state !== 'closed') {
        openEditor(
          landed.keyResult
            ? { kind: 'keyResult', objective: landed.objective, keyResult: landed.keyResult }
            : { kind: 'objective', objective: landed.objective },
        );
      } else if (landed?.keyResult && landed.keyResult.id === target.keyResultId) {
        // A closed cycle takes no check-in: a reminder's link shows the KR's record instead.
        if (landed.checkIn && board?.cycle.state !== 'closed') openCheckIn(landed.keyResult);
        else openHistory(landed.keyResult);
      }
    },
    [landed, edit, board, openEditor, openCheckIn, openHistory],
  );
  return {
    focusTarget: landing.focus,
    onFocusTargetShown,
    notice: landing.notice,
    dismiss: landing.dismiss,
    backLabel: say(ownMine ? 'Back to My OKRs' : 'Back to this tab’s board'),
  };
}
