import {
  germanAudience,
  germanBaselineWords,
  germanCompletion,
  germanDeadline,
  germanFiller,
  germanFirstOf,
  germanNoneOf,
  germanOutcomeClause,
  germanStatesInWords,
  germanSteadyState,
  germanThresholdWords,
  germanTrailingDate,
  germanVagueWords,
  germanWorkNouns,
  mainVerbOf,
} from './german-lexicon';
import { findGermanQuantities, hasGermanFromTo } from './german-quantities';
import { readerFor } from './text-reader';

/** Reads a German objective or key result ("Kundenumfrage durchführen", "Einführung eines CRM"). */
export const readGerman = readerFor({
  filler: germanFiller,
  mainVerbOf,
  findQuantities: findGermanQuantities,
  hasFromTo: hasGermanFromTo,
  audience: germanAudience,
  workNouns: germanWorkNouns,
  vague: germanVagueWords,
  baseline: germanBaselineWords,
  threshold: germanThresholdWords,
  outcomeClause: germanOutcomeClause,
  steadyState: germanSteadyState,
  deadline: germanDeadline,
  trailingDate: germanTrailingDate,
  completion: germanCompletion,
  noneOf: germanNoneOf,
  firstOf: germanFirstOf,
  statesInWords: germanStatesInWords,
});
