import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ItemLinkTarget } from '../../host/types';
import type { Board } from '../../store/repository';
import { useAppServices } from '../app/AppServices';
import type { BoardData, BoardRequest } from '../board/useBoardData';
import type { BoardFocusTarget } from '../components/Board/Board.types';
import { useModuleAfterPaint } from '../hooks/useModuleAfterPaint';
import { reloadable } from '../../reloadable';
import type { Say } from '../board/say';
import type { LocatedTarget } from './locateTarget';

const loadLandLink = reloadable(() => import('./landLink'));

/** The board a link's target is on: its team (when the store still has it) and cycle. */
export interface BoardPlace {
  readonly team: string | undefined;
  readonly cycle: string;
}

/** Another team's or cycle's board, shown instead of the screen's own because it holds the target. */
export interface Detour {
  readonly request: BoardRequest;
  readonly where: BoardPlace;
  /** What was loaded when the detour was taken: the detour's board is whatever loads after it. */
  readonly from: BoardData;
}

/** What the board screen says about the link it was opened with. */
export type DeepLinkNotice =
  | { readonly kind: 'searching' }
  | { readonly kind: 'detour'; readonly where: BoardPlace; readonly located: LocatedTarget }
  | { readonly kind: 'notFound'; readonly target: ItemLinkTarget }
  | { readonly kind: 'failed'; readonly error: unknown };

type Step =
  | { readonly step: 'idle' }
  | { readonly step: 'pending'; readonly target: ItemLinkTarget }
  | { readonly step: 'searching'; readonly target: ItemLinkTarget }
  | { readonly step: 'landed'; readonly located: LocatedTarget; readonly focus: BoardFocusTarget }
  | { readonly step: 'notFound'; readonly target: ItemLinkTarget }
  | { readonly step: 'failed'; readonly error: unknown };

export interface LinkState {
  readonly step: Step;
  readonly detour?: Detour;
}

export interface DeepLink {
  /** The board to load: the screen's own, or the one that holds the link's target. */
  readonly request: BoardRequest;
  /** False while another team's board is shown for the link, whatever the screen asked. */
  readonly mine: boolean;
  readonly state: LinkState;
  readonly setState: (state: LinkState) => void;
}

export interface DeepLinkLanding {
  readonly notice: DeepLinkNotice | undefined;
  /** Back to the screen's own board; the notice goes. */
  readonly dismiss: () => void;
  /** Set once the board shows the target. */
  readonly focus: BoardFocusTarget | undefined;
  readonly landed: LocatedTarget | undefined;
  /** Says where the link landed, once it did: "Opened from a link: the key result …". */
  readonly announcement: ((landed: LocatedTarget, opened: boolean, say: Say) => string) | undefined;
}

/**
 * Opens a board at the objective or KR a deep link names (`host.context.deepLinkTarget`, or
 * `opening` when the app itself opens the board at one). Call it before loading the board, whose
 * request it may change, and give what loaded to `useDeepLinkLanding`.
 */
export function useDeepLink(
  request: BoardRequest,
  mine: boolean,
  opening?: ItemLinkTarget,
): DeepLink {
  const { host } = useAppServices();
  const [state, setState] = useState<LinkState>(() => {
    const target = opening ?? host.context.deepLinkTarget;
    // A link to a filtered view opens the screen's own board; the filter is the board's to apply.
    return {
      step: target && target.type !== 'boardView' ? { step: 'pending', target } : { step: 'idle' },
    };
  });
  return {
    request: state.detour?.request ?? request,
    mine: state.detour ? false : mine,
    state,
    setState,
  };
}

/**
 * When the board holds the link's target, it is the one to focus. When not, the board that holds
 * it is looked for and shown instead, with a way back; when no board holds it, the notice says
 * so (`landLink`, loaded with a link only).
 */
export function useDeepLinkLanding(
  link: DeepLink,
  data: BoardData,
  shown: Board | undefined,
): DeepLinkLanding {
  const { repository } = useAppServices();
  const { state, setState } = link;
  const { step } = state;
  const land = useModuleAfterPaint(loadLandLink, step.step !== 'idle');
  useEffect(() => {
    land?.advance(state, setState, data, shown, repository);
  }, [land, state, data, shown, repository, setState]);

  const dismiss = useCallback(() => setState({ step: { step: 'idle' } }), [setState]);
  const notice = useMemo(() => land?.noticeOf(state), [land, state]);
  const landed = step.step === 'landed' ? step.located : undefined;
  return {
    notice,
    dismiss,
    focus: step.step === 'landed' ? step.focus : undefined,
    landed,
    announcement: land && landed ? land.landedAnnouncement : undefined,
  };
}
