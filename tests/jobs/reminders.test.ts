import { defaultOperatingModel } from '../../src/core/operating-model';
import type { KeyResult } from '../../src/core/model';
import { demoUsers, emulatorAppToken } from '../../src/dev/graph-emulator/index';
import { localEntraClientId, localTeamsApp } from '../../src/dev/teams-app';
import {
  runReminderPass,
  idleWhy,
  skippedWhy,
  type ReminderJobConfig,
} from '../../src/jobs/reminders/run-pass';
import { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { okrSite, startStore, type StoreFixture } from '../store/store-fixture';

/**
 * The reminders job against the Graph emulator, through the real Graph adapter with the app's
 * own token (Sites.Selected on the OKR site, TeamsActivity.Send, MailboxSettings.Read), as it
 * runs in Azure Functions.
 */
jest.setTimeout(120_000);

const app = localTeamsApp();
const config: ReminderJobConfig = {
  teamsAppId: app.id,
  personalTabEntityId: 'myOkrs',
  defaultTimeZone: 'UTC',
};
const ana = demoUsers.isaiahLanger; // mailbox zone Europe/Berlin
const ben = demoUsers.alexWilber; // mailbox zone Europe/London
const coachPerson = demoUsers.adeleVance;
const asPerson = (u: typeof ana) => ({ id: u.id, displayName: u.displayName, email: u.mail });
// Monday 2 November 2026, 10:00 in Berlin and 09:00 in London: both owners' windows are open.
const monday = '2026-11-02T09:00:00Z';
const log = { info: () => {}, warn: () => {}, debug: () => {} };

let store: StoreFixture;
let job: GraphOkrRepository;
let keyResults: KeyResult[];
let cycleId: string;

beforeAll(async () => {
  store = await startStore({ teamsApp: app });
  const admin = store.repository();
  await admin.saveOperatingModel({
    ...defaultOperatingModel,
    roles: { admins: [coachPerson.id], coaches: [coachPerson.id] },
  });
  const cycle = await admin.createCycle({
    name: 'Q4 2026',
    start: '2026-10-01',
    end: '2026-12-31',
    state: 'active',
  });
  cycleId = cycle.id;
  const team = await admin.createTeam({ name: 'Contoso' });
  const objective = await admin.createObjective({
    cycleId: cycle.id,
    teamId: team.id,
    title: 'Customers succeed on their own',
    description: '',
    commitment: 'aspirational',
    state: 'active',
    owner: asPerson(ana),
  });
  const kr = (title: string, owner: typeof ana) =>
    admin.createKeyResult({
      objectiveId: objective.id,
      title,
      owner: asPerson(owner),
      kind: 'increase',
      start: 0,
      target: 100,
      current: 0,
      unit: '%',
      weight: 1,
    });
  keyResults = [
    await kr('Self-serve activation from 20% to 40%', ana),
    await kr('Help-centre deflection from 10% to 30%', ana),
    await kr('Onboarding NPS from 20 to 45', ben),
  ];
  job = new GraphOkrRepository({
    graphBaseUrl: store.emulator.graphBaseUrl,
    tokens: {
      getToken: async () =>
        emulatorAppToken(localEntraClientId, [
          'Sites.Selected',
          'TeamsActivity.Send',
          'MailboxSettings.Read',
        ]),
    },
    site: okrSite,
  });
});
afterAll(() => store.stop());

const pass = (now: string, repository = job, signal?: AbortSignal) =>
  runReminderPass({ repository, config, now, log, ...(signal ? { signal } : {}) });
const feedOf = (person: { id: string }) => store.emulator.activity(person.id);

test('each owner gets one reminder for their KRs that need a check-in, and the coach a digest', async () => {
  const report = await pass(monday);
  expect(report.failed).toEqual([]);
  expect([...report.sent].sort()).toEqual(
    [
      `checkInDue:${ana.id}:${cycleId}:2026-11-02`,
      `checkInDue:${ben.id}:${cycleId}:2026-11-02`,
      `coachDigest:${coachPerson.id}:2026-11-02`,
    ].sort(),
  );
  const [reminder] = feedOf(ana);
  expect(feedOf(ana)).toHaveLength(1);
  expect(reminder).toMatchObject({
    activityType: 'checkInDue',
    text: 'OKR Coach: key results to check in on in Q4 2026: 2',
    previewText: `Time to check in on 2 key results, starting with “${keyResults[0]!.title}”.`,
    actor: { kind: 'app' },
  });
  const link = new URL(reminder!.topic.webUrl!);
  expect(link.pathname).toBe(`/l/entity/${app.id}/myOkrs`);
  expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
    subEntityId: `checkin:${keyResults[0]!.id}`,
  });
  expect(feedOf(coachPerson)[0]).toMatchObject({ activityType: 'coachDigest' });
});

test('a second pass in the same window sends nothing again', async () => {
  const before = store.emulator.activity().length;
  const report = await pass('2026-11-02T12:00:00Z');
  expect(report.sent).toEqual([]);
  expect(report.alreadyHandled).toBe(3);
  expect(store.emulator.activity()).toHaveLength(before);
});

test('a pass killed between sending and recording sends nothing twice', async () => {
  store.emulator.setInstallations(null);
  const nextMonday = '2026-11-09T09:00:00Z';
  const dying = new AbortController();
  // The process dies right after the notifications went out, before they are marked sent.
  const killedAfterSend = Object.create(job, {
    sendActivityNotifications: {
      value: async (...args: Parameters<GraphOkrRepository['sendActivityNotifications']>) => {
        const outcome = await job.sendActivityNotifications(...args);
        dying.abort(new Error('killed'));
        return outcome;
      },
    },
  }) as GraphOkrRepository;
  await expect(pass(nextMonday, killedAfterSend, dying.signal)).rejects.toThrow();
  const delivered = store.emulator.activity().length;

  // Soon after, the claims are still unconfirmed: nothing is sent.
  expect((await pass('2026-11-09T09:05:00Z')).sent).toEqual([]);
  // Later they count as lost and go again, with the same chainId: the feed still has one each.
  const retry = await pass('2026-11-09T09:20:00Z');
  expect(retry.sent).toHaveLength(3);
  expect(store.emulator.activity()).toHaveLength(delivered);
  expect(feedOf(ana).filter((a) => a.activityType === 'checkInDue')).toHaveLength(2);
  expect((await pass('2026-11-09T10:00:00Z')).sent).toEqual([]);
});

test('a send that fails is retried by the next pass, and a check-in or an opt-out stops reminders', async () => {
  const week = '2026-11-16T09:00:00Z';
  store.emulator.setInstallations([ana.id, coachPerson.id]);
  const first = await pass(week);
  expect(first.failed.map((f) => f.key)).toEqual([expect.stringContaining(ben.id)]);
  expect(first.failed[0]!.reason).toMatch(/TeamsActivity\.Send|installed/);
  store.emulator.setInstallations(null);
  const second = await pass('2026-11-16T09:15:00Z');
  expect(second.sent).toEqual([expect.stringContaining(ben.id)]);

  // Ben checks in; Ana opts out.
  const asBen = store.repository({ userId: ben.id });
  const [benKr] = (
    await asBen.loadBoard({
      cycleId: keyResults[2]!.objectiveId ? (await asBen.listCycles())[0]!.id : '',
    })
  ).keyResults.filter((kr) => kr.owner?.id === ben.id);
  await asBen.saveCheckIns([
    {
      clientId: 'ben-week-47',
      keyResultId: benKr!.id,
      keyResultVersion: benKr!.version!,
      value: 30,
      confidence: 7,
      note: '',
      author: asPerson(ben),
      at: '2026-11-22T16:00:00Z',
      source: 'teams',
    },
  ]);
  await job.saveReminderPreferences({ personId: ana.id, optedOut: true });
  const said = { info: [] as string[], debug: [] as string[] };
  const third = await runReminderPass({
    repository: job,
    config,
    now: '2026-11-23T09:00:00Z',
    log: {
      info: (message) => said.info.push(message),
      warn: (message) => said.info.push(message),
      debug: (message) => said.debug.push(message),
    },
  });
  expect(third.sent).toEqual([expect.stringContaining('coachDigest')]);
  // Who was skipped is a detail for tracing; the report counts them by reason.
  expect(third.skippedWhy).toBe('1 person opted out');
  expect(said.info.filter((line) => line.startsWith('Skipped'))).toEqual([]);
  expect(said.debug).toEqual([`Skipped (optedOut): ${ana.id}`]);
});

test('skipped reminders are counted by reason in words an admin can act on', () => {
  expect(skippedWhy([])).toBe('');
  expect(
    skippedWhy([
      { reason: 'noOwner', keyResultId: '22' },
      { reason: 'optedOut', personId: 'a' },
      { reason: 'noOwner', keyResultId: '23' },
      { reason: 'snoozed', personId: 'b' },
    ]),
  ).toBe('2 key results without an owner, 1 person opted out, 1 person snoozed');
});

test('a pass says why no check-in reminder can be due: no cycle active, ended or not begun', async () => {
  const afterTheQuarter = await runReminderPass({
    repository: job,
    config,
    now: '2027-01-11T09:00:00Z',
    log,
  });
  expect(afterTheQuarter.sent.filter((key) => key.startsWith('checkInDue'))).toEqual([]);
  expect(afterTheQuarter.idleWhy).toBe(
    'the active cycle ended (Q4 2026 on 2026-12-31): close it and make the next one active in the Programme',
  );

  const q1 = { id: 'q1', name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' };
  expect(idleWhy([{ ...q1, state: 'closed' }], '2027-02-01T09:00:00Z')).toBe(
    'no cycle is active: reminders start once a cycle is made active in the Programme',
  );
  expect(idleWhy([{ ...q1, state: 'active' }], '2026-12-20T09:00:00Z')).toBe(
    'the active cycle has not started yet (Q1 2027 on 2027-01-01)',
  );
  // Running somewhere on Earth: New Year's Eve in Honolulu is 1 January in UTC.
  expect(idleWhy([{ ...q1, state: 'active' }], '2026-12-31T20:00:00Z')).toBe('');
  expect(idleWhy([{ ...q1, state: 'active' }], '2027-04-01T08:00:00Z')).toBe('');
});
