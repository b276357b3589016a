import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ItemLinkTarget } from '../../host/types';
import type { Board } from '../../store/repository';
import { useAppServices } from '../app/AppServices';
import type { BoardData, BoardRequest } from '../board/useBoardData';
import type { BoardFocusTarget } from '../components/Board/Board.types';
import { describeTarget, findTarget, locateOnBoard, type LocatedTarget } from './locateTarget';

/** Another team's or cycle's board, shown instead of the screen's own because it holds the target. */
export interface Detour {
  readonly request: BoardRequest;
  /** "Sales, Q3 2026". */
  readonly where: string;
  /** What was loaded when the detour was taken: the detour's board is whatever loads after it. */
  readonly from: BoardData;
}

/** What the board screen says about the link it was opened with. */
export type DeepLinkNotice =
  | { readonly kind: 'searching' }
  | { readonly kind: 'detour'; readonly where: string; readonly what: string }
  | { readonly kind: 'notFound'; readonly target: ItemLinkTarget }
  | { readonly kind: 'failed'; readonly error: unknown };

type Step =
  | { readonly step: 'idle' }
  | { readonly step: 'pending'; readonly target: ItemLinkTarget }
  | { readonly step: 'searching'; readonly target: ItemLinkTarget }
  | { readonly step: 'landed'; readonly located: LocatedTarget; readonly focus: BoardFocusTarget }
  | { readonly step: 'notFound'; readonly target: ItemLinkTarget }
  | { readonly step: 'failed'; readonly error: unknown };

interface LinkState {
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

/** The board a detour left is what shows: another cycle's, or the very board it left. */
function stillShown(board: Board, detour: Detour): boolean {
  return (
    board.cycle.id !== detour.request.cycleId ||
    (detour.from.status === 'ready' && board === detour.from.board)
  );
}

/**
 * When the board holds the target, it is the one to focus. When not (another team, another
 * cycle, or not the user's own in "My OKRs"), the board that holds it is looked for and shown
 * instead, with a way back; when no board holds it, the notice says so. Each link is acted on
 * once.
 */
export function useDeepLinkLanding(
  link: DeepLink,
  data: BoardData,
  shown: Board | undefined,
): DeepLinkLanding {
  const { repository } = useAppServices();
  const { state, setState } = link;
  const { step, detour } = state;

  useEffect(() => {
    if (step.step !== 'pending' || data.status === 'loading' || data === detour?.from) return;
    // The board left for the detour may still be shown, read again meanwhile (its check-ins
    // came in, a live change): the target is looked for once the detour's board is in.
    if (detour && data.status === 'ready' && stillShown(data.board, detour)) return;
    if (data.status === 'error') {
      setState({ ...state, step: { step: 'failed', error: data.error } });
      return;
    }
    const located = shown && locateOnBoard(shown, step.target);
    if (located) {
      const focus = {
        objectiveId: located.objective.id,
        ...(located.keyResult ? { keyResultId: located.keyResult.id } : {}),
      };
      setState({ ...state, step: { step: 'landed', located, focus } });
      return;
    }
    const { target } = step;
    if (detour) {
      // The board that held the target no longer does: it was deleted meanwhile.
      setState({ step: { step: 'notFound', target } });
      return;
    }
    setState({ step: { step: 'searching', target } });
    findTarget(repository, target, data.status === 'ready' ? data.board : undefined)
      .then((found) =>
        setState(
          found
            ? {
                step: { step: 'pending', target },
                detour: {
                  request: { cycleId: found.cycle.id, teamIds: [found.objective.teamId] },
                  where: `${found.team?.name ?? 'Another team'}, ${found.cycle.name}`,
                  from: data,
                },
              }
            : { step: { step: 'notFound', target } },
        ),
      )
      .catch((error: unknown) => setState({ step: { step: 'failed', error } }));
  }, [state, step, detour, data, shown, repository, setState]);

  const dismiss = useCallback(() => setState({ step: { step: 'idle' } }), [setState]);
  const notice = useMemo((): DeepLinkNotice | undefined => {
    switch (step.step) {
      case 'searching':
        return { kind: 'searching' };
      case 'notFound':
        return { kind: 'notFound', target: step.target };
      case 'failed':
        return { kind: 'failed', error: step.error };
      case 'landed':
        return detour
          ? { kind: 'detour', where: detour.where, what: describeTarget(step.located) }
          : undefined;
      default:
        return undefined;
    }
  }, [step, detour]);
  return {
    notice,
    dismiss,
    focus: step.step === 'landed' ? step.focus : undefined,
    landed: step.step === 'landed' ? step.located : undefined,
  };
}
