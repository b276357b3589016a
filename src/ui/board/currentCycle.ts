import { currentContenders, currentCycle } from '../../core/cycles';
import type { Cycle, IsoDate } from '../../core/model';
import type { OkrRepository } from '../../store/repository';

/**
 * What "current" resolves to on this page, by key: the header's switcher and the board ask
 * together and share one read, and a tab does not move to another cycle while it is open (a
 * change of the cycles is a new key).
 */
const resolved = new WeakMap<OkrRepository, Map<string, Promise<Cycle | undefined>>>();

/**
 * The cycle teams work in on `today` by the core's rule (`currentCandidates`). Which of several
 * equally near cycles holds the teams' OKRs (every team's, without `teamIds`) is asked of the
 * store, once, only when there are several: answered at once otherwise. A failed read leaves the
 * rule without it.
 */
export function currentCycleOf(
  repository: OkrRepository,
  cycles: readonly Cycle[],
  teamIds: readonly string[] | undefined,
  today: IsoDate,
): Cycle | undefined | Promise<Cycle | undefined> {
  const contenders = currentContenders(cycles, today);
  if (contenders.length < 2) return currentCycle(cycles, today);
  const key = JSON.stringify([
    today,
    teamIds ?? [],
    cycles.map((cycle) => [cycle.id, cycle.state, cycle.start, cycle.end]),
  ]);
  const known = resolved.get(repository) ?? new Map<string, Promise<Cycle | undefined>>();
  resolved.set(repository, known);
  let answer = known.get(key);
  if (!answer) {
    answer = repository
      .cyclesWithObjectives(
        contenders.map((cycle) => cycle.id),
        teamIds,
      )
      .then(
        (holding) => currentCycle(cycles, today, holding),
        () => {
          known.delete(key);
          return currentCycle(cycles, today);
        },
      );
    known.set(key, answer);
  }
  return answer;
}
