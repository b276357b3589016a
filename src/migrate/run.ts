/**
 * Running a plan through the `OkrRepository` port: people matched to the directory first, then
 * each kind in dependency order (teams by level, cycles, objectives by alignment level, KRs with
 * what they roll up from first, initiatives, check-ins), each in `$batch`es of 20. What an earlier run wrote is found by
 * source id and updated, so running again after a failure, a cancel or a closed tab continues
 * where it stopped and duplicates nothing. Progress is reported as it goes.
 */
import type { MessageParams } from '../core/i18n';
import type { CheckIn, Cycle, Initiative, KeyResult, Objective, Person, Team } from '../core/model';
import type {
  CycleDraft,
  ImportedItem,
  InitiativeDraft,
  ImportList,
  ImportWrite,
  ObjectiveDraft,
  OkrRepository,
  RequestOptions,
} from '../store/repository';
import {
  importKinds,
  type ImportCounts,
  type ImportKind,
  type ImportPlan,
  type Planned,
  type PlannedKeyResultDraft,
  type SiteTeamUpdate,
  type TeamDraft,
} from './plan';
import {
  differencesFromSite,
  initiativeOnSite,
  keyResultOnSite,
  objectiveOnSite,
  type ReferenceName,
  type SiteReferences,
  type SiteComparable,
  type SiteDifference,
} from './as-on-site';
import { oneOfKind } from './report';
import { reportReader, saidAs, sayReason, type ReasonText, type Said } from './report-words';
import { versionAsWritten } from './exported-ids';
import { checkInImportedBefore, unchangedSinceImport, unchangedSummary } from './imported-before';
import type { ImportProblem, SourcePlace } from './source';
import { dayAt } from './values';
import { OkrError } from '../store/errors';

export interface ImportProgress {
  readonly kind: ImportKind;
  /** Items settled so far over the whole import, and how many there are. */
  readonly done: number;
  readonly total: number;
}

export interface ImportFailure {
  readonly kind: ImportKind;
  readonly sourceId: string;
  readonly at: SourcePlace;
  /** What it is, as the file names it: its title (a team's or cycle's name; a check-in's key result's). */
  readonly title?: string;
  /** Why it was not written, in the words of the person importing. */
  readonly message: string;
  /** The same, to say in the reader's language, where the import says it so. */
  readonly said?: readonly Said[];
  /**
   * Importing the file again may write it (the site was busy or out of reach, or changed the
   * item meanwhile); otherwise the file must be corrected first.
   */
  readonly retryable: boolean;
}

/** Why a write of the import failed, in words: what happened, and what to do. */
function failureInWords(error: OkrError): Pick<ImportFailure, 'message' | 'said' | 'retryable'> {
  const said = (text: ReasonText, retryable: boolean, params?: MessageParams) => {
    const sentences: Said[] = [{ text, ...(params ? { params } : {}) }];
    return { message: sayReason(sentences), said: sentences, retryable };
  };
  // The store's action ("Importing: …") is no news to the person who started it.
  const reason = error.message.replace(/^Importing: /, '');
  switch (error.kind) {
    case 'conflict':
      return said(
        'It was changed on your site while the import ran, so it was not written over. Import the file again to write it.',
        true,
      );
    case 'throttled':
    case 'offline':
      return said(
        'Your site was busy or could not be reached when it was written. Import the file again to write it.',
        true,
      );
    case 'forbidden':
      return said(
        'Your account may not write it to the OKR lists. Ask an admin of the OKR site for access.',
        false,
      );
    case 'notFound':
      return said(
        'What an earlier import wrote for it is gone from your site. Import the file again to write it anew.',
        true,
      );
    case 'invalid':
      // The writer's own refusals are in words (in English: the store's schema says them so).
      return error.message.startsWith('Importing: ')
        ? said('Your site refused it: {reason}', false, { reason })
        : { message: error.message, retryable: false };
    default:
      return said('Your site refused it: {reason}', error.retryable, { reason });
  }
}

export interface ImportReport {
  readonly planned: ImportCounts;
  readonly written: ImportCounts;
  readonly failed: readonly ImportFailure[];
  /**
   * Teams already on the site given the file's owners, and linked to the file's Microsoft 365
   * group (`ImportPlan.siteTeams`): written to teams that are not counted among the teams written.
   */
  readonly siteTeamOwners: { readonly planned: number; readonly written: number };
  readonly siteTeamGroups: { readonly planned: number; readonly written: number };
  /** Stopped by the user (or a closed page) before the end; running again continues. */
  readonly cancelled: boolean;
  /**
   * The site's cycles that hold the file's objectives once the run is over (written by it, or on
   * the site already as the file has them): where the person goes to see what was imported.
   */
  readonly cycleIds: readonly string[];
  /**
   * What an earlier import of the file wrote and the site still holds as the file says: left as
   * it is, not written (`unchangedSinceImport`).
   */
  readonly unchanged: ImportCounts;
  /**
   * A file exported from this site (`Planned.onSite`): of what was written, the site's own items
   * updated and check-ins it already had (left as they were); and, not among those written, the
   * items the site already had as in the file and those left as the site has them, as they
   * changed after the export.
   */
  readonly fromThisSite?: {
    readonly updated: number;
    readonly asInFile: number;
    readonly checkInsKept: number;
    readonly changedLeft: number;
  };
}

export interface PeopleMatch {
  readonly plan: ImportPlan;
  readonly matched: readonly Person[];
  /** Named in the file, not found in the directory by email or name: kept by name only. */
  readonly unmatched: readonly Person[];
}

/** Swaps the file's people for directory users where the directory knows them. */
export async function matchPeople(
  plan: ImportPlan,
  repository: Pick<OkrRepository, 'findPeople'>,
  options?: RequestOptions,
): Promise<PeopleMatch> {
  const named = [...plan.people.entries()];
  const found = await repository.findPeople(
    named.map(([, who]) => ({
      ...(who.email ? { email: who.email } : {}),
      name: who.displayName,
    })),
    options,
  );
  const byKey = new Map<string, Person>();
  for (const [key, who] of named) {
    const match = found.get((who.email ?? who.displayName).trim().toLowerCase());
    if (match) byKey.set(key, match);
  }
  const swap = <T extends { owner?: Person }>(draft: T): T =>
    draft.owner && byKey.has(draft.owner.id)
      ? { ...draft, owner: byKey.get(draft.owner.id)! }
      : draft;
  const each = <D extends { owner?: Person }>(list: readonly Planned<D>[]) =>
    list.map((planned) => ({ ...planned, draft: swap(planned.draft) }));
  return {
    plan: {
      ...plan,
      teams: plan.teams.map((planned) =>
        planned.draft.owners
          ? {
              ...planned,
              draft: {
                ...planned.draft,
                owners: planned.draft.owners.map((owner) => byKey.get(owner.id) ?? owner),
              },
            }
          : planned,
      ),
      objectives: each(plan.objectives),
      keyResults: each(plan.keyResults),
      initiatives: each(plan.initiatives),
      checkIns: plan.checkIns.map((planned) => {
        const author = byKey.get(planned.draft.author.id);
        return author ? { ...planned, draft: { ...planned.draft, author } } : planned;
      }),
    },
    matched: [...new Set(byKey.values())],
    unmatched: named.filter(([key]) => !byKey.has(key)).map(([, who]) => who),
  };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The one item of `candidates` an item of the file stands for, or none when there are none or
 * several (active ones first: an archived team of the same name counts only when it is the only one).
 */
function theOne<T extends { readonly archived?: boolean }>(
  candidates: readonly T[],
): T | undefined {
  const active = candidates.filter((candidate) => !candidate.archived);
  const pool = active.length > 0 ? active : candidates;
  return pool.length === 1 ? pool[0] : undefined;
}

/**
 * Teams and cycles the site already has are used, not created again: a team of the same name (a
 * programme set up its teams before bringing the history in), a cycle of the same name and dates.
 * An item an earlier import wrote is left to that import's source id; a name the file or the site
 * gives more than once is not guessed at. Each is said in the dry run, as is a Jira epic that
 * updates an objective an earlier import made without it (`epicsImportedBefore`).
 */
export async function matchSite(
  plan: ImportPlan,
  repository: Pick<
    OkrRepository,
    | 'listTeams'
    | 'listCycles'
    | 'findImported'
    | 'loadBoard'
    | 'cycleCheckInHistory'
    | 'storeIdentity'
  >,
  options?: RequestOptions,
): Promise<ImportPlan> {
  const [teams, cycles] = await Promise.all([
    repository.listTeams(options),
    repository.listCycles(options),
  ]);
  const onSite = new Map(plan.onSite);
  const problems: ImportProblem[] = [];
  const exported = [
    ...plan.teams,
    ...plan.cycles,
    ...plan.objectives,
    ...plan.keyResults,
    ...plan.initiatives,
    ...plan.checkIns,
  ].filter((planned) => planned.exported);
  const identity = exported.length > 0 ? await repository.storeIdentity(options) : undefined;
  // Our own export, brought back to the site it came from, names the site's teams and cycles as
  // the site had them: finding them there is no news. Only what differs is said.
  const fromHere = exported.some((planned) => planned.exported!.from === identity);
  const match = <
    D extends { readonly sourceId?: string },
    T extends { readonly id: string; readonly sourceId?: string; readonly archived?: boolean },
  >(
    planned: readonly Planned<D>[],
    existing: readonly T[],
    same: (draft: D, item: T) => boolean,
    message: (draft: D, found: T) => readonly Said[] | undefined,
  ) => {
    const found = (sourceId: string, item: T, draft: D, at: SourcePlace) => {
      onSite.set(sourceId, item.id);
      const said = message(draft, item);
      if (said) {
        const message = sayReason(said, reportReader(undefined, plan.locale ?? 'en'));
        problems.push({ ...at, message, said, severity: 'note' });
      }
    };
    // Named by its id on this site: that one, whatever it is called now.
    const taken = new Set<string>();
    const left = planned.filter(({ sourceId, draft, at, exported: named }) => {
      if (!named || named.from !== identity) return true;
      const item = existing.find((i) => i.id === named.id);
      if (!item) return true;
      taken.add(item.id);
      found(sourceId, item, draft, at);
      return false;
    });
    const unclaimed = existing.filter((item) => !taken.has(item.id));
    return left.filter(({ sourceId, draft, at }) => {
      if (unclaimed.some((item) => item.sourceId === sourceId)) return true;
      const namesakes = unclaimed.filter((item) => same(draft, item));
      const rivals = left.filter((other) => namesakes.some((item) => same(other.draft, item)));
      const item = rivals.length === 1 ? theOne(namesakes) : undefined;
      if (!item) return true;
      found(sourceId, item, draft, at);
      return false;
    });
  };
  const leftTeams = match(
    plan.teams,
    teams,
    (draft, team) => sameName(draft.name, team.name),
    (draft, team) => {
      const more = [...ownersOnSite(draft, team), ...groupOnSite(draft, team)];
      if (!fromHere)
        return [
          {
            text: '"{team}" is already a team on your site: its OKRs go there, and no second team of that name is made.',
            params: { team: draft.name },
          },
          ...more,
        ];
      if (!sameName(draft.name, team.name))
        return [
          {
            text: 'The team "{team}" in the file is called "{onSite}" on your site now: its OKRs go there, and it keeps its name.',
            params: { team: draft.name, onSite: team.name },
          },
          ...more,
        ];
      return more.length > 0
        ? [{ text: 'The team "{team}" is on your site.', params: { team: team.name } }, ...more]
        : undefined;
    },
  );
  // A team an earlier import wrote is written again from the file, but its group is the site's:
  // linked to the file's only where the site links it to none, said either way.
  for (const { draft, at, sourceId } of leftTeams) {
    const team = teams.find((t) => t.sourceId === sourceId);
    const group = team ? groupOnSite(draft, team) : [];
    if (group.length > 0) {
      const said: Said[] = [
        { text: 'The team "{team}" was imported before.', params: { team: draft.name } },
        ...group,
      ];
      problems.push({ ...at, message: sayReason(said), said, severity: 'note' });
    }
  }
  const siteTeams = plan.teams.flatMap(({ sourceId, at, draft }): SiteTeamUpdate[] => {
    const team = teams.find(
      (t) => t.id === onSite.get(sourceId) || (t.sourceId !== undefined && t.sourceId === sourceId),
    );
    if (!team) return [];
    const owners =
      onSite.has(sourceId) && !team.owners?.length && draft.owners?.length
        ? draft.owners
        : undefined;
    const groupId = !team.groupId && draft.groupId ? draft.groupId : undefined;
    return owners || groupId
      ? [{ sourceId, at, team, ...(owners ? { owners } : {}), ...(groupId ? { groupId } : {}) }]
      : [];
  });
  const leftCycles = match(
    plan.cycles,
    cycles,
    (draft, cycle) =>
      sameName(draft.name, cycle.name) && draft.start === cycle.start && draft.end === cycle.end,
    (draft, cycle): Said[] | undefined => {
      if (!fromHere)
        return [
          {
            text: '"{cycle}" is already a cycle on your site with the same dates: its OKRs go there, and no second cycle of that name is made.',
            params: { cycle: draft.name },
          },
        ];
      const dates = datesKept(draft, cycle);
      if (!sameName(draft.name, cycle.name))
        return [
          {
            text: 'The cycle "{cycle}" in the file is called "{onSite}" on your site now: its OKRs go there, and no second cycle is made.',
            params: { cycle: draft.name, onSite: cycle.name },
          },
          ...dates,
        ];
      return dates.length > 0
        ? [
            {
              text: 'The cycle "{cycle}" in the file has other dates on your site: its OKRs go there.',
              params: { cycle: draft.name },
            },
            ...dates,
          ]
        : undefined;
    },
  );
  const renamed = await cyclesRenamedOnSite(
    plan,
    leftCycles.filter(({ sourceId }) => !cycles.some((cycle) => cycle.sourceId === sourceId)),
    cycles.filter(
      (cycle) => !plan.cycles.some(({ sourceId }) => onSite.get(sourceId) === cycle.id),
    ),
    repository,
    options,
  );
  for (const [sourceId, cycleId] of renamed.found) onSite.set(sourceId, cycleId);
  const kept = withoutCycles(plan, new Set(renamed.refused));
  const objectives =
    plan.format === 'jira'
      ? await epicsImportedBefore(kept.objectives, onSite, repository, options)
      : { objectives: kept.objectives, problems: [] };
  const siteIdOf = (sourceId: string, list: readonly { id: string; sourceId?: string }[]) =>
    onSite.get(sourceId) ?? list.find((item) => item.sourceId === sourceId)?.id;
  const teamName: TeamName = {
    onSite: (id) => teams.find((team) => team.id === id)?.name,
    inFile: (sourceId) => leftTeams.find((team) => team.sourceId === sourceId)?.draft.name,
  };
  const own = await itemsExportedFromHere(
    { ...kept, objectives: objectives.objectives },
    {
      cycle: (sourceId) => siteIdOf(sourceId, cycles),
      team: (sourceId) => siteIdOf(sourceId, teams),
      teamName,
    },
    repository,
    options,
  );
  const moved = objectivesMovedTeam(
    own.objectives,
    (sourceId) => siteIdOf(sourceId, teams),
    teamName,
  );
  const twice = await objectivesMadeOnSite(
    own.objectives,
    (draft) => {
      const cycleId = siteIdOf(draft.cycleId, cycles);
      const teamId = siteIdOf(draft.teamId, teams);
      return cycleId && teamId ? { cycleId, teamId } : undefined;
    },
    repository,
    options,
  );
  const matched: ImportPlan = {
    ...plan,
    teams: leftTeams,
    cycles: leftCycles.filter(
      ({ sourceId }) => !renamed.found.has(sourceId) && !renamed.refused.includes(sourceId),
    ),
    objectives: own.objectives,
    keyResults: own.keyResults,
    initiatives: own.initiatives,
    checkIns: own.checkIns,
    ...(onSite.size > 0 ? { onSite } : {}),
  };
  const settled = await unchangedSinceImport(matched, { teams, cycles }, repository, options);
  return {
    ...settled,
    // First, so that a long dry run (the page shows its first 50) cannot hide it.
    problems: [
      ...unchangedSummary(settled),
      ...own.summary,
      ...twice,
      ...plan.problems,
      ...problems,
      ...renamed.problems,
      ...objectives.problems,
      ...own.problems,
      ...moved,
    ],
    ...(siteTeams.length > 0 ? { siteTeams } : {}),
  };
}

type Lists = Pick<ImportPlan, 'objectives' | 'keyResults' | 'initiatives' | 'checkIns'>;
type Exportable = Lists & Pick<ImportPlan, 'format' | 'today'>;

/**
 * The site's own objectives (`Planned.onSite`) the run writes into another team than the one the
 * site has them in, as the file gives them that team: each is moved (its key results and
 * initiatives go with it, they hold no team of their own), said in the dry run with both teams.
 */
function objectivesMovedTeam(
  objectives: ImportPlan['objectives'],
  siteTeamOf: (sourceId: string) => string | undefined,
  teamName: TeamName,
): ImportProblem[] {
  return objectives.flatMap((planned): ImportProblem[] => {
    const onSite = planned.onSite?.objective;
    if (!onSite || planned.asInFile || planned.changedSinceExport) return [];
    const team = siteTeamOf(planned.draft.teamId);
    if (team === onSite.teamId) return [];
    const to = team
      ? (teamName.onSite(team) ?? team)
      : (teamName.inFile(planned.draft.teamId) ?? planned.draft.teamId);
    const from = teamName.onSite(onSite.teamId) ?? onSite.teamId;
    return [movedNote(planned.at, 'objectives', { from, to })];
  });
}

/**
 * The dry run's note of one of the site's own items the file puts under another parent than the
 * site has it under (an objective in another team, a key result under another objective, an
 * initiative under another key result): it is moved, as the file has it, said with both.
 */
function movedNote(
  at: SourcePlace,
  kind: 'objectives' | 'keyResults' | 'initiatives',
  { from, to }: { readonly from: string; readonly to: string },
): ImportProblem {
  return { ...at, ...saidAs([{ text: movedWords[kind], params: { from, to } }]), severity: 'note' };
}

const movedWords = {
  objectives:
    'Moved from the team "{from}" to "{to}", as the file has it: this objective goes to the team "{to}" with its key results and initiatives. To keep it in "{from}", give its row that team in the file.',
  keyResults:
    'Moved from the objective "{from}" to "{to}", as the file has it: this key result goes to the objective "{to}" with its initiatives. To keep it in "{from}", give its row that objective in the file.',
  initiatives:
    'Moved from the key result "{from}" to "{to}", as the file has it: this initiative goes to the key result "{to}". To keep it in "{from}", give its row that key result in the file.',
} as const satisfies Readonly<Record<string, ReasonText>>;

/**
 * Cycles of a file exported from this store that the store has under another name now (renamed
 * after the export), so no cycle of the file's name and dates is found: found by the ids of the
 * objectives the file puts in them, when those are all in one of the store's cycles, whose id
 * each is given (`found`, said in the dry run). A cycle of the file whose objectives are in
 * several of the store's cycles now is not guessed at (`refused`: its OKRs are left out, said
 * with the cycles they are in). `candidates` are the store's cycles no cycle of the file named.
 */
async function cyclesRenamedOnSite(
  plan: ImportPlan,
  unmatched: readonly Planned<CycleDraft>[],
  candidates: readonly Cycle[],
  repository: Pick<OkrRepository, 'loadBoard' | 'storeIdentity'>,
  options?: RequestOptions,
): Promise<{ found: Map<string, string>; refused: string[]; problems: ImportProblem[] }> {
  const outcome = { found: new Map<string, string>(), refused: [] as string[], problems: [] };
  if (candidates.length === 0 || !plan.objectives.some((o) => o.exported)) return outcome;
  const identity = await repository.storeIdentity(options);
  const idsIn = (cycleSourceId: string) =>
    new Set(
      plan.objectives.flatMap((o) =>
        o.draft.cycleId === cycleSourceId && o.exported?.from === identity ? [o.exported.id] : [],
      ),
    );
  const named = unmatched.filter(({ sourceId }) => idsIn(sourceId).size > 0);
  if (named.length === 0) return outcome;
  const boards = await Promise.all(
    candidates.map((cycle) => repository.loadBoard({ cycleId: cycle.id }, options)),
  );
  const problems: ImportProblem[] = [];
  for (const { sourceId, draft, at } of named) {
    const ids = idsIn(sourceId);
    const holding = boards
      .map((board, index) => ({
        cycle: candidates[index]!,
        count: board.objectives.filter((objective) => ids.has(objective.id)).length,
      }))
      .filter(({ count }) => count > 0);
    if (holding.length === 1) {
      const [{ cycle }] = holding as [(typeof holding)[number]];
      outcome.found.set(sourceId, cycle.id);
      const dates = datesKept(draft, cycle);
      // Not found by its name and dates: renamed on the site, given other dates, or there twice.
      const said: Said[] = !sameName(draft.name, cycle.name)
        ? [
            {
              text: 'The cycle "{cycle}" in the file is called "{onSite}" on your site now (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.',
              params: { cycle: draft.name, onSite: cycle.name },
            },
            ...dates,
          ]
        : dates.length === 0
          ? [
              {
                text: 'Your site has more than one cycle called "{cycle}" with these dates: the file\'s OKRs go to the one its objectives are in (found by their ids), and no other cycle is made.',
                params: { cycle: cycle.name },
              },
            ]
          : [
              {
                text: 'The cycle "{cycle}" in the file has other dates on your site (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.',
                params: { cycle: draft.name },
              },
              ...dates,
            ];
      problems.push({
        ...at,
        message: sayReason(said, reportReader(undefined, plan.locale ?? 'en')),
        said,
        severity: 'note',
      });
    } else if (holding.length > 1) {
      outcome.refused.push(sourceId);
      const where = holding.map(({ cycle, count }): Said => ({
        text: '"{cycle}" ({count} {count|objective|objectives})',
        params: { cycle: cycle.name, count },
      }));
      problems.push({
        ...at,
        ...saidAs([
          {
            text: 'The cycle "{cycle}" in the file is not one of your site\'s, and its objectives are in {count} cycles on your site now: {cycles}. Which one it is is not guessed, so its OKRs are not imported. Give its rows the name of the cycle they belong to (or export again) and import the file again.',
            params: { cycle: draft.name, count: holding.length },
            joined: { cycles: { parts: where } },
          },
        ]),
        severity: 'skipped',
      });
    }
  }
  return { ...outcome, problems };
}

/** What is said of a cycle of the file found on the site with other dates: the site's are kept. */
function datesKept(draft: CycleDraft, cycle: Cycle): Said[] {
  return cycle.start === draft.start && cycle.end === draft.end
    ? []
    : [
        {
          text: 'Its dates on your site ({start:day} to {end:day}) are kept.',
          params: { start: cycle.start, end: cycle.end },
        },
      ];
}

/** The plan without the OKRs of the given cycles of the file: their objectives and all under them. */
function withoutCycles<P extends Exportable>(plan: P, cycleSourceIds: ReadonlySet<string>): P {
  if (cycleSourceIds.size === 0) return plan;
  const leftOut = new Set(
    plan.objectives.filter((o) => cycleSourceIds.has(o.draft.cycleId)).map((o) => o.sourceId),
  );
  for (const kr of plan.keyResults) if (leftOut.has(kr.draft.objectiveId)) leftOut.add(kr.sourceId);
  const kept = (sourceId: string, under: string) => !leftOut.has(sourceId) && !leftOut.has(under);
  return {
    ...plan,
    objectives: plan.objectives.filter((o) => kept(o.sourceId, '')),
    keyResults: plan.keyResults.filter((kr) => kept(kr.sourceId, kr.draft.objectiveId)),
    initiatives: plan.initiatives.filter((i) => kept(i.sourceId, i.draft.keyResultId)),
    checkIns: plan.checkIns.filter((c) => kept(c.sourceId, c.draft.keyResultId)),
  };
}

/** The store's id of a cycle and of a team the file names by its source id. */
interface SiteIdOf {
  readonly cycle: (sourceId: string) => string | undefined;
  readonly team: (sourceId: string) => string | undefined;
  /** For the dry run's notes: a team's name, by its store id or a new team's of the file. */
  readonly teamName?: TeamName;
}

interface TeamName {
  readonly onSite: (id: string) => string | undefined;
  readonly inFile: (sourceId: string) => string | undefined;
}

/**
 * The items of a file exported from this store (`Planned.exported`) that the store still has,
 * found by their ids as items of the same kind in the cycle the file puts them in: each is given
 * the store's item (`Planned.onSite`), so the run updates it from the file (the file's title,
 * owner, target… are the user's edit) and leaves its check-ins as they are, instead of making a
 * second of each. An id the store no longer has is imported as a new item, said with its row
 * (but not when an earlier run of the file made it: that run's source id finds it). Rows without
 * such an id are new, as from any file. `siteIdOf` gives the store's cycle and team of a file's.
 * An item the site already has as the file says is left as it is (`Planned.asInFile`).
 */
async function itemsExportedFromHere(
  plan: Exportable,
  siteIdOf: SiteIdOf,
  repository: Pick<
    OkrRepository,
    'loadBoard' | 'cycleCheckInHistory' | 'findImported' | 'storeIdentity'
  >,
  options?: RequestOptions,
): Promise<Lists & { summary: ImportProblem[]; problems: ImportProblem[] }> {
  const unchanged = { ...plan, summary: [], problems: [] };
  const all = [...plan.objectives, ...plan.keyResults, ...plan.initiatives, ...plan.checkIns];
  if (!all.some((planned) => planned.exported)) return unchanged;
  const identity = await repository.storeIdentity(options);
  if (!all.some((planned) => planned.exported?.from === identity)) return unchanged;

  const cycleOfObjective = new Map(
    plan.objectives.map((o) => [o.sourceId, siteIdOf.cycle(o.draft.cycleId)]),
  );
  const cycleOfKeyResult = new Map(
    plan.keyResults.map((kr) => [kr.sourceId, cycleOfObjective.get(kr.draft.objectiveId)]),
  );
  const cycleIds = [...new Set(cycleOfObjective.values())].filter(
    (id): id is string => id !== undefined,
  );
  const read = await Promise.all(
    cycleIds.map(async (cycleId) => {
      const [board, history] = await Promise.all([
        repository.loadBoard({ cycleId }, options),
        repository.cycleCheckInHistory(cycleId, options),
      ]);
      return [cycleId, { board, checkIns: [...history.values()].flat() }] as const;
    }),
  );
  const onSite = new Map(read);
  const missing: { planned: Planned<unknown>; kind: keyof typeof goneWords }[] = [];
  const siteItems = new Map<Planned<unknown>, Objective | KeyResult | Initiative | CheckIn>();
  const find = <D, T extends Objective | KeyResult | Initiative | CheckIn>(
    kind: keyof typeof goneWords,
    list: readonly Planned<D>[],
    cycleOf: (planned: Planned<D>) => string | undefined,
    itemsOf: (cycle: NonNullable<ReturnType<typeof onSite.get>>) => readonly T[],
    more: (item: T) => Partial<ImportedItem> = () => ({}),
  ): Planned<D>[] =>
    list.map((given) => {
      // Found afresh: a plan run again is matched to the site as it is now.
      const planned = {
        ...given,
        onSite: undefined,
        changedSinceExport: undefined,
        asInFile: undefined,
      };
      if (planned.exported?.from !== identity) return planned;
      const cycle = onSite.get(cycleOf(planned) ?? '');
      const item =
        cycle && itemsOf(cycle).find((candidate) => candidate.id === planned.exported!.id);
      if (!item) {
        missing.push({ planned, kind });
        return planned;
      }
      const found: ImportedItem = {
        id: planned.exported.id,
        ...(item.version ? { version: item.version } : {}),
        ...more(item),
      };
      const located = { ...planned, onSite: found };
      siteItems.set(located, item);
      return located;
    });
  const located = find(
    'objectives',
    plan.objectives,
    (o) => cycleOfObjective.get(o.sourceId),
    (cycle) => cycle.board.objectives,
    ({ title, cycleId, teamId }) => ({ objective: { title, cycleId, teamId } }),
  );
  const locatedKeyResults = find(
    'keyResults',
    plan.keyResults,
    (kr) => cycleOfKeyResult.get(kr.sourceId),
    (cycle) => cycle.board.keyResults,
  );
  const locatedInitiatives = find(
    'initiatives',
    plan.initiatives,
    (i) => cycleOfKeyResult.get(i.draft.keyResultId),
    (cycle) => cycle.board.initiatives,
  );
  const checkIns = find(
    'checkIns',
    plan.checkIns,
    (c) => cycleOfKeyResult.get(c.draft.keyResultId),
    (cycle) => cycle.checkIns,
    (checkIn) => (checkIn.status ? { checkInStatus: checkIn.status } : {}),
  );

  // What the file says of each item, with its references as the site's ids: a reference to an
  // item the site does not have (new in the file) is one no site item holds.
  const siteIds = (list: readonly Planned<unknown>[]) =>
    new Map(list.flatMap((p) => (p.onSite ? [[p.sourceId, p.onSite.id] as const] : [])));
  const objectiveIds = siteIds(located);
  const keyResultIds = siteIds(locatedKeyResults);
  const inFileOnly = 'file:';
  const asSite = (found: string | undefined, sourceId: string) =>
    found ?? `${inFileOnly}${sourceId}`;
  const objectiveOf = (sourceId: string) => asSite(objectiveIds.get(sourceId), sourceId);
  const keyResultOf = (sourceId: string) => asSite(keyResultIds.get(sourceId), sourceId);
  const checkInsInFile = new Set(checkIns.flatMap((c) => c.onSite?.id ?? []));
  const siteCheckIns = read.flatMap(([, cycle]) => cycle.checkIns);
  const checkedInSinceExport = (keyResultId: string) =>
    siteCheckIns.some((c) => c.keyResultId === keyResultId && !checkInsInFile.has(c.id ?? ''));
  // Titles and names of what the file's drafts and the site's items refer to, for the notes:
  // by store id, and by `file:` and source id for what only the file has. Made on first use.
  const siteBoards = read.map(([, cycle]) => cycle.board);
  const titlesOf = (
    fileItems: readonly Planned<{ readonly title: string }>[],
    onSiteNow: readonly { readonly id: string; readonly title: string }[],
  ) =>
    new Map<string, string>([
      ...onSiteNow.map((item) => [item.id, item.title] as const),
      ...fileItems.map((p) => [`${inFileOnly}${p.sourceId}`, p.draft.title] as const),
    ]);
  let objectiveTitles: Map<string, string> | undefined;
  let keyResultTitles: Map<string, string> | undefined;
  const nameOf: ReferenceName = (field, id) => {
    if (field === 'teamId')
      return id.startsWith(inFileOnly)
        ? siteIdOf.teamName?.inFile(id.slice(inFileOnly.length))
        : siteIdOf.teamName?.onSite(id);
    if (field === 'objectiveId' || field === 'parentId') {
      objectiveTitles ??= titlesOf(
        plan.objectives,
        siteBoards.flatMap((board) => board.objectives),
      );
      return objectiveTitles.get(id);
    }
    if (field === 'keyResultId') {
      keyResultTitles ??= titlesOf(
        plan.keyResults,
        siteBoards.flatMap((board) => board.keyResults),
      );
      return keyResultTitles.get(id);
    }
    return undefined;
  };
  const conflicts = new Map<Planned<unknown>, SiteDifference[]>();
  const updates = new Map<Planned<unknown>, SiteDifference[]>();
  /**
   * An item found here is written only where the file differs from what the site has now. The
   * store's version (a SharePoint eTag) moves on with every write to the item, a check-in's new
   * current value on a key result or an earlier import of this file among them, and an update
   * sent with an eTag that is no longer the item's is refused with 412
   * (https://learn.microsoft.com/graph/api/listitem-update). An item that differs and whose
   * version is not the one the file was exported with was changed on the site since: which of
   * the two the person meant to keep is not guessed, the item is left as the site has it and
   * named in the dry run.
   */
  const settle = <D>(
    kind: SiteComparable['kind'],
    list: readonly Planned<D>[],
    withSiteIds: (draft: D) => D,
  ): Planned<D>[] =>
    list.map((planned) => {
      const item = siteItems.get(planned) as SiteComparable['item'] | undefined;
      if (!item) return planned;
      const versionMoved =
        planned.exported?.version !== undefined &&
        versionAsWritten(item.version ?? '') !== versionAsWritten(planned.exported.version);
      const differing = differencesFromSite(
        { kind, draft: withSiteIds(planned.draft), item } as SiteComparable,
        versionMoved && kind === 'keyResults' && checkedInSinceExport(item.id),
        nameOf,
      );
      if (differing.length === 0) return { ...planned, asInFile: true };
      if (!versionMoved) {
        updates.set(planned, differing);
        return planned;
      }
      const conflict = { ...planned, changedSinceExport: true };
      conflicts.set(conflict, differing);
      return conflict;
    });
  const references: SiteReferences = {
    cycle: (sourceId) => asSite(siteIdOf.cycle(sourceId), sourceId),
    team: (sourceId) => asSite(siteIdOf.team(sourceId), sourceId),
    objective: objectiveOf,
    keyResult: keyResultOf,
  };

  // The template (CSV, Excel) has no column for a milestone key result's named steps: a row of
  // one the site has keeps the site's names, as many as its target, rather than writing it
  // without them.
  const keyResultsWithSteps = locatedKeyResults.map((planned) => {
    const item = siteItems.get(planned) as KeyResult | undefined;
    const { draft } = planned;
    if (!item?.milestones || draft.milestones || draft.kind !== 'milestone') return planned;
    if (draft.target !== item.milestones.length) return planned;
    const kept = { ...planned, draft: { ...draft, milestones: item.milestones } };
    siteItems.set(kept, item);
    return kept;
  });
  // The board's export, read as your own sheet, has no columns for an objective's weighted
  // alignments and roll-up or a key result's description, weight, milestones, phased targets
  // and roll-up: a row of an item the site has keeps the site's, as the person could not edit them.
  const keptFromSite = <D>(list: readonly Planned<D>[], kept: (draft: D, item: never) => D) =>
    plan.format !== 'ownSheet'
      ? list
      : list.map((planned) => {
          const item = siteItems.get(planned);
          if (!item) return planned;
          const keeping = { ...planned, draft: kept(planned.draft, item as never) };
          siteItems.set(keeping, item);
          return keeping;
        });
  // What the site's items refer to, by the file's source ids: kept only where the file has all.
  const sourceIdsOf = (ids: ReadonlyMap<string, string>) =>
    new Map([...ids].map(([sourceId, id]) => [id, sourceId] as const));
  const sourceIds = { objective: sourceIdsOf(objectiveIds), keyResult: sourceIdsOf(keyResultIds) };
  const inFile = <T extends { readonly id: string }>(
    list: readonly T[] | undefined,
    kindOf: (each: T) => keyof typeof sourceIds,
  ) =>
    list?.every((each) => sourceIds[kindOf(each)].has(each.id))
      ? list.map((each) => ({ ...each, id: sourceIds[kindOf(each)].get(each.id)! }))
      : undefined;
  const objectivesAsOnSite = keptFromSite(located, (draft: ObjectiveDraft, item: Objective) => {
    const alignments = inFile(
      item.alignments?.map((a) => ({ ...a, id: a.objectiveId })),
      () => 'objective',
    );
    return {
      ...draft,
      ...(draft.parentId && objectiveOf(draft.parentId) === item.parentId && alignments
        ? { alignments: alignments.map(({ id, ...a }) => ({ ...a, objectiveId: id })) }
        : {}),
      ...(item.rollsUpAligned ? { rollsUpAligned: item.rollsUpAligned } : {}),
    };
  });
  const keyResultsAsOnSite = keptFromSite(
    keyResultsWithSteps,
    (draft: PlannedKeyResultDraft, item: KeyResult) => ({
      ...draft,
      weight: item.weight,
      ...(item.description ? { description: item.description } : {}),
      ...(item.milestones && !draft.milestones ? { milestones: item.milestones } : {}),
      ...(item.targets ? { targets: item.targets } : {}),
      ...(inFile(item.rolledUpFrom, (c) => c.kind)
        ? { rolledUpFrom: inFile(item.rolledUpFrom, (c) => c.kind) }
        : {}),
    }),
  );
  const objectives = settle('objectives', objectivesAsOnSite, (draft: ObjectiveDraft) =>
    objectiveOnSite(draft, references),
  );
  const keyResults = settle('keyResults', keyResultsAsOnSite, (draft: PlannedKeyResultDraft) =>
    keyResultOnSite(draft, references),
  );
  // Your own sheet makes a check-in of each row's current value, dated by its date column: the
  // board's export writes a key result's last check-in there. One not after the site's last
  // check-in of a key result the site has is that check-in, left as it is where the value is
  // the site's; a value edited in the file is checked in on the import's day, after the site's.
  const siteKeyResults = new Map(
    plan.format !== 'ownSheet'
      ? []
      : locatedKeyResults.flatMap((planned) => {
          const item = siteItems.get(planned) as KeyResult | undefined;
          return item?.lastCheckInAt ? [[planned.sourceId, item] as const] : [];
        }),
  );
  const checkInsAsOnSite = checkIns.map((planned) => {
    const item = siteKeyResults.get(planned.draft.keyResultId);
    const last = item?.lastCheckInAt;
    if (!item || !last || planned.exported || planned.draft.at.slice(0, 10) > last.slice(0, 10))
      return planned;
    const lastCheckIn = siteCheckIns.find((c) => c.keyResultId === item.id && c.at === last);
    const same =
      planned.draft.value === item.current &&
      (planned.draft.confidence === undefined || planned.draft.confidence === item.confidence);
    if (same && lastCheckIn)
      return { ...planned, onSite: { id: lastCheckIn.id ?? lastCheckIn.clientId } };
    const afterLast = new Date(Date.parse(last) + 1000).toISOString();
    const importDay = plan.today && dayAt(plan.today);
    return {
      ...planned,
      draft: { ...planned.draft, at: importDay && importDay > afterLast ? importDay : afterLast },
    };
  });
  const initiatives = settle('initiatives', locatedInitiatives, (draft: InitiativeDraft) =>
    initiativeOnSite(draft, references),
  );
  // The site's own key results and initiatives the file puts under another objective or key
  // result are moved there by the run, as an objective given another team is: said with both.
  const movedUnder = <D>(
    kind: 'keyResults' | 'initiatives',
    list: readonly Planned<D>[],
    parent: { readonly kind: 'objectives' | 'keyResults'; readonly field: string },
    parentInFile: (draft: D) => string,
  ) =>
    list.flatMap((planned): ImportProblem[] => {
      const item = siteItems.get(planned) as Record<string, unknown> | undefined;
      if (!item || planned.asInFile || planned.changedSinceExport) return [];
      const [from, to] = [String(item[parent.field]), parentInFile(planned.draft)];
      if (from === to) return [];
      const named = (id: string) => nameOf(parent.field, id) ?? id;
      return [movedNote(planned.at, kind, { from: named(from), to: named(to) })];
    });
  const moved = [
    ...movedUnder('keyResults', keyResults, { kind: 'objectives', field: 'objectiveId' }, (draft) =>
      objectiveOf(draft.objectiveId),
    ),
    ...movedUnder(
      'initiatives',
      initiatives,
      { kind: 'keyResults', field: 'keyResultId' },
      (draft) => keyResultOf(draft.keyResultId),
    ),
  ];

  const madeBefore = new Map(
    await Promise.all(
      [...new Set(missing.map(({ kind }) => kind))].map(
        async (kind) => [kind, await repository.findImported(kind, options)] as const,
      ),
    ),
  );
  const problems = missing
    .filter(({ planned, kind }) => !madeBefore.get(kind)?.has(planned.sourceId))
    .map(({ planned, kind }): ImportProblem => ({
      ...planned.at,
      ...saidAs([{ text: goneWords[kind], params: { id: planned.exported!.id } }]),
      severity: 'note',
    }));
  const okrs = [objectives, keyResults, initiatives].flat();
  const changed = okrs.filter((p) => p.changedSinceExport).length;
  const asInFile = okrs.filter((p) => p.asInFile).length;
  const updated = okrs.filter((p) => p.onSite).length - changed - asInFile;
  const checkInsKept = checkInsAsOnSite.filter((p) => p.onSite).length;
  const fresh = all.length - updated - asInFile - changed - checkInsKept;
  const first = all.find((planned) => planned.exported?.from === identity)!;
  const outcomes: Said[] = [
    {
      text: '{count} {count|objective, key result or initiative|objectives, key results and initiatives} updated from the file',
      params: { count: updated },
    },
    ...(asInFile > 0
      ? [
          {
            text: '{count} {count|item|items} already as in the file, left as {count|it is|they are}',
            params: { count: asInFile },
          } as const,
        ]
      : []),
    ...(changed > 0
      ? [
          {
            text: '{count} {count|item|items} changed on your site since the export and different in the file, left as your site has {count|it|them} (named below)',
            params: { count: changed },
          } as const,
        ]
      : []),
    ...(checkInsKept > 0
      ? [
          {
            text: '{count} {count|check-in|check-ins} already here, left as they are',
            params: { count: checkInsKept },
          } as const,
        ]
      : []),
    { text: '{count} {count|new item|new items}', params: { count: fresh } },
  ];
  const summary: ImportProblem[] = [
    {
      file: first.at.file,
      ...saidAs([
        {
          text: 'This file was exported from this site, so what it names by its ids here is updated, not made again: {outcomes}.',
          joined: { outcomes: { parts: outcomes, by: '; ' } },
        },
      ]),
      severity: 'note',
      summary: true,
    },
  ];
  const lists = [
    ['objectives', objectives],
    ['keyResults', keyResults],
    ['initiatives', initiatives],
  ] as const;
  const said = (
    differences: ReadonlyMap<Planned<unknown>, readonly SiteDifference[]>,
    message: (kind: ImportKind, differing: string, planned: Planned<unknown>) => string,
    { exceptMoves = false } = {},
  ) =>
    lists.flatMap(([kind, list]) =>
      list.flatMap((planned: Planned<unknown>): ImportProblem[] => {
        // Where the item is moved is said by its move, with both names.
        const differing = differences
          .get(planned)
          ?.filter((difference) => !exceptMoves || difference.field !== movedBy[kind]);
        return differing?.length
          ? [
              {
                ...planned.at,
                message: message(kind, inWords.format(differing.map(differenceInWords)), planned),
                severity: 'note',
              },
            ]
          : [];
      }),
    );
  const changedSaid = said(
    conflicts,
    (kind, differing) =>
      `Changed on your site since the export, and the file differs from your site in its ${differing}: this ${oneOfKind[kind]} is left as your site has it, not overwritten with the file's values. To change it from a file, export again and edit the new file.`,
  );
  const updatesSaid = said(
    updates,
    (kind, differing, planned) =>
      `The ${oneOfKind[kind]} "${(siteItems.get(planned) as Objective | KeyResult | Initiative).title}" is updated from the file: its ${differing}.`,
    { exceptMoves: true },
  );
  return {
    objectives,
    keyResults,
    initiatives,
    checkIns: checkInsAsOnSite,
    summary,
    problems: [...problems, ...changedSaid, ...updatesSaid, ...moved],
  };
}

/**
 * The plan with the site's own items (`Planned.onSite`) read again, as they are now; a plan
 * without any is left as it is.
 */
async function itemsOnSiteNow(
  plan: ImportPlan,
  repository: Pick<
    OkrRepository,
    'loadBoard' | 'cycleCheckInHistory' | 'findImported' | 'storeIdentity'
  >,
  options: RequestOptions,
): Promise<ImportPlan> {
  const kinds = [plan.objectives, plan.keyResults, plan.initiatives, plan.checkIns];
  if (!kinds.some((list) => list.some((planned: Planned<unknown>) => planned.onSite))) return plan;
  const request = options.signal ? { signal: options.signal } : {};
  // As `matchSite` found them: by name (`ImportPlan.onSite`), else written by an earlier import.
  const [teams, cycles] = await Promise.all([
    repository.findImported('teams', request),
    repository.findImported('cycles', request),
  ]);
  const siteIdOf =
    (imported: ReadonlyMap<string, ImportedItem>) =>
    (sourceId: string): string | undefined =>
      plan.onSite?.get(sourceId) ?? imported.get(sourceId)?.id;
  const { objectives, keyResults, initiatives, checkIns } = await itemsExportedFromHere(
    plan,
    { cycle: siteIdOf(cycles), team: siteIdOf(teams) },
    repository,
    request,
  );
  return { ...plan, objectives, keyResults, initiatives, checkIns };
}

/** What the dry run says of an item of a file exported from this site that the site no longer has. */
const goneWords = {
  objectives:
    'This file was exported from your site, but your site no longer has this objective (its id {id}) in that cycle: it is imported as a new objective.',
  keyResults:
    'This file was exported from your site, but your site no longer has this key result (its id {id}) in that cycle: it is imported as a new key result.',
  initiatives:
    'This file was exported from your site, but your site no longer has this initiative (its id {id}) in that cycle: it is imported as a new initiative.',
  checkIns:
    'This file was exported from your site, but your site no longer has this check-in (its id {id}) in that cycle: it is imported as a new check-in.',
} as const satisfies Readonly<Record<string, ReasonText>>;

/**
 * The field (in `differencesFromSite`'s words) an objective, key result or initiative of this site
 * is moved by: another team, objective or key result, said as a move (`objectivesMovedTeam`,
 * `movedUnder`) rather than as a change of the field.
 */
const movedBy: Readonly<Record<'objectives' | 'keyResults' | 'initiatives', string>> = {
  objectives: 'team',
  keyResults: 'objective',
  initiatives: 'key result',
};

/** `target (57 in the file, 50 on your site)`, or the field alone where its values are not text. */
const differenceInWords = ({ field, inFile, onSite }: SiteDifference) =>
  inFile === undefined ? field : `${field} (${inFile} in the file, ${onSite} on your site)`;

/** A list in the words of the import's messages: "title, target and owner". */
const inWords = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Objectives of the file the site already has, made there (on the board, or by an import of
 * another file): the same title in the same cycle and team, under another source id. The import
 * makes a second of each, with its key results and check-ins, so the dry run says so, once for
 * them all. An objective a file exported from this site names by its id is not one of them: it
 * is updated (`itemsExportedFromHere`). `onSite` is the site's cycle and team of a planned
 * objective, when the site has both.
 */
async function objectivesMadeOnSite(
  planned: ImportPlan['objectives'],
  onSite: (
    draft: ImportPlan['objectives'][number]['draft'],
  ) => { readonly cycleId: string; readonly teamId: string } | undefined,
  repository: Pick<OkrRepository, 'loadBoard'>,
  options?: RequestOptions,
): Promise<ImportProblem[]> {
  const placed = planned.flatMap((objective) => {
    const place = onSite(objective.draft);
    return place ? [{ objective, ...place }] : [];
  });
  const cycleIds = [...new Set(placed.map(({ cycleId }) => cycleId))];
  const boards = await Promise.all(
    cycleIds.map((cycleId) =>
      repository.loadBoard(
        {
          cycleId,
          teamIds: [...new Set(placed.filter((p) => p.cycleId === cycleId).map((p) => p.teamId))],
        },
        options,
      ),
    ),
  );
  const siteObjectives = boards.flatMap((board) => board.objectives);
  const ownIds = (objective: ImportPlan['objectives'][number]) => [
    objective.sourceId,
    ...(objective.aliases ?? []),
  ];
  // The site's own objectives the file names by their ids are updated, not made a second time.
  const named = new Set(planned.flatMap((objective) => objective.onSite?.id ?? []));
  const twice = placed.filter(({ objective, cycleId, teamId }) =>
    siteObjectives.some(
      (made) =>
        !objective.onSite &&
        !named.has(made.id) &&
        made.cycleId === cycleId &&
        made.teamId === teamId &&
        sameName(made.title, objective.draft.title) &&
        !ownIds(objective).includes(made.sourceId ?? ''),
    ),
  );
  if (twice.length === 0) return [];
  const shown = twice
    .slice(0, 5)
    .map(({ objective: { draft, at } }): Said =>
      at.row !== undefined
        ? { text: '"{title}" (row {row})', params: { title: draft.title, row: String(at.row) } }
        : { text: '"{title}"', params: { title: draft.title } },
    );
  const objectives =
    twice.length > 5
      ? [
          {
            text: '{objectives} and {count} more',
            params: { count: twice.length - 5 },
            joined: { objectives: { parts: shown, by: ', ' } },
          } as const,
        ]
      : shown;
  return [
    {
      ...twice[0]!.objective.at,
      ...saidAs([
        {
          text: '{count} {count|objective is|objectives are} already on your site with the same title, cycle and team, and not from an import of this file: {objectives}. The import makes a second {count|one|of each} beside {count|it|them}, with {count|its|their} key results and check-ins. To change OKRs here from a file, export them from this site and edit that file (it names them by their ids, so they are updated), change them on the board, or take these rows out of the file and import the rest.',
          params: { count: twice.length },
          joined: { objectives: { parts: objectives, by: ', ' } },
        },
      ]),
      severity: 'note',
    },
  ];
}

/**
 * An objective an earlier Jira import made from its issues' Parent summary, named by the issue
 * number their Parent gave: Jira numbers issues from 10000 up, so a goal list's own short ids
 * (1, 2, 3) are not taken for one.
 */
const madeFromParentSummary = /^sheet:goal:\d{5,}$/;
const issueNumber = (sourceId: string) => sourceId.slice(sourceId.lastIndexOf(':') + 1);

/**
 * Jira epics that update an objective an earlier import made from their issues' Parent summary,
 * said in the dry run: found by the epic's issue number, or, where the file has none for it, as
 * the one such objective of its title in its cycle and team (and the file's one epic of that
 * title there), which it is then written over. Where several fit, none is guessed at.
 */
async function epicsImportedBefore(
  planned: ImportPlan['objectives'],
  onSite: ReadonlyMap<string, string>,
  repository: Pick<OkrRepository, 'findImported'>,
  options?: RequestOptions,
): Promise<{ objectives: ImportPlan['objectives']; problems: ImportProblem[] }> {
  const [existing, cycles, teams] = await Promise.all([
    repository.findImported('objectives', options),
    repository.findImported('cycles', options),
    repository.findImported('teams', options),
  ]);
  const problems: ImportProblem[] = [];
  const storeId = (sourceId: string, imported: ReadonlyMap<string, ImportedItem>) =>
    onSite.get(sourceId) ?? imported.get(sourceId)?.id;
  const claimed = new Set(planned.flatMap((o) => [o.sourceId, ...(o.aliases ?? [])]));
  const titled = (o: ImportPlan['objectives'][number]) => {
    const cycleId = storeId(o.draft.cycleId, cycles);
    const teamId = storeId(o.draft.teamId, teams);
    return (item: ImportedItem) =>
      item.objective !== undefined &&
      sameName(item.objective.title, o.draft.title) &&
      item.objective.cycleId === cycleId &&
      item.objective.teamId === teamId;
  };
  const candidates = [...existing].filter(
    ([sourceId]) => madeFromParentSummary.test(sourceId) && !claimed.has(sourceId),
  );
  const objectives = planned.map((o) => {
    if (existing.has(o.sourceId)) return o;
    const byNumber = o.aliases?.find((alias) => existing.has(alias));
    if (byNumber) {
      problems.push({
        ...o.at,
        ...saidAs([
          {
            text: 'It updates the objective "{title}" an earlier import made from its issues\' Parent summary (issue {issue}): no second objective is made.',
            params: {
              title: existing.get(byNumber)!.objective?.title ?? o.draft.title,
              issue: issueNumber(byNumber),
            },
          },
        ]),
        severity: 'note',
      });
      return o;
    }
    if (!o.numberUnknown) return o;
    const same = titled(o);
    const found = candidates.filter(([, item]) => same(item));
    if (found.length === 0) return o;
    const rivals = planned.filter(
      (other) => other.numberUnknown && found.some(([, item]) => titled(other)(item)),
    );
    if (found.length > 1 || rivals.length > 1) {
      const others = rivals.length - 1;
      const asMay: Said[] =
        others === 0
          ? []
          : others === 1
            ? [{ text: ', as may another epic of that title in the file' }]
            : [
                {
                  text: ', as may {count} other epics of that title in the file',
                  params: { count: others },
                },
              ];
      problems.push({
        ...o.at,
        ...saidAs([
          {
            text:
              found.length > 1
                ? 'It may be any of the {count} objectives "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).'
                : 'It may be the objective "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).',
            params: { count: found.length, title: o.draft.title },
            joined: { rivals: { parts: asMay, by: '' } },
          },
        ]),
        severity: 'note',
      });
      return o;
    }
    const [sourceId] = found[0]!;
    problems.push({
      ...o.at,
      ...saidAs([
        {
          text: 'It updates the objective "{title}" an earlier import made in the same cycle and team from its issues\' Parent summary (issue {issue}), the only one of that title: no second objective is made. The file has no "Issue id" column to find it by its number.',
          params: { title: o.draft.title, issue: issueNumber(sourceId) },
        },
      ]),
      severity: 'note',
    });
    return { ...o, aliases: [...(o.aliases ?? []), sourceId] };
  });
  return { objectives, problems };
}

const names = (people: readonly Person[]) => people.map((who) => who.displayName).join(', ');

/**
 * What becomes of the owners the file names for a team the site has: given to a team without
 * owners; not applied over owners the site has set (said, unless they are the same people).
 */
function ownersOnSite(draft: TeamDraft, team: Team): Said[] {
  const fromFile = draft.owners ?? [];
  const onSite = team.owners ?? [];
  if (fromFile.length === 0) return [];
  if (onSite.length === 0)
    return [
      {
        text: "It has no owners: the file's ({owners}) become its owners.",
        params: { owners: names(fromFile) },
      },
    ];
  const ids = (people: readonly Person[]) =>
    [...new Set(people.map((who) => who.id))].sort().join();
  if (ids(fromFile) === ids(onSite)) return [];
  return [
    {
      text: "The file's owners ({owners}) are not applied: the team has owners on your site ({onSite}), and they are kept.",
      params: { owners: names(fromFile), onSite: names(onSite) },
    },
  ];
}

/**
 * What becomes of the Microsoft 365 group the file gives a team the site has: linked where the
 * site links the team to none; where the site links it to another, the site's is kept (said).
 */
function groupOnSite(draft: TeamDraft, team: Team): Said[] {
  const fromFile = draft.groupId;
  if (!fromFile || fromFile.toLowerCase() === team.groupId?.toLowerCase()) return [];
  if (!team.groupId)
    return [
      {
        text: "It has no Microsoft 365 group on your site: it is linked to the file's ({group}), so who is in the team is that group's membership.",
        params: { group: fromFile },
      },
    ];
  return [
    {
      text: "The file links it to the Microsoft 365 group {group}, but your site links it to {onSite}: the site's group is kept and {group} is not linked (if the file is right, change it in Programme, Teams).",
      params: { group: fromFile, onSite: team.groupId },
    },
  ];
}

/**
 * Groups by depth in a chain of what each item needs written first (a team's parent, the
 * objectives an objective aligns to, the KRs a KR rolls up from); what is outside the list, or
 * closes a loop, counts as already there.
 */
function byLevel<T>(
  items: readonly T[],
  id: (item: T) => string,
  needs: (item: T) => readonly (string | undefined)[],
): T[][] {
  const byId = new Map(items.map((item) => [id(item), item]));
  const depth = new Map<string, number>();
  const depthOf = (item: T, seen: Set<string>): number => {
    const key = id(item);
    const known = depth.get(key);
    if (known !== undefined) return known;
    seen.add(key);
    let value = 0;
    for (const need of needs(item)) {
      const needed = byId.get(need ?? '');
      if (needed && !seen.has(id(needed))) value = Math.max(value, depthOf(needed, seen) + 1);
    }
    seen.delete(key);
    depth.set(key, value);
    return value;
  };
  const levels: T[][] = [];
  for (const item of items) (levels[depthOf(item, new Set())] ??= []).push(item);
  return levels.filter(Boolean);
}

export async function runImport(
  given: ImportPlan,
  repository: Pick<
    OkrRepository,
    | 'listTeams'
    | 'listCycles'
    | 'findImported'
    | 'writeImported'
    | 'updateTeam'
    | 'loadBoard'
    | 'cycleCheckInHistory'
    | 'storeIdentity'
  >,
  options: RequestOptions & { readonly onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportReport> {
  const planned = Object.fromEntries(
    importKinds.map((kind) => [kind, given[kind].length]),
  ) as Record<ImportKind, number>;
  const written = Object.fromEntries(importKinds.map((kind) => [kind, 0])) as Record<
    ImportKind,
    number
  >;
  const failed: ImportFailure[] = [];
  const unchanged = Object.fromEntries(importKinds.map((kind) => [kind, 0])) as Record<
    ImportKind,
    number
  >;
  const own = { updated: 0, asInFile: 0, checkInsKept: 0, changedLeft: 0 };
  const siteTeams = given.siteTeams ?? [];
  const siteTeamOwners = { planned: siteTeams.filter((t) => t.owners).length, written: 0 };
  const siteTeamGroups = { planned: siteTeams.filter((t) => t.groupId).length, written: 0 };
  const total = importKinds.reduce((sum, kind) => sum + planned[kind], 0);
  let doneBefore = 0;
  const storeIds = new Map<string, string>(given.onSite);
  const cycleOf = new Map<string, string>();
  for (const objective of given.objectives)
    cycleOf.set(objective.sourceId, objective.draft.cycleId);
  for (const kr of given.keyResults)
    cycleOf.set(kr.sourceId, cycleOf.get(kr.draft.objectiveId) ?? '');
  for (const initiative of given.initiatives) {
    cycleOf.set(initiative.sourceId, cycleOf.get(initiative.draft.keyResultId) ?? '');
  }

  // What each item is called in the file, to name it where it, or what it needs, failed.
  const titles = new Map<string, string>(
    [...given.teams, ...given.cycles].map((planned) => [planned.sourceId, planned.draft.name]),
  );
  for (const planned of [...given.objectives, ...given.keyResults, ...given.initiatives])
    titles.set(planned.sourceId, planned.draft.title);
  // A check-in is named by its key result.
  for (const { sourceId, draft } of given.checkIns) {
    const title = titles.get(draft.keyResultId);
    if (title !== undefined) titles.set(sourceId, title);
  }
  const titled = (sourceId: string) => {
    const title = titles.get(sourceId);
    return title !== undefined ? { title } : {};
  };

  /** Writes one group of one kind, with references swapped for store ids. */
  const write = async <L extends ImportList & ImportKind>(
    kind: L,
    group: readonly Planned<ImportWrite<L>['draft']>[],
    existing: ReadonlyMap<string, ImportedItem>,
    resolve: (
      planned: Planned<ImportWrite<L>['draft']>,
    ) => { draft: ImportWrite<L>['draft']; cycleId?: string } | { missing: Said },
  ) => {
    const writes: ImportWrite<L>[] = [];
    const places = new Map<string, SourcePlace>();
    for (const planned of group) {
      places.set(planned.sourceId, planned.at);
      if ((planned.changedSinceExport || planned.asInFile) && planned.onSite) {
        storeIds.set(planned.sourceId, planned.onSite.id);
        if (planned.importedBefore) unchanged[kind]++;
        else if (planned.asInFile) own.asInFile++;
        else own.changedLeft++;
        continue;
      }
      const resolved = resolve(planned);
      if ('missing' in resolved) {
        failed.push({
          kind,
          sourceId: planned.sourceId,
          at: planned.at,
          ...titled(planned.sourceId),
          ...saidAs([resolved.missing]),
          retryable: false,
        });
        continue;
      }
      // Found by an id an earlier import gave it (a Jira epic made from its issues' Parent
      // summary, by the epic's number), it is updated and keeps the id the file gives it now.
      const found =
        planned.onSite ??
        (kind === 'checkIns'
          ? checkInImportedBefore(planned.sourceId, existing)
          : (existing.get(planned.sourceId) ??
            planned.aliases
              ?.map((alias) => existing.get(alias))
              .find((item) => item !== undefined)));
      writes.push({
        sourceId: planned.sourceId,
        ...resolved,
        ...(found ? { existing: found } : {}),
        ...(planned.onSite ? { own: true } : {}),
      });
    }
    const report = await repository.writeImported(kind, writes, {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: ({ done }) => options.onProgress?.({ kind, done: doneBefore + done, total }),
    });
    for (const [sourceId, id] of report.written) storeIds.set(sourceId, id);
    written[kind] += report.written.size;
    const ownWritten = writes.filter((w) => w.own && report.written.has(w.sourceId)).length;
    if (kind === 'checkIns') own.checkInsKept += ownWritten;
    else own.updated += ownWritten;
    for (const failure of report.failed) {
      failed.push({
        kind,
        sourceId: failure.sourceId,
        at: places.get(failure.sourceId) ?? { file: '' },
        ...titled(failure.sourceId),
        ...failureInWords(failure.error),
      });
    }
    doneBefore += group.length;
  };
  const ref = (sourceId: string | undefined, notWritten: NotWritten) => {
    if (sourceId === undefined) return undefined;
    const id = storeIds.get(sourceId);
    if (id === undefined) {
      throw new MissingReference({
        text: notWritten,
        params: { title: titles.get(sourceId) ?? sourceId },
      });
    }
    return id;
  };
  const resolving =
    <D, R>(build: (draft: D) => R) =>
    (planned: Planned<D>): R | { missing: Said } => {
      try {
        return build(planned.draft);
      } catch (error) {
        if (error instanceof MissingReference) return { missing: error.said };
        throw error;
      }
    };

  const reportOf = () => ({
    planned,
    cycleIds: [
      ...new Set(
        given.objectives.flatMap(({ sourceId, draft }) => {
          const cycleId = storeIds.has(sourceId) ? storeIds.get(draft.cycleId) : undefined;
          return cycleId ? [cycleId] : [];
        }),
      ),
    ],
    written,
    unchanged,
    failed,
    siteTeamOwners,
    siteTeamGroups,
    ...(own.updated + own.asInFile + own.checkInsKept + own.changedLeft > 0
      ? { fromThisSite: own }
      : {}),
  });

  try {
    // The site's own items are found again as the run starts, with the versions they have now: a
    // plan run again (after a failure, or Import again) updates what its first run updated. A
    // cancel during this read stops the run as any other does, before anything is written.
    const onSiteNow = await itemsOnSiteNow(given, repository, options);
    // What the dry run found an earlier import of the file wrote as the file says is looked at
    // again as the site is now: left only if it still is.
    const request = options.signal ? { signal: options.signal } : {};
    const plan = importKinds.some((kind) =>
      (onSiteNow[kind] as readonly Planned<unknown>[]).some((p) => p.importedBefore),
    )
      ? await unchangedSinceImport(
          onSiteNow,
          {
            teams: await repository.listTeams(request),
            cycles: await repository.listCycles(request),
          },
          repository,
          request,
        )
      : onSiteNow;
    const existing = async (list: ImportList) => {
      options.signal?.throwIfAborted();
      return repository.findImported(list, options.signal ? { signal: options.signal } : {});
    };
    // Teams the site has are given what the file adds first, so a team the file writes again
    // is found below with the version this update leaves.
    for (const { sourceId, at, team, owners, groupId } of siteTeams) {
      options.signal?.throwIfAborted();
      await repository
        .updateTeam(
          { ...team, ...(owners ? { owners } : {}), ...(groupId ? { groupId } : {}) },
          options.signal ? { signal: options.signal } : {},
        )
        .then(() => {
          if (owners) siteTeamOwners.written++;
          if (groupId) siteTeamGroups.written++;
        })
        .catch((error: unknown) => {
          if (options.signal?.aborted) throw error;
          const notSet: Said = {
            text: !groupId
              ? 'Its owners were not set.'
              : owners
                ? 'Its owners and Microsoft 365 group were not set.'
                : 'Its Microsoft 365 group was not set.',
          };
          const words =
            error instanceof OkrError
              ? failureInWords(error)
              : { message: String(error), retryable: true };
          failed.push({
            kind: 'teams',
            sourceId,
            at,
            title: team.name,
            message: `${sayReason([notSet])} ${words.message}`,
            ...(words.said ? { said: [notSet, ...words.said] } : {}),
            retryable: words.retryable,
          });
        });
    }
    const teams = await existing('teams');
    for (const level of byLevel(
      plan.teams,
      (t) => t.sourceId,
      (t) => [t.draft.parentTeamId],
    )) {
      await write(
        'teams',
        level,
        teams,
        resolving((draft) => ({
          draft: {
            ...draft,
            ...(draft.parentTeamId
              ? {
                  parentTeamId: ref(
                    draft.parentTeamId,
                    'Not imported: its parent team "{title}" was not written (it is listed here too).',
                  )!,
                }
              : {}),
          },
        })),
      );
    }
    await write('cycles', plan.cycles, await existing('cycles'), (planned) => ({
      draft: planned.draft,
    }));
    const objectives = await existing('objectives');
    for (const level of byLevel(
      plan.objectives,
      (o) => o.sourceId,
      (o) => [o.draft.parentId, ...(o.draft.alignments ?? []).map((a) => a.objectiveId)],
    )) {
      await write(
        'objectives',
        level,
        objectives,
        resolving((draft) => ({
          draft: {
            ...draft,
            cycleId: ref(
              draft.cycleId,
              'Not imported: its cycle "{title}" was not written (it is listed here too).',
            )!,
            teamId: ref(
              draft.teamId,
              'Not imported: its team "{title}" was not written (it is listed here too).',
            )!,
            ...(draft.parentId
              ? {
                  parentId: ref(
                    draft.parentId,
                    'Not imported: the objective it aligns to "{title}" was not written (it is listed here too).',
                  )!,
                }
              : {}),
            ...(draft.alignments
              ? {
                  alignments: draft.alignments.map((a) => ({
                    ...a,
                    objectiveId: ref(
                      a.objectiveId,
                      'Not imported: an objective it aligns to "{title}" was not written (it is listed here too).',
                    )!,
                  })),
                }
              : {}),
          },
        })),
      );
    }
    const keyResults = await existing('keyResults');
    for (const level of byLevel(
      plan.keyResults,
      (kr) => kr.sourceId,
      (kr) => (kr.draft.rolledUpFrom ?? []).map((contributor) => contributor.id),
    )) {
      await write(
        'keyResults',
        level,
        keyResults,
        resolving((draft) => ({
          draft: {
            ...draft,
            objectiveId: ref(
              draft.objectiveId,
              'Not imported: its objective "{title}" was not written (it is listed here too).',
            )!,
            ...(draft.rolledUpFrom
              ? {
                  rolledUpFrom: draft.rolledUpFrom.map((contributor) => ({
                    ...contributor,
                    id: ref(
                      contributor.id,
                      'Not imported: an OKR it rolls up from "{title}" was not written (it is listed here too).',
                    )!,
                  })),
                }
              : {}),
          },
          cycleId: ref(
            cycleOf.get(draft.objectiveId),
            'Not imported: its cycle "{title}" was not written (it is listed here too).',
          )!,
        })),
      );
    }
    /** An initiative or a check-in, written under its key result's new id, in its cycle. */
    const underItsKeyResult = <D extends { readonly keyResultId: string }>(draft: D) => ({
      draft: {
        ...draft,
        keyResultId: ref(
          draft.keyResultId,
          'Not imported: its key result "{title}" was not written (it is listed here too).',
        )!,
      },
      cycleId: ref(
        cycleOf.get(draft.keyResultId),
        'Not imported: its cycle "{title}" was not written (it is listed here too).',
      )!,
    });
    await write(
      'initiatives',
      plan.initiatives,
      await existing('initiatives'),
      resolving(underItsKeyResult),
    );
    await write(
      'checkIns',
      plan.checkIns,
      await existing('checkIns'),
      resolving(underItsKeyResult),
    );
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    const outcome = reportOf();
    return { ...outcome, cancelled: true };
  }
  return { ...reportOf(), cancelled: false };
}

class MissingReference extends Error {
  constructor(readonly said: Said) {
    super(sayReason([said]));
  }
}

/** Why a thing was not written: what it refers to (its title as `{title}`) was not. */
type NotWritten = Extract<ReasonText, `Not imported: ${string}`>;
