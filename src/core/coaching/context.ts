import type {
  CheckIn,
  Cycle,
  DayOf,
  IsoDate,
  KeyResult,
  Objective,
  OperatingModel,
  Team,
} from './core-api';
import type { RuleSets } from './language';

/**
 * What the engine may know beyond the item it coaches. Only `model` is required; rules that need
 * more (today's date and the cycle for rhythm, teams for alignment) stay silent without it.
 * `today` comes with `dayOf`, the day a check-in counts on on the same clock: the user's, on a
 * surface (`src/ui/app/today.ts`).
 */
export type CoachingContext = CoachingFacts &
  (
    | { readonly today?: undefined; readonly dayOf?: undefined }
    | { readonly today: IsoDate; readonly dayOf: DayOf }
  );

interface CoachingFacts {
  readonly model: OperatingModel;
  /** The language of the findings' messages (the wording rules follow `model.locale`). */
  readonly locale?: string;
  /** The wording rules per language; the product's built-in set (English) when omitted. */
  readonly languages?: RuleSets;
  readonly cycle?: Cycle;
  readonly teams?: readonly Team[];
  /** All objectives of the cycle, across teams (for alignment and counts). */
  readonly objectives?: readonly Objective[];
  /** All key results of the cycle. */
  readonly keyResults?: readonly KeyResult[];
  /** Check-ins of the key results being coached, any order. */
  readonly checkIns?: readonly CheckIn[];
}
