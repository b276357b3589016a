import { readersCollator } from '../collation';
import {
  objectiveCommitments,
  type Objective,
  type ObjectiveCommitment,
  type Person,
} from '../model';
import { canFacilitate, type MeetingRole } from './roles';

/**
 * Planning together in a meeting: the team drafts objectives side by side, every participant
 * seeing each draft as it is typed (and the coach's findings on it, which every participant's
 * coach reads from the same text), who is editing which draft, and which drafts the team has
 * accepted. One facilitator then saves the accepted drafts to the board, each exactly once: a
 * save is claimed first, and of two claims on the same draft only the first the meeting's
 * service put in order wins, on every client.
 */
export interface SharedDraft {
  /** Chosen by the participant who started it; also its key in the meeting's shared records. */
  readonly id: string;
  readonly title: string;
  readonly teamId: string;
  readonly commitment: ObjectiveCommitment;
  readonly startedBy: string;
  /** When it was started (ISO 8601): drafts are listed in this order, the same for everyone. */
  readonly startedAt: string;
  /** The team agreed it goes on the board. */
  readonly accepted: boolean;
  /** Failed saves so far: each attempt has its own claim, so a failed save can be tried again. */
  readonly saveAttempt: number;
  /** On the board: the objective it became, and who saved it. */
  readonly saved?: { readonly objectiveId: string; readonly by: string };
}

/** What a participant may change while the draft is open. */
export type DraftEdit = Partial<Pick<SharedDraft, 'title' | 'teamId' | 'commitment' | 'accepted'>>;

/** A save claim: whose it is; `token` is unique to the claiming client. */
export interface DraftSaveClaim {
  readonly by: string;
  readonly token: string;
}

export type DraftStatus =
  | { readonly kind: 'open' }
  | { readonly kind: 'saving'; readonly by: string }
  | { readonly kind: 'saved'; readonly by: string; readonly objectiveId: string };

const draftKeyPrefix = 'planning-draft:';
const titleLimit = 1000;
/** A draft's id becomes its objective's client id, which the store keeps in 64 characters. */
const draftIdLimit = 64;

export const draftKey = (id: string): string => `${draftKeyPrefix}${id}`;

/** Where the claims on this save attempt of the draft are. */
export const saveClaimKey = (draft: SharedDraft): string =>
  `${draftKey(draft.id)}#${draft.saveAttempt}`;

export function newSharedDraft(
  id: string,
  teamId: string,
  started: { readonly by: string; readonly at: string },
): SharedDraft {
  return {
    id,
    title: '',
    teamId,
    commitment: 'committed',
    startedBy: started.by,
    startedAt: started.at,
    accepted: false,
    saveAttempt: 0,
  };
}

/** A saved draft is on the board and stays as it was saved. */
export function editDraft(draft: SharedDraft, edit: DraftEdit): SharedDraft {
  return draft.saved ? draft : { ...draft, ...edit };
}

/**
 * The drafts among the meeting's shared records, oldest started first. Any participant's client
 * may have written a record, so each is checked and one that is not a draft is left out.
 */
export function sharedDrafts(records: ReadonlyMap<string, unknown>): SharedDraft[] {
  const drafts: SharedDraft[] = [];
  for (const [key, value] of records) {
    if (!key.startsWith(draftKeyPrefix)) continue;
    const draft = readDraft(value);
    if (draft && draftKey(draft.id) === key) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
}

function readDraft(value: unknown): SharedDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = (x: unknown, max = titleLimit) => typeof x === 'string' && x.length <= max;
  if (
    !text(v.id, draftIdLimit) ||
    !text(v.title) ||
    !text(v.teamId, 100) ||
    !text(v.startedBy, 255)
  ) {
    return undefined;
  }
  if (!text(v.startedAt, 40)) {
    return undefined;
  }
  if (!objectiveCommitments.includes(v.commitment as ObjectiveCommitment)) return undefined;
  if (typeof v.accepted !== 'boolean') return undefined;
  if (!Number.isSafeInteger(v.saveAttempt) || (v.saveAttempt as number) < 0) return undefined;
  const saved = v.saved as Record<string, unknown> | undefined;
  if (saved !== undefined && (!text(saved.objectiveId, 100) || !text(saved.by, 255))) {
    return undefined;
  }
  return {
    id: v.id as string,
    title: v.title as string,
    teamId: v.teamId as string,
    commitment: v.commitment as ObjectiveCommitment,
    startedBy: v.startedBy as string,
    startedAt: v.startedAt as string,
    accepted: v.accepted,
    saveAttempt: v.saveAttempt as number,
    ...(saved
      ? { saved: { objectiveId: saved.objectiveId as string, by: saved.by as string } }
      : {}),
  };
}

export function draftStatus(draft: SharedDraft, claims: ReadonlyMap<string, unknown>): DraftStatus {
  if (draft.saved) return { kind: 'saved', ...draft.saved };
  const by = readClaim(claims.get(saveClaimKey(draft)))?.by;
  return by === undefined ? { kind: 'open' } : { kind: 'saving', by };
}

export function readClaim(claim: unknown): DraftSaveClaim | undefined {
  if (typeof claim !== 'object' || claim === null) return undefined;
  const { by, token } = claim as Record<string, unknown>;
  return typeof by === 'string' && typeof token === 'string' ? { by, token } : undefined;
}

/** The accepted drafts a facilitator's "Save" would write: those nobody saved or is saving. */
export function draftsToSave(
  drafts: readonly SharedDraft[],
  claims: ReadonlyMap<string, unknown>,
): SharedDraft[] {
  return drafts.filter((draft) => draft.accepted && draftStatus(draft, claims).kind === 'open');
}

export const facilitatorsSaveDrafts =
  'Only the organizer or a presenter saves the accepted drafts to the board.';

export function canSaveDrafts(roles: readonly MeetingRole[]): boolean {
  return canFacilitate(roles);
}

/** The claimed save did not go through: the draft is open again, for a new attempt. */
export function saveFailed(draft: SharedDraft): SharedDraft {
  return draft.saved ? draft : { ...draft, saveAttempt: draft.saveAttempt + 1 };
}

/**
 * The objective a draft becomes on the board, created with the draft's id as its client id: the
 * same on every attempt and for every facilitator, so a save sent twice (a lost answer, then the
 * draft saved again) stores one objective.
 */
export function objectiveOfDraft(
  draft: SharedDraft,
  board: { readonly cycleId: string; readonly owner: Person },
): Omit<Objective, 'id' | 'version'> & { readonly clientId: string } {
  return {
    cycleId: board.cycleId,
    teamId: draft.teamId,
    title: draft.title.trim(),
    description: '',
    commitment: draft.commitment,
    state: 'active',
    owner: board.owner,
    clientId: draft.id,
  };
}

/** Who publishes which drafts they are editing (one entry a connection), by display name. */
export interface DraftEditor {
  readonly displayName: string;
  readonly editing: readonly (string | undefined)[];
}

/**
 * Who is editing each draft, by display name in the order a reader of `locale`, the app's
 * language, files them, from what participants publish.
 */
export function editorsByDraft(
  people: readonly DraftEditor[],
  locale: string,
): ReadonlyMap<string, readonly string[]> {
  const byName = readersCollator(locale);
  const editors = new Map<string, string[]>();
  for (const person of [...people].sort((a, b) => byName.compare(a.displayName, b.displayName))) {
    for (const draftId of new Set(person.editing)) {
      if (draftId === undefined) continue;
      editors.set(draftId, [...(editors.get(draftId) ?? []), person.displayName]);
    }
  }
  return editors;
}
