/**
 * The status and type words other OKR and goal tools write (Lattice, Asana, Betterworks, …),
 * read in your own sheet: a status as the check-in status it means, a type as the key result's kind.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';

const options = { today: '2026-08-10', rules: defaultOperatingModel };
const plan = async (text: string) =>
  planImport(
    await readImportFile('okrs.csv', new TextEncoder().encode(text), undefined, {
      fileDate: '2026-08-05',
    }),
    options,
  );

describe('status and type words of other tools', () => {
  const statusOf = async (word: string) => {
    const imported = await plan(
      `Objective,Key result,Quarter,Target,Current,Status\nGrow,Logos,Q3 2026,50,10,${word}\n`,
    );
    expect(imported.problems.filter((p) => p.field === 'Status')).toEqual([]);
    return imported.checkIns.map((c) => c.draft.status);
  };

  it.each([
    ['Needs attention', 'atRisk'],
    ['Progressing', 'atRisk'],
    ['OffTrack', 'behind'],
    ['Missed', 'closed'],
    ['Partial', 'closed'],
    ['Paused', 'postponed'],
    ['On hold', 'postponed'],
    ['Cancelled', 'postponed'],
    ['Canceled', 'postponed'],
    ['Dropped', 'postponed'],
  ])('reads the status "%s" as %s in your own sheet', async (word, status) => {
    expect(await statusOf(word)).toEqual([status]);
  });

  it('still reads the Viva Goals and traffic-light words as before', async () => {
    const words = {
      'On Track': 'onTrack',
      Behind: 'behind',
      'At Risk': 'atRisk',
      'Not Started': 'notStarted',
      Closed: 'closed',
      Postponed: 'postponed',
      'Off track': 'behind',
      Completed: 'closed',
      Achieved: 'closed',
      Green: 'onTrack',
      Amber: 'atRisk',
      Yellow: 'atRisk',
      Red: 'behind',
    };
    for (const [word, status] of Object.entries(words)) {
      expect(await statusOf(word)).toEqual([status]);
    }
  });

  it('sets the kind from a type column in your own sheet, and names a word it does not know', async () => {
    const imported = await plan(
      [
        'Objective,Key result,Quarter,KR type,Start,Target,Current,Progress,Status',
        'Grow,Launch,Q3 2026,Binary,,,,,Completed',
        'Grow,Steps,Q3 2026,Milestone,0,5,2,,',
        'Grow,Adoption,Q3 2026,Percentage,,,,40%,',
        'Grow,Revenue,Q3 2026,Metric,10,20,15,,',
        'Grow,Uptime,Q3 2026,Stay at or above,99,99.9,99.95,,',
        'Grow,Mystery,Q3 2026,Vibes,0,10,5,,',
      ].join('\n'),
    );
    expect(
      imported.keyResults.map((k) => [
        k.draft.title,
        k.draft.kind,
        k.draft.start,
        k.draft.target,
        k.draft.current,
      ]),
    ).toEqual([
      ['Launch', 'binary', 0, 1, 1],
      ['Steps', 'milestone', 0, 5, 2],
      ['Adoption', 'increase', 0, 100, 40],
      ['Revenue', 'increase', 10, 20, 15],
      ['Uptime', 'stayAbove', 99, 99.9, 99.95],
      ['Mystery', 'increase', 0, 10, 5],
    ]);
    expect(imported.problems).toContainEqual(
      expect.objectContaining({
        row: 7,
        field: 'KR type',
        message:
          '"Vibes" is not a kind of key result (accepted: Metric, Number, Percentage, Milestone, Binary, Boolean); it is measured by its values.',
      }),
    );
    expect(imported.problems.some((p) => p.message.includes('"KR type"'))).toBe(false);
  });
});
