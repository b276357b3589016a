/**
 * Nothing in a file is dropped without a word: what the import reads and does not keep (a team's
 * members, a field it has no place for, a score where none is kept) is named in the dry run, one
 * line per team or field, never silently passed over.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { vivaRecords, vivaZip } from './fixtures';

const options = { today: '2025-02-20', rules: defaultOperatingModel };

const dryRunOf = async (name: string, data: Uint8Array) =>
  describeDryRun(dryRun(planImport(await readImportFile(name, data), options)));

describe('the Viva Goals organisation export', () => {
  const isaiah = { ID: 12, Name: 'Isaiah Langer', Email: 'IsaiahL@contoso.com' };
  const pat = { ID: 13, Name: 'Pat Stranger', Email: 'pat@elsewhere.example' };
  const [product, onboarding] = vivaRecords.Teams;
  const records = {
    ...vivaRecords,
    Teams: [
      {
        ...product,
        'Team Members': [isaiah, pat],
        'Microsoft 365 Group': { ID: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d', Name: 'Product team' },
      },
      // A field that names a kind of group is not the group the team is linked to.
      { ...onboarding, 'Group Type': 'Private' },
    ],
    // The Users file lists who is in which team too: Isaiah again, and Megan in Onboarding.
    Users: [
      { ...isaiah, Teams: [{ ID: 900, Name: 'Product' }] },
      { ID: 11, Name: 'Megan Bowen', Email: 'MeganB@contoso.com', Teams: [{ ID: 901 }] },
    ],
    objectives: vivaRecords.objectives.map((item, index) =>
      index < 2 ? { ...item, Tags: ['growth'], 'Custom Rating': 'A' } : item,
    ),
  };

  it('names how many members of each team are not imported, why, and the group they come from (linked where the export gives its id)', async () => {
    const text = await dryRunOf('export.zip', await vivaZip(records));
    expect(text).toContain(
      'Team "Product" is linked to its Microsoft 365 group (5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d), as in Viva Goals: who is in the team is that group\'s membership, so its 2 members in the file are not imported one by one.',
    );
    expect(text).toContain(
      'Team "Onboarding": its 1 member is not imported. OKR Coach keeps a team\'s owners (imported); who is in a team is its Microsoft 365 group\'s membership. Link the team to its Microsoft 365 group',
    );
    expect(text).toMatch(
      /Users_export_file_[^:]*: The people in this file are not imported as such/,
    );
  });

  it('names each field no reader reads once, with how many records fill it', async () => {
    const text = await dryRunOf('export.zip', await vivaZip(records));
    const lines = text.split('\n');
    expect(lines.filter((line) => line.includes('"Tags"'))).toEqual([
      expect.stringMatching(
        /objectives_export_file_.*, field "Tags": The field "Tags" \(filled in 2 records\) is not imported\. OKR Coach has no tags/,
      ),
    ]);
    expect(lines.filter((line) => line.includes('"Custom Rating"'))).toEqual([
      expect.stringContaining(
        'The field "Custom Rating" (filled in 2 records) is not imported. The import does not read it.',
      ),
    ]);
    // Fields read, or exported empty (null, [], "Disabled" read as none), are not named.
    expect(text).not.toMatch(/field "(Title|Owner|Outcome|Parent IDs|Last Check-in)"/);
  });

  it("says once that an initiative's score is not kept", async () => {
    const scored = {
      ...vivaRecords,
      objectives: vivaRecords.objectives.map((item) =>
        item.Type === 'Project' ? { ...item, Score: 0.7 } : item,
      ),
    };
    expect(scored.objectives.filter((item) => item.Type === 'Project').length).toBeGreaterThan(0);
    const text = await dryRunOf('export.zip', await vivaZip(scored));
    expect(text.match(/The scores of initiatives are not kept/g)).toHaveLength(1);
  });
});

describe('the template', () => {
  const header =
    'Type,Id,Parent,Title,Cycle,Cycle start,Cycle end,Target,Value,Date,Note,Score,Objective score';
  const file = [
    header,
    'Objective,O1,,Grow,Q1,2026-01-01,2026-03-31,,,,,0.6,0.7',
    'Key result,K1,O1,ARR to 100,,,,100,40,,,0.5,',
    'Initiative,I1,K1,Launch,,,,,,2026-02-01,,0.9,',
    'Initiative,I2,K1,Partner,,,,,,2026-02-01,,1,',
    'Check-in,,K1,,,,,,30,2026-01-15,Slow start,0.3,',
  ].join('\n');

  it('names a Score on an initiative or check-in row once per column and type, with the rows, why and where it is read', async () => {
    const text = await dryRunOf('okrs.csv', new TextEncoder().encode(file));
    expect(text).toContain(
      'okrs.csv, row 4, field "Score": "Score" is filled on 2 Initiative rows (rows 4, 5) and is not read there: an initiative has no closing score (its Status keeps how it ended); only objectives and key results are scored. "Score" is read on Objective and Key result rows.',
    );
    expect(text).toContain(
      'okrs.csv, row 6, field "Score": "Score" is filled on 1 Check-in row (row 6) and is not read there: a check-in has no score: a key result is scored when its cycle closes, by its own row\'s Score. "Score" is read on Objective and Key result rows.',
    );
    // A key result's Value is not its current value: its check-ins are.
    expect(text).toContain(
      'okrs.csv, row 3, field "Value": "Value" is filled on 1 Key result row (row 3) and is not read there: a key result\'s current value comes from its Check-in rows',
    );
    // An objective with both scores: the Objective score is its score, and the Score is named.
    expect(text).toContain(
      'okrs.csv, row 2, field "Score", item O1: An objective\'s row has both a Score and an Objective score: its Objective score (0.7) is its score; the Score is not read.',
    );
  });
});

describe("a key result's own due date", () => {
  it('is named once per cycle with its rows, and what would keep it', async () => {
    const sheet = [
      'Objective,Key result,Target,Current,Quarter,Due date',
      'Grow,A,10,5,Q1 2026,2026-02-15',
      ',B,10,5,Q1 2026,2026-03-31',
      ',C,10,5,Q1 2026,2026-01-31',
    ].join('\n');
    const text = await dryRunOf('okrs.csv', new TextEncoder().encode(sheet));
    expect(text).toContain(
      'okrs.csv, row 2: The due dates of 2 key results (rows 2, 4) are not kept: a key result is due when its cycle ends (Mar 31, 2026). To keep a date, give the key result a phased target on that day, or an initiative under it due then.',
    );
  });
});
