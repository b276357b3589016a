/**
 * The JSON export as a Viva Goals user reads it: each objective's and key result's status and
 * progress as the board shows them on the day of the export, and alignment weights as shares of
 * the parent, the way Viva Goals writes them, that the importer reads back as they were.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';
import { exportVivaZip, vivaRecordsOf, type OrganisationData } from '../../src/migrate/export';
import { buildBoardView } from '../../src/ui/board/boardView';
import { ana, keyResult, objective, q1 } from '../core/fixtures';

const today = '2026-02-19'; // day 50 of 100: half the pace expected
const checkedIn = '2026-02-16T09:00:00Z';
const options = { today, rules: defaultOperatingModel, exportedAt: '2026-02-19T09:30:05.123Z' };

const data: OrganisationData = {
  name: 'Contoso',
  cycles: [q1],
  teams: [{ id: 't1', name: 'Growth' }],
  objectives: [
    objective({ id: '1', title: 'Grow the company' }),
    objective({ id: '2', title: 'Win the mid-market', parentId: '1' }),
    objective({ id: '3', title: 'Last year’s launch', state: 'closed' }),
  ],
  keyResults: [
    // Far behind the pace: off track on the board.
    keyResult({ id: '1', objectiveId: '2', current: 1100, weight: 1, lastCheckInAt: checkedIn }),
    // Ahead of it.
    keyResult({ id: '2', objectiveId: '2', current: 1800, weight: 3, lastCheckInAt: checkedIn }),
    keyResult({ id: '3', objectiveId: '1', current: 1500, weight: 2, lastCheckInAt: checkedIn }),
  ],
  initiatives: [],
  checkIns: [
    ['1', 1100],
    ['2', 1800],
    ['3', 1500],
  ].map(([id, value]) => ({
    id: String(id),
    clientId: `c${id}`,
    keyResultId: String(id),
    value: Number(value),
    note: '',
    author: ana,
    at: checkedIn,
    source: 'teams' as const,
  })),
};

type VivaRecord = Record<string, unknown> & { ID: string };
const records = () => vivaRecordsOf(data, options)['objectives'] as VivaRecord[];
const record = (id: string) => records().find((r) => r.ID === id)!;

describe('the JSON export (Viva Goals shape)', () => {
  it('writes each OKR’s status and progress as the board shows them today', () => {
    const board = buildBoardView({ ...data, cycle: q1 }, defaultOperatingModel, today);
    const views = board.flatMap((team) => team.objectives);
    const words = { offTrack: 'Behind', onTrack: 'On Track', atRisk: 'At Risk' } as const;
    const shown = [
      ...views.map((view) => [
        `O${view.objective.id}`,
        Math.round(view.progress * 100),
        view.objective.state === 'closed' ? 'Closed' : words[view.status as keyof typeof words],
      ]),
      ...views.flatMap((view) =>
        view.keyResults.map((kr) => [
          `K${kr.keyResult.id}`,
          Math.round(kr.progress * 100),
          words[kr.status as keyof typeof words],
        ]),
      ),
    ];
    expect(views.find((view) => view.objective.id === '2')?.keyResults[0]?.status).toBe('offTrack');
    expect(records().map((r) => [r.ID, r['Progress'], r['Status']])).toEqual(
      expect.arrayContaining(shown),
    );
    expect(record('K1')).toMatchObject({ Progress: 10, Status: 'Behind' });
    expect(record('K2')).toMatchObject({ Progress: 80, Status: 'On Track' });
    expect(record('O3')).toMatchObject({ Status: 'Closed' });
  });

  it('dates the statuses by the day it is given, not by the clock', () => {
    // The cycle's last day: the whole target was due.
    const late = vivaRecordsOf(data, { ...options, today: q1.end })['objectives'] as VivaRecord[];
    expect(late.find((r) => r.ID === 'K3')).toMatchObject({ Progress: 50, Status: 'At Risk' });
  });

  it('writes alignment weights as Viva Goals does, shares of the parent, and keeps the site’s weight beside', () => {
    const weights = (id: string) =>
      (record(id)['Alignment'] as { ID: string; Weight: string }[]).map((a) => [a.ID, a.Weight]);
    expect(weights('K1')).toEqual([['O2', '25.0%']]);
    expect(weights('K2')).toEqual([['O2', '75.0%']]);
    expect(weights('K3')).toEqual([['O1', '100.0%']]);
    expect(weights('O2')).toEqual([['O1', '100.0%']]);
    expect(record('K2')['OKR Coach Weight']).toBe(3);
  });

  it('is read back with each key result’s weight as the site had it, and its progress not named as lost', async () => {
    const source = await readImportFile('okr-export.zip', await exportVivaZip(data, options));
    const plan = planImport(source, { today, rules: defaultOperatingModel });
    expect(plan.keyResults.map(({ draft }) => [draft.title, draft.start, draft.weight])).toEqual(
      expect.arrayContaining([
        [expect.any(String), 1000, 1],
        [expect.any(String), 1000, 3],
        [expect.any(String), 1000, 2],
      ]),
    );
    expect(plan.problems.filter((problem) => problem.field === 'Progress')).toEqual([]);
  });

  it('names a key result weight of 0 and weighs the key result by its share instead', async () => {
    const zip = await exportVivaZip(
      { ...data, keyResults: data.keyResults.filter((kr) => kr.objectiveId === '2') },
      options,
    );
    const { default: JSZip } = await import('jszip');
    const archive = await JSZip.loadAsync(zip);
    const name = Object.keys(archive.files).find((file) => file.startsWith('objectives_'))!;
    const items = JSON.parse(await archive.file(name)!.async('string')) as VivaRecord[];
    archive.file(
      name,
      JSON.stringify(items.map((r) => (r.ID === 'K1' ? { ...r, 'OKR Coach Weight': 0 } : r))),
    );
    const source = await readImportFile(
      'okr-export.zip',
      await archive.generateAsync({ type: 'uint8array' }),
    );
    const plan = planImport(source, { today, rules: defaultOperatingModel });
    expect(plan.keyResults.map(({ draft }) => draft.weight)).toEqual([25, 3]);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'OKR Coach Weight',
        message: "Weight 0 is not above 0; the key result is weighted by its Alignment's share.",
      }),
    );
  });
});
