/**
 * Figures 1 and 2: Graph round trips, counted at the emulator (top-level HTTP requests, a
 * `$batch` counting once, and the sub-requests inside batches).
 */
import type { EmulatorStats } from '../src/dev/graph-emulator';
import type { CheckInDraft } from '../src/store/repository';
import {
  benchAuthor,
  createSyntheticBoard,
  type LocalGraph,
  type SyntheticBoard,
} from './local-graph';
import { counting, type Check, type Figure } from './report';

export const boardSizes = [10, 100, 1000, 5000] as const;
export const checkInCounts = [10, 100, 1000] as const;
/** Graph's limit of requests in one JSON batch. */
export const BATCH_LIMIT = 20;

export interface RequestCount {
  /** Top-level HTTP requests the emulator received. */
  readonly requests: number;
  readonly batches: number;
  readonly subRequests: number;
}

function countOf(stats: EmulatorStats): RequestCount {
  return { requests: stats.total, batches: stats.batches, subRequests: stats.batchSubRequests };
}

/** Runs `work` and returns what the emulator received meanwhile. */
export async function counted<T>(
  graph: LocalGraph,
  work: () => Promise<T>,
): Promise<{ result: T; count: RequestCount }> {
  graph.emulator.resetStats();
  const result = await work();
  return { result, count: countOf(graph.emulator.stats()) };
}

export function requestsNote(count: RequestCount): string {
  return `${counting(count.batches, '$batch', '$batches')}, ${counting(count.subRequests, 'sub-request')}`;
}

/** Holds when every value is the same; the detail names them. */
export function sameAtEverySize(
  label: string,
  bySize: readonly { readonly size: number; readonly value: number }[],
): Check {
  const values = new Set(bySize.map((entry) => entry.value));
  const detail = bySize
    .map((entry) => `${entry.value} at ${entry.size.toLocaleString('en-US')}`)
    .join(', ');
  return { label, holds: values.size === 1, detail };
}

/** The fewest `$batch` requests that can carry `n` writes of each of `kinds` kinds. */
export function minimumRequests(n: number, kinds: number): number {
  return kinds * Math.ceil(n / BATCH_LIMIT);
}

export interface BoardLoadFigures {
  readonly size: number;
  /** A repository that has opened the site before (the tab after its first screen). */
  readonly warm: RequestCount;
  /** A new repository: the site and its lists are looked up first. */
  readonly cold: RequestCount;
  /** `checkInHistory` of every KR on the board (per-KR history for trends). */
  readonly historyByIds: RequestCount;
  /** `cycleCheckInHistory` of the board's cycle. */
  readonly historyByCycle: RequestCount;
}

export async function createBoards(
  graph: LocalGraph,
  sizes: readonly number[],
): Promise<Map<number, SyntheticBoard>> {
  const boards = new Map<number, SyntheticBoard>();
  for (const size of sizes) {
    boards.set(size, await createSyntheticBoard(graph, `Board of ${size}`, { keyResults: size }));
  }
  return boards;
}

export async function measureBoardLoads(
  graph: LocalGraph,
  boards: ReadonlyMap<number, SyntheticBoard>,
): Promise<{ figures: Figure[]; checks: Check[]; data: BoardLoadFigures[] }> {
  const warmRepository = graph.repository();
  await warmRepository.listTeams();
  const results: BoardLoadFigures[] = [];
  for (const [size, board] of boards) {
    const query = { cycleId: board.cycle.id, teamIds: [board.teamId] };
    const warm = await counted(graph, () => warmRepository.loadBoard(query));
    if (warm.result.keyResults.length !== size) {
      throw new Error(`The board of ${size} KRs loaded ${warm.result.keyResults.length}.`);
    }
    const cold = await counted(graph, () => graph.repository().loadBoard(query));
    const ids = warm.result.keyResults.map((kr) => kr.id);
    const historyByIds = await counted(graph, () => warmRepository.checkInHistory(ids));
    const historyByCycle = await counted(graph, () =>
      warmRepository.cycleCheckInHistory(board.cycle.id),
    );
    results.push({
      size,
      warm: warm.count,
      cold: cold.count,
      historyByIds: historyByIds.count,
      historyByCycle: historyByCycle.count,
    });
  }

  const reads: readonly {
    key: Exclude<keyof BoardLoadFigures, 'size'>;
    name: string;
    note?: string;
  }[] = [
    { key: 'warm', name: 'loadBoard' },
    {
      key: 'cold',
      name: 'loadBoard in a new repository',
      note: "the site's lists are looked up first",
    },
    { key: 'historyByIds', name: "checkInHistory(the board's KR ids)" },
    { key: 'historyByCycle', name: 'cycleCheckInHistory(cycle)' },
  ];
  const figures: Figure[] = reads.flatMap(({ key, name, note }) =>
    results.map((r) => ({
      label: `${name}, ${r.size.toLocaleString('en-US')} KRs`,
      value: r[key].requests,
      unit: 'HTTP requests',
      note: [requestsNote(r[key]), ...(note ? [note] : [])].join('; '),
    })),
  );
  const checks: Check[] = reads.map(({ key, name }) =>
    sameAtEverySize(
      `${name}: the same number of HTTP requests at every size`,
      results.map((r) => ({ size: r.size, value: r[key].requests })),
    ),
  );
  return { figures, checks, data: results };
}

export interface CheckInWriteFigures {
  readonly checkIns: number;
  readonly count: RequestCount;
  readonly byStatus: Record<string, number>;
  readonly minimum: number;
}

/** One check-in per KR of a loaded board, through `saveCheckIns`, as the repository's caller sends them. */
export async function measureCheckInWrites(
  graph: LocalGraph,
  boards: ReadonlyMap<number, SyntheticBoard>,
  counts: readonly number[] = checkInCounts,
): Promise<{ figures: Figure[]; checks: Check[]; data: CheckInWriteFigures[] }> {
  const data: CheckInWriteFigures[] = [];
  for (const n of counts) {
    const board = boards.get(n);
    if (!board) throw new Error(`No board of ${n} KRs to check in on.`);
    const repository = graph.repository();
    const loaded = await repository.loadBoard({ cycleId: board.cycle.id, teamIds: [board.teamId] });
    await repository.loadOperatingModel();
    const now = new Date().toISOString();
    const drafts: CheckInDraft[] = loaded.keyResults.map((kr, index) => ({
      clientId: `bench-write-${kr.id}`,
      keyResultId: kr.id,
      keyResultVersion: kr.version,
      value: kr.kind === 'binary' ? 1 : kr.current + 1 + (index % 3),
      confidence: 7,
      note: 'bench',
      author: benchAuthor,
      at: now,
      source: 'excel',
    }));
    graph.emulator.resetStats();
    const report = await repository.saveCheckIns(drafts);
    const stats = graph.emulator.stats();
    if (report.saved.length !== n) {
      throw new Error(
        `saveCheckIns saved ${report.saved.length} of ${n} (${report.failed[0]?.error.message ?? `${report.conflicts.length} conflicts`}).`,
      );
    }
    data.push({
      checkIns: n,
      count: countOf(stats),
      byStatus: stats.subRequestsByStatus,
      minimum: minimumRequests(n, 2),
    });
  }
  return {
    figures: data.map((d) => ({
      label: `repository.saveCheckIns, ${d.checkIns.toLocaleString('en-US')} check-ins`,
      value: d.count.requests,
      unit: 'HTTP requests',
      note: `minimum ${d.minimum} (2 kinds of write × ceil(${d.checkIns}/20)); ${requestsNote(d.count)}`,
    })),
    checks: [
      {
        label: 'repository.saveCheckIns sends the minimum number of requests',
        holds: data.every((d) => d.count.requests === d.minimum),
        detail: data.map((d) => `${d.count.requests}/${d.minimum}`).join(', '),
      },
    ],
    data,
  };
}
