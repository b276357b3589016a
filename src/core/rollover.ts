/**
 * Rolling over: "Start the next cycle" clones chosen objectives and KRs into the next cycle.
 * Unfinished ones are chosen by default; a KR starts where it ended (start = last value), its
 * phased targets moved to the same point of the next cycle, its unfinished initiatives with it.
 * An alignment (or a KR's roll-up from the OKRs aligned to it) is kept when what it points to
 * comes along too, or stays in a cycle that spans the next one (a quarter's objective aligned to
 * its year's, or a quarter's KR rolling up from the year's, the year running on); otherwise it is
 * lost, and the plan names it and why. What a run left out under an objective it carried (a KR
 * Graph refused) is offered again under that objective's copy. Pure: the plan says what to
 * create; the store writes it in `$batch`es.
 */
import { alignedTo, cyclesOpenAround } from './alignment-across-cycles';
import type { CycleDates } from './cycles';
import { addDays, daysBetween } from './dates';
import type { Cycle, DatedTarget, Initiative, KeyResult, LeftOutOfCycle, Objective } from './model';
import { keyResultProgress } from './progress';

export interface RolloverSource {
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  /** The work under the KRs: the unfinished initiatives of a KR carried come along with it. */
  readonly initiatives?: readonly Initiative[];
  /** The source cycle: phased targets move to the same point of the next cycle. */
  readonly cycle?: Pick<Cycle, 'id' | 'name' | 'start' | 'end'>;
}

export interface RolloverSelection {
  readonly objectiveIds: ReadonlySet<string>;
  readonly keyResultIds: ReadonlySet<string>;
}

/** A KR is finished once its progress reaches the target. */
export function isFinished(keyResult: KeyResult): boolean {
  return keyResultProgress(keyResult) >= 1;
}

/** What the next cycle holds already, by the source's ids: its initiatives too once read. */
export interface Carried extends RolloverSelection {
  readonly initiativeIds?: ReadonlySet<string>;
}

const nothing: Carried = { objectiveIds: new Set(), keyResultIds: new Set() };

/**
 * Unfinished KRs, and the objectives that have one, are pre-selected; what is `carried` over
 * already is not offered again, nor what a coach `leftOut` of the next cycle. An unfinished KR
 * missing under an objective carried already (a run that Graph partly refused) is chosen again,
 * to go under that objective's copy.
 */
export function defaultRolloverSelection(
  source: RolloverSource,
  carried: RolloverSelection = nothing,
  leftOut: RolloverSelection = nothing,
): RolloverSelection {
  const keyResultIds = new Set(
    source.keyResults
      .filter(
        (kr) =>
          !isFinished(kr) && !carried.keyResultIds.has(kr.id) && !leftOut.keyResultIds.has(kr.id),
      )
      .map((kr) => kr.id),
  );
  const objectiveIds = new Set(
    source.objectives
      .filter(
        (objective) =>
          !carried.objectiveIds.has(objective.id) &&
          !leftOut.objectiveIds.has(objective.id) &&
          source.keyResults.some(
            (kr) => kr.objectiveId === objective.id && keyResultIds.has(kr.id),
          ),
      )
      .map((objective) => objective.id),
  );
  return { objectiveIds, keyResultIds };
}

/**
 * What the next cycle lacks under what it holds already: the unfinished KRs of objectives
 * carried that are not there (unless a coach `leftOut` of it), and the open initiatives of KRs
 * carried (or of those KRs) that are not. After a run Graph partly refused, a reload finds them
 * here; carrying them (and only them) again completes the run.
 */
export function missingUnderCarried(
  source: RolloverSource,
  carried: Carried,
  leftOut: RolloverSelection = nothing,
): { readonly keyResults: readonly KeyResult[]; readonly initiatives: readonly Initiative[] } {
  const keyResults = source.keyResults.filter(
    (kr) =>
      carried.objectiveIds.has(kr.objectiveId) &&
      !carried.keyResultIds.has(kr.id) &&
      !leftOut.keyResultIds.has(kr.id) &&
      !isFinished(kr),
  );
  const under = new Set([...carried.keyResultIds, ...keyResults.map((kr) => kr.id)]);
  const initiatives = (source.initiatives ?? []).filter(
    (initiative) =>
      isOpen(initiative) &&
      under.has(initiative.keyResultId) &&
      !carried.initiativeIds?.has(initiative.id),
  );
  return { keyResults, initiatives };
}

/**
 * The selection with each of `objectives` chosen with all its KRs (`on`), or with none of them:
 * "select all" and "select none", for a team or the whole list. What the next cycle holds already
 * (`carried`) is never chosen again.
 */
export function chooseAll(
  selection: RolloverSelection,
  source: RolloverSource,
  objectives: readonly Pick<Objective, 'id'>[],
  on: boolean,
  carried: RolloverSelection = nothing,
): RolloverSelection {
  const objectiveIds = new Set(selection.objectiveIds);
  const keyResultIds = new Set(selection.keyResultIds);
  const chosen = new Set(objectives.map((objective) => objective.id));
  for (const id of chosen) {
    if (on && !carried.objectiveIds.has(id)) objectiveIds.add(id);
    else objectiveIds.delete(id);
  }
  for (const kr of source.keyResults) {
    if (!chosen.has(kr.objectiveId)) continue;
    if (on && !carried.keyResultIds.has(kr.id)) keyResultIds.add(kr.id);
    else keyResultIds.delete(kr.id);
  }
  return { objectiveIds, keyResultIds };
}

/** Of some items: how many the next cycle does not hold yet (`open`), chosen of those, and held. */
export interface ChoiceCount {
  readonly chosen: number;
  readonly open: number;
  readonly held: number;
}

/**
 * What "select all" of `objectives` chooses, and what is chosen of it: the objectives and their
 * KRs the next cycle does not hold yet, a KR counted as chosen only when it comes (its objective
 * chosen or carried).
 */
export function countChoice(
  source: RolloverSource,
  objectives: readonly Pick<Objective, 'id'>[],
  selection: RolloverSelection,
  carried: RolloverSelection = nothing,
): { readonly objectives: ChoiceCount; readonly keyResults: ChoiceCount } {
  const ids = new Set(objectives.map((objective) => objective.id));
  const comes = (id: string) => selection.objectiveIds.has(id) || carried.objectiveIds.has(id);
  const count = <T extends { readonly id: string }>(
    items: readonly T[],
    held: ReadonlySet<string>,
    chosen: (item: T) => boolean,
  ): ChoiceCount => {
    const open = items.filter((item) => !held.has(item.id));
    return {
      chosen: open.filter(chosen).length,
      open: open.length,
      held: items.length - open.length,
    };
  };
  return {
    objectives: count(
      [...ids].map((id) => ({ id })),
      carried.objectiveIds,
      ({ id }) => selection.objectiveIds.has(id),
    ),
    keyResults: count(
      source.keyResults.filter((kr) => ids.has(kr.objectiveId)),
      carried.keyResultIds,
      (kr) => selection.keyResultIds.has(kr.id) && comes(kr.objectiveId),
    ),
  };
}

/**
 * What a run chose that the next cycle still lacks after it (Graph refused it, or what it hangs
 * on): chosen again, and nothing else. What the coach left out stays left out; the open
 * initiatives of the KRs that come follow as ever.
 */
export function leftByRun(plan: RolloverPlan, carried: RolloverSelection): RolloverSelection {
  const left = (entries: readonly { readonly sourceId: string }[], held: ReadonlySet<string>) =>
    new Set(entries.map((entry) => entry.sourceId).filter((id) => !held.has(id)));
  return {
    objectiveIds: left(plan.objectives, carried.objectiveIds),
    keyResultIds: left(plan.keyResults, carried.keyResultIds),
  };
}

/** What the next cycle `next` records as left out of it from cycle `sourceCycleId`. */
export function leftOutOf(
  next: Pick<Cycle, 'leftOut'> | undefined,
  sourceCycleId: string,
): RolloverSelection {
  const stored = next?.leftOut?.[sourceCycleId];
  return {
    objectiveIds: new Set(stored?.objectiveIds ?? []),
    keyResultIds: new Set(stored?.keyResultIds ?? []),
  };
}

/** A change to what is left out of the next cycle: some left out now, others taken back. */
export interface LeftOutChange {
  readonly leaveOut: RolloverSelection;
  readonly takeBack: RolloverSelection;
}

/**
 * What a run (`plan`, from `selection`) changes in what is left out: what would be chosen for
 * you (unfinished, not `carried` yet) and was not chosen is left out (a KR only when its objective
 * comes: one under an objective left out goes with it), and what the run carries is taken back.
 */
export function leftOutByRun(
  source: RolloverSource,
  selection: RolloverSelection,
  carried: RolloverSelection,
  plan: RolloverPlan,
): LeftOutChange {
  const offered = defaultRolloverSelection(source, carried);
  const comes = (objectiveId: string) =>
    selection.objectiveIds.has(objectiveId) || carried.objectiveIds.has(objectiveId);
  return {
    leaveOut: {
      objectiveIds: new Set(
        [...offered.objectiveIds].filter((id) => !selection.objectiveIds.has(id)),
      ),
      keyResultIds: new Set(
        source.keyResults
          .filter(
            (kr) =>
              offered.keyResultIds.has(kr.id) &&
              !selection.keyResultIds.has(kr.id) &&
              comes(kr.objectiveId),
          )
          .map((kr) => kr.id),
      ),
    },
    takeBack: {
      objectiveIds: new Set(plan.objectives.map((entry) => entry.sourceId)),
      keyResultIds: new Set(plan.keyResults.map((entry) => entry.sourceId)),
    },
  };
}

/** What is left out once `change` is made to what was (`stored`): ids in the order first left out. */
export function withLeftOutChange(
  stored: LeftOutOfCycle | undefined,
  change: LeftOutChange,
): LeftOutOfCycle {
  const changed = (
    before: readonly string[] | undefined,
    add: ReadonlySet<string>,
    remove: ReadonlySet<string>,
  ) => [...new Set([...(before ?? []), ...add])].filter((id) => !remove.has(id));
  return {
    objectiveIds: changed(
      stored?.objectiveIds,
      change.leaveOut.objectiveIds,
      change.takeBack.objectiveIds,
    ),
    keyResultIds: changed(
      stored?.keyResultIds,
      change.leaveOut.keyResultIds,
      change.takeBack.keyResultIds,
    ),
  };
}

/**
 * The source's objectives, KRs and initiatives whose copies the next cycle holds already (by
 * source id). An objective's copy is looked for among objectives, a KR's among KRs: ids are per
 * list, so the copy of objective 12 carries the source id a copy of key result 12 would.
 */
export function carriedOver(source: RolloverSource, next: RolloverSource): Carried {
  const ids = (
    items: readonly { readonly id: string }[],
    copies: readonly { readonly sourceId?: string }[],
  ) => {
    const copied = new Set(copies.map((copy) => copy.sourceId));
    return new Set(
      items.filter((item) => copied.has(rolledOverFrom(item.id))).map((item) => item.id),
    );
  };
  return {
    objectiveIds: ids(source.objectives, next.objectives),
    keyResultIds: ids(source.keyResults, next.keyResults),
    initiativeIds: ids(source.initiatives ?? [], next.initiatives ?? []),
  };
}

/** Both: what a run carried added to what the next cycle held before it. */
export function carriedBoth(before: Carried, now: Carried): Carried {
  const union = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) =>
    new Set([...(a ?? []), ...(b ?? [])]);
  return {
    objectiveIds: union(before.objectiveIds, now.objectiveIds),
    keyResultIds: union(before.keyResultIds, now.keyResultIds),
    initiativeIds: union(before.initiativeIds, now.initiativeIds),
  };
}

/**
 * The source id a clone carries: the item it was rolled over from. Running the same roll-over
 * again finds the clones by it in the next cycle and creates nothing twice.
 */
export function rolledOverFrom(sourceId: string): string {
  return `rollover:${sourceId}`;
}

export type RolledObjective = Omit<Objective, 'id' | 'version' | 'parentId' | 'alignments'>;
export type RolledKeyResult = Omit<
  KeyResult,
  'id' | 'version' | 'objectiveId' | 'lastCheckInAt' | 'rolledUpFrom'
>;
export type RolledInitiative = Omit<Initiative, 'id' | 'version' | 'keyResultId'>;

/**
 * What a copy's link points to: the copy of an item carried (now, or by an earlier run of the
 * same roll-over), found by the source id; or an item left as it is, in a cycle spanning the next.
 */
export type RolledLink = { readonly copyOf: string } | { readonly id: string };

/** What the next cycle's OKRs may still point to, beside what is carried. */
export interface RolloverContext {
  /** Every cycle: an alignment to an objective in one spanning the next cycle is kept. */
  readonly cycles: readonly Cycle[];
  /**
   * Objectives off the source that its objectives align to or its KRs roll up from, and the
   * objectives of `keyResultsElsewhere` (whose cycle is theirs).
   */
  readonly elsewhere?: readonly Pick<Objective, 'id' | 'title' | 'cycleId'>[];
  /** KRs off the source that its KRs roll up from (a year's KR feeding a quarter's). */
  readonly keyResultsElsewhere?: readonly Pick<KeyResult, 'id' | 'title' | 'objectiveId'>[];
  /** What the next cycle holds already: a link to one of these points to its copy. */
  readonly carried?: Carried;
}

/**
 * Why a link to an item in another cycle cannot be kept: that cycle is `closed`, or it does not
 * span the next one because it `endsFirst` (on `end`) or `startsLater` (on `start`).
 */
export type LostBecause =
  | { readonly because: 'closed' }
  | { readonly because: 'endsFirst'; readonly end: string }
  | { readonly because: 'startsLater'; readonly start: string };

/**
 * An alignment (objective to objective) or a roll-up (KR from an OKR aligned to it) of a copy,
 * kept or not, for the preview: `from` and `to` are titles (`to` empty when the item pointed to
 * was not found). Kept because it is `carried` too or `spans` the next cycle (in `cycle`); lost
 * because it `staysIn` `cycle` (the source's, not chosen; or another, `why` naming what keeps it
 * from spanning `next`), or is `notFound`.
 */
export interface LinkFate {
  readonly link: 'alignment' | 'rollUp';
  readonly from: string;
  readonly to: string;
  readonly fate: 'carried' | 'spans' | 'staysIn' | 'notFound';
  readonly cycle?: string;
  readonly why?: LostBecause;
  /** The next cycle's name, with `why`. */
  readonly next?: string;
}

export interface RolloverPlan {
  /** The cycle the copies are created in. */
  readonly cycleId: string;
  /** Parents before their children, so each child can point at its parent's new id. */
  readonly objectives: readonly {
    readonly sourceId: string;
    /** The first alignment kept; absent when none is. */
    readonly parent?: RolledLink;
    /** The weighted alignments kept, when the source had weighted ones (the first is `parent`). */
    readonly alignments?: readonly { readonly link: RolledLink; readonly weight: number }[];
    readonly draft: RolledObjective;
  }[];
  /** KRs another carried KR rolls up from before that one. */
  readonly keyResults: readonly {
    readonly sourceId: string;
    readonly objectiveSourceId: string;
    /** The OKRs it rolls up from that it still can (absent when none). */
    readonly rolledUpFrom?: readonly {
      readonly kind: 'objective' | 'keyResult';
      readonly link: RolledLink;
      readonly weight: number;
    }[];
    readonly draft: RolledKeyResult;
  }[];
  /** The unfinished initiatives under the KRs carried, now or by an earlier run. */
  readonly initiatives: readonly {
    readonly sourceId: string;
    readonly keyResultSourceId: string;
    readonly draft: RolledInitiative;
  }[];
  /** Every alignment and roll-up of the copies: which are kept and which cannot be. */
  readonly links: readonly LinkFate[];
}

/**
 * Phased targets at the same point of the next cycle (a date a third into the quarter, a third
 * into the next), those already passed by where the KR starts again left out.
 */
function movedTargets(
  kr: KeyResult,
  start: number,
  from: CycleDates | undefined,
  into: CycleDates | undefined,
): readonly DatedTarget[] | undefined {
  if (!kr.targets?.length || !from || !into) return undefined;
  const fromDays = Math.max(1, daysBetween(from.start, from.end));
  const intoDays = daysBetween(into.start, into.end);
  const ahead = (value: number) =>
    kr.kind === 'decrease'
      ? value < start
      : kr.kind === 'increase' || kr.kind === 'milestone'
        ? value > start
        : true;
  const moved = kr.targets
    .filter((target) => ahead(target.value))
    .map((target) => {
      const offset = Math.round((daysBetween(from.start, target.date) * intoDays) / fromDays);
      return {
        date: addDays(into.start, Math.min(intoDays, Math.max(0, offset))),
        value: target.value,
      };
    });
  return moved.length > 0 ? moved : undefined;
}

function rolledKeyResult(
  kr: KeyResult,
  from: CycleDates | undefined,
  into: CycleDates | undefined,
): RolledKeyResult {
  const tracksLine = kr.kind === 'stayAbove' || kr.kind === 'stayBelow';
  const binary = kr.kind === 'binary';
  // Lines (stay above/below) keep their baseline, and done/not done starts not done again.
  const start = tracksLine || binary ? kr.start : kr.current;
  const targets = movedTargets(kr, start, from, into);
  return {
    title: kr.title,
    ...(kr.description ? { description: kr.description } : {}),
    ...(kr.owner ? { owner: kr.owner } : {}),
    kind: kr.kind,
    start,
    target: kr.target,
    current: binary ? kr.start : kr.current,
    unit: kr.unit,
    weight: kr.weight,
    ...(kr.milestones ? { milestones: kr.milestones } : {}),
    ...(targets ? { targets } : {}),
    sourceId: rolledOverFrom(kr.id),
  };
}

/** Not done and not dropped: the work still to do comes along with its KR. */
function isOpen(initiative: Initiative): boolean {
  return initiative.status === 'notStarted' || initiative.status === 'inProgress';
}

export function planRollover(
  source: RolloverSource,
  selection: RolloverSelection,
  nextCycleId: string,
  context: RolloverContext = { cycles: [] },
): RolloverPlan {
  const carried = context.carried ?? nothing;
  const next = context.cycles.find((cycle) => cycle.id === nextCycleId);
  // An item in a cycle spanning the next one, or in the next one itself, runs on beside the copy.
  const keptIn = new Set([
    nextCycleId,
    ...(next ? cyclesOpenAround(next, context.cycles).map((c) => c.id) : []),
  ]);
  const cycleName = (id: string) => context.cycles.find((cycle) => cycle.id === id)?.name;
  const chosen = source.objectives.filter((objective) => selection.objectiveIds.has(objective.id));
  const chosenIds = new Set(chosen.map((objective) => objective.id));
  const comes = (id: string) => chosenIds.has(id) || carried.objectiveIds.has(id);
  // A KR comes under its objective's copy: made now, or by an earlier run.
  const plannedKeyResults = source.keyResults.filter(
    (kr) =>
      selection.keyResultIds.has(kr.id) &&
      !carried.keyResultIds.has(kr.id) &&
      comes(kr.objectiveId),
  );
  const plannedKrIds = new Set(plannedKeyResults.map((kr) => kr.id));
  const krComes = (id: string) => plannedKrIds.has(id) || carried.keyResultIds.has(id);
  const links: LinkFate[] = [];

  /**
   * The fate of a link to an item of cycle `cycleId` that does not come along: kept when that
   * cycle runs on beside the next one, else lost, saying why (`here`: on the source, not chosen).
   */
  const fateIn = (
    link: LinkFate['link'],
    from: string,
    to: string,
    cycleId: string | undefined,
    here: boolean,
  ): LinkFate => {
    if (cycleId !== undefined && keptIn.has(cycleId))
      return { link, from, to, fate: 'spans', cycle: cycleName(cycleId) ?? '' };
    const other = context.cycles.find((cycle) => cycle.id === cycleId);
    if (here || !other) {
      const stays = other?.name ?? (here ? source.cycle?.name : undefined);
      return stays
        ? { link, from, to, fate: 'staysIn', cycle: stays }
        : { link, from, to, fate: 'notFound' };
    }
    const why: LostBecause | undefined = !next
      ? undefined
      : other.end < next.end
        ? { because: 'endsFirst', end: other.end }
        : other.start > next.start
          ? { because: 'startsLater', start: other.start }
          : other.state === 'closed'
            ? { because: 'closed' }
            : undefined;
    return {
      link,
      from,
      to,
      fate: 'staysIn',
      cycle: other.name,
      ...(why && next ? { why, next: next.name } : {}),
    };
  };

  /** Where a copy's link to objective `id` points, or undefined when it is lost (noted). */
  const objectiveLink = (
    link: LinkFate['link'],
    from: string,
    id: string,
  ): RolledLink | undefined => {
    const here = source.objectives.find((objective) => objective.id === id);
    const found = here ?? context.elsewhere?.find((objective) => objective.id === id);
    if (here && comes(id)) {
      links.push({ link, from, to: here.title, fate: 'carried' });
      return { copyOf: id };
    }
    const fate = found
      ? fateIn(link, from, found.title, found.cycleId, Boolean(here))
      : ({ link, from, to: '', fate: 'notFound' } as const);
    links.push(fate);
    return fate.fate === 'spans' ? { id } : undefined;
  };

  const depth = (objective: Objective): number => {
    let level = 0;
    const seen = new Set<string>();
    for (
      let parentId = objective.parentId;
      parentId && chosenIds.has(parentId) && !seen.has(parentId);
      parentId = source.objectives.find((o) => o.id === parentId)?.parentId
    ) {
      seen.add(parentId);
      level++;
    }
    return level;
  };
  const objectives = [...chosen]
    .sort((a, b) => depth(a) - depth(b))
    .map((objective) => {
      const kept = alignedTo(objective).flatMap((id) => {
        const link = objectiveLink('alignment', objective.title, id);
        const weight = objective.alignments?.find((a) => a.objectiveId === id)?.weight ?? 1;
        return link ? [{ link, weight }] : [];
      });
      return {
        sourceId: objective.id,
        ...(kept[0] ? { parent: kept[0].link } : {}),
        ...(objective.alignments?.length && kept.length > 0 ? { alignments: kept } : {}),
        draft: {
          cycleId: nextCycleId,
          teamId: objective.teamId,
          title: objective.title,
          description: objective.description,
          ...(objective.owner ? { owner: objective.owner } : {}),
          commitment: objective.commitment,
          ...(objective.rollsUpAligned ? { rollsUpAligned: true } : {}),
          state: 'active' as const,
          sourceId: rolledOverFrom(objective.id),
        },
      };
    });

  const keyResultLink = (from: string, id: string): RolledLink | undefined => {
    const here = source.keyResults.find((kr) => kr.id === id);
    if (here && krComes(id)) {
      links.push({ link: 'rollUp', from, to: here.title, fate: 'carried' });
      return { copyOf: id };
    }
    const found = here ?? context.keyResultsElsewhere?.find((kr) => kr.id === id);
    // A KR's cycle is its objective's.
    const cycleId = here
      ? source.cycle?.id
      : context.elsewhere?.find((objective) => objective.id === found?.objectiveId)?.cycleId;
    const fate = found
      ? fateIn('rollUp', from, found.title, cycleId, Boolean(here))
      : ({ link: 'rollUp', from, to: '', fate: 'notFound' } as const);
    links.push(fate);
    return fate.fate === 'spans' ? { id } : undefined;
  };
  const unordered = plannedKeyResults.map((kr) => {
    const rolledUpFrom = (kr.rolledUpFrom ?? []).flatMap((contributor) => {
      const link =
        contributor.kind === 'objective'
          ? objectiveLink('rollUp', kr.title, contributor.id)
          : keyResultLink(kr.title, contributor.id);
      return link ? [{ kind: contributor.kind, link, weight: contributor.weight }] : [];
    });
    return {
      sourceId: kr.id,
      objectiveSourceId: kr.objectiveId,
      ...(rolledUpFrom.length > 0 ? { rolledUpFrom } : {}),
      draft: rolledKeyResult(kr, source.cycle, next),
    };
  });
  // A KR rolling up from another carried KR comes after it, so it can point at the copy's id.
  const keyResults: typeof unordered = [];
  const placed = new Set<string>();
  for (let pending = unordered; pending.length > 0;) {
    const ready = pending.filter((entry) =>
      (entry.rolledUpFrom ?? []).every(
        ({ kind, link }) =>
          kind === 'objective' ||
          !('copyOf' in link) ||
          placed.has(link.copyOf) ||
          !plannedKrIds.has(link.copyOf),
      ),
    );
    // A loop of roll-ups (never saved so) is written in the order given.
    const level = ready.length > 0 ? ready : pending;
    for (const entry of level) placed.add(entry.sourceId);
    keyResults.push(...level);
    pending = pending.filter((entry) => !level.includes(entry));
  }

  const initiatives = (source.initiatives ?? [])
    .filter(
      (initiative) =>
        isOpen(initiative) &&
        krComes(initiative.keyResultId) &&
        !carried.initiativeIds?.has(initiative.id),
    )
    .map((initiative) => ({
      sourceId: initiative.id,
      keyResultSourceId: initiative.keyResultId,
      draft: {
        title: initiative.title,
        ...(initiative.owner ? { owner: initiative.owner } : {}),
        status: initiative.status,
        // A due date already passed when the next cycle starts is no date to keep.
        ...(initiative.dueDate && (!next || initiative.dueDate >= next.start)
          ? { dueDate: initiative.dueDate }
          : {}),
        ...(initiative.link ? { link: initiative.link } : {}),
        sourceId: rolledOverFrom(initiative.id),
      },
    }));
  return { cycleId: nextCycleId, objectives, keyResults, initiatives, links };
}
