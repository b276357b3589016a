import { coachObjective, type Finding } from '../../../core/coaching';
import type { Objective } from '../../../core/model';
import type { OperatingModel } from '../../../core/operating-model';
import type { Board } from '../../../store/repository';

/** The coach's findings on an objective being written, on a board. */
export function coachNewObjective(
  objective: Objective,
  board: Board,
  model: OperatingModel,
): Finding[] {
  return coachObjective(objective, board.keyResults, {
    model,
    locale: model.locale,
    teams: board.teams,
    objectives: board.objectives,
  }).filter((finding) => !noKeyResultsYet(finding));
}

/**
 * Every objective starts with no key results: while it is written that is not a fault, so the
 * coach leaves it out (the board's card keeps reminding until key results exist).
 */
function noKeyResultsYet(finding: Finding): boolean {
  return finding.rule === 'set.key-result-count' && finding.params.count === 0;
}
