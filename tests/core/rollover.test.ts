import {
  carriedBoth,
  carriedOver,
  chooseAll,
  countChoice,
  defaultRolloverSelection,
  leftByRun,
  leftOutByRun,
  leftOutOf,
  missingUnderCarried,
  planRollover,
  rolledOverFrom,
  withLeftOutChange,
} from '../../src/core/rollover';
import { keyResult, objective } from './fixtures';

const company = objective({ id: 'o1', teamId: 't0', title: 'Win the mid-market' });
const sales = objective({ id: 'o2', teamId: 't1', parentId: 'o1', title: 'Sell to 50 new firms' });
const product = objective({ id: 'o3', teamId: 't2', parentId: 'o1', title: 'Ship self-serve' });
const done = objective({ id: 'o4', title: 'Launch the partner portal' });
const source = {
  objectives: [sales, company, product, done],
  keyResults: [
    keyResult({
      id: 'k1',
      objectiveId: 'o1',
      current: 1500,
      confidence: 6,
      lastCheckInAt: '2026-03-30T09:00:00Z',
      description: 'Signed contracts, counted by Finance at month end',
    }),
    keyResult({ id: 'k2', objectiveId: 'o2', current: 2000 }), // finished
    keyResult({
      id: 'k3',
      objectiveId: 'o2',
      kind: 'stayAbove',
      start: 90,
      target: 95,
      current: 93,
    }),
    keyResult({ id: 'k4', objectiveId: 'o3', current: 1200, score: 0.2, scoreReason: 'x' }),
    keyResult({ id: 'k5', objectiveId: 'o4', kind: 'binary', start: 0, target: 1, current: 1 }),
  ],
};

describe('rolling over into the next cycle', () => {
  it('pre-selects unfinished KRs and the objectives that have one', () => {
    const selection = defaultRolloverSelection(source);
    expect([...selection.keyResultIds].sort()).toEqual(['k1', 'k3', 'k4']);
    expect([...selection.objectiveIds].sort()).toEqual(['o1', 'o2', 'o3']);
  });

  it('records what a run leaves out, does not offer it again after a reload, and takes it back once carried', () => {
    const offered = defaultRolloverSelection(source);
    // The coach unticks Ship self-serve (o3) and Sales' k3 under o2, which comes.
    const selection = {
      objectiveIds: new Set(['o1', 'o2']),
      keyResultIds: new Set(['k1', 'k4']),
    };
    const plan = planRollover(source, selection, 'q2');
    const change = leftOutByRun(
      source,
      selection,
      { objectiveIds: new Set(), keyResultIds: new Set() },
      plan,
    );
    expect([...change.leaveOut.objectiveIds]).toEqual(['o3']);
    // k4 goes with its objective, left out: only k3, under o2 that comes, is left out itself.
    expect([...change.leaveOut.keyResultIds]).toEqual(['k3']);
    expect([...change.takeBack.objectiveIds].sort()).toEqual(['o1', 'o2']);
    expect([...change.takeBack.keyResultIds]).toEqual(['k1']);
    const stored = withLeftOutChange(undefined, change);
    expect(stored).toEqual({ objectiveIds: ['o3'], keyResultIds: ['k3'] });

    // After a reload: o1 and o2 are carried (k1 under o1), the rest left out stays unticked.
    const carried = {
      objectiveIds: new Set(['o1', 'o2']),
      keyResultIds: new Set(['k1']),
    };
    const leftOut = leftOutOf({ leftOut: { q1: stored } }, 'q1');
    expect(defaultRolloverSelection(source, carried, leftOut)).toEqual({
      objectiveIds: new Set(),
      keyResultIds: new Set(['k4']),
    });
    // Without the record, both come back: k3 as missing under its carried objective.
    expect([...defaultRolloverSelection(source, carried).objectiveIds]).toEqual(['o3']);
    expect(missingUnderCarried(source, carried).keyResults.map((kr) => kr.id)).toEqual(['k3']);
    expect(missingUnderCarried(source, carried, leftOut).keyResults).toEqual([]);
    expect(offered.keyResultIds.has('k3')).toBe(true);

    // Ticked again and carried: no longer left out; what another source left out is kept apart.
    const again = planRollover(
      source,
      { objectiveIds: new Set(), keyResultIds: new Set(['k3']) },
      'q2',
      { cycles: [], carried },
    );
    const undone = leftOutByRun(
      source,
      { objectiveIds: new Set(), keyResultIds: new Set(['k3']) },
      carried,
      again,
    );
    expect(withLeftOutChange(stored, undone)).toEqual({ objectiveIds: ['o3'], keyResultIds: [] });
    expect(leftOutOf({ leftOut: { q1: stored } }, 'q0')).toEqual({
      objectiveIds: new Set(),
      keyResultIds: new Set(),
    });
  });

  it('finds what the next cycle holds already by source id, and does not offer it again', () => {
    const next = {
      objectives: [objective({ id: 'n1', sourceId: rolledOverFrom('o1') })],
      keyResults: [
        keyResult({ id: 'm1', objectiveId: 'n1', sourceId: rolledOverFrom('k1') }),
        keyResult({ id: 'm3', objectiveId: 'n1', sourceId: rolledOverFrom('k3') }),
      ],
    };
    const carried = carriedOver(source, next);
    expect([...carried.objectiveIds]).toEqual(['o1']);
    expect([...carried.keyResultIds].sort()).toEqual(['k1', 'k3']);
    const selection = defaultRolloverSelection(source, carried);
    expect([...selection.keyResultIds]).toEqual(['k4']);
    expect([...selection.objectiveIds]).toEqual(['o3']);
  });

  it('looks for an objective among objectives and a key result among key results', () => {
    // Ids are per SharePoint list: objective o-7 and key result o-7 are two items. Only the
    // objective was carried; its copy's source id names the key result's id too.
    const sameIds = {
      objectives: [objective({ id: '7', title: 'Grow revenue' })],
      keyResults: [
        keyResult({ id: '7', objectiveId: '7', current: 1200 }),
        keyResult({ id: '8', objectiveId: '7', current: 1300 }),
      ],
    };
    const next = {
      objectives: [objective({ id: 'n1', sourceId: rolledOverFrom('7') })],
      keyResults: [keyResult({ id: 'm1', objectiveId: 'n1', sourceId: rolledOverFrom('8') })],
    };
    const carried = carriedOver(sameIds, next);
    expect([...carried.objectiveIds]).toEqual(['7']);
    expect([...carried.keyResultIds]).toEqual(['8']);
  });

  it('selects all or none of some objectives with their key results, never what is carried', () => {
    const carried = {
      objectiveIds: new Set(['o4']),
      keyResultIds: new Set(['k5']),
    };
    const none = chooseAll(
      defaultRolloverSelection(source, carried),
      source,
      source.objectives,
      false,
    );
    expect(none.objectiveIds.size + none.keyResultIds.size).toBe(0);
    const all = chooseAll(none, source, source.objectives, true, carried);
    expect([...all.objectiveIds].sort()).toEqual(['o1', 'o2', 'o3']);
    // Finished key results too (k2): all means all.
    expect([...all.keyResultIds].sort()).toEqual(['k1', 'k2', 'k3', 'k4']);
    // One team's: the others' choice stays as it was.
    const salesOnly = chooseAll(none, source, [sales], true, carried);
    expect([...salesOnly.objectiveIds]).toEqual(['o2']);
    expect([...salesOnly.keyResultIds].sort()).toEqual(['k2', 'k3']);
    const withoutSales = chooseAll(all, source, [sales], false, carried);
    expect([...withoutSales.objectiveIds].sort()).toEqual(['o1', 'o3']);
    expect([...withoutSales.keyResultIds].sort()).toEqual(['k1', 'k4']);
  });

  it('counts what select all chooses: the objectives and their key results not carried yet', () => {
    const carried = { objectiveIds: new Set(['o1']), keyResultIds: new Set(['k1']) };
    const selection = defaultRolloverSelection(source, carried);
    // k2 is finished, so not chosen for you; k5's objective is not chosen, so k5 does not come.
    expect(countChoice(source, source.objectives, selection, carried)).toEqual({
      objectives: { chosen: 2, open: 3, held: 1 },
      keyResults: { chosen: 2, open: 4, held: 1 },
    });
    const all = chooseAll(selection, source, source.objectives, true, carried);
    expect(countChoice(source, source.objectives, all, carried)).toEqual({
      objectives: { chosen: 3, open: 3, held: 1 },
      keyResults: { chosen: 4, open: 4, held: 1 },
    });
    expect(countChoice(source, [sales], all, carried)).toEqual({
      objectives: { chosen: 1, open: 1, held: 0 },
      keyResults: { chosen: 2, open: 2, held: 0 },
    });
  });

  it('after a run, chooses again only what it chose and the next cycle still lacks', () => {
    // k4 (unfinished) was left out on purpose; the run carried o1, o2, o3 and k1, not k3.
    const chosen = {
      objectiveIds: new Set(['o1', 'o2', 'o3']),
      keyResultIds: new Set(['k1', 'k3']),
    };
    const plan = planRollover(source, chosen, 'c2');
    const carried = { objectiveIds: new Set(['o1', 'o2', 'o3']), keyResultIds: new Set(['k1']) };
    const left = leftByRun(plan, carried);
    expect([...left.objectiveIds]).toEqual([]);
    expect([...left.keyResultIds]).toEqual(['k3']);
    // Where the default would offer k4 again, as if the run had lost it.
    expect([...defaultRolloverSelection(source, carried).keyResultIds].sort()).toEqual([
      'k3',
      'k4',
    ]);
    expect(
      planRollover(source, left, 'c2', { cycles: [], carried }).keyResults.map((kr) => kr.sourceId),
    ).toEqual(['k3']);
  });

  it('starts each KR where it ended and keeps alignment only to a parent that rolls over too', () => {
    const plan = planRollover(
      source,
      {
        objectiveIds: new Set(['o2', 'o1', 'o3']),
        keyResultIds: new Set(['k1', 'k3', 'k4', 'k5']),
      },
      'c2',
    );
    expect(plan.objectives.map((o) => o.sourceId)).toEqual(['o1', 'o2', 'o3']); // parents first
    expect(plan.objectives[0]).toMatchObject({
      draft: { cycleId: 'c2', teamId: 't0', state: 'active' },
    });
    expect(plan.objectives[0]).not.toHaveProperty('parent');
    expect(plan.objectives[1]?.parent).toEqual({ copyOf: 'o1' });
    const k1 = plan.keyResults.find((k) => k.sourceId === 'k1')!;
    // Each clone names what it was rolled over from, so a second run finds it.
    expect(k1.draft.sourceId).toBe(rolledOverFrom('k1'));
    expect(plan.objectives[0]?.draft.sourceId).toBe(rolledOverFrom('o1'));
    expect(k1.draft).toMatchObject({ start: 1500, current: 1500, target: 2000 });
    // What it means and how it is measured goes with it.
    expect(k1.draft.description).toBe('Signed contracts, counted by Finance at month end');
    expect(k1.draft).not.toHaveProperty('confidence');
    expect(k1.draft).not.toHaveProperty('lastCheckInAt');
    expect(plan.keyResults.find((k) => k.sourceId === 'k3')?.draft.start).toBe(90); // a line keeps its baseline
    expect(plan.keyResults.find((k) => k.sourceId === 'k4')?.draft).not.toHaveProperty('score');
    expect(plan.keyResults.map((k) => k.sourceId)).not.toContain('k5'); // its objective stays
  });

  it('drops the alignment when the parent stays in the old cycle', () => {
    const plan = planRollover(
      source,
      { objectiveIds: new Set(['o2']), keyResultIds: new Set() },
      'c2',
    );
    expect(plan.objectives).toHaveLength(1);
    expect(plan.objectives[0]).not.toHaveProperty('parent');
    expect(plan.objectives[0]?.draft).not.toHaveProperty('parentId');
  });

  it('starts a done/not done KR chosen once done as not done again', () => {
    const plan = planRollover(
      source,
      { objectiveIds: new Set(['o4']), keyResultIds: new Set(['k5']) },
      'c2',
    );
    expect(plan.keyResults[0]?.draft).toMatchObject({ kind: 'binary', start: 0, current: 0 });
  });

  describe('what the copies keep', () => {
    const q1 = {
      id: 'c1',
      name: 'Q1 2027',
      start: '2027-01-01',
      end: '2027-03-31',
      state: 'closed' as const,
    };
    const q2 = {
      id: 'c2',
      name: 'Q2 2027',
      start: '2027-04-01',
      end: '2027-06-30',
      state: 'planning' as const,
    };
    const fy = {
      id: 'fy',
      name: 'FY 2027',
      start: '2027-01-01',
      end: '2027-12-31',
      state: 'active' as const,
    };
    const h1 = {
      id: 'h1',
      name: 'H1 2026',
      start: '2026-07-01',
      end: '2027-03-31',
      state: 'active' as const,
    };
    const cycles = [q1, q2, fy, h1];
    const yearly = { id: 'y1', title: 'Be the easiest tool to start with', cycleId: 'fy' };
    const half = { id: 'h9', title: 'Finish the migration', cycleId: 'h1' };
    const quarter = {
      cycle: q1,
      objectives: [
        objective({ id: 'a', cycleId: 'c1', title: 'Onboard in a day', parentId: 'y1' }),
        objective({
          id: 'b',
          cycleId: 'c1',
          title: 'Move every team',
          parentId: 'h9',
          alignments: [
            { objectiveId: 'h9', weight: 0.3 },
            { objectiveId: 'a', weight: 0.7 },
          ],
        }),
        objective({ id: 'c', cycleId: 'c1', title: 'Answer in an hour', parentId: 'gone' }),
      ],
      keyResults: [
        keyResult({
          id: 'k1',
          objectiveId: 'a',
          current: 1200,
          targets: [
            { date: '2027-01-31', value: 1100 },
            { date: '2027-02-28', value: 1500 },
          ],
          rolledUpFrom: [
            { kind: 'objective', id: 'b', weight: 2 },
            { kind: 'keyResult', id: 'k2', weight: 1 },
            { kind: 'keyResult', id: 'k3', weight: 1 },
          ],
        }),
        keyResult({ id: 'k2', objectiveId: 'b', current: 1000 }),
        keyResult({ id: 'k3', objectiveId: 'c', current: 1000 }),
      ],
      initiatives: [
        {
          id: 'i1',
          keyResultId: 'k1',
          title: 'Record a tour',
          status: 'inProgress' as const,
          dueDate: '2027-03-15',
        },
        { id: 'i2', keyResultId: 'k1', title: 'Write the email', status: 'done' as const },
        {
          id: 'i3',
          keyResultId: 'k2',
          title: 'Plan the moves',
          status: 'notStarted' as const,
          dueDate: '2027-05-01',
        },
        { id: 'i4', keyResultId: 'k3', title: 'Staff the desk', status: 'notStarted' as const },
      ],
    };
    const chosen = { objectiveIds: new Set(['a', 'b']), keyResultIds: new Set(['k1', 'k2']) };

    it('keeps an alignment to an objective of a cycle spanning the next, and names each one lost', () => {
      const plan = planRollover(quarter, chosen, 'c2', { cycles, elsewhere: [yearly, half] });
      const [a, b] = plan.objectives;
      expect(a).toMatchObject({ sourceId: 'a', parent: { id: 'y1' } });
      // The half year ends with Q1: that alignment goes, the one to a's copy stays, weight and all.
      expect(b).toMatchObject({ sourceId: 'b', parent: { copyOf: 'a' } });
      expect(b?.alignments).toEqual([{ link: { copyOf: 'a' }, weight: 0.7 }]);
      expect(plan.links.filter((link) => link.link === 'alignment')).toEqual([
        {
          link: 'alignment',
          from: 'Onboard in a day',
          to: yearly.title,
          fate: 'spans',
          cycle: 'FY 2027',
        },
        {
          link: 'alignment',
          from: 'Move every team',
          to: half.title,
          fate: 'staysIn',
          cycle: 'H1 2026',
          why: { because: 'endsFirst', end: '2027-03-31' },
          next: 'Q2 2027',
        },
        { link: 'alignment', from: 'Move every team', to: 'Onboard in a day', fate: 'carried' },
      ]);
      const all = planRollover(
        quarter,
        { objectiveIds: new Set(['c']), keyResultIds: new Set() },
        'c2',
        { cycles },
      );
      expect(all.objectives[0]).not.toHaveProperty('parent');
      expect(all.links).toEqual([
        { link: 'alignment', from: 'Answer in an hour', to: '', fate: 'notFound' },
      ]);
    });

    it('keeps an alignment to a year that is closed by then only when its objective comes too', () => {
      const closedYear = cycles.map((cycle) =>
        cycle.id === 'fy' ? { ...cycle, state: 'closed' as const } : cycle,
      );
      const plan = planRollover(quarter, chosen, 'c2', { cycles: closedYear, elsewhere: [yearly] });
      expect(plan.objectives[0]).not.toHaveProperty('parent');
      expect(plan.links[0]).toMatchObject({
        fate: 'staysIn',
        cycle: 'FY 2027',
        why: { because: 'closed' },
        next: 'Q2 2027',
      });
    });

    describe('a KR rolling up from a KR in another cycle', () => {
      const yearlyKr = keyResult({
        id: 'yk',
        objectiveId: 'y1',
        title: 'Sign-ups a day reach 500',
      });
      const halfKr = keyResult({ id: 'hk', objectiveId: 'h9', title: 'Teams moved reach 80' });
      const rollingUp = {
        ...quarter,
        keyResults: [
          keyResult({
            id: 'k1',
            objectiveId: 'a',
            title: 'Onboarded in a day reach 40',
            current: 1200,
            rolledUpFrom: [
              { kind: 'keyResult', id: 'yk', weight: 2 },
              { kind: 'keyResult', id: 'hk', weight: 1 },
              { kind: 'keyResult', id: 'gone', weight: 1 },
            ],
          }),
        ],
        initiatives: [],
      };
      const only = { objectiveIds: new Set(['a']), keyResultIds: new Set(['k1']) };
      const context = {
        cycles,
        elsewhere: [yearly, half],
        keyResultsElsewhere: [yearlyKr, halfKr],
      };

      it('keeps the roll-up from one in a cycle spanning the next, and says why each other is lost', () => {
        const plan = planRollover(rollingUp, only, 'c2', context);
        expect(plan.keyResults[0]?.rolledUpFrom).toEqual([
          { kind: 'keyResult', link: { id: 'yk' }, weight: 2 },
        ]);
        expect(plan.links.filter((link) => link.link === 'rollUp')).toEqual([
          {
            link: 'rollUp',
            from: 'Onboarded in a day reach 40',
            to: yearlyKr.title,
            fate: 'spans',
            cycle: 'FY 2027',
          },
          {
            link: 'rollUp',
            from: 'Onboarded in a day reach 40',
            to: halfKr.title,
            fate: 'staysIn',
            cycle: 'H1 2026',
            why: { because: 'endsFirst', end: '2027-03-31' },
            next: 'Q2 2027',
          },
          { link: 'rollUp', from: 'Onboarded in a day reach 40', to: '', fate: 'notFound' },
        ]);
      });

      it('names a year closed by then, or one starting after the next cycle does, as the reason', () => {
        const closedYear = cycles.map((cycle) =>
          cycle.id === 'fy' ? { ...cycle, state: 'closed' as const } : cycle,
        );
        const closed = planRollover(rollingUp, only, 'c2', { ...context, cycles: closedYear });
        expect(closed.keyResults[0]).not.toHaveProperty('rolledUpFrom');
        expect(closed.links[1]).toMatchObject({
          to: yearlyKr.title,
          fate: 'staysIn',
          cycle: 'FY 2027',
          why: { because: 'closed' },
          next: 'Q2 2027',
        });
        const h2 = {
          id: 'h2',
          name: 'H2 2027',
          start: '2027-05-01',
          end: '2027-12-31',
          state: 'active' as const,
        };
        const later = planRollover(rollingUp, only, 'c2', {
          ...context,
          cycles: [...cycles, h2],
          elsewhere: [{ ...yearly, cycleId: 'h2' }, half],
        });
        expect(later.links[1]).toMatchObject({
          to: yearlyKr.title,
          why: { because: 'startsLater', start: '2027-05-01' },
        });
      });
    });

    it('rolls a KR up from what comes along, after the KRs it rolls up from', () => {
      const plan = planRollover(quarter, chosen, 'c2', { cycles });
      expect(plan.keyResults.map((kr) => kr.sourceId)).toEqual(['k2', 'k1']);
      expect(plan.keyResults[1]?.rolledUpFrom).toEqual([
        { kind: 'objective', link: { copyOf: 'b' }, weight: 2 },
        { kind: 'keyResult', link: { copyOf: 'k2' }, weight: 1 },
      ]);
      expect(plan.links.filter((link) => link.link === 'rollUp')).toEqual([
        { link: 'rollUp', from: keyResult().title, to: 'Move every team', fate: 'carried' },
        { link: 'rollUp', from: keyResult().title, to: keyResult().title, fate: 'carried' },
        {
          link: 'rollUp',
          from: keyResult().title,
          to: keyResult().title,
          fate: 'staysIn',
          cycle: 'Q1 2027',
        },
      ]);
    });

    it('moves phased targets still ahead to the same point of the next cycle', () => {
      const plan = planRollover(quarter, chosen, 'c2', { cycles });
      // From 1,200 on, January's 1,100 is passed; February's end is as far into Q2.
      expect(plan.keyResults[1]?.draft.targets).toEqual([{ date: '2027-05-30', value: 1500 }]);
    });

    it('carries the open initiatives of the KRs carried, a due date passed dropped', () => {
      const plan = planRollover(quarter, chosen, 'c2', { cycles });
      expect(plan.initiatives).toEqual([
        {
          sourceId: 'i1',
          keyResultSourceId: 'k1',
          draft: { title: 'Record a tour', status: 'inProgress', sourceId: rolledOverFrom('i1') },
        },
        {
          sourceId: 'i3',
          keyResultSourceId: 'k2',
          draft: {
            title: 'Plan the moves',
            status: 'notStarted',
            dueDate: '2027-05-01',
            sourceId: rolledOverFrom('i3'),
          },
        },
      ]);
      // A KR carried by an earlier run brings its open initiatives on a second one.
      const later = planRollover(
        quarter,
        { objectiveIds: new Set(), keyResultIds: new Set() },
        'c2',
        {
          cycles,
          carried: { objectiveIds: new Set(['c']), keyResultIds: new Set(['k3']) },
        },
      );
      expect(later.initiatives.map((initiative) => initiative.sourceId)).toEqual(['i4']);
    });

    it('offers again, under an objective carried already, the KRs and initiatives a run left out', () => {
      // A first run carried a and b and k2 with its initiative; k1 (under a) was refused.
      const carried = {
        objectiveIds: new Set(['a', 'b']),
        keyResultIds: new Set(['k2']),
        initiativeIds: new Set(['i3']),
      };
      const selection = defaultRolloverSelection(quarter, carried);
      expect([...selection.keyResultIds].sort()).toEqual(['k1', 'k3']);
      expect([...selection.objectiveIds]).toEqual(['c']);
      expect(missingUnderCarried(quarter, carried)).toEqual({
        keyResults: [quarter.keyResults[0]],
        initiatives: [quarter.initiatives[0]],
      });
      const plan = planRollover(
        quarter,
        { objectiveIds: new Set(), keyResultIds: new Set(['k1']) },
        'c2',
        { cycles, carried },
      );
      // Only what is missing: no objective, nor k2 or its initiative, twice.
      expect(plan.objectives).toEqual([]);
      expect(plan.keyResults.map((kr) => [kr.sourceId, kr.objectiveSourceId])).toEqual([
        ['k1', 'a'],
      ]);
      expect(plan.keyResults[0]?.rolledUpFrom).toEqual([
        { kind: 'objective', link: { copyOf: 'b' }, weight: 2 },
        { kind: 'keyResult', link: { copyOf: 'k2' }, weight: 1 },
      ]);
      expect(plan.initiatives.map((initiative) => initiative.sourceId)).toEqual(['i1']);
      // A KR ticked under an objective carried already goes under its copy; one carried, never.
      const all = chooseAll(selection, quarter, quarter.objectives, true, carried);
      expect([...all.keyResultIds].sort()).toEqual(['k1', 'k3']);
      expect([...all.objectiveIds]).toEqual(['c']);
    });

    it('plans the initiatives alone when every objective and KR is carried already', () => {
      const carried = {
        objectiveIds: new Set(['a', 'b', 'c']),
        keyResultIds: new Set(['k1', 'k2', 'k3']),
        initiativeIds: new Set(['i3']),
      };
      const selection = defaultRolloverSelection(quarter, carried);
      expect(selection.objectiveIds.size + selection.keyResultIds.size).toBe(0);
      const plan = planRollover(quarter, selection, 'c2', { cycles, carried });
      expect(plan.objectives).toEqual([]);
      expect(plan.keyResults).toEqual([]);
      expect(plan.initiatives.map((initiative) => initiative.sourceId)).toEqual(['i1', 'i4']);
    });

    it('finds the initiatives the next cycle holds already by source id', () => {
      const carried = carriedOver(quarter, {
        objectives: [objective({ id: 'n1', sourceId: rolledOverFrom('a') })],
        keyResults: [],
        initiatives: [
          {
            id: 'j1',
            keyResultId: 'm1',
            title: 'x',
            status: 'inProgress',
            sourceId: rolledOverFrom('i1'),
          },
        ],
      });
      expect([...(carried.initiativeIds ?? [])]).toEqual(['i1']);
      expect(
        carriedBoth(carried, { objectiveIds: new Set(['b']), keyResultIds: new Set() }),
      ).toEqual({
        objectiveIds: new Set(['a', 'b']),
        keyResultIds: new Set(),
        initiativeIds: new Set(['i1']),
      });
    });
  });
});
