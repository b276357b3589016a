import { tabSettingsFromQuery, tabSettingsToQuery } from '../../../host/tab-settings';
import type { TabSettings } from '../../../host/types';
import type { RoundSetup } from '../../../core/rituals';

/**
 * The stage page's URL carries the round: its id, the KRs in order, and the board they come
 * from (team scope and cycle, in the tab settings' own encoding), e.g.
 * `stage.html?teams=12&cycle=3&round=…&krs=41,42`.
 */
export interface StageRound extends RoundSetup {
  readonly board: TabSettings;
}

const idPattern = /^[A-Za-z0-9_-]{1,40}$/;

export function stageQuery(round: StageRound): string {
  if (!idPattern.test(round.roundId)) throw new Error(`Not a round id: ${round.roundId}`);
  if (round.keyResultIds.length === 0) throw new Error('Pick at least one key result.');
  const query = new URLSearchParams(tabSettingsToQuery(round.board));
  query.set('round', round.roundId);
  query.set('krs', round.keyResultIds.map(encodeURIComponent).join(','));
  return query.toString();
}

/**
 * The stage of a round as its shared state holds it, with the board it was shared from: the
 * side panel shares it again from there, never from its own tab's settings (changed meanwhile, it
 * would open the round's KRs on another board). A round that does not say its board is refused.
 */
export function stageRoundOf(round: RoundSetup): StageRound {
  if (!round.board?.cycleId) {
    throw new Error(
      'This round does not say which board its key results are from: share it to the stage again from the check-in list.',
    );
  }
  return { roundId: round.roundId, keyResultIds: round.keyResultIds, board: round.board };
}

/** The round a stage URL names, or undefined when it names none (or not a well-formed one). */
export function stageRoundFromQuery(query: string | URLSearchParams): StageRound | undefined {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const board = tabSettingsFromQuery(params);
  const roundId = params.get('round') ?? '';
  const krs = params.get('krs') ?? '';
  if (!board || !idPattern.test(roundId) || krs === '') return undefined;
  try {
    const keyResultIds = [...new Set(krs.split(',').filter(Boolean).map(decodeURIComponent))];
    return keyResultIds.length ? { roundId, keyResultIds, board } : undefined;
  } catch {
    return undefined;
  }
}
