import { activityKeyResult } from './rule-key-result-activity';
import { baselineKeyResult } from './rule-key-result-baseline';
import { binaryKeyResult } from './rule-key-result-binary';
import { measurableKeyResult } from './rule-key-result-measurable';
import { vagueKeyResult } from './rule-key-result-vague';
import { businessAsUsualObjective } from './rule-objective-business-as-usual';
import { compoundObjective } from './rule-objective-compound';
import { metricInObjective } from './rule-objective-metric';
import { negativeObjective } from './rule-objective-negative';
import { objectiveTooLong, objectiveTooShort } from './rule-objective-length';
import { taskObjective } from './rule-objective-task';
import { vagueObjective } from './rule-objective-vague';
import type { TextRule } from './rule';

export const objectiveTextRules: readonly TextRule[] = [
  metricInObjective,
  taskObjective,
  vagueObjective,
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
];
