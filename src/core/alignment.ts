import type { Objective, Team } from './model';

type Aligned = Pick<Objective, 'id' | 'parentId'>;

export interface AlignmentNode<O extends Aligned = Objective> {
  readonly objective: O;
  readonly children: readonly AlignmentNode<O>[];
}

export interface AlignmentTree<O extends Aligned = Objective> {
  /** Objectives with no parent, or whose parent is not among the objectives given. */
  readonly roots: readonly AlignmentNode<O>[];
  /** Ids of objectives caught in a loop of parents, one list per loop, in parent order. */
  readonly loops: readonly (readonly string[])[];
  /** Objectives no root reaches: the loops' members and everything aligned below them. */
  readonly stranded: readonly O[];
}

/**
 * The alignment tree across teams: roots (usually company objectives) with the objectives that
 * align to them beneath, siblings in the order given. Objectives in a parent loop cannot hang
 * from a root; they are reported in `loops` and `stranded` instead of being dropped silently.
 */
export function buildAlignmentTree<O extends Aligned>(objectives: readonly O[]): AlignmentTree<O> {
  const byId = new Map(objectives.map((objective) => [objective.id, objective]));
  const children = childrenByParent(objectives);
  const placed = new Set<string>();
  const toNode = (objective: O): AlignmentNode<O> => {
    placed.add(objective.id);
    const below = (children.get(objective.id) ?? []).filter((child) => !placed.has(child.id));
    return { objective, children: below.map(toNode) };
  };
  const roots = objectives
    .filter((objective) => objective.parentId === undefined || !byId.has(objective.parentId))
    .map(toNode);
  const stranded = objectives.filter((objective) => !placed.has(objective.id));
  const inLoop = new Set<string>();
  const loops: string[][] = [];
  for (const objective of stranded) {
    const loop = parentLoop(objective.id, objectives);
    if (loop && !inLoop.has(loop[0] ?? '')) {
      loops.push(loop);
      loop.forEach((id) => inLoop.add(id));
    }
  }
  return { roots, loops, stranded };
}

/** Objectives that align directly to each parent id, in the order given. */
export function childrenByParent<O extends Aligned>(objectives: readonly O[]): Map<string, O[]> {
  const children = new Map<string, O[]>();
  for (const objective of objectives) {
    if (objective.parentId === undefined) continue;
    const siblings = children.get(objective.parentId) ?? [];
    siblings.push(objective);
    children.set(objective.parentId, siblings);
  }
  return children;
}

/**
 * The loop that following parents from `objectiveId` runs into, as ids in parent order
 * starting from the first objective of the loop, or undefined when the chain ends at a root.
 * `parentId` replaces the objective's own parent, to check a proposed change before saving.
 */
export function parentLoop(
  objectiveId: string,
  objectives: readonly Aligned[],
  parentId?: string,
): string[] | undefined {
  const parents = new Map(objectives.map((objective) => [objective.id, objective.parentId]));
  if (parentId !== undefined) parents.set(objectiveId, parentId);
  const chain: string[] = [];
  const seen = new Map<string, number>();
  let current: string | undefined = objectiveId;
  while (current !== undefined && parents.has(current)) {
    const at = seen.get(current);
    if (at !== undefined) return chain.slice(at);
    seen.set(current, chain.length);
    chain.push(current);
    current = parents.get(current);
  }
  return undefined;
}

/**
 * Objectives that align to nothing although their team sits under another team: no parent, or
 * a parent that no longer exists. Objectives of a root team (the company) need no parent, and
 * neither do those of a team that is not in `teams`.
 */
export function unalignedObjectives<O extends Aligned & Pick<Objective, 'teamId'>>(
  objectives: readonly O[],
  teams: readonly Team[],
): O[] {
  const ids = new Set(objectives.map((objective) => objective.id));
  const childTeams = new Set(
    teams.filter((team) => team.parentTeamId !== undefined).map((team) => team.id),
  );
  return objectives.filter(
    (objective) =>
      childTeams.has(objective.teamId) &&
      (objective.parentId === undefined || !ids.has(objective.parentId)),
  );
}

/** What a search of the alignment tree found. */
export interface AlignmentSearch {
  /** The objectives whose words hold the search, in the tree's order. */
  readonly found: readonly string[];
  /** The objectives above them, to open so that each is in view. */
  readonly pathsTo: ReadonlySet<string>;
}

/**
 * The objectives of the tree whose words (`wordsOf`: a title, an owner's name, a team's name)
 * hold `query`, case aside, and those above them. An empty query finds nothing.
 */
export function searchAlignment<O extends Aligned>(
  roots: readonly AlignmentNode<O>[],
  query: string,
  wordsOf: (objective: O) => readonly (string | undefined)[],
): AlignmentSearch {
  const needle = query.trim().toLocaleLowerCase();
  const found: string[] = [];
  const pathsTo = new Set<string>();
  if (needle === '') return { found, pathsTo };
  const visit = (node: AlignmentNode<O>, above: readonly string[]) => {
    const words = wordsOf(node.objective);
    if (words.some((word) => word?.toLocaleLowerCase().includes(needle))) {
      found.push(node.objective.id);
      above.forEach((id) => pathsTo.add(id));
    }
    const path = [...above, node.objective.id];
    node.children.forEach((child) => visit(child, path));
  };
  roots.forEach((root) => visit(root, []));
  return { found, pathsTo };
}

/** A text cut where it holds a search, to mark what matched. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * `text` in parts, those that hold `query` (case aside) marked; the whole text, unmarked, when it
 * holds none, or when changing its case changes its length (where an index would point astray).
 */
export function matchedParts(text: string, query: string): TextPart[] {
  const needle = query.trim().toLocaleLowerCase();
  const lower = text.toLocaleLowerCase();
  if (needle === '' || lower.length !== text.length) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
