/**
 * What Viva Goals kept at the end of a cycle, and who owned its teams: the explorer export's
 * Score column and the organisation export's Score field (0.0–1.0, as Viva Goals scores closed
 * objectives and key results) become the closing scores on the organisation's scale, an
 * objective's as its own score; the Teams file's owners become each team's owners.
 */
import fc from 'fast-check';
import { defaultOperatingModel } from '../../src/core/operating-model';
import {
  matchPeople,
  planImport,
  readImportFile,
  runImport,
  type ImportPlan,
} from '../../src/migrate';
import { toCsv } from '../../src/core/csv';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { isEmpty } from '../../src/migrate/sheet';
import { startStore, type StoreFixture } from '../store/store-fixture';
import { explorerHeader, vivaRecords, vivaZip } from './fixtures';

const rules = defaultOperatingModel;
const bytes = (text: string) => new TextEncoder().encode(text);
const planOf = async (name: string, data: Uint8Array, today = '2025-07-10', scale = rules) =>
  planImport(await readImportFile(name, data), { today, rules: scale });

const explorerRow = (values: Record<string, string>) =>
  explorerHeader.map((column) => values[column] ?? '');
const q2 = { Period: 'Q2 2025', 'Start Date': '2025-04-01', 'End Date': '2025-06-30' };

/** An explorer view of a closed quarter, scored as Viva Goals closes OKRs. */
const scoredExplorer = toCsv([
  explorerHeader,
  explorerRow({
    ...q2,
    Id: '1',
    Title: 'Win the mid-market',
    'Object Type': 'Objective',
    Score: '0.8',
  }),
  explorerRow({
    ...q2,
    Id: '2',
    Title: 'Customers from 10 to 25',
    'Object Type': 'Key Result',
    'Aligned To (weight, Objective ID)': 'Win the mid-market(weight: 50%, Id: 1)',
    Unit: 'Number',
    Start: '10',
    Target: '25',
    Score: '0.65',
  }),
  explorerRow({
    ...q2,
    Id: '3',
    Title: 'Partners signed',
    'Object Type': 'Key Result',
    'Aligned To (weight, Objective ID)': 'Win the mid-market(weight: 50%, Id: 1)',
    Unit: 'Number',
    Target: '4',
    Score: '1.4',
  }),
  explorerRow({
    ...q2,
    Id: '4',
    Title: 'Brand known',
    'Object Type': 'Objective',
    Score: 'great',
  }),
  explorerRow({
    ...q2,
    Id: '5',
    Title: 'Partner programme launched',
    'Object Type': 'Deliverable',
    'Aligned To (weight, Objective ID)': 'Partners signed(weight: 100%, Id: 3)',
    Score: '0.5',
  }),
]);

const problemsOf = (plan: ImportPlan) =>
  plan.problems.map((p) => ({ row: p.row, field: p.field, message: p.message }));

describe("Viva Goals' scores", () => {
  it("keeps the explorer export's Score as each key result's and objective's closing score", async () => {
    const plan = await planOf('explorer.csv', bytes(scoredExplorer));
    expect(plan.keyResults.map((k) => [k.draft.title, k.draft.score])).toEqual([
      ['Customers from 10 to 25', 0.65],
      // 1.4 is above the scale, over-achieved: kept as its top and named.
      ['Partners signed', 1],
    ]);
    // The objective's own score, not one computed from its key results.
    expect(plan.objectives.map((o) => [o.draft.title, o.draft.score])).toEqual([
      ['Win the mid-market', 0.8],
      ['Brand known', undefined],
    ]);
    expect(problemsOf(plan)).toEqual(
      expect.arrayContaining([
        {
          row: 4,
          field: 'Score',
          message:
            '1.4 (140%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.',
        },
        {
          row: 5,
          field: 'Score',
          message: expect.stringMatching(
            /^"great" is not a number \(accepted: .*\)\. The score is left out; the objective is imported\.$/,
          ),
        },
        {
          row: 6,
          field: 'Score',
          message:
            "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are.",
        },
      ]),
    );
    expect(describeDryRun(dryRun(plan))).toContain(
      'explorer.csv: The scores (column "Score") are kept as the closing scores Viva Goals gave',
    );
  });

  it('gives a key result scored otherwise than its progress earns the reason Close a cycle asks for', async () => {
    const plan = await planOf('explorer.csv', bytes(scoredExplorer));
    expect(plan.keyResults[0]!.draft.scoreReason).toBe('Scored 0.65 in Viva Goals.');
  });

  it("puts the scores on the organisation's scale", async () => {
    const outOfTen = { ...rules, scoring: { max: 10, aspirationalSweetSpot: [6, 7] as const } };
    const plan = await planOf('explorer.csv', bytes(scoredExplorer), '2025-07-10', outOfTen);
    expect(plan.keyResults.map((k) => k.draft.score)).toEqual([6.5, 10]);
    expect(plan.objectives.map((o) => o.draft.score)).toEqual([8, undefined]);
  });

  it('keeps a score for every readable grade of 0.0–1.0, one up to 2.0 as 1.0, and names every other cell with its row', async () => {
    const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const cell = fc.oneof(
      share.map((grade) => ({ text: String(grade), grade })),
      share.map((grade) => ({ text: `${Math.round(grade * 100)}%`, grade })),
      share.map((grade) => ({ text: String(grade).replace('.', ','), grade })),
      fc.constantFrom('1.01', '150%', '2').map((text) => ({ text, grade: 1, capped: true })),
      fc
        .constantFrom('', 'n/a', '-0.2', '250%', 'Closed', '0.7 (final)', '7/10')
        .map((text) => ({ text, grade: undefined })),
      // Any other text without a digit: one with digits may well be a score ("2").
      fc
        .string({ maxLength: 6 })
        .filter((text) => !/\d/.test(text))
        .map((text) => ({ text, grade: undefined })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 6 }), async (cells) => {
        const csv = toCsv([
          explorerHeader,
          ...cells.map(({ text }, index) =>
            explorerRow({
              ...q2,
              Id: String(index + 1),
              Title: `Item ${index + 1}`,
              'Object Type': index % 2 ? 'Key Result' : 'Objective',
              Score: text,
            }),
          ),
        ]);
        const plan = await planOf('explorer.csv', bytes(csv));
        const scoreOn = new Map(
          [...plan.objectives, ...plan.keyResults].map((p) => [p.at.row, p.draft.score]),
        );
        const named = new Set(plan.problems.filter((p) => p.field === 'Score').map((p) => p.row));
        cells.forEach((cell, index) => {
          const { text, grade } = cell;
          const row = index + 2;
          const score = scoreOn.get(row);
          if (grade !== undefined) expect(score).toBe(grade);
          if (score === undefined) expect(isEmpty(text) || named.has(row)).toBe(true);
          else {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(1);
            expect(named.has(row)).toBe('capped' in cell);
          }
        });
      }),
      { numRuns: 80 },
    );
  });

  it("reads the organisation export's Score, as a number, a decimal or a percentage", async () => {
    const scores: Record<number, unknown> = { 1: 0.9, 3: '70%', 10: '0.55', 11: 7, 12: 1.2 };
    const records = {
      ...vivaRecords,
      objectives: vivaRecords.objectives.map((item) =>
        item.ID in scores ? { ...item, Score: scores[item.ID] } : item,
      ),
    };
    const plan = await planOf('export.zip', await vivaZip(records), '2025-02-20');
    const scoreOf = (list: ImportPlan['objectives' | 'keyResults'], id: string) =>
      list.find((p) => p.sourceId === id)?.draft.score;
    expect(scoreOf(plan.objectives, 'viva:1')).toBe(0.9);
    expect(scoreOf(plan.objectives, 'viva:3')).toBe(0.7);
    expect(scoreOf(plan.keyResults, 'viva:10')).toBe(0.55);
    // 7 is no score on Viva Goals' 0.0–1.0: said, left out, the key result imported.
    expect(scoreOf(plan.keyResults, 'viva:11')).toBeUndefined();
    expect(plan.keyResults.some((k) => k.sourceId === 'viva:11')).toBe(true);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'Score',
        item: '11',
        message:
          '7 is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign (7%). The score is left out; the item is imported.',
      }),
    );
    // 1.2, a key result 120 % of the way (Viva Goals let a score pass 1.0): kept as the top, said.
    expect(scoreOf(plan.keyResults, 'viva:12')).toBe(1);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'Score',
        item: '12',
        severity: 'note',
        message:
          '1.2 (120%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.',
      }),
    );
  });
});

describe("Viva Goals' team owners", () => {
  it('plans each team with the owners the Teams file names, and none where it names none', async () => {
    const records = {
      ...vivaRecords,
      Teams: vivaRecords.Teams.map((team) =>
        team.ID === 901
          ? {
              ...team,
              'Team Owners': [{ ID: 13, Name: 'Pat Stranger', Email: 'pat@elsewhere.example' }],
            }
          : team,
      ),
    };
    const plan = await planOf('export.zip', await vivaZip(records), '2025-02-20');
    expect(
      plan.teams.map((t) => [t.draft.name, t.draft.owners?.map((o) => [o.displayName, o.email])]),
    ).toEqual([
      ['Contoso', undefined],
      ['Product', [['Megan Bowen', 'MeganB@contoso.com']]],
      ['Onboarding', [['Pat Stranger', 'pat@elsewhere.example']]],
    ]);
  });
});

describe("Viva Goals' team owners, written", () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  it('writes the owners as directory users, and a file naming none leaves those set on the site', async () => {
    const repository = store.repository();
    const plan = await planOf('export.zip', await vivaZip(), '2025-02-20');
    const people = await matchPeople(plan, repository);
    expect((await runImport(people.plan, repository)).failed).toEqual([]);
    const product = (await repository.listTeams()).find((t) => t.name === 'Product')!;
    expect(product.owners?.map((o) => o.displayName)).toEqual(['Megan Bowen']);
    expect(product.owners?.[0]?.id).toMatch(/^[0-9a-f-]{36}$/);

    // Imported again from a file without owners: the owners stay.
    const withoutOwners = await planOf(
      'export.zip',
      await vivaZip({
        ...vivaRecords,
        Teams: vivaRecords.Teams.map(({ 'Team Owners': _owners, ...team }) => team),
      }),
      '2025-02-20',
    );
    expect(withoutOwners.teams.every((t) => t.draft.owners === undefined)).toBe(true);
    expect((await runImport(withoutOwners, repository)).failed).toEqual([]);
    const again = (await repository.listTeams()).find((t) => t.name === 'Product')!;
    expect(again.owners).toEqual(product.owners);
  });

  it("leaves a team's group and archiving, set on the site after an import, as they are when the file is imported again", async () => {
    const repository = store.repository();
    const plan = await planOf('export.zip', await vivaZip(), '2025-02-20');
    expect((await runImport(plan, repository)).failed).toEqual([]);
    const onboarding = (await repository.listTeams()).find((t) => t.name === 'Onboarding')!;
    await repository.updateTeam({
      ...onboarding,
      groupId: '6f1e2d3c-0000-4000-8000-000000000001',
      archived: true,
    });
    expect((await runImport(plan, repository)).failed).toEqual([]);
    const teams = await repository.listTeams();
    expect(teams.find((t) => t.name === 'Onboarding')).toMatchObject({
      groupId: '6f1e2d3c-0000-4000-8000-000000000001',
      archived: true,
    });
  });
});
