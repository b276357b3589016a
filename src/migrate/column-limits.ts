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
import { saidAs, type ReasonText, type Said } from './report-words';
import type { ImportProblem } from './source';

/** A column in the words of the import's messages. */
const columnWords: Readonly<Record<string, ReasonText>> = {
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

/** Why a text is too long for its column: the column in words, or by its name in the list. */
function tooLong(kind: ImportKind, column: string, length: number, max: number): Said {
  const word =
    column === TITLE
      ? kind === 'teams' || kind === 'cycles'
        ? 'name'
        : 'title'
      : columnWords[column];
  const params = { length, max };
  return word
    ? {
        text: 'Its {column} is {length} characters long, and your site holds at most {max} there',
        params,
        joined: { column: { parts: [{ text: word }], by: '' } },
      }
    : {
        text: 'Its column {column} is {length} characters long, and your site holds at most {max} there',
        params: { ...params, column },
      };
}

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

/** What is not imported with an item left out for a text too long, by its kind. */
const notImported: Readonly<Record<ImportKind, ReasonText>> = {
  teams:
    '{overlong}: the team is not imported, with its objectives. Shorten it in the file and import the file again.',
  cycles:
    '{overlong}: the cycle is not imported, with its objectives. Shorten it in the file and import the file again.',
  objectives:
    '{overlong}: the objective is not imported, with its key results. Shorten it in the file and import the file again.',
  keyResults:
    '{overlong}: the key result is not imported, with its initiatives and check-ins. Shorten it in the file and import the file again.',
  initiatives:
    '{overlong}: the initiative is not imported. Shorten it in the file and import the file again.',
  checkIns:
    '{overlong}: the check-in is not imported. Shorten it in the file and import the file again.',
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
        const parts = overlong.map(({ column, length, max }) => tooLong(kind, column, length, max));
        leftOut.add(planned.sourceId);
        problems.push({
          ...planned.at,
          ...saidAs([{ text: notImported[kind], joined: { overlong: { parts, by: '; ' } } }]),
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
