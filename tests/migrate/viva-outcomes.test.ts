/**
 * A Viva Goals key result's Outcome as the export writes it: its Metric Unit written as the unit
 * a person reads ("Euro" is €, as "Dollar" is $; one table for the export and for a sheet's type
 * column), and an Outcome Type other than Metric or Percentage read as what it says (achieved or
 * not is done / not done) or, unknown, named in the dry run rather than taken for 0 → 1.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { measureOfText, unitOfNamed } from '../../src/migrate/goal-words';
import { vivaRecords, vivaZip } from './fixtures';

const options = { today: '2025-02-20', rules: defaultOperatingModel };

/** The fixture's key result 11 with `outcome`, and the check-ins `values` on it. */
async function planWith(
  outcome: Record<string, unknown>,
  values: readonly unknown[] = [],
): Promise<ImportPlan> {
  const records = {
    ...vivaRecords,
    objectives: vivaRecords.objectives.map((item) =>
      item.ID === 11 ? { ...item, Outcome: outcome } : item,
    ),
    checkins: [
      ...vivaRecords.checkins.filter((checkIn) => checkIn['OKR ID'] !== 11),
      ...values.map((value, index) => ({
        ID: 9100 + index,
        'OKR ID': 11,
        'CheckIn Date': `2025-02-1${index} 09:00:00`,
        'Current Value': value,
      })),
    ],
  };
  return planImport(await readImportFile('export.zip', await vivaZip(records)), options);
}

const keyResult11 = (plan: ImportPlan) => plan.keyResults.find((k) => k.sourceId === 'viva:11');
const metric = (unit: string, name: string | null = 'revenue') => ({
  'Outcome Type': 'Metric',
  'Metric Name': name,
  'Metric Unit': unit,
  Start: 100,
  Target: 200,
  'Target Type': 'Increase From',
});

describe("a Viva Goals key result's unit", () => {
  it.each([
    ['Euro', '€'],
    ['Dollar', '$'],
    ['Pound', '£'],
    ['Indian Rupee', '₹'],
    ['Yen', '¥'],
    ['EUR', 'EUR'],
    ['Australian Dollar', 'A$'],
    ['Swiss Franc', 'CHF'],
    ['Percentage', '%'],
    ['Number', 'revenue'],
    ['Hours', 'Hours'],
  ])('%s is written %s', async (unit, written) => {
    expect(keyResult11(await planWith(metric(unit)))?.draft.unit).toBe(written);
  });

  it('is read from one table by the export and by a sheet’s type column', () => {
    for (const name of ['Euro', 'Dollar', 'Rupee', 'Brazilian Real', 'US Dollar'])
      expect(measureOfText(name)).toEqual({ kind: 'metric', unit: unitOfNamed(name) });
    expect(unitOfNamed('Euro')).toBe('€');
    expect(unitOfNamed('__proto__')).toBeUndefined();
  });
});

describe("a Viva Goals key result's Outcome Type", () => {
  it('reads achieved or not as done / not done, its check-ins as done or not', async () => {
    const plan = await planWith(
      {
        'Outcome Type': 'Achieved/Not Achieved',
        'Metric Name': null,
        'Metric Unit': null,
        Start: 0,
        Target: 1,
        'Target Type': null,
      },
      [0, 100],
    );
    expect(keyResult11(plan)?.draft).toMatchObject({
      kind: 'binary',
      start: 0,
      target: 1,
      current: 1,
      unit: '',
    });
    expect(
      plan.checkIns.filter((c) => c.draft.keyResultId === 'viva:11').map((c) => c.draft.value),
    ).toEqual([0, 1]);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        item: '11',
        message:
          '100 is read as done: its key result is done or not done (1 or 0), and a value of 1 or more is done.',
      }),
    );
  });

  it('names a type it does not know in the dry run, measuring it from Start to Target', async () => {
    const plan = await planWith({ ...metric('Number', 'points'), 'Outcome Type': 'Scorecard' });
    expect(keyResult11(plan)?.draft).toMatchObject({ kind: 'increase', start: 100, target: 200 });
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        field: 'Outcome',
        item: '11',
        severity: 'note',
        message:
          'Its Outcome Type "Scorecard" is not one the import knows (Metric, Percentage, or done / not done such as Achieved/Not achieved): it is measured from its Start to its Target as a metric. Check it on its board after the import.',
      }),
    );
    // Metric and Percentage are no news.
    const known = await planWith(metric('Number'));
    expect(known.problems.filter((p) => p.field === 'Outcome' && p.item === '11')).toEqual([]);
  });
});
