import { useCallback, useEffect, useMemo, useRef } from 'react';
import { currentCycle } from '../../core/cycles';
import { toIsoDate } from '../../core/dates';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../core/model';
import { ResyncRequiredError } from '../../store/errors';
import type { Board } from '../../store/repository';
import { useAppServices } from '../app/AppServices';
import { useDataUpdates } from '../app/useDataUpdates';
import { useAsyncResource } from '../hooks/useAsyncResource';
import type { CheckInHistory } from './boardView';
import { applyBoardChanges, liveRefreshMs } from './liveChanges';

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
  | { readonly status: 'ready'; readonly board: Board; readonly history: CheckInHistory };

/** What a read found: the board and its history, or nothing when there is no such cycle. */
type BoardRead =
  | { readonly board: Board; readonly history: CheckInHistory }
  | { readonly board?: undefined; readonly history?: undefined };

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

export function today(): string {
  return toIsoDate(new Date().toISOString());
}

export function resolveCycle(cycles: readonly Cycle[], cycleId: string): Cycle | undefined {
  if (cycleId !== 'current') return cycles.find((cycle) => cycle.id === cycleId);
  return (
    currentCycle(cycles, today()) ??
    [...cycles]
      .filter((c) => c.state === 'active')
      .sort((a, b) => b.start.localeCompare(a.start))[0]
  );
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
 * Loads a board and its check-in history: cycles, then board and history together — a fixed
 * number of calls. What the repository served from its cache is replaced when it revalidates.
 */
export function useBoardData(request: BoardRequest): BoardDataApi {
  const { repository } = useAppServices();
  const teamKey = request.teamIds?.join(',');
  const changeToken = useRef<string | undefined>(undefined);
  /** The first change token while it is being asked for: no refresh runs before it is in. */
  const tokenPending = useRef<Promise<void> | undefined>(undefined);

  const load = useCallback(
    async (signal: AbortSignal): Promise<BoardRead> => {
      const options = { signal };
      const cycle = resolveCycle(await repository.listCycles(options), request.cycleId);
      if (!cycle) return {};
      const teamIds = teamKey ? teamKey.split(',') : undefined;
      // The cycle's whole history in one query whatever the board's size, alongside the board
      // (a team's board gets other teams' check-ins too, and ignores them).
      const query = { cycleId: cycle.id, ...(teamIds ? { teamIds } : {}) };
      // The change token of now, asked for with the board so the live refresh misses nothing,
      // but not waited for: a board served from the cache paints before Graph answers.
      changeToken.current = undefined;
      const start = repository
        .changesSince(query, undefined, options)
        .then((changes) => {
          if (!signal.aborted) changeToken.current = changes.token;
        })
        .catch(() => undefined);
      tokenPending.current = start;
      void start.finally(() => {
        if (tokenPending.current === start) tokenPending.current = undefined;
      });
      const [board, history] = await Promise.all([
        repository.loadBoard(query, options),
        repository.cycleCheckInHistory(cycle.id, options),
      ]);
      return { board, history };
    },
    [repository, request.cycleId, teamKey],
  );
  const resource = useAsyncResource(load);
  const { reload } = resource;
  const data = useMemo<BoardData>(() => {
    const read = resource.data;
    if (read.status !== 'ready') return read;
    return read.board
      ? { status: 'ready', board: read.board, history: read.history }
      : { status: 'noCycle' };
  }, [resource.data]);
  const updateResource = resource.update;
  const update = useCallback(
    (change: (board: Board, history: CheckInHistory) => [Board, CheckInHistory]) =>
      updateResource((read) => {
        if (!read.board) return read;
        const [board, history] = change(read.board, read.history);
        if (board === read.board && history === read.history) return read;
        return { board, history };
      }),
    [updateResource],
  );

  // Live: what changed elsewhere (the stage, Excel, a colleague) shows without a reload, asked
  // for on a short interval while the page is visible and whenever it gets the focus back.
  const liveCycleId = data.status === 'ready' ? data.board.cycle.id : undefined;
  useEffect(() => {
    if (!liveCycleId) return;
    const abort = new AbortController();
    const teamIds = teamKey ? teamKey.split(',') : undefined;
    const query = { cycleId: liveCycleId, ...(teamIds ? { teamIds } : {}) };
    let asking = false;
    const refresh = () => {
      if (asking || tokenPending.current || document.visibilityState === 'hidden') return;
      asking = true;
      const token = changeToken.current;
      repository
        .changesSince(query, token, { signal: abort.signal })
        .then((changes) => {
          if (abort.signal.aborted) return;
          changeToken.current = changes.token;
          if (token !== undefined)
            update((board, history) => applyBoardChanges(board, history, changes));
        })
        .catch((error: unknown) => {
          // Anything but a token too old to use (offline, throttled) is asked again next time.
          if (!(error instanceof ResyncRequiredError) || abort.signal.aborted) return;
          // Read the board again in place, with a new token: what is shown is replaced, never
          // blanked by a loading state (a deep link's landing, an open dialog stay as they are).
          changeToken.current = undefined;
          return Promise.all([
            repository.loadBoard(query, { signal: abort.signal }),
            repository.cycleCheckInHistory(liveCycleId, { signal: abort.signal }),
            repository.changesSince(query, undefined, { signal: abort.signal }),
          ]).then(([board, history, start]) => {
            if (abort.signal.aborted) return;
            changeToken.current = start.token;
            update((shown, shownHistory) => [
              sameContent(board, shown) ? shown : board,
              sameContent([...history], [...shownHistory]) ? shownHistory : history,
            ]);
          });
        })
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
      if (resolveCycle(fresh.value, request.cycleId)?.id !== shown) reload();
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
    (saved) =>
      update((board, history) => {
        const nextHistory = new Map(history);
        let keyResults = board.keyResults;
        for (const { checkIn, keyResult } of saved) {
          keyResults = upsert(keyResults, keyResult);
          const previous = nextHistory.get(keyResult.id) ?? [];
          if (!previous.some((c) => c.clientId === checkIn.clientId)) {
            nextHistory.set(keyResult.id, [...previous, checkIn]);
          }
        }
        return [{ ...board, keyResults }, nextHistory];
      }),
    [update],
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
