/**
 * Files as other goal tools and Excel write them (in `files/`, their bytes as exported: UTF-8
 * with a byte-order mark, Excel's UTF-16 "Unicode text", pipes), read as the import page reads
 * a dropped file: each imports with its owners, dates, values, statuses and initiatives kept and
 * nothing left out, or is refused saying what it has and what would be accepted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';

const read = (name: string) =>
  readImportFile(name, new Uint8Array(readFileSync(join(__dirname, 'files', name))), undefined, {
    fileDate: '2026-02-10',
  });
const plan = async (name: string, today = '2026-02-20') =>
  planImport(await read(name), { today, rules: defaultOperatingModel });

/** Each key result as its objective, title, start → target, current value, unit, owner and email. */
const keyResults = (imported: ImportPlan) =>
  imported.keyResults.map((k) => [
    imported.objectives.find((o) => o.sourceId === k.draft.objectiveId)?.draft.title,
    k.draft.title,
    `${k.draft.start} → ${k.draft.target}`,
    k.draft.current,
    k.draft.unit,
    k.draft.owner?.displayName,
    k.draft.owner?.email,
  ]);
const checkIns = (imported: ImportPlan) =>
  imported.checkIns.map((c) => [c.draft.value, c.draft.status, c.draft.at.slice(0, 10)]);
const cycles = (imported: ImportPlan) =>
  imported.cycles.map((c) => `${c.draft.name}: ${c.draft.start} – ${c.draft.end}`);
const leftOut = (imported: ImportPlan) => imported.problems.filter((p) => p.severity !== 'note');

describe('files exported from other goal tools', () => {
  it("reads a Tability plan's outcomes, their confidence as status, owners with emails, long dates and initiatives", async () => {
    const imported = await plan('tability-plan.csv');
    expect(keyResults(imported)).toEqual([
      [
        'Grow the user base',
        'Reach 10k weekly active users',
        '4000 → 10000',
        6500,
        '',
        'Ana Silva',
        'ana@contoso.com',
      ],
      ['Grow the user base', 'Cut churn below 3%', '5 → 3', 4.1, '%', 'Ben Ode', 'ben@contoso.com'],
    ]);
    expect(checkIns(imported)).toEqual([
      [6500, 'onTrack', '2026-02-03'],
      [4.1, 'behind', '2026-02-02'],
    ]);
    expect(imported.initiatives.map((i) => i.draft.title)).toEqual([
      'Referral campaign',
      'Onboarding emails',
    ]);
    expect(leftOut(imported)).toEqual([]);
  });

  it("reads a Quantive export's session as the cycle, an owner written with an email in brackets", async () => {
    // Imported after its check-ins of 6 August 2026.
    const imported = await plan('quantive-okrs.csv', '2026-08-20');
    expect(cycles(imported)).toEqual(['Q3 2026: 2026-07-01 – 2026-09-30']);
    expect(keyResults(imported)).toEqual([
      [
        'Grow pipeline',
        'Qualified leads',
        '100 → 500',
        260,
        '',
        'ben@contoso.com',
        'ben@contoso.com',
      ],
      ['Grow pipeline', 'Win rate', '20 → 30', 24, '%', 'Carla Diaz', 'carla@contoso.com'],
    ]);
    expect(leftOut(imported)).toEqual([]);
  });

  it("reads Atlassian's goal statuses (an emoji before one, Pending) and a progress of Done", async () => {
    const imported = await plan('atlassian-goals.csv');
    expect(keyResults(imported).map(([, title, , current]) => [title, current])).toEqual([
      ['Reach 1M MAU', 0],
      ['Ship the iPad app', 100],
    ]);
    expect(checkIns(imported).map(([, status]) => status)).toEqual(['notStarted', 'behind']);
    expect(leftOut(imported)).toEqual([]);
  });

  it('reads a pipe-separated sheet of monthly cycles with traffic lights drawn as emoji', async () => {
    // Imported after its check-in of 25 February 2026.
    const imported = await plan('monthly-goals-pipe.csv', '2026-03-10');
    expect(cycles(imported)).toEqual([
      'January 2026: 2026-01-01 – 2026-01-31',
      'February 2026: 2026-02-01 – 2026-02-28',
    ]);
    expect(checkIns(imported)).toEqual([
      [6, 'behind', '2026-01-28'],
      [5, 'atRisk', '2026-02-25'],
    ]);
    expect(imported.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^It names 2 owners \(Ana Silva, Ben Ode\)/),
    );
    expect(leftOut(imported)).toEqual([]);
  });

  it('reads German Excel\'s "Unicode text" with its long dates and a quarter written 1Q26', async () => {
    const imported = await plan('excel-unicode-text.txt');
    expect(cycles(imported)).toEqual(['1Q26: 2026-01-01 – 2026-03-31']);
    expect(keyResults(imported)).toEqual([
      [
        'Umsatz steigern',
        'Neukunden gewinnen',
        '0 → 1200',
        450.5,
        '',
        'Jürgen Groß',
        'jg@contoso.de',
      ],
    ]);
    expect(checkIns(imported)).toEqual([[450.5, undefined, '2026-02-17']]);
    expect(leftOut(imported)).toEqual([]);
  });

  // monday.com's board export with item identifiers appends "item_id", and "parent_item_id" for
  // subitems, as its last columns
  // (https://developer.monday.com/api-reference/reference/board-export-other-types).
  it("places a monday.com board's subitems under their items by item_id and parent_item_id", async () => {
    const imported = await plan('monday-board.csv');
    expect(keyResults(imported)).toEqual([
      ['Grow the customer base', 'New customers', '0 → 50', 50, '', 'Ben Ode', undefined],
      ['Grow the customer base', 'Demos booked', '0 → 40', 12, '', 'Ana Silva', undefined],
    ]);
    expect(checkIns(imported)).toEqual([
      [50, 'closed', '2026-02-10'],
      [12, undefined, '2026-02-10'],
    ]);
    // A status label of the board's own is named, not guessed at.
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 2,
        message: expect.stringMatching(/^"Working on it" is not a status the import knows/),
      }),
    );
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 4,
        message: expect.stringMatching(/^A check-in's status "Stuck" is not one of/),
      }),
    );
  });

  it('refuses a Microsoft Planner task export, naming its headers and the columns OKRs need', async () => {
    await expect(read('planner-tasks.csv')).rejects.toThrow(
      /^planner-tasks\.csv, row 1: is not a file the import knows: the file has the headers "Task ID", "Task Name", "Bucket Name", .* your own sheet an objective column \("Objective"\) and a key result column \("Key result" or "KR"\)/,
    );
  });
});
