import { useCallback, useEffect, useMemo, useRef } from 'react';
import { currentCycle } from '../../core/cycles';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../core/model';
import { ResyncRequiredError } from '../../store/errors';
import { nextTask } from '../../store/next-task';
import type { Board, OkrRepository } from '../../store/repository';
import { useAppServices } from '../app/AppServices';
import { today } from '../app/today';
import { useDataUpdates } from '../app/useDataUpdates';
import { afterNextPaint } from '../hooks/afterNextPaint';
import { useAsyncResource } from '../hooks/useAsyncResource';
import type { CheckInHistory } from './boardView';
import { currentCycleOf } from './currentCycle';
import { applyBoardChanges, inTimeOrder, liveRefreshMs } from './liveChanges';

export { today };

export interface BoardRequest {
  /** A cycle id, or `current` for the cycle running today. */
  readonly cycleId: string;
  /** Only these teams; every team when omitted. */
  readonly teamIds?: readonly string[];
}

export type BoardData =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'noCycle' }
  | {
      readonly status: 'ready';
      readonly board: Board;
      /**
       * Undefined while the check-ins are read, on a board shown as stored before them (see
       * `BoardDataOptions.storedFirst`): trends and histories are not known yet, nothing else
       * is missing.
       */
      readonly history: CheckInHistory | undefined;
    };

export interface BoardDataOptions {
  /**
   * Show the board as soon as its own lists are read, before the cycle's check-ins (a large
   * board's check-ins are several times its KRs, page after page): `history` is undefined
   * until they are in, then the board follows any KR the read put in step with them.
   */
  readonly storedFirst?: boolean;
}

/** The whole read: the board put in step with its check-ins, and the check-ins. */
interface WholeBoard {
  readonly board: Board;
  readonly history: CheckInHistory;
}

/** What a read found: the board and its history, or nothing when there is no such cycle. */
type BoardRead =
  | {
      readonly board: Board;
      readonly history: CheckInHistory | undefined;
      /** A board shown as stored: the rest of its read, and what was shown from it. */
      readonly following?: {
        readonly stored: Board;
        readonly whole: Promise<WholeBoard>;
        /** Check-ins saved here before the history came in (it may have been read before). */
        readonly saved: readonly CheckIn[];
      };
      /** The rest of the read failed: the board cannot be trusted, nor saved on. */
      readonly failed?: { readonly error: unknown };
    }
  | { readonly board?: undefined; readonly history?: undefined; readonly failed?: undefined };

/** A correction made: the KR as it now reads, and the check-in corrected or withdrawn. */
export type Corrected =
  | { readonly keyResult: KeyResult; readonly corrected: CheckIn }
  | { readonly keyResult: KeyResult; readonly withdrawn: CheckIn };

export interface BoardDataApi {
  readonly data: BoardData;
  readonly reload: () => void;
  /** Shows saved check-ins and the KRs they moved, without reloading. */
  readonly applyCheckIns: (saved: readonly { checkIn: CheckIn; keyResult: KeyResult }[]) => void;
  /** Shows a corrected or withdrawn check-in and the KR that followed it, without reloading. */
  readonly applyCorrection: (corrected: Corrected) => void;
  readonly applyObjective: (objective: Objective) => void;
  readonly applyKeyResult: (keyResult: KeyResult) => void;
  /** Takes deleted objectives and KRs off the board, without reloading. */
  readonly applyDeleted: (deleted: {
    readonly objectiveIds: readonly string[];
    readonly keyResultIds: readonly string[];
  }) => void;
}

const noHistory: CheckInHistory = new Map();

/**
 * The cycle a board asks for: the one of that id, or for `current` the one its teams work in now
 * (`currentCycleOf`: when several are equally near, one holding their OKRs).
 */
export function resolveCycle(
  repository: OkrRepository,
  cycles: readonly Cycle[],
  request: BoardRequest,
): Cycle | undefined | Promise<Cycle | undefined> {
  if (request.cycleId !== 'current') return cycles.find((cycle) => cycle.id === request.cycleId);
  return currentCycleOf(repository, cycles, request.teamIds, today());
}

function upsert<T extends { readonly id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  return index < 0 ? [...items, item] : items.map((existing, i) => (i === index ? item : existing));
}

/**
 * A read that found what is shown: kept as shown, so nothing re-renders (a board read again on
 * every focus and every refresh would otherwise re-render whole, under whatever dialog is open).
 */
function sameContent(read: unknown, shown: unknown): boolean {
  return JSON.stringify(read) === JSON.stringify(shown);
}

/**
 * The whole read, arrived after the board was shown as stored: its KRs put in step with their
 * check-ins replace the stored ones, unless changed here meanwhile (a save's answer is newer);
 * check-ins saved here meanwhile stay in the history.
 */
function followWhole(
  shown: Board,
  following: NonNullable<Extract<BoardRead, { board: Board }>['following']>,
  whole: WholeBoard,
): [Board, CheckInHistory] {
  let history = whole.history;
  for (const checkIn of following.saved) {
    const previous = history.get(checkIn.keyResultId) ?? [];
    if (previous.some((c) => c.clientId === checkIn.clientId)) continue;
    history = new Map(history).set(checkIn.keyResultId, inTimeOrder(previous, checkIn));
  }
  if (whole.board === following.stored) return [shown, history];
  const stored = new Map(following.stored.keyResults.map((kr) => [kr.id, kr]));
  const inStep = new Map(
    whole.board.keyResults
      .filter((kr) => stored.has(kr.id) && stored.get(kr.id) !== kr)
      .map((kr) => [kr.id, kr]),
  );
  if (inStep.size === 0) return [shown, history];
  const keyResults = shown.keyResults.map((kr) =>
    inStep.has(kr.id) && stored.get(kr.id) === kr ? inStep.get(kr.id)! : kr,
  );
  return [{ ...shown, keyResults }, history];
}

/**
 * Loads a board and its check-in history: cycles, then board and history together — a fixed
 * number of calls. What the repository served from its cache is replaced when it revalidates.
 */
export function useBoardData(
  request: BoardRequest,
  { storedFirst = false }: BoardDataOptions = {},
): BoardDataApi {
  const { repository } = useAppServices();
  const teamKey = request.teamIds?.join(',');
  const changeToken = useRef<string | undefined>(undefined);
  /** The first change token while it is being asked for: no refresh runs before it is in. */
  const tokenPending = useRef<Promise<void> | undefined>(undefined);
  /** Tells the repository that what the current read showed is on screen (`onStored`). */
  const onScreen = useRef<() => void>(() => undefined);

  const read = useCallback(
    async (cycle: Cycle, signal: AbortSignal): Promise<BoardRead> => {
      const options = { signal };
      const teamIds = teamKey ? teamKey.split(',') : undefined;
      // The cycle's whole history in one query whatever the board's size, alongside the board
      // (a team's board gets other teams' check-ins too, and ignores them).
      const query = { cycleId: cycle.id, ...(teamIds ? { teamIds } : {}) };
      // The live refresh's first change token comes with the board's read, taken before its
      // lists are read (a token asked for beside the read could be taken after a change made
      // while the board was read, which would then never show); no refresh runs before it is in.
      changeToken.current = undefined;
      let takeToken: (token: string | undefined) => void = () => undefined;
      const start = new Promise<void>((resolve) => {
        takeToken = (token) => {
          if (!signal.aborted) changeToken.current = token;
          resolve();
        };
      });
      tokenPending.current = start;
      void start.finally(() => {
        if (tokenPending.current === start) tokenPending.current = undefined;
      });
      let showStored: ((board: Board) => void) | undefined;
      const stored = new Promise<Board>((resolve) => (showStored = resolve));
      onScreen.current();
      const shown = new Promise<void>((resolve) => (onScreen.current = resolve));
      const board = repository.loadBoard(query, {
        ...options,
        onChangeToken: takeToken,
        ...(storedFirst
          ? {
              onStored: (board: Board) => {
                showStored?.(board);
                return shown;
              },
            }
          : {}),
      });
      const whole = Promise.all([board, repository.cycleCheckInHistory(cycle.id, options)]).then(
        ([board, history]): WholeBoard => ({ board, history }),
      );
      if (!storedFirst) return whole;
      // Also a board served whole (from the cache) while its history is still read.
      board.then(showStored, () => undefined);
      // Followed once shown (below); a failure then fails the board.
      whole.catch(() => undefined);
      return Promise.race([
        whole,
        // A task later, so that a board and history both at hand (cached) show together.
        stored.then(async (board) => {
          await nextTask();
          return { board, history: undefined, following: { stored: board, whole, saved: [] } };
        }),
      ]);
    },
    [repository, teamKey, storedFirst],
  );
  const load = useCallback(
    async (signal: AbortSignal): Promise<BoardRead> => {
      const teamIds = teamKey ? teamKey.split(',') : undefined;
      const cycles = await repository.listCycles({ signal });
      const resolution = resolveCycle(repository, cycles, {
        cycleId: request.cycleId,
        ...(teamIds ? { teamIds } : {}),
      });
      if (!(resolution instanceof Promise)) return resolution ? read(resolution, signal) : {};
      // The store is asked which cycle holds the teams' OKRs: meanwhile the board of the one the
      // rule names without that is read, and kept when it is the one (as it is when it holds
      // them), so the board takes no round trip more.
      const guess = currentCycle(cycles, today());
      const guessing = new AbortController();
      const stopGuessing = () => guessing.abort();
      signal.addEventListener('abort', stopGuessing);
      const guessed = guess ? read(guess, guessing.signal) : undefined;
      guessed?.catch(() => undefined);
      const cycle = await resolution;
      // A board kept goes on following the read's signal (a reload or a closed tab ends it).
      if (guessed && cycle?.id === guess?.id) return guessed;
      signal.removeEventListener('abort', stopGuessing);
      guessing.abort();
      return cycle ? read(cycle, signal) : {};
    },
    [repository, request.cycleId, teamKey, read],
  );
  // A board the repository holds already (a reopened tab's cache) is in the first render, with
  // its check-ins or (`storedFirst`) before them; not when the store must say which cycle is
  // current. It is then read as ever: served as held, and revalidated.
  const resource = useAsyncResource(load, {
    initial: (): BoardRead | undefined => {
      const held = repository.held;
      const teamIds = teamKey ? { teamIds: teamKey.split(',') } : {};
      const cycles = held?.cycles();
      const cycle =
        cycles && resolveCycle(repository, cycles, { cycleId: request.cycleId, ...teamIds });
      if (!cycle || cycle instanceof Promise) return undefined;
      const board = held!.board({ cycleId: cycle.id, ...teamIds });
      const history = held!.checkInHistory(cycle.id);
      return board && (history || storedFirst) ? { board, history } : undefined;
    },
  });
  const { reload } = resource;
  // A read's board is on screen once a frame showing it (or its failure) has been painted; the
  // read's further work waits until then. A screen that goes away lets it go at once.
  const settled = resource.data.status !== 'loading';
  useEffect(() => {
    if (!settled) return;
    return afterNextPaint(() => onScreen.current());
  }, [settled, resource.data]);
  useEffect(() => () => onScreen.current(), []);
  const data = useMemo<BoardData>(() => {
    const read = resource.data;
    if (read.status !== 'ready') return read;
    if (read.failed) return { status: 'error', error: read.failed.error };
    return read.board
      ? { status: 'ready', board: read.board, history: read.history }
      : { status: 'noCycle' };
  }, [resource.data]);
  const updateResource = resource.update;

  // A board shown as stored follows the rest of its read: its check-ins, KRs put in step.
  const following =
    resource.data.status === 'ready' && resource.data.board ? resource.data.following : undefined;
  useEffect(() => {
    if (!following) return;
    let current = true;
    following.whole.then(
      (whole: WholeBoard) =>
        current &&
        updateResource((read) => {
          if (!read.board || read.following !== following) return read;
          const [board, history] = followWhole(read.board, following, whole);
          return { board, history };
        }),
      (error: unknown) =>
        current &&
        updateResource((read) =>
          read.board && read.following === following ? { ...read, failed: { error } } : read,
        ),
    );
    return () => {
      current = false;
    };
  }, [following, updateResource]);
  /** Changes the board and its history; while the history is read, the board only. */
  const update = useCallback(
    (change: (board: Board, history: CheckInHistory) => [Board, CheckInHistory]) =>
      updateResource((read) => {
        if (!read.board) return read;
        const [board, history] = change(read.board, read.history ?? noHistory);
        if (board === read.board && history === (read.history ?? noHistory)) return read;
        return read.history ? { board, history } : { ...read, board };
      }),
    [updateResource],
  );

  // Live: what changed elsewhere (the stage, Excel, a colleague) shows without a reload, asked
  // for on a short interval while the page is visible and whenever it gets the focus back.
  // Once the history is in: changes to it are not kept on a board still reading it.
  const liveCycleId = data.status === 'ready' && data.history ? data.board.cycle.id : undefined;
  useEffect(() => {
    if (!liveCycleId) return;
    const abort = new AbortController();
    const teamIds = teamKey ? teamKey.split(',') : undefined;
    const query = { cycleId: liveCycleId, ...(teamIds ? { teamIds } : {}) };
    let asking = false;
    // The board read again in place, with a token of its own: what is shown is replaced, never
    // blanked by a loading state (a deep link's landing, an open dialog stay as they are). The
    // token of now first, then the board: a change made while the board is read comes again
    // with the next changes (put in place a second time, to the same result); read the other
    // way round, a change made between the two reads would never show.
    const readAgain = (options: { readonly signal: AbortSignal }) =>
      repository.changesSince(query, undefined, options).then((start) =>
        Promise.all([
          repository.loadBoard(query, options),
          repository.cycleCheckInHistory(liveCycleId, options),
        ]).then(([board, history]) => {
          if (abort.signal.aborted) return;
          changeToken.current = start.token;
          update((shown, shownHistory) => [
            sameContent(board, shown) ? shown : board,
            sameContent([...history], [...shownHistory]) ? shownHistory : history,
          ]);
        }),
      );
    const refresh = () => {
      if (asking || tokenPending.current || document.visibilityState === 'hidden') return;
      asking = true;
      const token = changeToken.current;
      const options = { signal: abort.signal };
      // No token came with the board's read: one is taken, and the board read again after it.
      (token === undefined
        ? readAgain(options)
        : repository.changesSince(query, token, options).then(
            (changes) => {
              if (abort.signal.aborted) return;
              changeToken.current = changes.token;
              update((board, history) => applyBoardChanges(board, history, changes));
            },
            (error: unknown) => {
              // Anything but a token too old to use (offline, throttled) is asked again next
              // time; a refused one is dropped, and the board read again.
              if (!(error instanceof ResyncRequiredError) || abort.signal.aborted) return;
              changeToken.current = undefined;
              return readAgain(options);
            },
          )
      )
        .catch(() => undefined)
        .finally(() => {
          asking = false;
        });
    };
    const timer = window.setInterval(refresh, liveRefreshMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      abort.abort();
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [liveCycleId, teamKey, repository, update]);

  useDataUpdates((fresh) => {
    if (data.status === 'loading' || data.status === 'error') return;
    const shown = data.status === 'ready' ? data.board.cycle.id : undefined;
    if (fresh.kind === 'cycles') {
      const teamIds = teamKey ? teamKey.split(',') : undefined;
      void Promise.resolve(
        resolveCycle(repository, fresh.value, {
          cycleId: request.cycleId,
          ...(teamIds ? { teamIds } : {}),
        }),
      ).then((cycle) => {
        if (cycle?.id !== shown) reload();
      });
    } else if (
      fresh.kind === 'board' &&
      fresh.query.cycleId === shown &&
      fresh.query.teamIds?.join(',') === teamKey
    ) {
      update((_, history) => [fresh.value, history]);
    } else if (fresh.kind === 'checkInHistory' && fresh.cycleId === shown) {
      update((board) => [board, fresh.value]);
    }
  });
  const applyCheckIns = useCallback<BoardDataApi['applyCheckIns']>(
    (saved) => {
      // Saved before the history came in: kept, to be in it when it comes.
      updateResource((read) =>
        read.board && read.following
          ? {
              ...read,
              following: {
                ...read.following,
                saved: [...read.following.saved, ...saved.map(({ checkIn }) => checkIn)],
              },
            }
          : read,
      );
      update((board, history) => {
        const nextHistory = new Map(history);
        let keyResults = board.keyResults;
        for (const { checkIn, keyResult } of saved) {
          keyResults = upsert(keyResults, keyResult);
          const previous = nextHistory.get(keyResult.id) ?? [];
          if (!previous.some((c) => c.clientId === checkIn.clientId)) {
            nextHistory.set(keyResult.id, inTimeOrder(previous, checkIn));
          }
        }
        return [{ ...board, keyResults }, nextHistory];
      });
    },
    [update, updateResource],
  );
  const applyCorrection = useCallback<BoardDataApi['applyCorrection']>(
    (corrected) =>
      update((board, history) => {
        const { keyResult } = corrected;
        const changed = 'corrected' in corrected ? corrected.corrected : corrected.withdrawn;
        const nextHistory = new Map(history);
        nextHistory.set(
          keyResult.id,
          (history.get(keyResult.id) ?? []).flatMap((checkIn) =>
            checkIn.clientId !== changed.clientId
              ? [checkIn]
              : 'corrected' in corrected
                ? [corrected.corrected]
                : [],
          ),
        );
        return [{ ...board, keyResults: upsert(board.keyResults, keyResult) }, nextHistory];
      }),
    [update],
  );
  const applyObjective = useCallback(
    (objective: Objective) =>
      update((board, history) => [
        { ...board, objectives: upsert(board.objectives, objective) },
        history,
      ]),
    [update],
  );
  const applyKeyResult = useCallback(
    (keyResult: KeyResult) =>
      update((board, history) => [
        { ...board, keyResults: upsert(board.keyResults, keyResult) },
        history,
      ]),
    [update],
  );
  const applyDeleted = useCallback<BoardDataApi['applyDeleted']>(
    ({ objectiveIds, keyResultIds }) =>
      update((board, history) => [
        {
          ...board,
          objectives: board.objectives.filter((o) => !objectiveIds.includes(o.id)),
          keyResults: board.keyResults.filter(
            (kr) => !keyResultIds.includes(kr.id) && !objectiveIds.includes(kr.objectiveId),
          ),
        },
        history,
      ]),
    [update],
  );
  return {
    data,
    reload,
    applyCheckIns,
    applyCorrection,
    applyObjective,
    applyKeyResult,
    applyDeleted,
  };
}
