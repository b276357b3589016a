/**
 * Writes the demo organisation through the real repository (the Graph adapter, against the
 * emulator). Idempotent by stable keys: teams by name, cycles by name, objectives by cycle, team
 * and title, KRs by objective and title, check-ins by deterministic client ids. Running it twice
 * changes nothing; an interrupted run is completed by the next.
 */
import { addDays, weekday } from '../../core/dates';
import type { Cycle, KeyResult, Objective, Team } from '../../core/model';
import type { GraphOkrRepository } from '../../store/graph/graph-repository';
import type { CheckInDraft } from '../../store/repository';
import {
  currentObjectives,
  notes,
  pastObjectives,
  people,
  teams as demoTeams,
  type DemoKeyResult,
  type DemoObjective,
  type TeamKey,
} from './demo-organisation';

export interface SeedOptions {
  /** The day the demo is seeded for (`YYYY-MM-DD`): the current quarter contains it. */
  readonly today?: string;
}

export interface SeedReport {
  readonly created: {
    teams: number;
    cycles: number;
    objectives: number;
    keyResults: number;
    initiatives: number;
    checkIns: number;
  };
  readonly currentCycleId: string;
  readonly pastCycleId: string;
}

interface Quarter {
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

export function quarterOf(date: string, offset = 0): Quarter {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3) + offset;
  const y = Math.floor(index / 4);
  const q = index % 4;
  const startMonth = q * 3 + 1;
  const start = `${y}-${String(startMonth).padStart(2, '0')}-01`;
  const nextStart =
    q === 3 ? `${y + 1}-01-01` : `${y}-${String(startMonth + 3).padStart(2, '0')}-01`;
  return { name: `Q${q + 1} ${y}`, start, end: addDays(nextStart, -1) };
}

/**
 * Mondays (the default check-in day) after the cycle starts and before `until`. Not `until`
 * itself: its check-in, at 09:00 UTC, would lie ahead of a stack started earlier that Monday,
 * and a KR shows its latest check-in, so one typed before then would not move it.
 */
function checkInDays(cycle: Quarter, until: string): string[] {
  const days: string[] = [];
  let day = addDays(cycle.start, (8 - weekday(cycle.start)) % 7 || 7);
  while (day < until && day <= cycle.end) {
    days.push(day);
    day = addDays(day, 7);
  }
  return days;
}

const round = (value: number) => Math.round(value * 100) / 100;

function valueAt(kr: DemoKeyResult, share: number): number {
  const progress = kr.trajectory.reach * share;
  if (kr.kind === 'binary') return progress >= 1 ? 1 : 0;
  const value = kr.start + (kr.target - kr.start) * progress;
  return kr.kind === 'milestone' ? Math.floor(value + 1e-9) : round(value);
}

export function checkInDrafts(
  kr: KeyResult,
  demo: DemoKeyResult,
  cycle: Quarter,
  today: string,
): CheckInDraft[] {
  const days = checkInDays(cycle, today);
  const stopAt = days.length - (demo.trajectory.silentWeeks ?? 0);
  const [first, last] = demo.trajectory.confidence;
  return days.slice(0, Math.max(stopAt, 1)).map((day, index, taken) => {
    const share = (index + 1) / days.length;
    const weekShare = taken.length > 1 ? index / (taken.length - 1) : 1;
    return {
      clientId: `seed-${kr.id}-${day}`,
      keyResultId: kr.id,
      value: valueAt(demo, share),
      confidence: Math.round(first + (last - first) * weekShare),
      note: notes[(Number(kr.id) + index) % notes.length]!,
      author: demo.owner ?? people.coach,
      at: `${day}T09:00:00Z`,
      source: index % 3 === 2 ? 'meeting' : index % 3 === 1 ? 'excel' : 'teams',
      ...(index % 3 === 2 ? { meetingId: `seed-weekly-${day}` } : {}),
    };
  });
}

export async function seedDemoOrganisation(
  repository: GraphOkrRepository,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const created = {
    teams: 0,
    cycles: 0,
    objectives: 0,
    keyResults: 0,
    initiatives: 0,
    checkIns: 0,
  };

  const existingTeams = [...(await repository.listTeams())];
  const teamIds = new Map<TeamKey, string>();
  for (const demo of demoTeams) {
    let team: Team | undefined = existingTeams.find((t) => t.name === demo.name);
    if (!team) {
      const parentTeamId = demo.parent ? teamIds.get(demo.parent) : undefined;
      team = await repository.createTeam({
        name: demo.name,
        owners: [demo.owner],
        ...(parentTeamId ? { parentTeamId } : {}),
        ...(demo.groupId ? { groupId: demo.groupId } : {}),
      });
      created.teams++;
    } else if (
      demo.groupId &&
      !team.groupId &&
      !existingTeams.some((other) => other.groupId === demo.groupId)
    ) {
      // Seeded before the company was linked: linked now, unless its group links another team.
      team = await repository.updateTeam({ ...team, groupId: demo.groupId });
    }
    teamIds.set(demo.key, team.id);
  }

  const cycles = [...(await repository.listCycles())];
  const seedCycle = async (
    quarter: Quarter,
    objectives: readonly DemoObjective[],
    closeAfter: boolean,
  ) => {
    let cycle: Cycle | undefined = cycles.find((c) => c.name === quarter.name);
    if (!cycle) {
      cycle = await repository.createCycle({ ...quarter, state: 'active' });
      created.cycles++;
    }
    const board = await repository.loadBoard({ cycleId: cycle.id });
    const objectiveIds = new Map<string, string>();
    const drafts: CheckInDraft[] = [];
    const keyResults: KeyResult[] = [];
    for (const demo of objectives) {
      const teamId = teamIds.get(demo.team)!;
      let objective: Objective | undefined = board.objectives.find(
        (o) => o.teamId === teamId && o.title === demo.title,
      );
      if (!objective) {
        const parentId = demo.parent ? objectiveIds.get(demo.parent) : undefined;
        objective = await repository.createObjective({
          cycleId: cycle.id,
          teamId,
          title: demo.title,
          description: demo.description,
          ...(demo.owner ? { owner: demo.owner } : {}),
          commitment: demo.commitment,
          ...(parentId ? { parentId } : {}),
          state: 'active',
        });
        created.objectives++;
      }
      objectiveIds.set(demo.key, objective.id);
      for (const demoKr of demo.keyResults) {
        let kr = board.keyResults.find(
          (k) => k.objectiveId === objective.id && k.title === demoKr.title,
        );
        if (!kr) {
          kr = await repository.createKeyResult({
            objectiveId: objective.id,
            title: demoKr.title,
            kind: demoKr.kind,
            start: demoKr.start,
            target: demoKr.target,
            current: demoKr.start,
            unit: demoKr.unit,
            weight: 1,
            ...(demoKr.owner ? { owner: demoKr.owner } : {}),
            ...(demoKr.milestones ? { milestones: demoKr.milestones } : {}),
          });
          created.keyResults++;
        }
        keyResults.push(kr);
        drafts.push(...checkInDrafts(kr, demoKr, quarter, today));
        for (const demoInitiative of demoKr.initiatives ?? []) {
          const exists = board.initiatives.some(
            (i) => i.keyResultId === kr.id && i.title === demoInitiative.title,
          );
          if (exists) continue;
          const { dueInDays, ...initiative } = demoInitiative;
          await repository.createInitiative({
            ...initiative,
            keyResultId: kr.id,
            ...(dueInDays !== undefined ? { dueDate: addDays(quarter.start, dueInDays) } : {}),
          });
          created.initiatives++;
        }
      }
    }
    // Only the check-ins not stored yet: a closed cycle takes no new ones.
    const history = await repository.checkInHistory(keyResults.map((kr) => kr.id));
    const stored = new Set([...history.values()].flat().map((checkIn) => checkIn.clientId));
    const missing = drafts.filter((draft) => !stored.has(draft.clientId));
    if (missing.length > 0) {
      if (cycle.state === 'closed')
        cycle = await repository.updateCycle({ ...cycle, state: 'active' });
      const report = await repository.saveCheckIns(missing);
      const problems = [...report.failed, ...report.conflicts];
      if (problems.length > 0) {
        throw new Error(
          `Seeding check-ins failed: ${problems.map((p) => p.error.message).join('; ')}`,
        );
      }
      created.checkIns += report.saved.length;
    }
    if (closeAfter && cycle.state !== 'closed') {
      cycle = await repository.updateCycle({ ...cycle, state: 'closed' });
    }
    return cycle;
  };

  const pastQuarter = quarterOf(today, -1);
  const past = await seedCycle(pastQuarter, pastObjectives, true);
  const current = await seedCycle(quarterOf(today), currentObjectives, false);
  return { created, currentCycleId: current.id, pastCycleId: past.id };
}
