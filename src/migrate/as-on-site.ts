/**
 * Whether a row of a file exported from this site asks for a change: what the import writes of
 * an objective, key result or initiative, compared with the site's item as it is now. Its
 * versions cannot tell: every write moves an item's version (a check-in's new current value, an
 * earlier import of the same file writing the same values), so an item whose version moved since
 * the export may still hold exactly what the file says.
 */
import type { Initiative, KeyResult, Objective } from '../core/model';
import type { InitiativeDraft, KeyResultDraft, ObjectiveDraft } from '../store/repository';

/** A draft of the file with its references (cycle, team, objective…) swapped for the site's ids. */
export type SiteComparable =
  | { readonly kind: 'objectives'; readonly draft: ObjectiveDraft; readonly item: Objective }
  | { readonly kind: 'keyResults'; readonly draft: KeyResultDraft; readonly item: KeyResult }
  | { readonly kind: 'initiatives'; readonly draft: InitiativeDraft; readonly item: Initiative };

/**
 * What the import writes of each kind over an item of the file's own store (`import-writer`'s
 * fields, but for a status set by hand and a closing's learnings, which no export carries), in
 * the words of the board.
 */
const writtenFields = {
  objectives: {
    title: 'title',
    description: 'description',
    owner: 'owner',
    commitment: 'commitment',
    state: 'state',
    cycleId: 'cycle',
    teamId: 'team',
    parentId: 'alignment',
    alignments: 'alignment',
    rollsUpAligned: 'roll-up',
    score: 'score',
  },
  keyResults: {
    title: 'title',
    description: 'description',
    owner: 'owner',
    objectiveId: 'objective',
    kind: 'kind',
    start: 'start',
    target: 'target',
    current: 'current value',
    unit: 'unit',
    weight: 'weight',
    confidence: 'confidence',
    milestones: 'milestones',
    targets: 'phased targets',
    rolledUpFrom: 'roll-up',
    score: 'score',
    scoreReason: 'score reason',
  },
  initiatives: {
    title: 'title',
    owner: 'owner',
    keyResultId: 'key result',
    status: 'status',
    dueDate: 'due date',
    link: 'link',
  },
} as const;

/** What a key result's check-ins set: the site's latest check-in has the last word on them. */
const checkInFields: readonly string[] = ['current', 'confidence'];

/** No value, however a list or the file leaves it out: absent, empty text, none, off. */
function normal(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === false) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normal);
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, normal(inner)] as const)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries);
  }
  return value;
}

const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(normal(a)) === JSON.stringify(normal(b));

/** A field the file and the site hold differently, with both values where they read as text. */
export interface SiteDifference {
  /** The field in the board's words: `target`, `owner`. */
  readonly field: string;
  readonly inFile?: string;
  readonly onSite?: string;
}

/** Fields whose values a person recognises as written: the rest (references, lists) by name. */
const shownValues = new Set([
  'title',
  'owner',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
  'dueDate',
  'link',
]);

function shown(field: string, value: unknown): string {
  if (field === 'owner')
    return (value as { displayName?: string } | undefined)?.displayName ?? 'none';
  if (normal(value) === undefined) return 'none';
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * The name of what a reference field (`teamId`, `objectiveId`…) holds, by the id the draft or the
 * site's item gives it; none where it is not known.
 */
export type ReferenceName = (field: string, id: string) => string | undefined;

/**
 * The fields (in the board's words, each once) in which the file's draft differs from the site's
 * item. A person is the same by their id; a score the file does not give is not written, so not
 * compared. With `checkedInSince`, the site has check-ins of the key result the file does not
 * carry: its current value and confidence are theirs, not the file's to compare. A reference
 * differing (another team) is given with both names where `nameOf` knows them.
 */
export function differencesFromSite(
  { kind, draft, item }: SiteComparable,
  checkedInSince = false,
  nameOf: ReferenceName = () => undefined,
): SiteDifference[] {
  const fields = Object.entries(writtenFields[kind]) as [string, string][];
  const fromFile = draft as unknown as Record<string, unknown>;
  const onSite = item as unknown as Record<string, unknown>;
  const compared = fields.filter(([field]) =>
    field === 'score' || field === 'scoreReason'
      ? fromFile.score !== undefined
      : !(checkedInSince && checkInFields.includes(field)),
  );
  const differing = compared.filter(([field]) =>
    field === 'owner'
      ? (draft.owner?.id ?? '') !== (item.owner?.id ?? '')
      : !sameValue(fromFile[field], onSite[field]),
  );
  const referenced = (field: string, value: unknown) =>
    typeof value === 'string' ? nameOf(field, value) : undefined;
  const named = new Map<string, SiteDifference>();
  for (const [field, words] of differing) {
    if (named.has(words)) continue;
    const [fileName, siteName] = [
      referenced(field, fromFile[field]),
      referenced(field, onSite[field]),
    ];
    named.set(
      words,
      shownValues.has(field)
        ? {
            field: words,
            inFile: shown(field, fromFile[field]),
            onSite: shown(field, onSite[field]),
          }
        : fileName !== undefined && siteName !== undefined
          ? { field: words, inFile: `"${fileName}"`, onSite: `"${siteName}"` }
          : { field: words },
    );
  }
  return [...named.values()];
}

/**
 * How the site names what a file's draft references by source id (its cycle, team, objectives,
 * key results): the site's id, or, for what only the file has, an id no site item holds.
 */
export interface SiteReferences {
  readonly cycle: (sourceId: string) => string;
  readonly team: (sourceId: string) => string;
  readonly objective: (sourceId: string) => string;
  readonly keyResult: (sourceId: string) => string;
}

/** An objective's draft with its references as the site's ids, to compare with the site's. */
export function objectiveOnSite(draft: ObjectiveDraft, ids: SiteReferences): ObjectiveDraft {
  return {
    ...draft,
    cycleId: ids.cycle(draft.cycleId),
    teamId: ids.team(draft.teamId),
    ...(draft.parentId ? { parentId: ids.objective(draft.parentId) } : {}),
    ...(draft.alignments
      ? {
          alignments: draft.alignments.map((a) => ({
            ...a,
            objectiveId: ids.objective(a.objectiveId),
          })),
        }
      : {}),
  };
}

/** A key result's draft with its references as the site's ids. */
export function keyResultOnSite<D extends KeyResultDraft>(draft: D, ids: SiteReferences): D {
  return {
    ...draft,
    objectiveId: ids.objective(draft.objectiveId),
    ...(draft.rolledUpFrom
      ? {
          rolledUpFrom: draft.rolledUpFrom.map((c) => ({
            ...c,
            id: c.kind === 'objective' ? ids.objective(c.id) : ids.keyResult(c.id),
          })),
        }
      : {}),
  };
}

/** An initiative's draft with its key result as the site's id. */
export function initiativeOnSite(draft: InitiativeDraft, ids: SiteReferences): InitiativeDraft {
  return { ...draft, keyResultId: ids.keyResult(draft.keyResultId) };
}
