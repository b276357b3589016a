import { activityKeyResult } from './rule-key-result-activity';
import { baselineKeyResult } from './rule-key-result-baseline';
import { milestoneKeyResult } from './rule-key-result-milestone';
import { multiplierKeyResult } from './rule-key-result-multiplier';
import { binaryKeyResult } from './rule-key-result-binary';
import { measurableKeyResult } from './rule-key-result-measurable';
import { vagueKeyResult } from './rule-key-result-vague';
import { businessAsUsualObjective } from './rule-objective-business-as-usual';
import { compoundObjective } from './rule-objective-compound';
import { metricInObjective } from './rule-objective-metric';
import { negativeObjective } from './rule-objective-negative';
import { objectiveTooLong, objectiveTooShort } from './rule-objective-length';
import { periodLabelObjective } from './rule-objective-period-label';
import { taskObjective } from './rule-objective-task';
import { vagueObjective } from './rule-objective-vague';
import type { TextRule } from './rule';
import type { RhythmRule } from './rule-rhythm';
import { behindPaceConfident } from './rule-rhythm-behind-pace-confident';
import { fallingConfidence } from './rule-rhythm-falling-confidence';
import { highScoreMidCycle } from './rule-rhythm-high-score-mid-cycle';
import { noOwner } from './rule-rhythm-no-owner';
import { staleCheckIn } from './rule-rhythm-stale-check-in';
import type { SetRule } from './rule-set';
import { alignment } from './rule-set-alignment';
import { duplicateKeyResults } from './rule-set-duplicate-key-results';
import { keyResultCount } from './rule-set-key-result-count';
import { objectiveCount } from './rule-set-objective-count';

export const objectiveTextRules: readonly TextRule[] = [
  metricInObjective,
  taskObjective,
  vagueObjective,
  periodLabelObjective,
  compoundObjective,
  negativeObjective,
  businessAsUsualObjective,
  objectiveTooShort,
  objectiveTooLong,
];

export const keyResultTextRules: readonly TextRule[] = [
  measurableKeyResult,
  activityKeyResult,
  vagueKeyResult,
  binaryKeyResult,
  baselineKeyResult,
  multiplierKeyResult,
  milestoneKeyResult,
];

export const setRules: readonly SetRule[] = [
  keyResultCount,
  objectiveCount,
  alignment,
  duplicateKeyResults,
];

export const rhythmRules: readonly RhythmRule[] = [
  staleCheckIn,
  fallingConfidence,
  noOwner,
  highScoreMidCycle,
  behindPaceConfident,
];
