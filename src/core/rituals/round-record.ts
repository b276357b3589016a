import type { RoundBoard, RoundPhase, RoundPlace } from './round';

/**
 * The meeting's record of its check-in round: where the round is, kept in the meeting's shared
 * records by the facilitator who changes it, so that a client that joins once no facilitator's
 * client is left (the round's shared state is then gone) still learns that a round runs, and where.
 * Any participant may write the records, so what is read back cannot be attributed to a
 * facilitator: it says where a round may be, never what it saved, and nobody runs the round on.
 */
export const roundRecordKey = 'check-in-round';

/** Where a recorded round is, and the board its KRs come from. */
export interface RecordedRound extends RoundPlace {
  readonly board?: RoundBoard;
}

const phases: readonly RoundPhase[] = ['voting', 'revealed', 'saved', 'finished'];
const idLimit = 100;
const keyResultLimit = 500;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= idLimit;
const isIdList = (value: unknown, limit: number): value is string[] =>
  Array.isArray(value) && value.length <= limit && value.every(isId);
const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

/** The round recorded among the meeting's records, if the record there is one. */
export function recordedRound(records: ReadonlyMap<string, unknown>): RecordedRound | undefined {
  const value = records.get(roundRecordKey);
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isId(v.roundId) || !isIdList(v.keyResultIds, keyResultLimit)) return undefined;
  const phase = v.phase as RoundPhase;
  if (!phases.includes(phase) || !isCount(v.attempt) || !isCount(v.position)) return undefined;
  if (phase !== 'finished' && v.position >= v.keyResultIds.length) return undefined;
  const board = readBoard(v.board);
  if (board === null) return undefined;
  return {
    roundId: v.roundId,
    keyResultIds: [...v.keyResultIds],
    position: v.position,
    phase,
    attempt: v.attempt,
    ...(board ? { board } : {}),
  };
}

/** The round's board; `null` when one is there but is not a board. */
function readBoard(value: unknown): RoundBoard | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return null;
  const { teamIds, cycleId } = value as Record<string, unknown>;
  return isIdList(teamIds, keyResultLimit) && isId(cycleId)
    ? { teamIds: [...teamIds], cycleId }
    : null;
}
