import { readersCollator } from '../../../core/collation';
import type { Cycle, Objective, Team } from '../../../core/model';
import type { Say } from '../../board/say';

export interface AlignmentChoice {
  readonly id: string;
  readonly label: string;
  /** What stands in for objectives still read, or for none: shown, never chosen. */
  readonly disabled?: boolean;
}

export interface AlignmentGroup {
  /** The team's id, or `cycle:` and the cycle's id for the objectives of another cycle. */
  readonly key: string;
  /** The team's name, or the other cycle's ("FY 2026"). */
  readonly label: string;
  readonly choices: readonly AlignmentChoice[];
}

/**
 * The objectives an objective may align to: its own cycle's grouped by team, the company's (teams
 * above every other) first, then the others by name, then those of no team (imported company
 * objectives, or of a team no longer on the site); then each other cycle's (the year around a
 * quarter) in a group named after that cycle, in the order of `cycles`, the company's first
 * within it. Each objective once, the objective itself left out. `standIns` adds to a cycle's
 * group an entry that cannot be chosen (its objectives still read, none, or unreadable), and
 * makes the group when none of that cycle's objectives is listed.
 *
 * A native `<option>` is read alone by screen readers (its optgroup is not always announced), so
 * whatever tells two entries apart is in the entry's own text: the team (or "No team") where the
 * title repeats, the cycle where it is not the board's, the owner where that is still not enough;
 * each said with `say`, in the reader's language, and titles and teams by name as `locale` files
 * them.
 */
export function alignmentChoices(
  cycle: {
    readonly cycle: Pick<Cycle, 'id' | 'name'>;
    readonly objectives: readonly Objective[];
    readonly teams: readonly Team[];
  },
  excludeId: string | undefined,
  { say, locale }: { readonly say: Say; readonly locale: string },
  cycles: readonly Pick<Cycle, 'id' | 'name'>[] = [cycle.cycle],
  standIns: ReadonlyMap<string, AlignmentChoice> = new Map(),
): AlignmentGroup[] {
  const noTeam = say('No team');
  const byName = readersCollator(locale);
  const unique = new Map<string, Objective>();
  for (const objective of cycle.objectives) {
    if (objective.id !== excludeId && !unique.has(objective.id))
      unique.set(objective.id, objective);
  }
  const teamOf = (id: string) => cycle.teams.find((team) => team.id === id);
  const teamName = (objective: Objective) =>
    teamOf(objective.teamId)?.name ??
    (objective.teamId ? say('No team (a team no longer on the site)') : noTeam);
  const cycleName = (objective: Objective) =>
    objective.cycleId === cycle.cycle.id
      ? undefined
      : (cycles.find((other) => other.id === objective.cycleId)?.name ?? say('another cycle'));
  const key = (text: string) => text.trim().toLocaleLowerCase();
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return (k: string) => counts.get(k) ?? 0;
  };

  const objectives = [...unique.values()];
  const sameTitle = count(objectives.map((objective) => key(objective.title)));
  const labelled = objectives.map((objective) => {
    const details = [
      sameTitle(key(objective.title)) > 1 ? teamName(objective) : undefined,
      cycleName(objective),
    ].filter(Boolean);
    return {
      objective,
      label: details.length ? `${objective.title} — ${details.join(', ')}` : objective.title,
    };
  });
  const sameLabel = count(labelled.map(({ label }) => key(label)));
  const seen = new Map<string, number>();
  const choices = labelled.map(({ objective, label }) => {
    if (sameLabel(key(label)) < 2) return { objective, label };
    const nth = (seen.get(key(label)) ?? 0) + 1;
    seen.set(key(label), nth);
    const owner = objective.owner?.displayName;
    const which = say('{value} of {max}', { value: nth, max: sameLabel(key(label)) });
    return { objective, label: `${label} (${owner ? `${owner}, ` : ''}${which})` };
  });

  const rank = (teamId: string) => {
    const team = teamOf(teamId);
    return !team ? 2 : team.parentTeamId === undefined ? 0 : 1;
  };
  const byTeam = new Map<string, typeof choices>();
  const byCycle = new Map<string, typeof choices>(
    [...standIns.keys()].map((cycleId) => [cycleId, []]),
  );
  for (const choice of choices) {
    const { cycleId, teamId } = choice.objective;
    if (cycleId !== cycle.cycle.id) {
      byCycle.set(cycleId, [...(byCycle.get(cycleId) ?? []), choice]);
      continue;
    }
    const key = teamOf(teamId) ? teamId : '';
    byTeam.set(key, [...(byTeam.get(key) ?? []), choice]);
  }
  const teamGroups = [...byTeam.entries()]
    .map(([teamId, members]) => ({
      key: teamId,
      label: teamOf(teamId)?.name ?? noTeam,
      choices: members
        .map(({ objective, label }) => ({ id: objective.id, label }))
        .sort((a, b) => byName.compare(a.label, b.label)),
    }))
    .sort((a, b) => rank(a.key) - rank(b.key) || byName.compare(a.label, b.label));
  const order = (cycleId: string) => {
    const at = cycles.findIndex((other) => other.id === cycleId);
    return at < 0 ? cycles.length : at;
  };
  const cycleGroups = [...byCycle.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([cycleId, members]) => {
      const standIn = standIns.get(cycleId);
      return {
        key: `cycle:${cycleId}`,
        label: cycles.find((other) => other.id === cycleId)?.name ?? say('Another cycle'),
        choices: [
          ...[...members]
            .sort(
              (a, b) =>
                rank(a.objective.teamId) - rank(b.objective.teamId) ||
                byName.compare(a.label, b.label),
            )
            .map(({ objective, label }) => ({ id: objective.id, label })),
          ...(standIn ? [standIn] : []),
        ],
      };
    });
  return [...teamGroups, ...cycleGroups];
}
