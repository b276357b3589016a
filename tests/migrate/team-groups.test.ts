/**
 * A team's Microsoft 365 group, where an export gives it (Viva Goals' team with its group; a
 * sheet's "Group id" column): the imported team is linked to it as Programme, Teams links one,
 * so its members come from the group; a group named without its id, or an id that is not one,
 * is named in the dry run with what would be accepted.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { matchSite, planImport, readImportFile, runImport } from '../../src/migrate';
import {
  describeDryRun,
  describeWritten,
  dryRun,
  problemMessage,
  reportCsv,
  teamsChanged,
} from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';
import { startStore, type StoreFixture } from '../store/store-fixture';
import { vivaRecords, vivaZip } from './fixtures';
import { planSheet, problemsOf, utf8 } from './support/sheet-plan';

const options = { today: '2025-02-20', rules: defaultOperatingModel };
const productGroup = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';
const [product, onboarding] = vivaRecords.Teams;

const vivaPlan = async (teams: Record<string, unknown>[]) =>
  planImport(
    await readImportFile('export.zip', await vivaZip({ ...vivaRecords, Teams: teams })),
    options,
  );

describe('a Viva Goals team with its group', () => {
  it.each([
    [
      'the group as an object with its id',
      { 'Microsoft 365 Group': { ID: productGroup, Name: 'Product team' } },
    ],
    ['the group id alone', { 'Group ID': productGroup.toUpperCase() }],
    [
      'a linked group with an Id field',
      { 'Linked Group': { Id: productGroup, 'Display Name': 'Product' } },
    ],
  ])('links the team to it: %s', async (_, group) => {
    const plan = await vivaPlan([{ ...product, ...group }, onboarding!]);
    expect(plan.teams.map((team) => [team.draft.name, team.draft.groupId])).toEqual([
      ['Contoso', undefined],
      ['Product', productGroup],
      ['Onboarding', undefined],
    ]);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        item: '900',
        message: `Team "Product" is linked to its Microsoft 365 group (${productGroup}), as in Viva Goals: who is in the team is that group's membership.`,
        severity: 'note',
      }),
    );
  });

  it('names a group given by name alone, and how to link it', async () => {
    const plan = await vivaPlan([
      { ...product, 'Microsoft 365 Group': 'Product team' },
      onboarding!,
    ]);
    expect(plan.teams.every((team) => team.draft.groupId === undefined)).toBe(true);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        item: '900',
        message:
          'Team "Product" was linked to the Microsoft 365 group "Product team" in Viva Goals; the export names the group but not its id: link the team to that group (Programme, Teams, "Microsoft 365 group id").',
        severity: 'skipped',
      }),
    );
  });

  describe('written to the site', () => {
    jest.setTimeout(60_000);
    let store: StoreFixture;
    beforeEach(async () => {
      store = await startStore();
    });
    afterEach(() => store.stop());

    it('keeps the group on the team, as Programme, Teams shows it', async () => {
      const repository = store.repository();
      const plan = await vivaPlan([{ ...product, 'Group ID': productGroup }, onboarding!]);
      expect((await runImport(plan, repository)).failed).toEqual([]);
      const teams = await repository.listTeams();
      expect(teams.find((team) => team.name === 'Product')?.groupId).toBe(productGroup);
      expect(teams.find((team) => team.name === 'Onboarding')?.groupId).toBeUndefined();
    });
  });
});

describe("a sheet's group id column", () => {
  const sheet = (rows: readonly string[]) =>
    planSheet(
      'okrs.csv',
      utf8(['Objective,Key result,Team,Microsoft 365 group id,Target', ...rows].join('\n')),
    );

  it('links each team to the group its rows give', async () => {
    const plan = await sheet([
      `Grow revenue,ARR,Sales,${productGroup},100`,
      `,Churn,Sales,,2`,
      `Ship,Launch,Platform,,1`,
    ]);
    expect(plan.teams.map((team) => [team.draft.name, team.draft.groupId])).toEqual([
      ['Sales', productGroup],
      ['Platform', undefined],
    ]);
    expect(
      problemsOf(plan)
        .map((p) => p.message)
        .join('\n'),
    ).not.toMatch(/group|not read by the import/i);
  });

  it('names a cell that is not a group id, and a second group for one team, keeping the team', async () => {
    const other = '6f1e2d3c-0000-4000-8000-000000000001';
    const plan = await sheet([
      `Grow revenue,ARR,Sales,Sales team,100`,
      `Ship,Launch,Platform,${productGroup},1`,
      `Ship more,Launch again,Platform,${other},1`,
    ]);
    expect(plan.teams.map((team) => [team.draft.name, team.draft.groupId])).toEqual([
      ['Sales', undefined],
      ['Platform', productGroup],
    ]);
    expect(problemsOf(plan)).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          field: 'Microsoft 365 group id',
          message:
            '"Sales team" is not a Microsoft 365 group id (one looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams admin center, the team, Group id). The team "Sales" is imported without its group: link it in Programme, Teams.',
        },
        {
          row: 4,
          field: 'Microsoft 365 group id',
          message: `The team "Platform" is given the group ${productGroup} on row 3; ${other} is not linked.`,
        },
      ]),
    );
    expect(plan.keyResults).toHaveLength(3);
  });
});

describe("a team the site already has, and the file's group for it", () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  const salesGroup = '0b6c2f3e-1a2b-4c3d-8e9f-a0b1c2d3e4f5';
  const sheet = (group: string) =>
    planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Team,Group id,Target',
          `Grow revenue,ARR,sales ,${group},100`,
          `Ship,Launch,Platform,${productGroup},1`,
        ].join('\n'),
      ),
    );
  const notes = (plan: Awaited<ReturnType<typeof sheet>>) =>
    plan.problems.filter((p) => p.severity === 'note').map((p) => p.message);
  /** The notes as the import page says them to a reader of `words`' language. */
  const notesIn = (plan: Awaited<ReturnType<typeof sheet>>, words: typeof german, locale: string) =>
    plan.problems
      .filter((p) => p.severity === 'note')
      .map((p) => problemMessage(p, reportReader(words, locale)));

  it('links a site team of the same name that has no group, and the dry run says so', async () => {
    const repository = store.repository();
    const sales = await repository.createTeam({ name: 'Sales' });
    const plan = await matchSite(await sheet(salesGroup.toUpperCase()), repository);
    expect(notes(plan)).toContain(
      `"sales" is already a team on your site: its OKRs go there, and no second team of that name is made. It has no Microsoft 365 group on your site: it is linked to the file's (${salesGroup}), so who is in the team is that group's membership.`,
    );
    const run = dryRun(plan);
    expect(run.siteTeamGroups).toBe(1);

    const report = await runImport(plan, repository);
    expect(report.failed).toEqual([]);
    expect(report.siteTeamGroups).toEqual({ planned: 1, written: 1 });
    expect(describeWritten(report)).toMatch(
      /; the file's Microsoft 365 groups linked to 1 team already on your site$/,
    );
    expect(reportCsv(run, report)).toContain(
      '"count","","","","Microsoft 365 groups of teams already on your site","","1 planned, 1 written"',
    );
    expect(notesIn(plan, german, 'de-DE')).toContain(
      `„sales“ ist bereits ein Team auf Ihrer Website: Seine OKRs kommen dorthin, und kein zweites Team dieses Namens wird angelegt. Es hat auf Ihrer Website keine Microsoft 365-Gruppe: Es wird mit der aus der Datei (${salesGroup}) verknüpft, sodass die Mitglieder dieser Gruppe das Team bilden.`,
    );
    // The report's columns and codes stay as they are for the tools that read it back; its
    // separator is the one German Excel splits on.
    expect(reportCsv(run, report, reportReader(german, 'de-DE'))).toContain(
      '"count";"";"";"";"Microsoft 365-Gruppen von Teams, die bereits auf Ihrer Website sind";"";"1 geplant, 1 geschrieben"',
    );
    const teams = await repository.listTeams();
    expect(teams.filter((t) => t.name.toLowerCase() === 'sales')).toEqual([
      expect.objectContaining({ id: sales.id, groupId: salesGroup }),
    ]);
    expect(teams.find((t) => t.name === 'Platform')?.groupId).toBe(productGroup);
  });

  it('counts a site team whose only change is its group as a team change, and names it', async () => {
    const repository = store.repository();
    await repository.createTeam({ name: 'Sales' });
    const plan = await matchSite(
      await planSheet(
        'okrs.csv',
        utf8(
          [
            'Objective,Key result,Team,Group id,Target',
            `Grow revenue,ARR,Sales,${salesGroup},100`,
          ].join('\n'),
        ),
      ),
      repository,
    );
    expect(plan.teams).toEqual([]);
    const run = dryRun(plan);
    expect(teamsChanged(run)).toBe(1);
    expect(describeDryRun(run)).toContain(
      '  teams: 1 (0 new; 1 already on your site: "Sales" (its Microsoft 365 group linked))',
    );
  });

  it("keeps the group a site team is linked to, and the dry run names the file's that is not linked", async () => {
    const repository = store.repository();
    const sales = await repository.createTeam({ name: 'Sales', groupId: productGroup });
    const plan = await matchSite(await sheet(salesGroup), repository);
    expect(describeDryRun(dryRun(plan))).toContain(
      `"sales" is already a team on your site: its OKRs go there, and no second team of that name is made. The file links it to the Microsoft 365 group ${salesGroup}, but your site links it to ${productGroup}: the site's group is kept and ${salesGroup} is not linked (if the file is right, change it in Programme, Teams).`,
    );
    expect(plan.siteTeams).toBeUndefined();
    expect((await runImport(plan, repository)).failed).toEqual([]);
    const teams = await repository.listTeams();
    expect(teams.find((t) => t.id === sales.id)?.groupId).toBe(productGroup);
  });

  it("links a site team to the group Viva Goals' export gives its team", async () => {
    const repository = store.repository();
    const site = await repository.createTeam({ name: 'Product' });
    const plan = await matchSite(
      await vivaPlan([{ ...product, 'Microsoft 365 Group': { ID: productGroup } }, onboarding!]),
      repository,
    );
    expect(dryRun(plan).siteTeamGroups).toBe(1);
    const report = await runImport(plan, repository);
    expect(report.failed).toEqual([]);
    expect(report.siteTeamGroups).toEqual({ planned: 1, written: 1 });
    const teams = await repository.listTeams();
    expect(teams.filter((t) => t.name === 'Product')).toEqual([
      expect.objectContaining({ id: site.id, groupId: productGroup }),
    ]);
  });

  it('links a team an earlier import made without a group, once the file gives one', async () => {
    const repository = store.repository();
    expect(
      (await runImport(await matchSite(await sheet(''), repository), repository)).failed,
    ).toEqual([]);
    expect((await repository.listTeams()).find((t) => t.name === 'sales')?.groupId).toBeUndefined();

    const again = await matchSite(await sheet(salesGroup), repository);
    expect(notes(again)).toContain(
      `The team "sales" was imported before. It has no Microsoft 365 group on your site: it is linked to the file's (${salesGroup}), so who is in the team is that group's membership.`,
    );
    expect(notesIn(again, german, 'de-DE')).toContain(
      `Das Team „sales“ wurde schon einmal importiert. Es hat auf Ihrer Website keine Microsoft 365-Gruppe: Es wird mit der aus der Datei (${salesGroup}) verknüpft, sodass die Mitglieder dieser Gruppe das Team bilden.`,
    );
    expect(notesIn(again, french, 'fr-FR')).toContain(
      `L’équipe «\u00a0sales\u00a0» a déjà été importée. Elle n’a pas de groupe Microsoft 365 sur votre site\u00a0: elle est liée à celui du fichier (${salesGroup}), si bien que les membres de l’équipe sont ceux de ce groupe.`,
    );
    expect(notesIn(again, spanish, 'es-ES')).toContain(
      `El equipo «sales» ya se importó antes. No tiene grupo de Microsoft 365 en su sitio: se vincula al del archivo (${salesGroup}), de modo que los miembros del equipo son los de ese grupo.`,
    );
    const report = await runImport(again, repository);
    expect(report.failed).toEqual([]);
    expect(report.siteTeamGroups).toEqual({ planned: 1, written: 1 });
    const teams = await repository.listTeams();
    expect(teams.filter((t) => t.name === 'sales').map((t) => t.groupId)).toEqual([salesGroup]);
  });
});
