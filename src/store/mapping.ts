/**
 * Item ↔ domain mapping: the one place that knows which column holds which domain field.
 * Reads are tolerant (a value a person typed into the list by hand never crashes the board);
 * writes produce exactly the schema's columns.
 */
import { ritualKinds, type CoachingPlan } from '../core/coaching-plan';
import { isIsoDate } from '../core/dates';
import {
  checkInSources,
  checkInStatuses,
  cycleStates,
  initiativeStatuses,
  keyResultKinds,
  objectiveCommitments,
  objectiveStates,
  type Contributor,
  type CheckIn,
  type CheckInCorrection,
  type Cycle,
  type DatedTarget,
  type ExcelCellLink,
  type Initiative,
  type KeyResult,
  type Mutable,
  type Objective,
  type ObjectiveAlignment,
  type Person,
  type StatusOverride,
  type Team,
} from '../core/model';
import type { MeetingSession, RoundOutcome, SkippedKeyResult } from '../core/rituals';
import type {
  CheckInDraft,
  CycleDraft,
  InitiativeDraft,
  KeyResultDraft,
  ObjectiveDraft,
} from './repository';
import type { ReminderPreferences } from '../core/rhythm';
import { fnv1a } from '../core/text-hash';
import type { ChangedBy } from './errors';
import { sharedPerson } from './shared-people';
import type { NotificationClaim, NotificationRecord } from './rhythm';
import { deliveryStates, lists, notificationKinds, TITLE, type ListKey } from './schema';

/** The wire shape of a Graph listItem with `expand=fields`. */
export interface GraphListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly fields: Readonly<Record<string, unknown>>;
  /** https://learn.microsoft.com/graph/api/resources/listitem: an identitySet, and when. */
  readonly lastModifiedBy?: { readonly user?: { readonly displayName?: string } };
  readonly lastModifiedDateTime?: string;
}

/** Who last saved an item and when, when Graph says (a conflict names them). */
export function changedByOf(item: GraphListItem): ChangedBy | undefined {
  const displayName = str(item.lastModifiedBy?.user?.displayName);
  if (!displayName) return undefined;
  const at = str(item.lastModifiedDateTime);
  return { displayName, ...(at ? { at } : {}) };
}

export type Fields = Record<string, string | number | null>;

/** Every column of a list, for `expand=fields(select=…)`, but those the site lacks (`missing`). */
export function selectFields(list: ListKey, missing: ReadonlySet<string> = new Set()): string {
  return [
    'id',
    TITLE,
    ...lists[list].columns.map((column) => column.name).filter((name) => !missing.has(name)),
  ].join(',');
}

/** The item's concurrency token: the listItem eTag, or the fieldValueSet's `@odata.etag`. */
export function versionOf(item: GraphListItem): string | undefined {
  return item.eTag ?? str(item.fields['@odata.etag']);
}

/**
 * A check-in's version as the store hands it out: a digest of its eTag (`#` and two FNV-1a lanes,
 * 53 bits, in base 36), not the eTag. A cycle's history holds thousands of check-ins and only a
 * correction or a withdrawal needs an eTag: the store reads the item again then, and sends its
 * eTag as If-Match only when its digest is still the one the reader was given. Two states of a
 * check-in have the same digest with odds of about 1 in 2^53.
 */
export function checkInVersionOf(item: GraphListItem): string | undefined {
  const eTag = versionOf(item);
  if (eTag === undefined) return undefined;
  const high = fnv1a(eTag, 0x050c5d1f) & 0x1fffff;
  return `#${(high * 2 ** 32 + fnv1a(eTag)).toString(36)}`;
}

/** A version made by `checkInVersionOf` (an eTag itself is quoted: `"…"` or `W/"…"`). */
export function isEtagDigest(version: string): boolean {
  return version.startsWith('#');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

function idRef(value: unknown): string | undefined {
  const id = num(value);
  return id === undefined ? undefined : String(id);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function json<T>(value: unknown): T | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * A date-only column is written at noon UTC, so the calendar date survives whatever time zone
 * the SharePoint site uses (it stores the date as local midnight and returns it in UTC).
 */
export function dateToColumn(date: string): string {
  return `${date}T12:00:00Z`;
}

function dateFromColumn(value: unknown): string {
  return (str(value) ?? '').slice(0, 10);
}

function person(fields: GraphListItem['fields'], prefix: string): Person | undefined {
  const id = str(fields[`${prefix}Id`]);
  if (id === undefined) return undefined;
  const email = str(fields[`${prefix}Email`]);
  return { id, displayName: str(fields[`${prefix}Name`]) ?? id, ...(email ? { email } : {}) };
}

function personFields(prefix: string, who: Person | undefined): Fields {
  return {
    [`${prefix}Id`]: who?.id ?? null,
    [`${prefix}Name`]: who?.displayName ?? null,
    [`${prefix}Email`]: who?.email ?? null,
  };
}

function reference(id: string | undefined): number | null {
  return id === undefined ? null : Number(id);
}

function sourceIdOf(fields: GraphListItem['fields']): { sourceId?: string } {
  const sourceId = str(fields.SourceId);
  return sourceId ? { sourceId } : {};
}

export function cycleFromItem(item: GraphListItem): Cycle {
  const f = item.fields;
  return {
    id: item.id,
    name: str(f[TITLE]) ?? '',
    start: dateFromColumn(f.StartDate),
    end: dateFromColumn(f.EndDate),
    state: oneOf(f.CycleState, cycleStates, 'planning'),
    ...sourceIdOf(f),
    ...coachingPlanOf(f.CoachingPlan),
    ...leftOutOf(f.RolloverLeftOut),
    version: versionOf(item),
  };
}

/** What coaches left out of the cycle, by source cycle: ids kept as strings, anything else dropped. */
function leftOutOf(value: unknown): { leftOut?: Cycle['leftOut'] } {
  const stored = json<Record<string, unknown>>(value);
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
  const leftOut = Object.fromEntries(
    Object.entries(stored).map(([cycleId, entry]) => {
      const { objectiveIds, keyResultIds } = (entry ?? {}) as Record<string, unknown>;
      return [cycleId, { objectiveIds: ids(objectiveIds), keyResultIds: ids(keyResultIds) }];
    }),
  );
  return Object.keys(leftOut).length > 0 ? { leftOut } : {};
}

/** The column holding what coaches left out of the cycle (written alone, never by `cycleToFields`). */
export function leftOutToFields(leftOut: NonNullable<Cycle['leftOut']>): Fields {
  const kept = Object.entries(leftOut).filter(
    ([, entry]) => entry.objectiveIds.length + entry.keyResultIds.length > 0,
  );
  return { RolloverLeftOut: kept.length > 0 ? JSON.stringify(Object.fromEntries(kept)) : null };
}

function coachingPlanOf(value: unknown): { coachingPlan?: CoachingPlan } {
  const plan = json<CoachingPlan>(value);
  if (!plan || !Array.isArray(plan.rituals)) return {};
  const rituals = plan.rituals.filter(
    (ritual) =>
      ritualKinds.includes(ritual?.kind) &&
      typeof ritual.date === 'string' &&
      isIsoDate(ritual.date),
  );
  return { coachingPlan: { rituals } };
}

export function cycleToFields(cycle: CycleDraft): Fields {
  return {
    [TITLE]: cycle.name,
    StartDate: dateToColumn(cycle.start),
    EndDate: dateToColumn(cycle.end),
    CycleState: cycle.state,
    SourceId: cycle.sourceId ?? null,
    CoachingPlan: cycle.coachingPlan ? JSON.stringify(cycle.coachingPlan) : null,
  };
}

export function teamFromItem(item: GraphListItem): Team {
  const parentTeamId = idRef(item.fields.ParentTeamId);
  const groupId = str(item.fields.GroupId);
  const owners = json<unknown[]>(item.fields.Owners);
  return {
    id: item.id,
    name: str(item.fields[TITLE]) ?? '',
    ...(parentTeamId ? { parentTeamId } : {}),
    ...sourceIdOf(item.fields),
    ...(groupId ? { groupId } : {}),
    ...(item.fields.TeamState === 'archived' ? { archived: true } : {}),
    ...(Array.isArray(owners) ? { owners: owners.filter(isPerson) } : {}),
    version: versionOf(item),
  };
}

function isPerson(value: unknown): value is Person {
  const candidate = value as Partial<Person> | null;
  return typeof candidate?.id === 'string' && typeof candidate.displayName === 'string';
}

export function teamToFields(team: Omit<Team, 'id'>): Fields {
  return {
    [TITLE]: team.name,
    ParentTeamId: reference(team.parentTeamId),
    SourceId: team.sourceId ?? null,
    GroupId: team.groupId ?? null,
    TeamState: team.archived ? 'archived' : 'active',
    Owners: team.owners?.length ? JSON.stringify(team.owners) : null,
  };
}

function statusOverride(value: unknown): StatusOverride | undefined {
  const parsed = json<StatusOverride>(value);
  return parsed && typeof parsed.status === 'string' ? parsed : undefined;
}

/** The cycle an objective, KR or check-in item belongs to (its `CycleId` column). */
export function cycleIdOf(item: GraphListItem): string | undefined {
  return idRef(item.fields.CycleId);
}

export function objectiveFromItem(item: GraphListItem): Objective {
  const f = item.fields;
  const owner = person(f, 'Owner');
  const parentId = idRef(f.ParentObjectiveId);
  const alignments = json<ObjectiveAlignment[]>(f.Alignments);
  const override = statusOverride(f.StatusOverride);
  return {
    id: item.id,
    cycleId: idRef(f.CycleId) ?? '',
    teamId: idRef(f.TeamId) ?? '',
    title: str(f[TITLE]) ?? '',
    description: str(f.Description) ?? '',
    ...(owner ? { owner } : {}),
    commitment: oneOf(f.Commitment, objectiveCommitments, 'committed'),
    ...(parentId ? { parentId } : {}),
    ...(Array.isArray(alignments) && alignments.length > 0 ? { alignments } : {}),
    ...(f.RollUp === 'keyResultsAndAligned' ? { rollsUpAligned: true } : {}),
    state: oneOf(f.ObjectiveState, objectiveStates, 'draft'),
    ...(override ? { statusOverride: override } : {}),
    ...sourceIdOf(f),
    ...scoreOf(f),
    ...(str(f.Learnings) ? { learnings: str(f.Learnings) } : {}),
    version: versionOf(item),
  };
}

function scoreOf(fields: GraphListItem['fields']): { score?: number } {
  const score = num(fields.Score);
  return score === undefined ? {} : { score };
}

export function objectiveToFields(objective: ObjectiveDraft): Fields {
  return {
    [TITLE]: objective.title,
    CycleId: reference(objective.cycleId),
    TeamId: reference(objective.teamId),
    ParentObjectiveId: reference(objective.parentId),
    Alignments: objective.alignments?.length ? JSON.stringify(objective.alignments) : null,
    RollUp: objective.rollsUpAligned ? 'keyResultsAndAligned' : 'keyResults',
    Description: objective.description,
    ...personFields('Owner', objective.owner),
    Commitment: objective.commitment,
    ObjectiveState: objective.state,
    StatusOverride: objective.statusOverride ? JSON.stringify(objective.statusOverride) : null,
    SourceId: objective.sourceId ?? null,
    Score: objective.score ?? null,
    Learnings: objective.learnings ?? null,
  };
}

/** A stored link, kept only when every part is there (a damaged one reads as no link). */
function excelLinkOf(value: unknown): ExcelCellLink | undefined {
  const link = json<Partial<ExcelCellLink>>(value);
  const parts = [link?.workbook, link?.sheet, link?.address, link?.bindingId];
  return parts.every((part) => typeof part === 'string' && part !== '')
    ? (link as ExcelCellLink)
    : undefined;
}

/** The fields that set (or, with no link, clear) a KR's Excel link. */
export function excelLinkToFields(link: ExcelCellLink | undefined): Fields {
  return {
    ExcelLink: link
      ? JSON.stringify({
          workbook: link.workbook,
          sheet: link.sheet,
          address: link.address,
          bindingId: link.bindingId,
        })
      : null,
  };
}

/** The stored contributors of a rolled-up KR; a damaged entry is left out. */
function contributorsOf(value: unknown): Contributor[] {
  const parsed = json<Partial<Contributor>[]>(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry) =>
    (entry?.kind === 'objective' || entry?.kind === 'keyResult') &&
    typeof entry.id === 'string' &&
    entry.id !== '' &&
    typeof entry.weight === 'number' &&
    entry.weight > 0
      ? [{ kind: entry.kind, id: entry.id, weight: entry.weight }]
      : [],
  );
}

export function keyResultFromItem(item: GraphListItem): KeyResult {
  return keyResultOf(item);
}

/**
 * A board's KRs, their owners shared as `withSharedOwners` shares them, without making each KR
 * a second time to share its owner.
 */
export function keyResultsFromItems(
  items: readonly GraphListItem[],
  people: Map<string, Person>,
): KeyResult[] {
  return items.map((item) => keyResultOf(item, people));
}

/**
 * Built a property at a time, not with spreads of optional parts: a board maps thousands of KRs
 * in code still cold, where each spread (a dozen a KR) is a call into the engine's runtime.
 */
function keyResultOf(item: GraphListItem, people?: Map<string, Person>): KeyResult {
  const f = item.fields;
  const owner = person(f, 'Owner');
  const confidence = num(f.Confidence);
  const milestones = json<string[]>(f.Milestones);
  const targets = json<DatedTarget[]>(f.PhasedTargets);
  const rolledUpFrom = contributorsOf(f.RolledUpFrom);
  const lastCheckInAt = str(f.LastCheckInAt);
  const override = statusOverride(f.StatusOverride);
  const excelLink = excelLinkOf(f.ExcelLink);
  const description = str(f.Description);
  const sourceId = str(f.SourceId);
  const score = num(f.Score);
  const scoreReason = str(f.ScoreReason);
  const keyResult = {
    id: item.id,
    objectiveId: idRef(f.ObjectiveId) ?? '',
    title: str(f[TITLE]) ?? '',
  } as Mutable<KeyResult>;
  if (description) keyResult.description = description;
  if (owner) keyResult.owner = people ? sharedPerson(owner, people) : owner;
  keyResult.kind = oneOf(f.KrKind, keyResultKinds, 'increase');
  keyResult.start = num(f.StartValue) ?? 0;
  keyResult.target = num(f.TargetValue) ?? 0;
  keyResult.current = num(f.CurrentValue) ?? 0;
  keyResult.unit = str(f.Unit) ?? '';
  keyResult.weight = num(f.Weight) ?? 1;
  if (confidence !== undefined) keyResult.confidence = confidence;
  if (Array.isArray(milestones)) keyResult.milestones = milestones.map(String);
  if (Array.isArray(targets) && targets.length > 0) keyResult.targets = targets;
  if (rolledUpFrom.length > 0) keyResult.rolledUpFrom = rolledUpFrom;
  if (lastCheckInAt) keyResult.lastCheckInAt = lastCheckInAt;
  if (override) keyResult.statusOverride = override;
  if (sourceId) keyResult.sourceId = sourceId;
  if (score !== undefined) keyResult.score = score;
  if (scoreReason) keyResult.scoreReason = scoreReason;
  if (excelLink) keyResult.excelLink = excelLink;
  keyResult.version = versionOf(item);
  return keyResult;
}

/** The cycle is the objective's; it is denormalised onto the KR so a board filters KRs by cycle. */
export function keyResultToFields(keyResult: KeyResultDraft, cycleId: string): Fields {
  return {
    [TITLE]: keyResult.title,
    ObjectiveId: reference(keyResult.objectiveId),
    CycleId: reference(cycleId),
    Description: keyResult.description || null,
    ...personFields('Owner', keyResult.owner),
    KrKind: keyResult.kind,
    StartValue: keyResult.start,
    TargetValue: keyResult.target,
    CurrentValue: keyResult.current,
    Unit: keyResult.unit,
    Weight: keyResult.weight,
    Confidence: keyResult.confidence ?? null,
    Milestones: keyResult.milestones ? JSON.stringify(keyResult.milestones) : null,
    PhasedTargets: keyResult.targets?.length ? JSON.stringify(keyResult.targets) : null,
    RolledUpFrom: keyResult.rolledUpFrom?.length
      ? JSON.stringify(keyResult.rolledUpFrom.map(({ kind, id, weight }) => ({ kind, id, weight })))
      : null,
    StatusOverride: keyResult.statusOverride ? JSON.stringify(keyResult.statusOverride) : null,
    SourceId: keyResult.sourceId ?? null,
    Score: keyResult.score ?? null,
    ScoreReason: keyResult.scoreReason ?? null,
  };
}

export function initiativeFromItem(item: GraphListItem): Initiative {
  const f = item.fields;
  const owner = person(f, 'Owner');
  const dueDate = dateFromColumn(f.DueDate);
  const link = str(f.Link);
  return {
    id: item.id,
    keyResultId: idRef(f.KeyResultId) ?? '',
    title: str(f[TITLE]) ?? '',
    ...(owner ? { owner } : {}),
    status: oneOf(f.InitiativeStatus, initiativeStatuses, 'notStarted'),
    ...(dueDate ? { dueDate } : {}),
    ...(link ? { link } : {}),
    ...sourceIdOf(f),
    version: versionOf(item),
  };
}

/** The cycle is the KR's; it is denormalised onto the initiative so a board loads them by cycle. */
export function initiativeToFields(initiative: InitiativeDraft, cycleId: string): Fields {
  return {
    [TITLE]: initiative.title,
    KeyResultId: reference(initiative.keyResultId),
    CycleId: reference(cycleId),
    ...personFields('Owner', initiative.owner),
    InitiativeStatus: initiative.status,
    DueDate: initiative.dueDate ? dateToColumn(initiative.dueDate) : null,
    Link: initiative.link ?? null,
    SourceId: initiative.sourceId ?? null,
  };
}

/** The client id of the check-in that last moved the KR (not part of the domain type). */
export function lastCheckInClientIdOf(item: GraphListItem): string | undefined {
  return str(item.fields.LastCheckInClientId);
}

/** What a check-in changes on its KR. */
export function keyResultCheckInFields(checkIn: CheckInDraft): Fields {
  return {
    CurrentValue: checkIn.value,
    ...(checkIn.confidence !== undefined ? { Confidence: checkIn.confidence } : {}),
    LastCheckInAt: checkIn.at,
    LastCheckInClientId: checkIn.clientId,
  };
}

export function checkInFromItem(item: GraphListItem): CheckIn {
  const f = item.fields;
  const confidence = num(f.Confidence);
  const meetingId = str(f.MeetingId);
  const version = checkInVersionOf(item);
  const correction = correctionOf(f);
  const status = checkInStatuses.find((known) => known === f.CheckInStatus);
  return {
    id: item.id,
    clientId: str(f.ClientId) ?? '',
    keyResultId: idRef(f.KeyResultId) ?? '',
    value: num(f.Value) ?? 0,
    ...(confidence !== undefined ? { confidence } : {}),
    note: str(f.Note) ?? '',
    ...(status ? { status } : {}),
    author: person(f, 'CheckInBy') ?? { id: '', displayName: '' },
    at: str(f.CheckedInAt) ?? '',
    source: oneOf(f.Source, checkInSources, 'teams'),
    ...(meetingId ? { meetingId } : {}),
    ...(version ? { version } : {}),
    ...(correction ? { correction } : {}),
  };
}

/** A withdrawn check-in stays in the list for the audit but is no longer part of the record. */
export function isWithdrawn(item: GraphListItem): boolean {
  return str(item.fields.WithdrawnAt) !== undefined;
}

function correctionOf(fields: GraphListItem['fields']): CheckInCorrection | undefined {
  const reason = str(fields.CorrectionReason);
  const by = person(fields, 'CorrectedBy');
  const at = str(fields.CorrectedAt);
  return reason && by && at ? { reason, by, at } : undefined;
}

function correctionFields(correction: CheckInCorrection): Fields {
  return {
    CorrectionReason: correction.reason,
    ...personFields('CorrectedBy', correction.by),
    CorrectedAt: correction.at,
  };
}

/** A corrected check-in's new numbers and note, with the reason. */
export function checkInCorrectionFields(
  checkIn: CheckIn & { correction: CheckInCorrection },
): Fields {
  return {
    [TITLE]: checkInTitle(checkIn),
    Value: checkIn.value,
    Confidence: checkIn.confidence ?? null,
    Note: checkIn.note,
    ...correctionFields(checkIn.correction),
  };
}

/** A withdrawn check-in: kept, with the reason, but no longer counted. */
export function withdrawalFields(correction: CheckInCorrection): Fields {
  return { ...correctionFields(correction), WithdrawnAt: correction.at };
}

/** A KR's current numbers moved to its reading (its latest remaining check-in, or its start). */
export function keyResultReadingFields(reading: {
  readonly current: number;
  readonly confidence?: number;
  readonly lastCheckInAt?: string;
  readonly lastCheckInClientId?: string;
}): Fields {
  return {
    CurrentValue: reading.current,
    Confidence: reading.confidence ?? null,
    LastCheckInAt: reading.lastCheckInAt ?? null,
    LastCheckInClientId: reading.lastCheckInClientId ?? null,
  };
}

/** The list's Title: the value and the start of the note, for people browsing the list. */
function checkInTitle(checkIn: Pick<CheckIn, 'value' | 'note'>): string {
  return `${checkIn.value}${checkIn.note ? ` · ${checkIn.note.slice(0, 200)}` : ''}`;
}

export function checkInToFields(checkIn: CheckInDraft, cycleId: string): Fields {
  return {
    [TITLE]: checkInTitle(checkIn),
    ClientId: checkIn.clientId,
    KeyResultId: reference(checkIn.keyResultId),
    CycleId: reference(cycleId),
    Value: checkIn.value,
    Confidence: checkIn.confidence ?? null,
    Note: checkIn.note,
    ...(checkIn.status ? { CheckInStatus: checkIn.status } : {}),
    ...personFields('CheckInBy', checkIn.author),
    CheckedInAt: checkIn.at,
    Source: checkIn.source,
    MeetingId: checkIn.meetingId ?? null,
  };
}

export function notificationFromItem(item: GraphListItem): NotificationRecord {
  const f = item.fields;
  const sentAt = str(f.SentAt);
  const lastError = str(f.LastError);
  const version = versionOf(item);
  return {
    id: item.id,
    key: str(f.NotificationKey) ?? '',
    kind: oneOf(f.NotificationKind, notificationKinds, 'checkInDue'),
    recipientId: str(f.RecipientId) ?? '',
    state: oneOf(f.DeliveryState, deliveryStates, 'sending'),
    attempts: num(f.Attempts) ?? 0,
    claimedAt: str(f.ClaimedAt) ?? '',
    ...(sentAt ? { sentAt } : {}),
    ...(lastError ? { lastError } : {}),
    ...(version ? { version } : {}),
  };
}

export function notificationClaimToFields(claim: NotificationClaim, now: string): Fields {
  return {
    [TITLE]: claim.key.slice(0, 255),
    NotificationKey: claim.key,
    NotificationKind: claim.kind,
    RecipientId: claim.recipientId,
    DeliveryState: 'sending',
    Attempts: 1,
    ClaimedAt: now,
  };
}

export function reminderPreferencesFromItem(item: GraphListItem): ReminderPreferences {
  const f = item.fields;
  const snoozedUntil = str(f.SnoozedUntil);
  const version = versionOf(item);
  return {
    personId: str(f.PersonId) ?? '',
    optedOut: f.Reminders === 'optedOut',
    ...(snoozedUntil ? { snoozedUntil } : {}),
    ...(version ? { version } : {}),
  };
}

export function reminderPreferencesToFields(preferences: ReminderPreferences): Fields {
  return {
    [TITLE]: preferences.personId,
    PersonId: preferences.personId,
    Reminders: preferences.optedOut ? 'optedOut' : 'on',
    SnoozedUntil: preferences.snoozedUntil ?? null,
  };
}

export function meetingSessionFromItem(
  item: GraphListItem,
): MeetingSession & { readonly id: string; readonly version?: string } {
  const f = item.fields;
  const outcome = json<{
    outcomes?: RoundOutcome[];
    skipped?: SkippedKeyResult[];
    notReviewed?: string[];
  }>(f.Outcome);
  const keyResultIds = json<string[]>(f.KeyResultIds) ?? [];
  const outcomes = Array.isArray(outcome?.outcomes) ? outcome.outcomes : [];
  const skipped = Array.isArray(outcome?.skipped) ? outcome.skipped : [];
  return {
    id: item.id,
    roundId: str(f.RoundId) ?? '',
    meetingId: str(f.MeetingId) ?? '',
    cycleId: idRef(f.CycleId) ?? '',
    teamIds: (str(f.TeamIds) ?? '').split(';').filter(Boolean),
    facilitator: person(f, 'Facilitator') ?? { id: '', displayName: '' },
    keyResultIds,
    outcomes,
    skipped,
    // A record written before it kept them: the KRs it neither saved nor skipped.
    notReviewed: Array.isArray(outcome?.notReviewed)
      ? outcome.notReviewed
      : keyResultIds.filter(
          (id) =>
            !outcomes.some((saved) => saved.keyResultId === id) &&
            !skipped.some((item) => item.keyResultId === id),
        ),
    summary: str(f.Summary) ?? '',
    startedAt: str(f.StartedAt) ?? '',
    endedAt: str(f.EndedAt) ?? '',
    version: versionOf(item),
  };
}

export function meetingSessionToFields(session: MeetingSession): Fields {
  return {
    [TITLE]: `Check-in round ${session.roundId}`.slice(0, 255),
    RoundId: session.roundId,
    MeetingId: session.meetingId,
    CycleId: reference(session.cycleId),
    TeamIds: session.teamIds.length ? `;${session.teamIds.join(';')};` : null,
    ...personFields('Facilitator', session.facilitator),
    KeyResultIds: JSON.stringify(session.keyResultIds),
    SessionState: 'closed',
    StartedAt: session.startedAt,
    EndedAt: session.endedAt,
    Outcome: JSON.stringify({
      outcomes: session.outcomes,
      skipped: session.skipped,
      notReviewed: session.notReviewed,
    }),
    Summary: session.summary,
  };
}
