/**
 * The dry run checks what the import writes against the lists' columns, as the write does: a
 * text longer than its column (a name, an email, a link; SharePoint's single line of text holds
 * 255 characters) would be refused item by item at the end of the run, "Imported, with 2 not
 * written", however often the file is imported again. Found in the plan, it is said with its
 * row and left out with what hangs under it.
 */
import type { ImportWrite } from '../store/repository';
import { importFields } from '../store/graph/import-writer';
import { overlongFields } from '../store/validation';
import { TITLE } from '../store/schema';
import { importKinds, type ImportKind, type ImportPlan, type Planned } from './plan';
import { oneOfKind } from './report';
import type { ImportProblem } from './source';

/** A column in the words of the import's messages. */
const columnWords: Readonly<Record<string, string>> = {
  OwnerName: "owner's name",
  OwnerEmail: "owner's email",
  OwnerId: "owner's id",
  CheckInByName: "author's name",
  CheckInByEmail: "author's email",
  CheckInById: "author's id",
  Link: 'link',
  Unit: 'unit',
  SourceId: 'id in the file',
  ClientId: 'id in the file',
  GroupId: 'Microsoft 365 group id',
  MeetingId: 'meeting id',
};

const wordsOf = (kind: ImportKind, column: string) =>
  column === TITLE
    ? kind === 'teams' || kind === 'cycles'
      ? 'name'
      : 'title'
    : (columnWords[column] ?? column.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

/** What a kind's items hang from in the plan: the source ids of their parents. */
function parentsOf(kind: ImportKind, draft: Record<string, unknown>): string[] {
  const ids = (...values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
  switch (kind) {
    case 'objectives':
      return ids(draft.cycleId, draft.teamId);
    case 'keyResults':
      return ids(draft.objectiveId);
    case 'initiatives':
    case 'checkIns':
      return ids(draft.keyResultId);
    default:
      return [];
  }
}

const under: Partial<Record<ImportKind, string>> = {
  teams: ', with its objectives',
  cycles: ', with its objectives',
  objectives: ', with its key results',
  keyResults: ', with its initiatives and check-ins',
};

export function withinColumnLimits(plan: ImportPlan): ImportPlan {
  const problems: ImportProblem[] = [];
  const leftOut = new Set<string>();
  const kept: Partial<Record<ImportKind, Planned<unknown>[]>> = {};
  for (const kind of importKinds) {
    kept[kind] = (plan[kind] as readonly Planned<Record<string, unknown>>[]).flatMap(
      (planned): Planned<unknown>[] => {
        if (parentsOf(kind, planned.draft).some((id) => leftOut.has(id))) {
          leftOut.add(planned.sourceId);
          return [];
        }
        const write = { sourceId: planned.sourceId, draft: planned.draft, cycleId: '' };
        const overlong = overlongFields(kind, importFields(kind, write as ImportWrite<never>));
        if (overlong.length === 0) return [planned];
        const item = oneOfKind[kind];
        const said = overlong.map(
          ({ column, length, max }) =>
            `Its ${wordsOf(kind, column)} is ${length.toLocaleString('en')} characters long, and your site holds at most ${max} there`,
        );
        leftOut.add(planned.sourceId);
        problems.push({
          ...planned.at,
          message: `${said.join('; ')}: the ${item} is not imported${under[kind] ?? ''}. Shorten it in the file and import the file again.`,
          severity: 'skipped',
        });
        return [];
      },
    );
  }
  if (problems.length === 0) return plan;
  // An alignment to, or a roll-up from, an objective or key result left out goes with it.
  const objectives = (kept.objectives as ImportPlan['objectives']).map((planned) => {
    const { parentId, alignments, ...rest } = planned.draft;
    const stays = (alignments ?? (parentId ? [{ objectiveId: parentId, weight: 1 }] : [])).filter(
      (a) => !leftOut.has(a.objectiveId),
    );
    if (stays.length === (alignments?.length ?? (parentId ? 1 : 0))) return planned;
    return {
      ...planned,
      draft: {
        ...rest,
        ...(stays[0] ? { parentId: stays[0].objectiveId } : {}),
        ...(stays.length > 1 || (stays[0]?.weight ?? 1) < 1 ? { alignments: stays } : {}),
      },
    };
  });
  const keyResults = (kept.keyResults as ImportPlan['keyResults']).map((planned) => {
    const { rolledUpFrom, ...rest } = planned.draft;
    const stays = rolledUpFrom?.filter((c) => !leftOut.has(c.id));
    if (stays?.length === rolledUpFrom?.length) return planned;
    return { ...planned, draft: { ...rest, ...(stays?.length ? { rolledUpFrom: stays } : {}) } };
  });
  const teams = (kept.teams as ImportPlan['teams']).map((planned) => {
    const { parentTeamId, ...draft } = planned.draft;
    return leftOut.has(parentTeamId ?? '') ? { ...planned, draft } : planned;
  });
  return {
    ...plan,
    teams,
    cycles: kept.cycles as ImportPlan['cycles'],
    objectives,
    keyResults,
    initiatives: kept.initiatives as ImportPlan['initiatives'],
    checkIns: kept.checkIns as ImportPlan['checkIns'],
    problems: [...plan.problems, ...problems],
  };
}
