/**
 * Why a cycle is not deleted: what still names it, and what frees it. Apart from `cycles.ts`,
 * which every first screen reads for "the current cycle": a module copied into several chunks
 * brings all its exports along, and these words are only the Programme's and the store's.
 */

/** The kinds of item that name their cycle: while any item does, the cycle is not deleted. */
export const cycleReferenceKinds = [
  'objectives',
  'keyResults',
  'initiatives',
  'checkIns',
  'meetingSessions',
] as const;
export type CycleReferenceKind = (typeof cycleReferenceKinds)[number];

/** What a cycle's items are called, in English: the key of their translations too. */
export const cycleReferenceWords = {
  objectives: 'objectives',
  keyResults: 'key results',
  initiatives: 'initiatives',
  checkIns: 'check-ins',
  meetingSessions: 'meeting check-in rounds',
} as const satisfies Record<CycleReferenceKind, string>;

/** "objectives, key results and check-ins": what a cycle holds, in the order of the lists. */
function heldWords(held: readonly CycleReferenceKind[]): string {
  const words = cycleReferenceKinds
    .filter((kind) => held.includes(kind))
    .map((kind) => cycleReferenceWords[kind]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}` : words[0]!;
}

/**
 * Whether a cycle that holds `held` is closed instead of deleted: check-ins and meeting rounds are
 * its history, which nobody deletes, and initiatives whose key result is still kept stay with it
 * (those of key results deleted since reach nothing, and the store deletes them with the cycle).
 * Otherwise its objectives are deleted on its board first (their key results go with them).
 */
export function keptAsHistory(held: readonly CycleReferenceKind[]): boolean {
  const history = held.some((kind) => kind === 'checkIns' || kind === 'meetingSessions');
  const onItsBoard = held.some((kind) => kind === 'objectives' || kind === 'keyResults');
  return history || !onItsBoard;
}

/** What frees a cycle that holds `held`. */
function freeingStep(held: readonly CycleReferenceKind[]): string {
  return keptAsHistory(held)
    ? 'They stay with it as its history: close it instead, and it keeps them, read-only.'
    : 'Delete its objectives on its board first (their key results go with them), then delete the cycle.';
}

/**
 * Why the cycle named `name` is not deleted, naming what it still holds and what to do, or
 * undefined when it holds nothing: deleting it would leave those items pointing at no cycle.
 */
export function cycleDeletionRefusal(
  name: string,
  held: readonly CycleReferenceKind[],
): string | undefined {
  if (held.length === 0) return undefined;
  return `${name} still holds ${heldWords(held)}, so it was not deleted. ${freeingStep(held)}`;
}

/** The same, said beside a Delete that is not offered: "Holds objectives. Delete …". */
export function cycleDeletionHint(held: readonly CycleReferenceKind[]): string | undefined {
  return held.length === 0 ? undefined : `Holds ${heldWords(held)}. ${freeingStep(held)}`;
}
