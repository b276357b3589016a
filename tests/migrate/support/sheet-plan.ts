/**
 * A sheet planned as the import page plans it (the file saved on 2026-02-10, imported on
 * 2026-02-20 unless a test imports it later), and what its key results and problems come to, for
 * the sheet layouts' tests.
 */
import { defaultOperatingModel } from '../../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../../src/migrate';

export const utf8 = (text: string) => new TextEncoder().encode(text);

export const planSheet = async (name: string, bytes: Uint8Array, today = '2026-02-20') =>
  planImport(await readImportFile(name, bytes, undefined, { fileDate: '2026-02-10' }), {
    today,
    rules: defaultOperatingModel,
  });

/** Each key result as [its objective, title, start, target, current, unit, owner]. */
export const keyResultRows = (imported: ImportPlan) =>
  imported.keyResults.map((k) => [
    imported.objectives.find((o) => o.sourceId === k.draft.objectiveId)?.draft.title,
    k.draft.title,
    k.draft.start,
    k.draft.target,
    k.draft.current,
    k.draft.unit,
    k.draft.owner?.displayName,
  ]);

export const problemsOf = (imported: ImportPlan) =>
  imported.problems.map((p) => ({ row: p.row, field: p.field, message: p.message }));
