import type { Board, OkrRepository } from '../../store/repository';
import type { BoardData } from '../board/useBoardData';
import type { Say } from '../board/say';
import { findTarget, locateOnBoard, type LocatedTarget } from './locateTarget';
import type { DeepLinkNotice, Detour, LinkState } from './useDeepLink';

/*
 * Landing a deep link on the board, and looking for its target on other teams' and cycles' boards
 * when the board shown does not hold it: a chunk of its own, loaded when a link (or the coach
 * view's opening) names an objective or KR, never with the board's first screen.
 */

/** The board a detour left is what shows: another cycle's, or the very board it left. */
function stillShown(board: Board, detour: Detour): boolean {
  return (
    board.cycle.id !== detour.request.cycleId ||
    (detour.from.status === 'ready' && board === detour.from.board)
  );
}

/**
 * The link's next step once the board is read: land on the target when the board holds it;
 * when not (another team, another cycle, or not the user's own in "My OKRs"), look for the board
 * that holds it, to show instead; when none does, say so. Each link is acted on once.
 */
export function advance(
  state: LinkState,
  setState: (state: LinkState) => void,
  data: BoardData,
  shown: Board | undefined,
  repository: OkrRepository,
): void {
  const { step, detour } = state;
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
                where: { team: found.team?.name, cycle: found.cycle.name },
                from: data,
              },
            }
          : { step: { step: 'notFound', target } },
      ),
    )
    .catch((error: unknown) => setState({ step: { step: 'failed', error } }));
}

/** What the board screen says about the link: nothing once it simply landed on this board. */
export function noticeOf({ step, detour }: LinkState): DeepLinkNotice | undefined {
  switch (step.step) {
    case 'searching':
      return { kind: 'searching' };
    case 'notFound':
      return { kind: 'notFound', target: step.target };
    case 'failed':
      return { kind: 'failed', error: step.error };
    case 'landed':
      return detour ? { kind: 'detour', where: detour.where, located: step.located } : undefined;
    default:
      return undefined;
  }
}

/** "Opened from a link: the key result “Raise NPS to 50” of “…”.", in the reader's language. */
export function landedAnnouncement(
  { objective, keyResult }: LocatedTarget,
  opened: boolean,
  say: Say,
): string {
  const what = keyResult
    ? say('the key result “{title}” of “{objective}”', {
        title: keyResult.title,
        objective: objective.title,
      })
    : say('the objective “{title}”', { title: objective.title });
  return say(opened ? 'Opened: {what}.' : 'Opened from a link: {what}.', { what });
}
