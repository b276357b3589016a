/**
 * The board's own export (CSV in the reader's dialect, or a workbook) imported into a new site:
 * each key result comes back with its values, owner and last check-in, and one never checked in
 * comes back never checked in (it was given a check-in at its start value, dated the file's day);
 * each initiative comes back under its key result with its status, owner and due day.
 * Imported back into the site it was exported from, it updates the items it names by their ids:
 * a current value edited in the file is a new check-in, an initiative's status edited is its new
 * status, nothing is made twice.
 */
import type { Board } from '../../src/store/repository';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { matchPeople, matchSite, planImport, readImportFile, runImport } from '../../src/migrate';
import { dryRun } from '../../src/migrate/report';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { buildBoardView } from '../../src/ui/board/boardView';
import { boardFile } from '../../src/ui/board/exportBoard';
import { storesStoppedAfterAll } from '../store/store-fixture';
import { vivaRecords, vivaZip } from './fixtures';

jest.setTimeout(180_000);

const today = '2025-02-20';
const options = { today, rules: defaultOperatingModel };

async function imported(
  repository: GraphOkrRepository,
  name: string,
  bytes: Uint8Array,
  locale: string,
) {
  const source = await readImportFile(name, bytes, undefined, { locale, fileDate: today });
  const people = await matchPeople(planImport(source, { ...options, locale }), repository);
  const plan = await matchSite(people.plan, repository);
  const report = await runImport(plan, repository);
  expect(report.failed).toEqual([]);
  return dryRun(plan, people.unmatched);
}

/** What a person reads on the board, ids aside, with how many check-ins each key result has. */
async function shown(repository: GraphOkrRepository, cycleName: string) {
  const cycle = (await repository.listCycles()).find((each) => each.name === cycleName)!;
  const board: Board = await repository.loadBoard({ cycleId: cycle.id });
  const history = await repository.cycleCheckInHistory(cycle.id);
  const teamName = (id: string) => board.teams.find((team) => team.id === id)?.name;
  const objectiveOf = (id: string) => board.objectives.find((objective) => objective.id === id)!;
  return {
    board,
    objectives: board.objectives
      .map((o) => [teamName(o.teamId), o.title, o.owner?.displayName, o.commitment, o.score])
      .sort(),
    keyResults: board.keyResults
      .map((kr) => ({
        objective: objectiveOf(kr.objectiveId).title,
        title: kr.title,
        measure: [kr.kind, kr.start, kr.target, kr.current, kr.unit, kr.confidence, kr.score],
        owner: kr.owner?.displayName,
        lastCheckIn: kr.lastCheckInAt?.slice(0, 10),
        checkIns: history.get(kr.id)?.length ?? 0,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    initiatives: board.initiatives
      .map((initiative) => [
        board.keyResults.find((kr) => kr.id === initiative.keyResultId)?.title,
        initiative.title,
        initiative.status,
        initiative.owner?.displayName,
        initiative.dueDate,
        initiative.link,
      ])
      .sort(),
  };
}

/**
 * Work under two of the site's key results: one initiative with an owner, a due day and a link,
 * two under the other with nothing but a status, one titled as a list item would be.
 */
async function withInitiatives(repository: GraphOkrRepository, cycleName: string) {
  const { board } = await shown(repository, cycleName);
  const [first, second] = board.keyResults;
  const owner = board.keyResults.find((kr) => kr.owner)!.owner!;
  await repository.createInitiative({
    keyResultId: first!.id,
    title: 'Launch the referral programme',
    status: 'inProgress',
    owner,
    dueDate: '2025-03-15',
    link: 'https://contoso.sharepoint.com/sites/growth/referrals',
  });
  await repository.createInitiative({
    keyResultId: second!.id,
    title: '1. Hire two SDRs',
    status: 'done',
  });
  await repository.createInitiative({
    keyResultId: second!.id,
    title: 'Partner webinars',
    status: 'dropped',
  });
}

describe("the board's export imported into a new site", () => {
  const { fresh } = storesStoppedAfterAll();

  test.each([
    ['CSV', 'en-US', 'csv'],
    ['CSV', 'de-DE', 'csv'],
    ['Excel', 'de-DE', 'xlsx'],
  ] as const)(
    'as %s in %s: every key result as it was, one never checked in still without a check-in',
    async (format, locale, extension) => {
      const original = await fresh();
      await imported(original, 'export.zip', await vivaZip(vivaRecords), 'en-US');
      await withInitiatives(original, 'Annual 2025');
      const before = await shown(original, 'Annual 2025');
      // The file holds key results never checked in, their current value their start.
      const neverCheckedIn = before.keyResults.filter((kr) => kr.checkIns === 0);
      expect(neverCheckedIn.map((kr) => kr.title)).toEqual([
        'Churn stays below 3%',
        'Customers still active after 90 days',
      ]);

      const teams = buildBoardView(before.board, defaultOperatingModel, today);
      const file = await boardFile(
        format,
        teams,
        before.board.cycle,
        before.board.objectives,
        original,
        locale,
      );
      const copy = await fresh();
      const run = await imported(
        copy,
        `Annual 2025.${extension}`,
        new Uint8Array(await file.arrayBuffer()),
        locale,
      );
      const after = await shown(copy, 'Annual 2025');
      expect(after.objectives).toEqual(before.objectives);
      expect(after.keyResults).toEqual(before.keyResults);
      expect(before.initiatives).toHaveLength(3);
      expect(after.initiatives).toEqual(before.initiatives);
      // No row said to be dated by the file's day: each checked-in one has its "Last check-in".
      expect(run.problems.map((problem) => problem.message)).not.toContainEqual(
        expect.stringContaining('no date in'),
      );
    },
  );

  test.each([
    ['CSV', 'en-US', 'csv'],
    ['CSV', 'de-DE', 'csv'],
    ['Excel', 'de-DE', 'xlsx'],
  ] as const)(
    'as %s in %s back into its own site: updated in place, an edited current value checked in',
    async (format, locale, extension) => {
      const site = await fresh();
      await imported(site, 'export.zip', await vivaZip(vivaRecords), 'en-US');
      await withInitiatives(site, 'Annual 2025');
      const before = await shown(site, 'Annual 2025');
      const edited = before.keyResults.find((kr) => kr.checkIns > 0)!;
      // The person edits one key result's current value in the file, and an initiative's status.
      const board: Board = {
        ...before.board,
        keyResults: before.board.keyResults.map((kr) =>
          kr.title === edited.title ? { ...kr, current: kr.current + 1 } : kr,
        ),
        initiatives: before.board.initiatives.map((initiative) => ({
          ...initiative,
          status: 'inProgress',
        })),
      };
      const teams = buildBoardView(board, defaultOperatingModel, today);
      const file = await boardFile(format, teams, board.cycle, board.objectives, site, locale);
      const run = await imported(
        site,
        `Annual 2025.${extension}`,
        new Uint8Array(await file.arrayBuffer()),
        locale,
      );
      const after = await shown(site, 'Annual 2025');
      expect(after.objectives).toEqual(before.objectives);
      expect(after.board.keyResults.map((kr) => kr.id).sort()).toEqual(
        before.board.keyResults.map((kr) => kr.id).sort(),
      );
      expect(after.board.initiatives.map((i) => [i.id, i.status]).sort()).toEqual(
        before.board.initiatives.map((i) => [i.id, 'inProgress']).sort(),
      );
      // Each as it was but its status: under its key result, its title, owner, due day and link.
      const butStatus = ([keyResult, title, , ...rest]: unknown[]) => [keyResult, title, ...rest];
      expect(after.initiatives.map(butStatus)).toEqual(before.initiatives.map(butStatus));
      const editedAfter = after.keyResults.find((kr) => kr.title === edited.title)!;
      expect(editedAfter.measure[3]).toBe((edited.measure[3] as number) + 1);
      expect(editedAfter.checkIns).toBe(edited.checkIns + 1);
      expect(after.keyResults.filter((kr) => kr.title !== edited.title)).toEqual(
        before.keyResults.filter((kr) => kr.title !== edited.title),
      );
      const said = run.problems.map((problem) => problem.message);
      expect(said).not.toContainEqual(expect.stringContaining('already on your site'));
      expect(said).not.toContainEqual(expect.stringContaining('makes a second'));
    },
  );
});
