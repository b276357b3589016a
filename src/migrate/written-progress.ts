/**
 * The progress a file writes on its OKRs (Viva Goals' "Progress", an explorer's "Progress %").
 * OKR Coach stores none: it works progress out from the values imported, as the board does
 * (`rollUpProgress`). Where the file's progress is what those values give, nothing is lost and
 * nothing is said; only where it is not is it named, with what the board will show instead.
 */
import { rollUpProgress } from '../core/roll-up';
import type { InitiativeDraft, ObjectiveDraft } from '../store/repository';
import type { PlannedKeyResultDraft, Planned } from './plan';
import { saidAs, type ReasonText } from './report-words';
import type { ImportProblem, SourceItem } from './source';

/** Percentage points a written progress may be off by: exports round it. */
const tolerance = 1;

/** Written progress as percentages it may mean: `45` or `45.0`, and `0.45` as a share of one. */
const readings = (value: number) => (value > 0 && value <= 1 ? [value, value * 100] : [value]);

const shown = (percent: number) => Math.round(percent * 10) / 10;

export function progressNotKept(
  items: readonly SourceItem[],
  plannedId: (itemId: string) => string,
  objectives: readonly Planned<ObjectiveDraft>[],
  keyResults: readonly Planned<PlannedKeyResultDraft>[],
  initiatives: readonly Planned<InitiativeDraft>[],
  namesItems: boolean,
): ImportProblem[] {
  const rollUp = rollUpProgress(
    objectives.map(({ sourceId, draft }) => ({ ...draft, id: sourceId })),
    keyResults.map(({ sourceId, draft }) => ({ ...draft, id: sourceId })),
  );
  const objectivesById = new Map(objectives.map((planned) => [planned.sourceId, planned]));
  const keyResultsById = new Map(keyResults.map((planned) => [planned.sourceId, planned]));
  const initiativesById = new Map(initiatives.map((planned) => [planned.sourceId, planned]));
  return items.flatMap((item): ImportProblem[] => {
    const written = item.writtenProgress;
    if (!written) return [];
    const id = plannedId(item.id);
    const keyResult = keyResultsById.get(id);
    const objective = objectivesById.get(id);
    const initiative = initiativesById.get(id);
    /** What the board will show (a percentage), and what it works it out from. */
    const shows: { percent: number; said: ReasonText } | undefined = keyResult
      ? {
          percent: 100 * rollUp.keyResult({ ...keyResult.draft, id }),
          said: keyResult.draft.rolledUpFrom?.length
            ? 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from the OKRs it rolls up from, which give {shows}%.'
            : 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give {shows}%.',
        }
      : objective
        ? {
            percent: 100 * rollUp.objective(id),
            said: objective.draft.rollsUpAligned
              ? 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results and the objectives aligned to it, which give {shows}%.'
              : 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results, which give {shows}%.',
          }
        : undefined;
    const where = {
      ...item.at,
      field: written.field,
      ...(namesItems ? { item: item.id } : {}),
      severity: 'skipped' as const,
    };
    if (initiative) {
      // An initiative keeps a status, not a progress: none of it, and all of it when done, say nothing more.
      const done = initiative.draft.status === 'done';
      if (written.value === 0 || (done && readings(written.value).includes(100))) return [];
      return [
        {
          ...where,
          ...saidAs([
            {
              text: 'Its progress in the file, {written}%, is not kept: an initiative has a status, not a progress.',
              params: { written: shown(written.value) },
            },
          ]),
        },
      ];
    }
    if (!shows) return [];
    const agrees = readings(written.value).some(
      (percent) =>
        Math.abs(percent - shows.percent) <= tolerance ||
        // Capped at 100 % where the values go beyond the target.
        (percent >= 100 - tolerance && shows.percent >= 100),
    );
    if (agrees) return [];
    return [
      {
        ...where,
        ...saidAs([
          {
            text: shows.said,
            params: { written: shown(written.value), shows: shown(shows.percent) },
          },
        ]),
      },
    ];
  });
}
