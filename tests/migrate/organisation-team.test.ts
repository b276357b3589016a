/**
 * A Viva Goals export's objectives of no team are the organisation's: where the export's Teams
 * file has the organisation's own team ("Contoso", as the export's file names name it), they go
 * there and no second team of that name is made (two top-level "Contoso" teams were, one without
 * owners, told apart nowhere); the dry run says where they go either way.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { matchPeople, matchSite, planImport, readImportFile, runImport } from '../../src/migrate';
import { startStore } from '../store/store-fixture';
import { vivaRecords, vivaZip } from './fixtures';

const options = { today: '2025-02-20', rules: defaultOperatingModel };
const megan = { ID: 11, Name: 'Megan Bowen', Email: 'MeganB@contoso.com' };
/** The fixture with the organisation's own team at the top, as Viva Goals exports it. */
const withOwnTeam = {
  ...vivaRecords,
  Teams: [
    { ID: 899, 'Team Name': 'Contoso', 'Parent Team': null, 'Team Owners': [megan] },
    ...vivaRecords.Teams.map((team) =>
      team['Parent Team'] === null
        ? { ...team, 'Parent Team': { ID: 899, Name: 'Contoso' } }
        : team,
    ),
  ],
};
const plan = async (records: Record<string, unknown[]>) =>
  planImport(await readImportFile('export.zip', await vivaZip(records)), options);
const noTeamNote = (problems: readonly { message: string }[]) =>
  problems.map((p) => p.message).find((message) => message.includes('name no team'));

describe("the organisation's objectives", () => {
  jest.setTimeout(60_000);

  it("go in the file's team of the organisation's name, and no second one is made", async () => {
    const planned = await plan(withOwnTeam);
    expect(planned.teams.map((t) => t.draft.name)).toEqual(['Contoso', 'Product', 'Onboarding']);
    const objective = (id: string) => planned.objectives.find((o) => o.sourceId === id)!.draft;
    expect(objective('viva:1').teamId).toBe('viva:team:899');
    expect(objective('viva:2').teamId).toBe('viva:team:899');
    expect(noTeamNote(planned.problems)).toMatch(
      /^6 objectives \(rows 1, 2, 10, 11, 13, …\) name no team: they go in the file's team "Contoso", the organisation's own \(.*Teams_export_file_Contoso_1_.*, row 1\), and no second team of that name is made\.$/,
    );

    const store = await startStore();
    try {
      const repository = store.repository();
      const people = await matchPeople(planned, repository);
      const report = await runImport(await matchSite(people.plan, repository), repository);
      expect(report.failed).toEqual([]);
      const contoso = (await repository.listTeams()).filter((t) => t.name === 'Contoso');
      expect(contoso).toHaveLength(1);
      expect(contoso[0]!.owners?.map((o) => o.displayName)).toEqual(['Megan Bowen']);
    } finally {
      await store.stop();
    }
  });

  it('go in a team the import makes for them where the file has none, and the dry run says so', async () => {
    const planned = await plan(vivaRecords);
    expect(planned.teams.map((t) => [t.sourceId, t.draft.name])).toContainEqual([
      'viva:team:organisation',
      'Contoso',
    ]);
    expect(noTeamNote(planned.problems)).toBe(
      '6 objectives (rows 1, 2, 10, 11, 13, …) name no team: they go in a team called "Contoso" for the organisation\'s own objectives, which the import makes unless your site has one of that name.',
    );
  });
});
