import { demoUsers } from '../../src/dev/graph-emulator';
import { planRituals } from '../../src/core/plan-rituals';
import { defaultOperatingModel } from '../../src/core/operating-model';
import {
  carriedOver,
  defaultRolloverSelection,
  leftByRun,
  missingUnderCarried,
  planRollover,
  type RolloverSource,
} from '../../src/core/rollover';
import { ConflictError, InvalidError } from '../../src/store/errors';
import { MissingColumnError } from '../../src/store/missing-column-error';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

describe('running a programme through the store', () => {
  let store: StoreFixture;
  let repository: GraphOkrRepository;
  beforeEach(async () => {
    store = await startStore();
    repository = store.repository();
  });
  afterEach(() => store.stop());

  /** Q2 2026, in planning: the quarter each roll-over goes into. */
  const nextQuarter = () =>
    repository.createCycle({
      name: 'Q2 2026',
      start: '2026-04-01',
      end: '2026-06-30',
      state: 'planning',
    });
  /** FY 2026, active: the year around the quarters, running on past the first. */
  const theYear = () =>
    repository.createCycle({
      name: 'FY 2026',
      start: '2026-01-01',
      end: '2026-12-31',
      state: 'active',
    });
  /** The year's objective for a team: what its quarter's OKRs align to or roll up from. */
  const yearlyObjective = (cycleId: string, teamId: string) =>
    repository.createObjective({
      cycleId,
      teamId,
      title: 'Become the easiest tool to start with',
      description: '',
      commitment: 'committed',
      state: 'active',
    });
  /** The plan carrying what Next cycle chooses for you (the unfinished OKRs) into `cycleId`. */
  const unfinishedInto = (
    cycleId: string,
    source: RolloverSource,
    context?: Parameters<typeof planRollover>[3],
  ) => planRollover(source, defaultRolloverSelection(source), cycleId, context);
  /** A cycle's board as a new reader finds it, past anything this repository remembers. */
  const freshRead = (cycleId: string) => store.repository().loadBoard({ cycleId });

  test('teams: create, nest, link to a group, archive; a loop or an empty name is refused and nothing is written', async () => {
    const company = await repository.createTeam({ name: 'Contoso' });
    const sales = await repository.createTeam({
      name: 'Sales',
      parentTeamId: company.id,
      groupId: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d',
      owners: [owner],
    });
    expect(sales).toMatchObject({ parentTeamId: company.id, owners: [owner] });
    const emea = await repository.createTeam({ name: 'EMEA', parentTeamId: sales.id });
    const loop = await repository
      .updateTeam({ ...sales, parentTeamId: emea.id })
      .catch((e: unknown) => e);
    expect(loop).toBeInstanceOf(InvalidError);
    expect((loop as InvalidError).message).toContain('Sales → EMEA → Sales');
    await expect(repository.createTeam({ name: '  ' })).rejects.toBeInstanceOf(InvalidError);

    const archived = await repository.updateTeam({ ...sales, name: 'Sales EMEA', archived: true });
    expect(archived).toMatchObject({ name: 'Sales EMEA', archived: true });
    const stale = await repository
      .updateTeam({ ...sales, name: 'Old name' })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    const teams = await store.repository().listTeams();
    expect(teams.map((team) => team.name).sort()).toEqual(['Contoso', 'EMEA', 'Sales EMEA']);
    expect(teams.find((team) => team.id === sales.id)?.groupId).toBe(
      '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d',
    );
  });

  test('cycles: nested cycles are fine, a cycle half in another is refused; the coaching plan is kept', async () => {
    const year = await repository.createCycle({
      name: 'FY 2027',
      start: '2027-01-01',
      end: '2027-12-31',
      state: 'planning',
    });
    const coachingPlan = planRituals(
      { start: '2027-01-01', end: '2027-03-31' },
      defaultOperatingModel.checkIn,
    );
    const q1 = await repository.createCycle({
      name: 'Q1 2027',
      start: '2027-01-01',
      end: '2027-03-31',
      state: 'planning',
      coachingPlan,
    });
    const overlap = await repository
      .createCycle({ name: 'Odd', start: '2027-03-01', end: '2027-05-31', state: 'planning' })
      .catch((e: unknown) => e);
    expect(overlap).toBeInstanceOf(InvalidError);
    expect((overlap as InvalidError).message).toContain('partly overlap “Q1 2027”');
    const cycles = await store.repository().listCycles();
    expect(cycles.map((cycle) => cycle.name)).toEqual(['FY 2027', 'Q1 2027']);
    expect(cycles.find((cycle) => cycle.id === q1.id)?.coachingPlan).toEqual(coachingPlan);
    expect(year.coachingPlan).toBeUndefined();
  });

  test('cycles: one made by mistake is deleted with If-Match; one that holds objectives is refused, naming them', async () => {
    const { cycle, objective } = await startingPoint(repository);
    await repository.createObjective({ ...objective, title: 'Sales teams onboard in a day' });
    const refused = await repository.deleteCycle(cycle).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as InvalidError).message).toBe(
      'Q1 2026 still holds objectives, so it was not deleted. Delete its objectives on its board first (their key results go with them), then delete the cycle.',
    );

    const mistake = await repository.createCycle({
      name: 'Q2 2026',
      start: '2026-04-01',
      end: '2026-06-30',
      state: 'planning',
    });
    const started = await repository.updateCycle({ ...mistake, state: 'active' });
    const stale = await repository.deleteCycle(mistake).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    await repository.deleteCycle(started);
    const cycles = await store.repository().listCycles();
    expect(cycles.map((c) => c.name)).toEqual(['Q1 2026']);
  });

  test('cycles: an active cycle goes back to planning only before its first day, naming it; nothing is written', async () => {
    const planned = await repository.createCycle({
      name: 'Q1 2027',
      start: '2027-01-01',
      end: '2027-03-31',
      state: 'planning',
    });
    const started = await repository.updateCycle({ ...planned, state: 'active' });
    const onItsFirstDay = store.repository({ today: () => '2027-01-01' });
    const refused = await onItsFirstDay
      .updateCycle({ ...started, state: 'planning' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as InvalidError).message).toBe(
      'The cycle was not saved: “Q1 2027” began on Jan 1, 2027: a cycle goes back to planning only before its first day, while no check-in can be due in it. Its dates stay as they are.',
    );
    const [stored] = await store.repository().listCycles();
    expect(stored).toMatchObject({ state: 'active', version: started.version });

    const theDayBefore = store.repository({ today: () => '2026-12-31' });
    const back = await theDayBefore.updateCycle({ ...started, state: 'planning' });
    expect(back.state).toBe('planning');
  });

  test('closing: scores and learnings saved with If-Match; a KR changed meanwhile is a named conflict', async () => {
    const { objective } = await startingPoint(repository);
    const [first, second] = await store.bulkKeyResults(objective, 2);
    const board = await repository.loadBoard({ cycleId: objective.cycleId });
    const [kr1, kr2] = board.keyResults;
    await store.repository().updateKeyResult({ ...kr2!, title: 'Changed elsewhere' });
    const report = await repository.saveClosing({
      keyResults: [
        { ...kr1!, score: 0.4, scoreReason: 'Data came late' },
        { ...kr2!, score: 0.3, scoreReason: 'x' },
      ],
      objectives: [{ ...board.objectives[0]!, score: 0.35, learnings: 'Fewer KRs' }],
    });
    expect(report.keyResults).toHaveLength(1);
    expect(report.keyResults[0]).toMatchObject({ id: first!.id, score: 0.4 });
    expect(report.objectives[0]).toMatchObject({ score: 0.35, learnings: 'Fewer KRs' });
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]?.message).toContain(
      '“Weekly active users from 1 to 101” was changed',
    );
    const reread = await store.repository().loadBoard({ cycleId: objective.cycleId });
    expect(reread.keyResults.find((kr) => kr.id === second!.id)?.score).toBeUndefined();
  });

  test('closing: a score reason longer than the 500 characters kept is refused whole, and nothing is written', async () => {
    const { objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, 1);
    const board = await repository.loadBoard({ cycleId: objective.cycleId });
    const [kr] = board.keyResults;

    const refused = await repository
      .saveClosing({
        keyResults: [{ ...kr!, score: 0.4, scoreReason: 'y'.repeat(501) }],
        objectives: [{ ...board.objectives[0]!, score: 0.4 }],
      })
      .catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as InvalidError).message).toBe(
      '“Weekly active users from 0 to 100” was not saved: This reason has 501 characters, over the 500 kept: shorten it to save. Nothing was cut.',
    );
    const reread = await store.repository().loadBoard({ cycleId: objective.cycleId });
    expect(reread.keyResults[0]).toMatchObject({ version: kr!.version });
    expect(reread.keyResults[0]!.score).toBeUndefined();
  });

  test('rolling over: parents first, start = last value, in one $batch per level', async () => {
    const { cycle, team, objective } = await startingPoint(repository);
    const child = await repository.createObjective({
      cycleId: cycle.id,
      teamId: team.id,
      title: 'Sales teams onboard in a day',
      description: '',
      commitment: 'aspirational',
      state: 'active',
      parentId: objective.id,
    });
    await store.bulkKeyResults(objective, 3);
    await store.bulkKeyResults(child, 2);
    const next = await nextQuarter();
    const board = await repository.loadBoard({ cycleId: cycle.id });
    const moved = board.keyResults.map((kr, index) => ({ ...kr, current: kr.start + index }));
    const plan = unfinishedInto(next.id, { objectives: board.objectives, keyResults: moved });
    store.emulator.resetStats();
    const report = await repository.rollOver(plan);
    // The next cycle read for earlier clones, then parents, children, KRs.
    expect(store.emulator.stats().batches).toBe(4);
    const rolled = await freshRead(next.id);
    expect(rolled.objectives).toHaveLength(2);
    const newChild = rolled.objectives.find((o) => o.title === child.title)!;
    expect(newChild.parentId).toBe(report.objectives.find((o) => o.title === objective.title)?.id);
    expect(rolled.keyResults).toHaveLength(5);
    expect(rolled.keyResults.map((kr) => kr.start).sort()).toEqual(
      moved.map((kr) => kr.current).sort(),
    );

    // "Start the next cycle" again (a double click, a retry after a failure): nothing twice.
    const lost = rolled.keyResults[0]!;
    await repository.deleteKeyResult(lost);
    const again = await repository.rollOver(plan);
    const reread = await freshRead(next.id);
    expect(reread.objectives).toHaveLength(2);
    expect(reread.keyResults).toHaveLength(5);
    expect(reread.keyResults.filter((kr) => kr.title === lost.title)).toHaveLength(
      rolled.keyResults.filter((kr) => kr.title === lost.title).length,
    );
    expect(new Set(again.objectives.map((o) => o.id))).toEqual(
      new Set(report.objectives.map((o) => o.id)),
    );
    expect(again.keyResults).toHaveLength(5);
  });

  test('rolling over: a quarter keeps its alignment to the year running on, roll-ups, phased targets and open initiatives; a lost batch is named and a second run completes it', async () => {
    const year = await theYear();
    const { cycle, team, objective } = await startingPoint(repository);
    const yearly = await yearlyObjective(year.id, team.id);
    const aligned = await repository.updateObjective({ ...objective, parentId: yearly.id });
    const child = await repository.createObjective({
      cycleId: cycle.id,
      teamId: team.id,
      title: 'Sales teams onboard in a day',
      description: '',
      commitment: 'aspirational',
      state: 'active',
      parentId: objective.id,
    });
    const [teamsKr] = await store.bulkKeyResults(child, 1);
    const rollUp = await repository.createKeyResult({
      objectiveId: aligned.id,
      title: 'Onboarded teams reach 40',
      kind: 'increase',
      start: 0,
      target: 40,
      current: 10,
      unit: 'teams',
      weight: 1,
      targets: [
        { date: '2026-01-31', value: 5 },
        { date: '2026-02-28', value: 20 },
      ],
      rolledUpFrom: [
        { kind: 'objective', id: child.id, weight: 0.5 },
        { kind: 'keyResult', id: teamsKr!.id, weight: 0.5 },
      ],
    });
    const open = await repository.createInitiative({
      keyResultId: rollUp.id,
      title: 'Record a five-minute tour',
      status: 'inProgress',
      dueDate: '2026-05-15',
    });
    await repository.createInitiative({
      keyResultId: rollUp.id,
      title: 'Write the welcome email',
      status: 'done',
    });
    const next = await nextQuarter();
    const board = await repository.loadBoard({ cycleId: cycle.id });
    const cycles = await repository.listCycles();
    const elsewhere = await repository.loadObjectives([yearly.id]);
    const plan = unfinishedInto(next.id, board, { cycles, elsewhere });
    expect(plan.links).toContainEqual({
      link: 'alignment',
      from: objective.title,
      to: yearly.title,
      fate: 'spans',
      cycle: 'FY 2026',
    });

    // The answer to the key results' $batch (after the read and two levels of objectives) is lost: they were written, the run cannot know.
    let batches = 0;
    store.emulator.loseAnswers(1, (method, path) => path.endsWith('$batch') && ++batches === 4);
    const first = await repository.rollOver(plan);
    expect(first.objectives.map((o) => o.title).sort()).toEqual(
      [objective.title, child.title].sort(),
    );
    expect(first.notCarried.map((item) => [item.kind, item.title]).sort()).toEqual(
      [
        ['initiative', open.title],
        ['keyResult', rollUp.title],
        ['keyResult', teamsKr!.title],
      ].sort(),
    );

    const again = await repository.rollOver(plan);
    expect(again.notCarried).toEqual([]);
    const rolled = await freshRead(next.id);
    expect(rolled.objectives).toHaveLength(2);
    expect(rolled.keyResults).toHaveLength(2);
    const copy = rolled.objectives.find((o) => o.title === objective.title)!;
    const childCopy = rolled.objectives.find((o) => o.title === child.title)!;
    expect(copy.parentId).toBe(yearly.id);
    expect(childCopy.parentId).toBe(copy.id);
    const rollUpCopy = rolled.keyResults.find((kr) => kr.title === rollUp.title)!;
    const teamsCopy = rolled.keyResults.find((kr) => kr.title === teamsKr!.title)!;
    expect(rollUpCopy.rolledUpFrom).toEqual([
      { kind: 'objective', id: childCopy.id, weight: 0.5 },
      { kind: 'keyResult', id: teamsCopy.id, weight: 0.5 },
    ]);
    // From 10 on, only the end-of-February target (20) is still ahead: due as far into Q2.
    expect(rollUpCopy.targets).toEqual([{ date: '2026-05-30', value: 20 }]);
    expect(rolled.initiatives.map((i) => [i.title, i.keyResultId, i.dueDate])).toEqual([
      [open.title, rollUpCopy.id, '2026-05-15'],
    ]);
  }, 120_000);

  test("rolling over: a quarter's KR keeps its roll-up from a KR of the year running on, read wherever it is", async () => {
    const year = await theYear();
    const { cycle, team, objective } = await startingPoint(repository);
    const yearly = await yearlyObjective(year.id, team.id);
    const signUps = await repository.createKeyResult({
      objectiveId: yearly.id,
      title: 'Sign-ups a day reach 500',
      kind: 'increase',
      start: 0,
      target: 500,
      current: 120,
      unit: 'sign-ups',
      weight: 1,
    });
    const gone = await repository.createKeyResult({
      ...signUps,
      objectiveId: yearly.id,
      title: 'Gone',
    });
    const rollUp = await repository.createKeyResult({
      objectiveId: objective.id,
      title: 'Onboarded teams reach 40',
      kind: 'increase',
      start: 0,
      target: 40,
      current: 10,
      unit: 'teams',
      weight: 1,
      rolledUpFrom: [
        { kind: 'keyResult', id: signUps.id, weight: 1 },
        { kind: 'keyResult', id: gone.id, weight: 1 },
      ],
    });
    await repository.deleteKeyResult(gone);
    const next = await nextQuarter();
    const board = await repository.loadBoard({ cycleId: cycle.id });
    store.emulator.resetStats();
    // One $batch, whatever the count; the one deleted is left out.
    const keyResultsElsewhere = await repository.loadKeyResults([signUps.id, gone.id]);
    expect(store.emulator.stats().batches).toBe(1);
    expect(keyResultsElsewhere.map((kr) => [kr.id, kr.title, kr.objectiveId])).toEqual([
      [signUps.id, signUps.title, yearly.id],
    ]);
    const elsewhere = await repository.loadObjectives([yearly.id]);
    const plan = unfinishedInto(next.id, board, {
      cycles: await repository.listCycles(),
      elsewhere,
      keyResultsElsewhere,
    });
    expect(plan.links).toEqual([
      { link: 'rollUp', from: rollUp.title, to: signUps.title, fate: 'spans', cycle: 'FY 2026' },
      { link: 'rollUp', from: rollUp.title, to: '', fate: 'notFound' },
    ]);
    await repository.rollOver(plan);
    const rolled = await freshRead(next.id);
    expect(rolled.keyResults.map((kr) => [kr.title, kr.rolledUpFrom])).toEqual([
      [rollUp.title, [{ kind: 'keyResult', id: signUps.id, weight: 1 }]],
    ]);
  });

  test('rolling over: after a run whose answer was lost, only what it chose is carried again; a key result left out stays out', async () => {
    const { cycle } = await startingPoint(repository);
    const next = await nextQuarter();
    const source = await repository.loadBoard({ cycleId: cycle.id });
    const [objective] = source.objectives;
    const [chosen, leftOut] = await store.bulkKeyResults(objective!, 2);
    const board = await freshRead(cycle.id);
    const cycles = await repository.listCycles();
    const selection = defaultRolloverSelection(board);
    // Unfinished, so chosen for you: the coach unticks it.
    expect(selection.keyResultIds.has(leftOut!.id)).toBe(true);
    const plan = planRollover(
      board,
      {
        ...selection,
        keyResultIds: new Set([...selection.keyResultIds].filter((id) => id !== leftOut!.id)),
      },
      next.id,
      { cycles },
    );
    // The key results' answer (after the read and the objectives) is lost: written, not known.
    let batches = 0;
    store.emulator.loseAnswers(1, (method, path) => path.endsWith('$batch') && ++batches === 3);
    const first = await repository.rollOver(plan);
    expect(first.notCarried.map((item) => item.title)).toContain(chosen!.title);
    const carried = carriedOver(board, first);

    const left = leftByRun(plan, carried);
    expect([...left.objectiveIds]).toEqual([]);
    expect(left.keyResultIds.has(chosen!.id)).toBe(true);
    expect(left.keyResultIds.has(leftOut!.id)).toBe(false);
    const again = await repository.rollOver(
      planRollover(board, left, next.id, { cycles, carried }),
    );
    expect(again.notCarried).toEqual([]);
    const held = await freshRead(next.id);
    expect(held.objectives).toHaveLength(1);
    const titles = held.keyResults.map((kr) => kr.title);
    // Each chosen key result once, the one left out not at all.
    expect(titles.sort()).toEqual(
      board.keyResults
        .filter((kr) => plan.keyResults.some((entry) => entry.sourceId === kr.id))
        .map((kr) => kr.title)
        .sort(),
    );
    expect(titles).not.toContain(leftOut!.title);
  }, 120_000);

  test('rolling over: what a coach leaves out is kept with the next cycle, for another coach after a reload too, each record added to the last, and taken back', async () => {
    const { cycle, objective } = await startingPoint(repository);
    const [kept, left] = await store.bulkKeyResults(objective, 2);
    const next = await nextQuarter();
    const none = { objectiveIds: new Set<string>(), keyResultIds: new Set<string>() };
    await repository.recordLeftOut(next.id, cycle.id, {
      leaveOut: { objectiveIds: new Set(), keyResultIds: new Set([left!.id]) },
      takeBack: none,
    });
    // Someone else who runs the programme (the CEO, a site owner), on a repository of their own:
    // the record is with the cycle, however read.
    const other = store.repository({ userId: demoUsers.meganBowen.id });
    const listed = (await other.listCycles()).find((c) => c.id === next.id)!;
    expect(listed.leftOut).toEqual({ [cycle.id]: { objectiveIds: [], keyResultIds: [left!.id] } });
    expect((await freshRead(next.id)).cycle.leftOut).toEqual(listed.leftOut);
    // Their record is made to the cycle as stored: the first one stays.
    await other.recordLeftOut(next.id, cycle.id, {
      leaveOut: { objectiveIds: new Set([objective.id]), keyResultIds: new Set([kept!.id]) },
      takeBack: none,
    });
    const both = await freshRead(next.id);
    expect(both.cycle.leftOut?.[cycle.id]).toEqual({
      objectiveIds: [objective.id],
      keyResultIds: [left!.id, kept!.id],
    });
    // Taken back (carried, or offered again): nothing is left out, and the column is emptied.
    await repository.recordLeftOut(next.id, cycle.id, {
      leaveOut: none,
      takeBack: {
        objectiveIds: new Set([objective.id]),
        keyResultIds: new Set([left!.id, kept!.id]),
      },
    });
    expect((await freshRead(next.id)).cycle.leftOut).toBeUndefined();
    expect((await store.readItem('cycles', next.id)).fields.RolloverLeftOut).toBeUndefined();
    // A cycle's own edit leaves the record alone.
    await repository.recordLeftOut(next.id, cycle.id, {
      leaveOut: { objectiveIds: new Set(), keyResultIds: new Set([left!.id]) },
      takeBack: none,
    });
    const renamed = await repository.updateCycle({
      ...(await freshRead(next.id)).cycle,
      name: 'Q2 26',
    });
    expect(renamed.leftOut?.[cycle.id]?.keyResultIds).toEqual([left!.id]);
  }, 120_000);

  test('rolling over: a site set up before the cycles had the left-out column still reads them, and refuses the record by name', async () => {
    const { cycle } = await startingPoint(repository);
    const next = await nextQuarter();
    const { connection, paths } = await store.collaborators();
    const columnsPath = paths.items('cycles').replace(/\/items$/, '/columns');
    const { value } = await connection.send<{ value: { id: string; name: string }[] }>({
      method: 'GET',
      path: columnsPath,
    });
    const column = value.find((c) => c.name === 'RolloverLeftOut')!;
    await connection.send({ method: 'DELETE', path: `${columnsPath}/${column.id}` });

    const older = store.repository();
    expect((await older.listCycles()).map((c) => c.name)).toContain(next.name);
    expect((await older.loadBoard({ cycleId: next.id })).cycle.name).toBe(next.name);
    const refused = older.recordLeftOut(next.id, cycle.id, {
      leaveOut: { objectiveIds: new Set(), keyResultIds: new Set(['1']) },
      takeBack: { objectiveIds: new Set(), keyResultIds: new Set() },
    });
    await expect(refused).rejects.toBeInstanceOf(MissingColumnError);
    await expect(refused).rejects.toThrow(/OKR Cycles.*RolloverLeftOut.*provision-lists/);
  }, 120_000);

  test('rolling over: a reload offers what a run left out under an objective it carried, and carrying it again adds only that, initiatives alone too', async () => {
    const { cycle, objective } = await startingPoint(repository);
    const [kept, left] = await store.bulkKeyResults(objective, 2);
    const leftWork = await repository.createInitiative({
      keyResultId: left!.id,
      title: 'Call every reseller',
      status: 'inProgress',
    });
    const keptWork = await repository.createInitiative({
      keyResultId: kept!.id,
      title: 'Record a five-minute tour',
      status: 'notStarted',
    });
    const next = await nextQuarter();
    const cycles = await repository.listCycles();
    const source = await repository.loadBoard({ cycleId: cycle.id });
    await repository.rollOver(unfinishedInto(next.id, source, { cycles }));
    // What Graph refused in that run is not in the next cycle: one KR, and both initiatives.
    const written = await repository.loadBoard({ cycleId: next.id });
    await repository.deleteKeyResult(written.keyResults.find((kr) => kr.title === left!.title)!);
    for (const initiative of written.initiatives) await repository.deleteInitiative(initiative);

    /** What the Next cycle section reads on a reload. */
    const reload = async () => {
      const [board, held] = await Promise.all([freshRead(cycle.id), freshRead(next.id)]);
      const carried = carriedOver(board, held);
      return { board, held, carried, missing: missingUnderCarried(board, carried) };
    };
    const first = await reload();
    expect([...defaultRolloverSelection(first.board, first.carried).keyResultIds]).toEqual([
      left!.id,
    ]);
    expect(first.missing.keyResults.map((kr) => kr.id)).toEqual([left!.id]);
    expect(first.missing.initiatives.map((i) => i.title).sort()).toEqual(
      [leftWork.title, keptWork.title].sort(),
    );
    const again = planRollover(
      first.board,
      { objectiveIds: new Set(), keyResultIds: new Set([left!.id]) },
      next.id,
      { cycles, carried: first.carried },
    );
    expect(again.objectives).toEqual([]);
    await repository.rollOver(again);
    const second = await reload();
    expect(second.held.objectives).toHaveLength(1);
    expect(second.held.keyResults.map((kr) => kr.title).sort()).toEqual(
      [kept!.title, left!.title].sort(),
    );
    const objectiveCopy = second.held.objectives[0]!;
    expect(second.held.keyResults.every((kr) => kr.objectiveId === objectiveCopy.id)).toBe(true);
    const leftCopy = second.held.keyResults.find((kr) => kr.title === left!.title)!;
    const keptCopy = second.held.keyResults.find((kr) => kr.title === kept!.title)!;
    expect(second.held.initiatives.map((i) => [i.title, i.keyResultId]).sort()).toEqual(
      [
        [leftWork.title, leftCopy.id],
        [keptWork.title, keptCopy.id],
      ].sort(),
    );
    expect(second.missing).toEqual({ keyResults: [], initiatives: [] });

    // Only an initiative is missing now: the plan holds it alone, and carrying it adds only it.
    await repository.deleteInitiative(
      second.held.initiatives.find((i) => i.title === keptWork.title)!,
    );
    const third = await reload();
    const initiativesOnly = planRollover(
      third.board,
      defaultRolloverSelection(third.board, third.carried),
      next.id,
      { cycles, carried: third.carried },
    );
    expect(initiativesOnly.objectives.length + initiativesOnly.keyResults.length).toBe(0);
    expect(initiativesOnly.initiatives.map((i) => i.sourceId)).toEqual([keptWork.id]);
    const report = await repository.rollOver(initiativesOnly);
    expect(report.initiatives.map((i) => [i.title, i.keyResultId])).toEqual([
      [keptWork.title, keptCopy.id],
    ]);
    const last = await reload();
    expect(last.held.objectives).toHaveLength(1);
    expect(last.held.keyResults).toHaveLength(2);
    expect(last.held.initiatives).toHaveLength(2);
  }, 120_000);
});
