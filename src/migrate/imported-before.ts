/**
 * A file imported again: what an earlier import of it wrote is found by its source id (a
 * check-in by its client id), and what the site still holds as the file says is left as it is,
 * "already imported, unchanged", neither counted as written in the dry run nor written again by
 * the run. Only what differs is written (updated, never made twice). Our own export brought back
 * to its site is found by its ids instead (`itemsExportedFromHere`), and is not looked at here.
 */
import type { Cycle, Team } from '../core/model';
import type { ImportedItem, OkrRepository, RequestOptions } from '../store/repository';
import {
  differencesFromSite,
  initiativeOnSite,
  keyResultOnSite,
  objectiveOnSite,
  type SiteComparable,
  type SiteReferences,
} from './as-on-site';
import { importKinds, type ImportCounts, type ImportPlan, type Planned } from './plan';
import { countOfKind } from './report';
import { inEnglish, listed, sayReason, type ReportReader, type Said } from './report-words';
import type { ImportProblem } from './source';

/** The site's teams and cycles, and those the plan found on it by name (`ImportPlan.onSite`). */
export interface SiteNow {
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
}

type Lists = Pick<
  ImportPlan,
  'teams' | 'cycles' | 'objectives' | 'keyResults' | 'initiatives' | 'checkIns'
>;

/** What an earlier look found unchanged is looked at again, as the site is now. */
function afresh<P extends Planned<unknown>>(planned: P): P {
  return planned.importedBefore
    ? { ...planned, onSite: undefined, asInFile: undefined, importedBefore: undefined }
    : planned;
}

const unchanged = <P extends Planned<unknown>>(planned: P, found: ImportedItem): P => ({
  ...planned,
  onSite: found,
  asInFile: true,
  importedBefore: true,
});

/** The items an earlier import of the file wrote and the site holds as the file says, marked. */
export async function unchangedSinceImport(
  plan: ImportPlan,
  site: SiteNow,
  repository: Pick<OkrRepository, 'findImported' | 'loadBoard' | 'cycleCheckInHistory'>,
  options?: RequestOptions,
): Promise<ImportPlan> {
  const given: ImportPlan = {
    ...plan,
    ...(Object.fromEntries(
      importKinds.map((kind) => [kind, (plan[kind] as readonly Planned<unknown>[]).map(afresh)]),
    ) as unknown as Lists),
  };
  const open = <P extends Planned<unknown>>(list: readonly P[]) => list.some((p) => !p.onSite);
  const teamBySource = new Map(site.teams.flatMap((t) => (t.sourceId ? [[t.sourceId, t]] : [])));
  const cycleBySource = new Map(site.cycles.flatMap((c) => (c.sourceId ? [[c.sourceId, c]] : [])));
  const objectivesFound = open(given.objectives)
    ? await repository.findImported('objectives', options)
    : new Map<string, ImportedItem>();
  const anyBefore =
    given.teams.some((p) => teamBySource.has(p.sourceId)) ||
    given.cycles.some((p) => cycleBySource.has(p.sourceId)) ||
    given.objectives.some((p) => objectivesFound.has(p.sourceId));
  if (!anyBefore) return given;
  const [keyResultsFound, initiativesFound, checkInsFound] = await Promise.all(
    (['keyResults', 'initiatives', 'checkIns'] as const).map((list) =>
      open(given[list] as readonly Planned<unknown>[])
        ? repository.findImported(list, options)
        : Promise.resolve(new Map<string, ImportedItem>()),
    ),
  );

  // The site's id of what the file references by its source id; `file:` for what only the file has.
  const siteId = (sourceId: string, ...where: ReadonlyMap<string, { id: string }>[]) =>
    given.onSite?.get(sourceId) ??
    where.find((found) => found.has(sourceId))?.get(sourceId)?.id ??
    `file:${sourceId}`;
  const teamId = (sourceId: string) => siteId(sourceId, teamBySource);
  const cycleId = (sourceId: string) => siteId(sourceId, cycleBySource);
  const objectiveId = (sourceId: string) => siteId(sourceId, objectivesFound);
  const keyResultId = (sourceId: string) => siteId(sourceId, keyResultsFound!);

  const teams = given.teams.map((planned) => {
    const team = !planned.onSite && teamBySource.get(planned.sourceId);
    if (!team) return planned;
    const { draft } = planned;
    const ids = (people: readonly { id: string }[] = []) =>
      people
        .map((who) => who.id)
        .sort()
        .join();
    const same =
      draft.name === team.name &&
      (draft.parentTeamId ? teamId(draft.parentTeamId) : undefined) === team.parentTeamId &&
      (!draft.owners?.length || ids(draft.owners) === ids(team.owners));
    return same
      ? unchanged(planned, { id: team.id, ...(team.version ? { version: team.version } : {}) })
      : planned;
  });
  const cycles = given.cycles.map((planned) => {
    const cycle = !planned.onSite && cycleBySource.get(planned.sourceId);
    if (!cycle) return planned;
    const { draft } = planned;
    const same =
      draft.name === cycle.name &&
      draft.start === cycle.start &&
      draft.end === cycle.end &&
      draft.state === cycle.state;
    return same
      ? unchanged(planned, { id: cycle.id, ...(cycle.version ? { version: cycle.version } : {}) })
      : planned;
  });

  // The OKRs as the site has them, from the boards of the cycles they are in there.
  const siteCycles = [
    ...new Set(
      given.objectives
        .filter((p) => !p.onSite && objectivesFound.has(p.sourceId))
        .map((p) => cycleId(p.draft.cycleId))
        .filter((id) => !id.startsWith('file:')),
    ),
  ];
  const read = await Promise.all(
    siteCycles.map((id) =>
      Promise.all([
        repository.loadBoard({ cycleId: id }, options),
        repository.cycleCheckInHistory(id, options),
      ]),
    ),
  );
  const boards = read.map(([board]) => board);
  const siteCheckIns = read.flatMap(([, history]) => [...history.values()].flat());
  const fileCheckIns = new Set(given.checkIns.map((p) => p.sourceId));
  const checkedInSince = (id: string) =>
    siteCheckIns.some((c) => c.keyResultId === id && !fileCheckIns.has(c.clientId));
  const settle = <P extends Planned<{ readonly title: string }>>(
    kind: SiteComparable['kind'],
    list: readonly P[],
    found: ReadonlyMap<string, ImportedItem>,
    items: readonly SiteComparable['item'][],
    withSiteIds: (draft: P['draft']) => P['draft'],
  ): P[] =>
    list.map((planned) => {
      const at = !planned.onSite && found.get(planned.sourceId);
      const item = at && items.find((candidate) => candidate.id === at.id);
      if (!at || !item) return planned;
      const differing = differencesFromSite(
        { kind, draft: withSiteIds(planned.draft), item } as SiteComparable,
        kind === 'keyResults' && checkedInSince(item.id),
      );
      return differing.length === 0 ? unchanged(planned, at) : planned;
    });
  const references: SiteReferences = {
    cycle: cycleId,
    team: teamId,
    objective: objectiveId,
    keyResult: keyResultId,
  };
  const objectives = settle(
    'objectives',
    given.objectives,
    objectivesFound,
    boards.flatMap((b) => b.objectives),
    (draft) => objectiveOnSite(draft, references),
  );
  const keyResults = settle(
    'keyResults',
    given.keyResults,
    keyResultsFound!,
    boards.flatMap((b) => b.keyResults),
    (draft) => keyResultOnSite(draft, references),
  );
  const initiatives = settle(
    'initiatives',
    given.initiatives,
    initiativesFound!,
    boards.flatMap((b) => b.initiatives),
    (draft) => initiativeOnSite(draft, references),
  );
  // A check-in is the record: one written before is left, unless the file gives it a status it lacks.
  const checkIns = given.checkIns.map((planned) => {
    const found = !planned.onSite && checkInImportedBefore(planned.sourceId, checkInsFound!);
    if (!found) return planned;
    return planned.draft.status === undefined || planned.draft.status === found.checkInStatus
      ? unchanged(planned, found)
      : planned;
  });
  return { ...given, teams, cycles, objectives, keyResults, initiatives, checkIns };
}

/**
 * The check-in an earlier import of the file wrote for the one planned as `sourceId`: by that id,
 * or by the id an import gave it while it stored a day given without a time at midnight UTC
 * (`…@2026-02-10T00:00:00Z`, now `…T12:00:00Z`). The dry run and the run both find it so: the
 * dry run counts as new only what the run writes, and importing an old file again writes no
 * second check-in.
 */
export function checkInImportedBefore(
  sourceId: string,
  found: ReadonlyMap<string, ImportedItem>,
): ImportedItem | undefined {
  return found.get(sourceId) ?? found.get(atMidnight(sourceId));
}

const atMidnight = (sourceId: string) =>
  sourceId.replace(/(@\d{4}-\d{2}-\d{2}T)12:00:00Z$/, '$100:00:00Z');

/** How many of each kind an earlier import of the file wrote and the site still has as it says. */
export function unchangedCounts(plan: Lists): ImportCounts {
  return Object.fromEntries(
    importKinds.map((kind) => [
      kind,
      (plan[kind] as readonly Planned<unknown>[]).filter((p) => p.importedBefore).length,
    ]),
  ) as ImportCounts;
}

/** "4 teams, 4 cycles and 20 check-ins", of the kinds that have any; empty for none. */
export function describeUnchanged(counts: ImportCounts, reader: ReportReader = inEnglish): string {
  const said = importKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => countOfKind(kind, counts[kind], reader));
  return said.length === 0 ? '' : listed(said, reader);
}

/** The dry run's word on a file imported before: what it leaves, said with the counts. */
export function unchangedSummary(plan: ImportPlan): ImportProblem[] {
  const counts = unchangedCounts(plan);
  const first = importKinds
    .flatMap((kind) => plan[kind] as readonly Planned<unknown>[])
    .find((p) => p.importedBefore);
  if (!describeUnchanged(counts) || !first) return [];
  const said: Said = {
    text: 'This file was imported before. Already imported, unchanged: {counts}, left as they are; only what differs is written, updating what the earlier import made.',
    counts,
  };
  return [
    {
      file: first.at.file,
      message: sayReason([said]),
      said: [said],
      severity: 'note',
      summary: true,
    },
  ];
}
