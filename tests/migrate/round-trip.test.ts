import { formatDay } from '../../src/core/i18n';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { matchPeople, matchSite, planImport, readImportFile, runImport } from '../../src/migrate';
import JSZip from 'jszip';
import { describeDryRun, describeWritten, dryRun, writesNothing } from '../../src/migrate/report';
import {
  exportTemplateCsv,
  exportTemplateXlsx,
  exportVivaZip,
  readOrganisation,
  type OrganisationData,
} from '../../src/migrate/export';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { storesStoppedAfterAll } from '../store/store-fixture';
import { cycleToFields } from '../../src/store/mapping';
import { vivaRecords, vivaZip } from './fixtures';
import { notSaid } from './support/not-said';

const options = {
  today: '2025-02-20',
  rules: defaultOperatingModel,
  exportedAt: '2025-02-20T09:30:00.000Z',
};

async function importInto(repository: GraphOkrRepository, name: string, bytes: Uint8Array) {
  const plan = planImport(await readImportFile(name, bytes), options);
  const { plan: matched } = await matchPeople(plan, repository);
  const report = await runImport(matched, repository);
  expect(report.failed).toEqual([]);
  return report;
}

/** The organisation in words, ids aside: what a person would see. */
function described(data: OrganisationData) {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.id, x]));
  const teams = byId(data.teams);
  const cycles = byId(data.cycles);
  const objectives = byId(data.objectives);
  const keyResults = byId(data.keyResults);
  const sorted = <T>(list: T[]) =>
    list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    cycles: sorted(data.cycles.map((c) => [c.name, c.start, c.end, c.state])),
    teams: sorted(data.teams.map((t) => [t.name, teams.get(t.parentTeamId ?? '')?.name])),
    objectives: sorted(
      data.objectives.map((o) => ({
        title: o.title,
        team: teams.get(o.teamId)?.name,
        cycle: cycles.get(o.cycleId)?.name,
        parent: objectives.get(o.parentId ?? '')?.title,
        alignments: o.alignments?.map((a) => [objectives.get(a.objectiveId)?.title, a.weight]),
        rollsUpAligned: o.rollsUpAligned,
        commitment: o.commitment,
        state: o.state,
        description: o.description,
        owner: o.owner?.displayName,
      })),
    ),
    keyResults: sorted(
      data.keyResults.map((k) => ({
        title: k.title,
        description: k.description,
        objective: objectives.get(k.objectiveId)?.title,
        measure: [k.kind, k.start, k.target, k.current, k.unit, k.weight, k.confidence],
        targets: k.targets,
        rolledUpFrom: k.rolledUpFrom?.map((c) => [
          c.kind,
          (c.kind === 'objective' ? objectives : keyResults).get(c.id)?.title,
          c.weight,
        ]),
        owner: k.owner?.displayName,
      })),
    ),
    initiatives: sorted(
      data.initiatives.map((i) => [
        i.title,
        keyResults.get(i.keyResultId)?.title,
        i.status,
        i.dueDate,
        i.link,
      ]),
    ),
    checkIns: sorted(
      data.checkIns.map((c) => [
        keyResults.get(c.keyResultId)?.title,
        c.value,
        c.at,
        c.note,
        c.author.displayName,
        c.confidence,
        c.status,
      ]),
    ),
  };
}

/**
 * Scored as Viva Goals scores closed OKRs: an objective, and a key result beside its progress;
 * the Product team linked to its Microsoft 365 group.
 */
const productGroup = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';
const scoredRecords = (() => {
  const scores: Record<number, number> = { 1: 0.8, 10: 0.55 };
  return {
    ...vivaRecords,
    Teams: vivaRecords.Teams.map((team) =>
      team.ID === 900 ? { ...team, 'Microsoft 365 Group': { ID: productGroup } } : team,
    ),
    objectives: vivaRecords.objectives.map((item) =>
      item.ID in scores ? { ...item, Score: scores[item.ID] } : item,
    ),
  };
})();

/** The closing scores (with the reason a key result's was given), the teams' owners and groups. */
const kept = (data: OrganisationData) => ({
  scores: [...data.objectives, ...data.keyResults]
    .filter((okr) => okr.score !== undefined)
    .map((okr) => [okr.title, okr.score, 'scoreReason' in okr ? okr.scoreReason : undefined])
    .sort(),
  owners: data.teams.map((team) => [team.name, team.owners?.map((o) => o.displayName)]).sort(),
  groups: data.teams.map((team) => [team.name, team.groupId]).sort(),
});

describe('leaving as easily as arriving', () => {
  jest.setTimeout(120_000);
  const { store: startedStore, fresh } = storesStoppedAfterAll();

  test('export to the Viva Goals JSON shape, import into an empty site: the same organisation', async () => {
    const original = await fresh();
    await importInto(original, 'export.zip', await vivaZip(scoredRecords));
    const before = await readOrganisation(original, { name: 'Contoso' });
    expect(before.checkIns.length).toBeGreaterThan(0);
    // The emulator keeps each check-in's status in its column, as SharePoint does.
    expect(before.checkIns.map((checkIn) => checkIn.status)).toEqual(
      expect.arrayContaining(['behind', 'onTrack', undefined]),
    );

    const copy = await fresh();
    await importInto(copy, 'contoso.zip', await exportVivaZip(before, options));
    const after = await readOrganisation(copy, { name: 'Contoso' });
    expect(described(after)).toEqual(described(before));
    // Scores (with the reason a key result's was given), the teams' owners and groups come back too.
    expect(kept(before).scores).toHaveLength(2);
    expect(kept(before).owners).toContainEqual(['Product', ['Megan Bowen']]);
    expect(kept(before).groups).toContainEqual(['Product', productGroup]);
    expect(kept(after)).toEqual(kept(before));
  });

  test.each(['csv', 'xlsx'])(
    'export to the template as %s, import into an empty site: the same organisation',
    async (format) => {
      const original = await fresh();
      await importInto(original, 'export.zip', await vivaZip(scoredRecords));
      const before = await readOrganisation(original);
      const file =
        format === 'csv'
          ? new TextEncoder().encode(exportTemplateCsv(before))
          : await exportTemplateXlsx(before);

      const copy = await fresh();
      await importInto(copy, `contoso.${format}`, file);
      const after = await readOrganisation(copy);
      // Phased targets and roll-ups (both ways) travel in their own columns: everything comes back.
      expect(before.keyResults.some((kr) => kr.targets?.length)).toBe(true);
      expect(before.keyResults.some((kr) => kr.rolledUpFrom?.length)).toBe(true);
      expect(before.objectives.some((objective) => objective.rollsUpAligned)).toBe(true);
      expect(described(after)).toEqual(described(before));
      // The closing scores, and the reason a key result's differs from its progress, too.
      expect(kept(before).scores).toHaveLength(2);
      expect(kept(before).scores.some(([, , reason]) => reason)).toBe(true);
      expect(kept(after).scores).toEqual(kept(before).scores);
    },
  );

  /** The file planned against the site it is imported into, as the import page does. */
  async function planAgainst(repository: GraphOkrRepository, name: string, bytes: Uint8Array) {
    const plan = planImport(await readImportFile(name, bytes), options);
    const { plan: matched } = await matchPeople(plan, repository);
    return matchSite(matched, repository);
  }
  const sizes = (data: OrganisationData) =>
    [
      data.teams,
      data.cycles,
      data.objectives,
      data.keyResults,
      data.initiatives,
      data.checkIns,
    ].map((list) => list.length);

  test.each(['zip', 'csv', 'xlsx'])(
    "exported as %s, a key result's target edited in the file, imported into the same site: the key result is updated, nothing made twice",
    async (format) => {
      const site = await fresh();
      await importInto(site, 'export.zip', await vivaZip(scoredRecords));
      // An objective made on the board, with no source id: the file names it by its id only.
      const [cycle] = await site.listCycles();
      const [team] = await site.listTeams();
      await site.createObjective({
        cycleId: cycle!.id,
        teamId: team!.id,
        title: 'Made on the board',
        description: '',
        commitment: 'committed',
        state: 'active',
      });
      const before = await readOrganisation(site);
      const edited = before.keyResults.find((kr) => kr.kind === 'increase')!;
      const inFile: OrganisationData = {
        ...before,
        keyResults: before.keyResults.map((kr) =>
          kr.id === edited.id ? { ...kr, target: kr.target + 7 } : kr,
        ),
      };
      const file =
        format === 'zip'
          ? await exportVivaZip(inFile, options)
          : format === 'csv'
            ? new TextEncoder().encode(exportTemplateCsv(inFile))
            : await exportTemplateXlsx(inFile);

      const matched = await planAgainst(site, `okrs.${format}`, file);
      const said = describeDryRun(dryRun(matched));
      // What the import writes: the one item edited, not what the site already has as in the file.
      expect(dryRun(matched).counts).toEqual({
        teams: 0,
        cycles: 0,
        objectives: 0,
        keyResults: 1,
        initiatives: 0,
        checkIns: 0,
      });
      const items = before.objectives.length + before.keyResults.length + before.initiatives.length;
      expect(said).toContain(
        `This file was exported from this site, so what it names by its ids here is updated, not made again: 1 objective, key result or initiative updated from the file; ${items - 1} items already as in the file, left as they are; ${before.checkIns.length} check-ins already here, left as they are; 0 new items.`,
      );
      // The board's objective is named by its id: not taken for one the import would make twice.
      expect(said).not.toContain('already on your site with the same title');
      // Its teams and cycles are the site's, as the site has them: finding them is no news.
      expect(said).not.toMatch(/\b(team|cycle)\b/);
      // What the import changes, named with the site's title and both values.
      expect(said).toContain(
        `The key result "${edited.title}" is updated from the file: its target (${edited.target + 7} in the file, ${edited.target} on your site).`,
      );
      // What the whole file does is said with the counts, not as a change of one of its things.
      expect(said).toContain('Changed: imported as said (1):');

      const report = await runImport(matched, site);
      expect(report.failed).toEqual([]);
      expect(describeWritten(report)).toBe(
        `0 teams, 0 cycles, 0 objectives, 1 key result, 0 initiatives, 0 check-ins; the file came from this site: 1 of them updated, ${before.checkIns.length} check-ins already here left as they were, ${items - 1} more already as in the file left as they were`,
      );
      const after = await readOrganisation(site);
      expect(sizes(after)).toEqual(sizes(before));
      expect(after.keyResults.find((kr) => kr.id === edited.id)?.target).toBe(edited.target + 7);
      expect(described(after)).toEqual(described(inFile));
      // The items keep their own ids: the board's objective has no source id still.
      expect(
        after.objectives.find((objective) => objective.title === 'Made on the board')?.sourceId,
      ).toBeUndefined();

      // Run again (after a failure, or Import again): the site has it all as in the file now.
      const again = await runImport(matched, site);
      expect(again.failed).toEqual([]);
      expect(again.fromThisSite).toMatchObject({ updated: 0, asInFile: items, changedLeft: 0 });
      expect(sizes(await readOrganisation(site))).toEqual(sizes(before));

      // The same file imported a second time: nothing is taken for changed since the export (the
      // first import moved the versions), nothing is written, and the dry run says so.
      const second = await planAgainst(site, `okrs.${format}`, file);
      expect(second.problems.map((p) => p.message).join('\n')).not.toContain(
        'Changed on your site',
      );
      expect(dryRun(second).counts).toEqual({
        teams: 0,
        cycles: 0,
        objectives: 0,
        keyResults: 0,
        initiatives: 0,
        checkIns: 0,
      });
      expect(second.problems[0]?.message).toBe(
        `This file was exported from this site, so what it names by its ids here is updated, not made again: 0 objectives, key results and initiatives updated from the file; ${items} items already as in the file, left as they are; ${before.checkIns.length} check-ins already here, left as they are; 0 new items.`,
      );
      expect(notSaid(second.problems.slice(0, 1))).toEqual([]);
    },
  );

  test('imported into the site it came from, a team and a cycle renamed there since the export are found by their ids: their OKRs stay in them, nothing is made again, and the dry run says so', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const file = await exportVivaZip(before, options);
    const product = (await site.listTeams()).find((team) => team.name === 'Product')!;
    await site.updateTeam({ ...product, name: 'Product and Design' });
    const annual = (await site.listCycles()).find((cycle) => cycle.name === 'Annual 2025')!;
    await site.updateCycle({ ...annual, name: 'FY 2025', end: '2026-01-31' });

    const matched = await planAgainst(site, 'okrs.zip', file);
    const aboutTeamsAndCycles = matched.problems
      .map((problem) => problem.message)
      .filter((message) => /\b(team|cycle)\b/.test(message));
    expect(aboutTeamsAndCycles).toEqual([
      'The team "Product" in the file is called "Product and Design" on your site now: its OKRs go there, and it keeps its name.',
      `The cycle "Annual 2025" in the file is called "FY 2025" on your site now: its OKRs go there, and no second cycle is made. Its dates on your site (${formatDay(annual.start)} to Jan 31, 2026) are kept.`,
    ]);
    expect(Object.values(dryRun(matched).counts)).toEqual([0, 0, 0, 0, 0, 0]);

    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(sizes(after)).toEqual(sizes(before));
    expect(after.teams.find((team) => team.id === product.id)?.name).toBe('Product and Design');
    expect(after.cycles.find((cycle) => cycle.id === annual.id)).toMatchObject({
      name: 'FY 2025',
      end: '2026-01-31',
    });
    const teamOf = (data: OrganisationData) => data.objectives.map((o) => [o.id, o.teamId]).sort();
    expect(teamOf(after)).toEqual(teamOf(before));
  });

  test('the version beside each item reads without the quotes of its eTag, and a file written with them (an earlier export) matches the same', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const [objective] = before.objectives;
    // The store keeps SharePoint's eTag as HTTP quotes it, for If-Match.
    expect(objective!.version).toMatch(/^".+"$/);
    const unquoted = objective!.version!.slice(1, -1);
    const csv = exportTemplateCsv(before);
    const row = csv
      .split('\r\n')
      .find((line) => line.startsWith(`"Objective","O${objective!.id}",`))!;
    expect(row.endsWith(`,"${unquoted}"`)).toBe(true);
    const zip = await JSZip.loadAsync(await exportVivaZip(before, options));
    expect(Object.keys(zip.files)).toContain(
      'objectives_export_file_Organisation_1_Organization_Organisation_20250220T093000.json',
    );
    const records = JSON.parse(
      await Object.values(zip.files)
        .find((file) => file.name.startsWith('objectives_'))!
        .async('string'),
    ) as Record<string, unknown>[];
    expect(records.find((r) => r['ID'] === `O${objective!.id}`)?.['OKR Coach Version']).toBe(
      unquoted,
    );

    const quoted = csv.replaceAll(/,"([^",]+,\d+)"\r\n/g, ',"""$1"""\r\n');
    expect(quoted).toContain(`,"""${unquoted}"""\r\n`);
    for (const file of [csv, quoted]) {
      const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(file));
      expect(writesNothing(dryRun(matched))).toBe(true);
    }
  });

  test('imported into the site it came from, a row whose item the site no longer has is made again, and said with its row', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const csv = exportTemplateCsv(before);
    const gone = before.keyResults.find(
      (kr) => !before.initiatives.some((i) => i.keyResultId === kr.id),
    )!;
    await site.deleteKeyResult(gone);

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const row =
      csv.split('\r\n').findIndex((line) => line.startsWith(`"Key result","K${gone.id}",`)) + 1;
    expect(matched.problems).toContainEqual({
      file: 'okrs.csv',
      row,
      message: `This file was exported from your site, but your site no longer has this key result (its id ${gone.id}) in that cycle: it is imported as a new key result.`,
      said: expect.any(Array),
      severity: 'note',
    });
    expect(notSaid(matched.problems.filter((p) => p.message.includes('no longer has')))).toEqual(
      [],
    );
    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(sizes(after)).toEqual(sizes(before));
    expect(after.keyResults.filter((kr) => kr.title === gone.title)).toHaveLength(1);

    // Planned again, the key result the first run made is found by its source id: not said, not made again.
    const again = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    expect(again.problems.map((p) => p.message).join('\n')).not.toContain('no longer has');
    expect((await runImport(again, site)).failed).toEqual([]);
    expect(sizes(await readOrganisation(site))).toEqual(sizes(before));
  });

  test('imported into the site it came from, an item changed on the site since the export is left as the site has it, and said with its row', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const [changedOnSite, editedInFile] = before.keyResults.filter((kr) => kr.kind === 'increase');
    const inFile: OrganisationData = {
      ...before,
      keyResults: before.keyResults.map((kr) =>
        kr.id === changedOnSite!.id || kr.id === editedInFile!.id
          ? { ...kr, target: kr.target + 7 }
          : kr,
      ),
    };
    const csv = exportTemplateCsv(inFile);
    // After the export, someone renames the first key result on the board.
    await site.updateKeyResult({ ...changedOnSite!, title: 'Renamed on the board' });

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const row =
      csv
        .split('\r\n')
        .findIndex((line) => line.startsWith(`"Key result","K${changedOnSite!.id}",`)) + 1;
    expect(matched.problems).toContainEqual({
      file: 'okrs.csv',
      row,
      message: `Changed on your site since the export, and the file differs from your site in its title ("${changedOnSite!.title}" in the file, "Renamed on the board" on your site) and target (${changedOnSite!.target + 7} in the file, ${changedOnSite!.target} on your site): this key result is left as your site has it, not overwritten with the file's values. To change it from a file, export again and edit the new file.`,
      severity: 'note',
    });
    expect(matched.problems[0]?.message).toContain(
      '1 item changed on your site since the export and different in the file, left as your site has it (named below);',
    );

    const report = await runImport(matched, site);
    expect(report.failed).toEqual([]);
    expect(describeWritten(report)).toMatch(
      /; the file came from this site: 1 of them updated, \d+ check-ins already here left as they were, \d+ more already as in the file left as they were, 1 more changed here since the export left as they are$/,
    );
    const after = await readOrganisation(site);
    expect(sizes(after)).toEqual(sizes(before));
    const kept = after.keyResults.find((kr) => kr.id === changedOnSite!.id)!;
    expect([kept.title, kept.target]).toEqual(['Renamed on the board', changedOnSite!.target]);
    expect(after.keyResults.find((kr) => kr.id === editedInFile!.id)?.target).toBe(
      editedInFile!.target + 7,
    );
  });

  test('imported into the site it came from, an item checked in or given the same values on the site since the export is already as in the file: not taken for a change, not written', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const [editedInFile, editedInBoth, checkedIn] = before.keyResults.filter(
      (kr) => kr.kind === 'increase',
    );
    const target = (kr: (typeof before.keyResults)[number]) =>
      kr.id === editedInFile!.id
        ? kr.target + 7
        : kr.id === editedInBoth!.id
          ? kr.target + 5
          : kr.target;
    const csv = exportTemplateCsv({
      ...before,
      keyResults: before.keyResults.map((kr) => ({ ...kr, target: target(kr) })),
    });
    // After the export, the same target is set on the board, and another key result is checked in.
    await site.updateKeyResult({ ...editedInBoth!, target: editedInBoth!.target + 5 });
    const saved = await site.saveCheckIns([
      {
        clientId: 'checked-in-after-the-export',
        keyResultId: checkedIn!.id,
        keyResultVersion: checkedIn!.version,
        value: checkedIn!.current + 1,
        confidence: 6,
        note: 'After the export',
        author: before.checkIns[0]!.author,
        at: '2025-02-19T10:00:00Z',
        source: 'teams',
      },
    ]);
    expect(saved.conflicts).toEqual([]);

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const items = before.objectives.length + before.keyResults.length + before.initiatives.length;
    expect(matched.problems.map((p) => p.message).join('\n')).not.toContain('Changed on your site');
    expect(dryRun(matched).counts).toMatchObject({ objectives: 0, keyResults: 1, initiatives: 0 });
    expect(matched.problems[0]?.message).toContain(
      `1 objective, key result or initiative updated from the file; ${items - 1} items already as in the file, left as they are;`,
    );

    const report = await runImport(matched, site);
    expect(report.failed).toEqual([]);
    expect(report.fromThisSite).toMatchObject({ updated: 1, asInFile: items - 1, changedLeft: 0 });
    const after = await readOrganisation(site);
    const now = (kr: (typeof before.keyResults)[number]) =>
      after.keyResults.find((k) => k.id === kr.id)!;
    expect(now(editedInFile!).target).toBe(editedInFile!.target + 7);
    expect(now(editedInBoth!).target).toBe(editedInBoth!.target + 5);
    // The check-in made since the export keeps the key result where it moved it.
    expect([now(checkedIn!).current, now(checkedIn!).confidence]).toEqual([
      checkedIn!.current + 1,
      6,
    ]);
    expect(after.checkIns).toHaveLength(before.checkIns.length + 1);
  });

  test.each(['zip', 'csv'])(
    'exported as %s, its cycle renamed on the site since: the OKRs are found in the renamed cycle and updated, no second cycle is made',
    async (format) => {
      const site = await fresh();
      await importInto(site, 'export.zip', await vivaZip());
      const before = await readOrganisation(site);
      const q1 = before.cycles.find((cycle) => cycle.name === 'Q1 2025')!;
      const inQ1 = new Set(before.objectives.filter((o) => o.cycleId === q1.id).map((o) => o.id));
      const edited = before.keyResults.find(
        (kr) => kr.kind === 'increase' && inQ1.has(kr.objectiveId),
      )!;
      const inFile: OrganisationData = {
        ...before,
        keyResults: before.keyResults.map((kr) =>
          kr.id === edited.id ? { ...kr, target: kr.target + 7 } : kr,
        ),
      };
      const file =
        format === 'zip'
          ? await exportVivaZip(inFile, options)
          : new TextEncoder().encode(exportTemplateCsv(inFile));
      await site.updateCycle({ ...q1, name: 'Q1 FY25' });

      const matched = await planAgainst(site, `okrs.${format}`, file);
      // The JSON names its cycles by their ids; the template by their names alone.
      const found = format === 'zip' ? '' : ' (its objectives are there, found by their ids)';
      expect(matched.problems).toContainEqual(
        expect.objectContaining({
          message: `The cycle "Q1 2025" in the file is called "Q1 FY25" on your site now${found}: its OKRs go there, and no second cycle is made.`,
          severity: 'note',
        }),
      );
      expect(dryRun(matched).counts).toEqual({
        teams: 0,
        cycles: 0,
        objectives: 0,
        keyResults: 1,
        initiatives: 0,
        checkIns: 0,
      });
      expect(matched.problems[0]?.message).toMatch(/; 0 new items\.$/);

      expect((await runImport(matched, site)).failed).toEqual([]);
      const after = await readOrganisation(site);
      expect(sizes(after)).toEqual(sizes(before));
      expect(after.cycles.map((cycle) => cycle.name).sort()).toEqual(['Annual 2025', 'Q1 FY25']);
      expect(after.keyResults.find((kr) => kr.id === edited.id)?.target).toBe(edited.target + 7);
    },
  );

  test("imported into the site it came from, a cycle of the file whose objectives are in several of the site's cycles is not guessed at: its OKRs are left out, naming the cycles", async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const [annual, q1] = ['Annual 2025', 'Q1 2025'].map((name) =>
      before.cycles.find((cycle) => cycle.name === name)!,
    );
    const count = (cycleId: string) =>
      before.objectives.filter((o) => o.cycleId === cycleId).length;
    // In Excel, every row was given one new cycle name.
    const csv = exportTemplateCsv({
      ...before,
      cycles: [{ ...annual!, name: 'FY25 all' }],
      objectives: before.objectives.map((o) => ({ ...o, cycleId: annual!.id })),
    });

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    expect(matched.problems).toContainEqual(
      expect.objectContaining({
        message: `The cycle "FY25 all" in the file is not one of your site's, and its objectives are in 2 cycles on your site now: "Annual 2025" (${count(annual!.id)} objectives) and "Q1 2025" (${count(q1!.id)} objectives). Which one it is is not guessed, so its OKRs are not imported. Give its rows the name of the cycle they belong to (or export again) and import the file again.`,
        severity: 'skipped',
      }),
    );
    expect(notSaid(matched.problems.filter((p) => p.severity === 'skipped'))).toEqual([]);
    expect(Object.values(dryRun(matched).counts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect((await runImport(matched, site)).failed).toEqual([]);
    expect(sizes(await readOrganisation(site))).toEqual(sizes(before));
  });

  test('imported into the site it came from, a cycle the site has twice (same name and dates) is found by its objectives, and said so: not "called" what it is called', async () => {
    const store = await startedStore();
    const site = store.repository();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const annual = before.cycles.find((cycle) => cycle.name === 'Annual 2025')!;
    // The store refuses a second cycle on a cycle's dates; a site may still hold one from before
    // that rule, or from its own import.
    await store.bulkCreate('cycles', [
      cycleToFields({
        name: annual.name,
        start: annual.start,
        end: annual.end,
        state: annual.state,
      }),
    ]);
    const csv = exportTemplateCsv(before);

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const messages = matched.problems.map((problem) => problem.message);
    expect(messages).toContain(
      'Your site has more than one cycle called "Annual 2025" with these dates: the file\'s OKRs go to the one its objectives are in (found by their ids), and no other cycle is made.',
    );
    expect(messages.join('\n')).not.toContain('is called "Annual 2025" on your site now');
    expect(dryRun(matched).counts.cycles).toBe(0);
  });

  /**
   * A site after the Viva Goals export's import, and its template export with one of the
   * Product team's objectives given the Onboarding team.
   */
  async function exportedWithObjectiveInOnboarding() {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const teamName = (id: string) => before.teams.find((team) => team.id === id)!.name;
    const objective = before.objectives.find((o) => teamName(o.teamId) === 'Product')!;
    const onboarding = before.teams.find((team) => team.name === 'Onboarding')!;
    const csv = exportTemplateCsv({
      ...before,
      objectives: before.objectives.map((o) =>
        o.id === objective.id ? { ...o, teamId: onboarding.id } : o,
      ),
    });
    return { site, before, objective, onboarding, csv };
  }

  test('imported into the site it came from, an objective given another team in the file is moved to that team, and the dry run says so', async () => {
    const { site, before, objective, onboarding, csv } = await exportedWithObjectiveInOnboarding();

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const row =
      csv.split('\r\n').findIndex((line) => line.startsWith(`"Objective","O${objective.id}",`)) + 1;
    expect(matched.problems).toContainEqual({
      file: 'okrs.csv',
      row,
      message: `Moved from the team "Product" to "Onboarding", as the file has it: this objective goes to the team "Onboarding" with its key results and initiatives. To keep it in "Product", give its row that team in the file.`,
      said: expect.any(Array),
      severity: 'note',
    });
    expect(notSaid(matched.problems.filter((p) => p.message.startsWith('Moved')))).toEqual([]);
    expect(dryRun(matched).counts).toMatchObject({ objectives: 1, keyResults: 0 });
    // Said once, as a move: not again as an update of its team.
    expect(matched.problems.map((p) => p.message).join('\n')).not.toContain(
      'is updated from the file',
    );

    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(sizes(after)).toEqual(sizes(before));
    expect(after.objectives.find((o) => o.id === objective.id)?.teamId).toBe(onboarding.id);
    // Imported again, the file moves nothing more, and says nothing of a move.
    const again = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    expect(again.problems.map((p) => p.message).join('\n')).not.toContain('Moved from the team');
  });

  test('imported into the site it came from, a key result given another objective in the file (and an initiative another key result) is moved there, and the dry run says so with both', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const objectiveOf = (id: string) => before.objectives.find((o) => o.id === id)!;
    const keyResultOf = (id: string) => before.keyResults.find((kr) => kr.id === id)!;
    const initiative = before.initiatives[0]!;
    const underKeyResult = keyResultOf(initiative.keyResultId);
    const cycleId = objectiveOf(underKeyResult.objectiveId).cycleId;
    const keyResult = before.keyResults.find(
      (kr) => objectiveOf(kr.objectiveId).cycleId === cycleId && kr.id !== underKeyResult.id,
    )!;
    const otherObjective = before.objectives.find(
      (o) => o.cycleId === cycleId && o.id !== keyResult.objectiveId,
    )!;
    const csv = exportTemplateCsv({
      ...before,
      keyResults: before.keyResults.map((kr) =>
        kr.id === keyResult.id ? { ...kr, objectiveId: otherObjective.id } : kr,
      ),
      initiatives: before.initiatives.map((i) =>
        i.id === initiative.id ? { ...i, keyResultId: keyResult.id } : i,
      ),
    });

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const rowOf = (start: string) =>
      csv.split('\r\n').findIndex((line) => line.startsWith(start)) + 1;
    const from = objectiveOf(keyResult.objectiveId).title;
    expect(matched.problems).toContainEqual({
      file: 'okrs.csv',
      row: rowOf(`"Key result","K${keyResult.id}",`),
      message: `Moved from the objective "${from}" to "${otherObjective.title}", as the file has it: this key result goes to the objective "${otherObjective.title}" with its initiatives. To keep it in "${from}", give its row that objective in the file.`,
      said: expect.any(Array),
      severity: 'note',
    });
    expect(matched.problems).toContainEqual({
      file: 'okrs.csv',
      row: rowOf(`"Initiative","I${initiative.id}",`),
      message: `Moved from the key result "${underKeyResult.title}" to "${keyResult.title}", as the file has it: this initiative goes to the key result "${keyResult.title}". To keep it in "${underKeyResult.title}", give its row that key result in the file.`,
      said: expect.any(Array),
      severity: 'note',
    });
    expect(notSaid(matched.problems.filter((p) => p.message.startsWith('Moved')))).toEqual([]);

    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(sizes(after)).toEqual(sizes(before));
    expect(after.keyResults.find((kr) => kr.id === keyResult.id)?.objectiveId).toBe(
      otherObjective.id,
    );
    expect(after.initiatives.find((i) => i.id === initiative.id)?.keyResultId).toBe(keyResult.id);
    // Imported again, the file moves nothing more, and says nothing of a move.
    const again = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    expect(again.problems.map((p) => p.message).join('\n')).not.toContain('Moved from the');
  });

  test('imported into the site it came from, an objective changed on the site since the export and given another team in the file names both teams', async () => {
    const { site, objective, csv } = await exportedWithObjectiveInOnboarding();
    // After the export, someone renames the objective on the board.
    await site.updateObjective({ ...objective, title: 'Renamed on the board' });

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    expect(matched.problems).toContainEqual({
      file: 'okrs.csv',
      row:
        csv.split('\r\n').findIndex((line) => line.startsWith(`"Objective","O${objective.id}",`)) +
        1,
      message: `Changed on your site since the export, and the file differs from your site in its title ("${objective.title}" in the file, "Renamed on the board" on your site) and team ("Onboarding" in the file, "Product" on your site): this objective is left as your site has it, not overwritten with the file's values. To change it from a file, export again and edit the new file.`,
      severity: 'note',
    });
  });

  test("imported into the site it came from, the template (which has no column for a milestone key result's steps) leaves their names as they are", async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const [objective] = (await readOrganisation(site)).objectives;
    const steps = ['Design validated', 'Beta with 10 customers', 'Generally available'];
    const milestone = await site.createKeyResult({
      objectiveId: objective!.id,
      title: 'Meeting check-in round shipped',
      kind: 'milestone',
      start: 0,
      target: steps.length,
      current: 0,
      unit: '',
      weight: 1,
      milestones: steps,
    });
    const csv = exportTemplateCsv(await readOrganisation(site));

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    expect(dryRun(matched).counts.keyResults).toBe(0);
    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(after.keyResults.find((kr) => kr.id === milestone.id)?.milestones).toEqual(steps);
  });

  test("imported into the site it came from, what no file carries (a status set by hand, a closing's learnings) is kept", async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const [objective] = (await readOrganisation(site)).objectives;
    const [keyResult] = (await readOrganisation(site)).keyResults;
    const override = {
      status: 'atRisk' as const,
      reason: 'Supplier late',
      by: { id: 'coach', displayName: 'Adele Vance' },
      at: '2025-02-18T09:00:00Z',
    };
    await site.updateObjective({
      ...objective!,
      learnings: 'Start pilots earlier',
      statusOverride: override,
    });
    await site.updateKeyResult({ ...keyResult!, statusOverride: override });
    const before = await readOrganisation(site);
    // The file edits another objective's title; these two rows are as exported.
    const edited = before.objectives.find((o) => o.id !== objective!.id)!;
    const file = await exportVivaZip(
      {
        ...before,
        objectives: before.objectives.map((o) =>
          o.id === edited.id ? { ...o, title: `${o.title} (edited)` } : o,
        ),
      },
      options,
    );

    const matched = await planAgainst(site, 'okrs.zip', file);
    expect(dryRun(matched).counts).toMatchObject({ objectives: 1, keyResults: 0 });
    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    const kept = after.objectives.find((o) => o.id === objective!.id)!;
    expect([kept.learnings, kept.statusOverride]).toEqual(['Start pilots earlier', override]);
    expect(after.keyResults.find((kr) => kr.id === keyResult!.id)?.statusOverride).toEqual(
      override,
    );
    expect(after.objectives.find((o) => o.id === edited.id)?.title).toBe(
      `${edited.title} (edited)`,
    );
  });

  test('imported into the site it came from, a new row is made, and one made on the site since with the same title is still named as the import would make a second', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const [first] = before.objectives;
    // A row added in Excel (its Id is not one of the site's), and the same objective added on the board.
    const added = { ...first!, id: 'new1', title: 'Open the Nordic market', version: undefined };
    const csv = exportTemplateCsv({ ...before, objectives: [...before.objectives, added] });
    await site.createObjective({
      cycleId: first!.cycleId,
      teamId: first!.teamId,
      title: 'Open the Nordic market',
      description: '',
      commitment: 'committed',
      state: 'active',
    });

    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(csv));
    const messages = matched.problems.map((p) => p.message);
    expect(messages[0]).toMatch(/; 1 new item\.$/);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^1 objective is already on your site with the same title, cycle and team, and not from an import of this file: "Open the Nordic market" \(row \d+\)\./,
      ),
    );
    expect((await runImport(matched, site)).failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(after.objectives).toHaveLength(before.objectives.length + 2);
  });

  test('imported into the site it came from and cancelled, then run again: it goes on where it stopped, and makes nothing twice', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const edited = before.keyResults.find((kr) => kr.kind === 'increase')!;
    const added = { ...edited, id: 'new1', title: 'Ten reference customers', version: undefined };
    const [renamed] = before.objectives;
    const file = await exportVivaZip(
      {
        ...before,
        objectives: before.objectives.map((o) =>
          o.id === renamed!.id ? { ...o, title: 'Renamed in the file' } : o,
        ),
        keyResults: [
          ...before.keyResults.map((kr) =>
            kr.id === edited.id ? { ...kr, target: kr.target + 7 } : kr,
          ),
          added,
        ],
      },
      options,
    );
    const matched = await planAgainst(site, 'okrs.zip', file);

    const controller = new AbortController();
    const cancelled = await runImport(matched, site, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.kind === 'keyResults') controller.abort();
      },
    });
    // Stopped after the objective was updated, before the key results.
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.written.objectives).toBe(1);
    expect(cancelled.written.keyResults).toBe(0);

    const resumed = await runImport(matched, site);
    expect(resumed.cancelled).toBe(false);
    expect(resumed.failed).toEqual([]);
    const after = await readOrganisation(site);
    expect(after.objectives).toHaveLength(before.objectives.length);
    expect(after.keyResults).toHaveLength(before.keyResults.length + 1);
    expect(after.keyResults.filter((kr) => kr.title === 'Ten reference customers')).toHaveLength(1);
    expect(after.keyResults.find((kr) => kr.id === edited.id)?.target).toBe(edited.target + 7);
    expect(after.checkIns).toHaveLength(before.checkIns.length);
  });

  test('imported into the site it came from and cancelled while the site is first read: stopped, nothing written, and run again makes nothing twice', async () => {
    const site = await fresh();
    await importInto(site, 'export.zip', await vivaZip());
    const before = await readOrganisation(site);
    const edited = before.keyResults.find((kr) => kr.kind === 'increase')!;
    const file = exportTemplateCsv({
      ...before,
      keyResults: before.keyResults.map((kr) =>
        kr.id === edited.id ? { ...kr, target: kr.target + 7 } : kr,
      ),
    });
    const matched = await planAgainst(site, 'okrs.csv', new TextEncoder().encode(file));

    // Stop pressed as the run reads the site's own items again, before it writes anything.
    const controller = new AbortController();
    const stoppedOnRead = new Proxy(site, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (key === 'loadBoard')
          return (...args: Parameters<GraphOkrRepository['loadBoard']>) => {
            controller.abort();
            return target.loadBoard(...args);
          };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const cancelled = await runImport(matched, stoppedOnRead, { signal: controller.signal });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.failed).toEqual([]);
    expect(describeWritten(cancelled)).toBe('Nothing was written');
    expect(
      (await readOrganisation(site)).keyResults.find((kr) => kr.id === edited.id)?.target,
    ).toBe(edited.target);

    const resumed = await runImport(matched, site);
    expect([resumed.cancelled, resumed.failed]).toEqual([false, []]);
    const after = await readOrganisation(site);
    expect(sizes(after)).toEqual(sizes(before));
    expect(after.keyResults.find((kr) => kr.id === edited.id)?.target).toBe(edited.target + 7);
  });

  test('a cycle alone, and text that a spreadsheet would run is written as text', async () => {
    const repository = await fresh();
    await importInto(repository, 'export.zip', await vivaZip());
    const cycles = await repository.listCycles();
    const annual = cycles.find((c) => c.name === 'Annual 2025')!;
    const one = await readOrganisation(repository, { cycleId: annual.id });
    expect(one.cycles.map((c) => c.name)).toEqual(['Annual 2025']);
    const objective = one.objectives[0]!;
    const csv = exportTemplateCsv({
      ...one,
      objectives: [{ ...objective, title: '=HYPERLINK("http://evil","x")' }],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    const read = await readImportFile('okrs.csv', new TextEncoder().encode(csv));
    expect(read.items.map((item) => item.title)).toContain('=HYPERLINK("http://evil","x")');
  });

  test('a title starting with + or - comes back as it was written', async () => {
    const repository = await fresh();
    await importInto(repository, 'export.zip', await vivaZip());
    const annual = (await repository.listCycles()).find((c) => c.name === 'Annual 2025')!;
    const one = await readOrganisation(repository, { cycleId: annual.id });
    const [keyResult] = one.keyResults;
    const csv = exportTemplateCsv({
      ...one,
      keyResults: [{ ...keyResult!, title: '+15% net promoter score' }, ...one.keyResults.slice(1)],
    });
    const read = await readImportFile('okrs.csv', new TextEncoder().encode(csv));
    expect(read.items.map((item) => item.title)).toContain('+15% net promoter score');
    expect(read.items.map((item) => item.title)).not.toContain("'+15% net promoter score");
  });
});
