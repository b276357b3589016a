import { randomUUID } from 'node:crypto';
import { defaultDevScopes, emulatorAccessToken } from '../../src/auth/dev-token-provider';
import { demoUsers } from '../../src/dev/graph-emulator';
import { startGraphGateway, type GraphGateway } from '../../src/dev/graph-gateway';
import { CachingRepository, memoryStorage, ResyncRequiredError } from '../../src/store';
import { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { inProcessTimeoutMs } from '../dev/graph-emulator/emulator-fixture';
import { okrSite, owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

/** `changesSince`: a live board over SharePoint's list-item delta, through the real adapter. */
describe('changes since a token', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore({ pageSize: 3 });
  }, 60_000);
  afterEach(() => store.stop(), 60_000);

  test('without a token answers nothing and a token; with it, what changed on the board', async () => {
    const repository = store.repository({ pageSize: 2 });
    const { cycle, team, objective } = await startingPoint(repository);
    const [kept, dropped] = await store.bulkKeyResults(objective, 2);
    const first = await repository.changesSince({ cycleId: cycle.id });
    expect(first).toEqual({
      objectives: [],
      keyResults: [],
      initiatives: [],
      checkIns: [],
      removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
      token: expect.any(String),
    });

    const renamed = await repository.updateObjective({ ...objective, title: 'Customers adore it' });
    await repository.deleteKeyResult(dropped!);
    const added = await store.bulkKeyResults(objective, 3);
    const report = await repository.saveCheckIns([
      {
        clientId: randomUUID(),
        keyResultId: kept!.id,
        keyResultVersion: kept!.version,
        value: 40,
        confidence: 7,
        note: 'Good week',
        author: owner,
        at: '2026-02-02T10:00:00Z',
        source: 'teams',
      },
    ]);
    expect(report.saved).toHaveLength(1);
    const initiative = await repository.createInitiative({
      keyResultId: kept!.id,
      title: 'Welcome call within two days of sign-up',
      owner,
      status: 'inProgress',
    });
    const otherTeam = await repository.createTeam({ name: 'Elsewhere', parentTeamId: team.id });
    const elsewhere = await repository.createObjective({
      cycleId: cycle.id,
      teamId: otherTeam.id,
      title: 'Not on this board',
      description: '',
      commitment: 'committed',
      state: 'active',
    });

    store.emulator.resetStats();
    const changes = await repository.changesSince(
      { cycleId: cycle.id, teamIds: [team.id] },
      first.token,
    );
    // Pages of 2 over 5 changed KRs: one batch, then one per further page of the longest list.
    expect(store.emulator.stats().total).toBe(3);
    expect(changes.objectives).toEqual([
      expect.objectContaining({ id: objective.id, title: renamed.title, version: renamed.version }),
    ]);
    expect(changes.removed.objectives).toEqual([elsewhere.id]);
    expect(changes.keyResults.map((kr) => kr.id).sort()).toEqual(
      [kept!.id, ...added.map((kr) => kr.id)].sort(),
    );
    expect(changes.keyResults.find((kr) => kr.id === kept!.id)).toEqual(
      expect.objectContaining({ current: 40, confidence: 7 }),
    );
    expect(changes.removed.keyResults).toEqual([dropped!.id]);
    expect(changes.initiatives).toEqual([
      expect.objectContaining({ id: initiative.id, title: initiative.title }),
    ]);
    expect(changes.checkIns).toEqual([
      expect.objectContaining({ keyResultId: kept!.id, value: 40 }),
    ]);

    const quiet = await repository.changesSince({ cycleId: cycle.id }, changes.token);
    expect(quiet.objectives.length + quiet.keyResults.length + quiet.checkIns.length).toBe(0);
  }, 60_000);

  test('a token too old for SharePoint is a ResyncRequiredError, and so is one from elsewhere', async () => {
    const repository = store.repository();
    const { cycle } = await startingPoint(repository);
    const { token } = await repository.changesSince({ cycleId: cycle.id });
    await store.emulator.expireDeltaTokens();
    await expect(repository.changesSince({ cycleId: cycle.id }, token)).rejects.toBeInstanceOf(
      ResyncRequiredError,
    );
    const foreign = JSON.stringify({ objectives: 'https://example.com/x' });
    await expect(repository.changesSince({ cycleId: cycle.id }, foreign)).rejects.toBeInstanceOf(
      ResyncRequiredError,
    );
    const fresh = await repository.changesSince({ cycleId: cycle.id });
    expect(typeof fresh.token).toBe('string');
  }, 60_000);

  test('the caching repository passes it through and drops cached boards when anything changed', async () => {
    const inner = store.repository();
    const { cycle, objective } = await startingPoint(inner);
    const storage = memoryStorage();
    const cached = new CachingRepository(inner, { storage });
    await cached.loadBoard({ cycleId: cycle.id });
    expect(storage.keys('okr-cache:default:board').length).toBe(1);
    const { token } = await cached.changesSince({ cycleId: cycle.id });
    expect(storage.keys('okr-cache:default:board').length).toBe(1);
    await inner.updateObjective({ ...objective, title: 'Changed by someone else' });
    const changes = await cached.changesSince({ cycleId: cycle.id }, token);
    expect(changes.objectives.map((o) => o.title)).toEqual(['Changed by someone else']);
    expect(storage.keys('okr-cache:default:board')).toEqual([]);
  }, 60_000);

  test('the caching repository drops cached boards and histories when a token is too old to tell what changed', async () => {
    const inner = store.repository();
    const { cycle } = await startingPoint(inner);
    const storage = memoryStorage();
    const cached = new CachingRepository(inner, { storage });
    await cached.loadBoard({ cycleId: cycle.id });
    await cached.cycleCheckInHistory(cycle.id);
    const { token } = await cached.changesSince({ cycleId: cycle.id });
    expect(storage.keys('okr-cache:default:board').length).toBe(1);
    expect(storage.keys('okr-cache:default:checkInHistory').length).toBe(1);
    await store.emulator.expireDeltaTokens();
    await expect(cached.changesSince({ cycleId: cycle.id }, token)).rejects.toBeInstanceOf(
      ResyncRequiredError,
    );
    expect(storage.keys('okr-cache:default:board')).toEqual([]);
    expect(storage.keys('okr-cache:default:checkInHistory')).toEqual([]);
  }, 60_000);
});

/**
 * The live board as a page runs it: the repository talks to the one Graph endpoint the app was
 * built with (the local stack's gateway, in front of the tenant's emulator, as
 * graph.microsoft.com is in front of every tenant), and follows the deltaLinks that endpoint
 * returned. A deltaLink naming another origin than the one called was refused as not ours, so
 * every refresh of a quiet board was a ResyncRequiredError and a full re-read.
 */
describe('changes since a token, through the Graph endpoint a page calls', () => {
  const tenant = 'b1c4e0f2-5d7a-4e8b-9c3d-2a6f0e1d7b94';
  const diego = demoUsers.diegoSiciliani;
  let store: StoreFixture;
  let gateway: GraphGateway;
  const through = (userId: string) =>
    new GraphOkrRepository({
      graphBaseUrl: gateway.graphBaseUrl,
      timeoutMs: inProcessTimeoutMs,
      site: okrSite,
      tokens: {
        getToken: async () =>
          emulatorAccessToken({ oid: userId, scp: defaultDevScopes.join(' '), tid: tenant }),
      },
    });

  beforeAll(async () => {
    [store, gateway] = await Promise.all([startStore(), startGraphGateway()]);
    const added = await fetch(`${gateway.origin}/_gateway/tenants/${tenant}`, {
      method: 'PUT',
      body: JSON.stringify({ graphBaseUrl: store.emulator.graphBaseUrl }),
    });
    expect(added.status).toBe(204);
  }, 60_000);
  afterAll(() => Promise.all([gateway?.close(), store?.stop()]), 60_000);

  test('a quiet board costs one delta request; a check-in by someone else comes through delta', async () => {
    const board = through(owner.id);
    const { cycle, objective } = await startingPoint(board);
    const keyResult = await board.createKeyResult({
      objectiveId: objective.id,
      title: 'Sign 20 partner agreements',
      kind: 'increase',
      start: 0,
      target: 20,
      current: 2,
      unit: 'agreements',
      weight: 1,
      owner: { id: diego.id, displayName: diego.displayName, email: diego.mail },
    });
    const query = { cycleId: cycle.id };
    const { token } = await board.changesSince(query);

    store.emulator.resetStats();
    const quiet = await board.changesSince(query, token);
    expect(store.emulator.stats().total).toBe(1);
    expect(quiet).toEqual({
      objectives: [],
      keyResults: [],
      initiatives: [],
      checkIns: [],
      removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
      token: expect.any(String),
    });

    const report = await through(diego.id).saveCheckIns([
      {
        clientId: randomUUID(),
        keyResultId: keyResult.id,
        keyResultVersion: keyResult.version,
        value: 7,
        confidence: 6,
        note: 'Two more signed this week',
        author: { id: diego.id, displayName: diego.displayName },
        at: '2026-02-09T09:00:00Z',
        source: 'excel',
      },
    ]);
    expect(report.saved).toHaveLength(1);
    store.emulator.resetStats();
    const changed = await board.changesSince(query, quiet.token);
    expect(store.emulator.stats().total).toBe(1);
    expect(changed.objectives).toEqual([]);
    expect(changed.keyResults).toEqual([
      expect.objectContaining({ id: keyResult.id, current: 7, confidence: 6 }),
    ]);
    expect(changed.checkIns).toEqual([
      expect.objectContaining({
        keyResultId: keyResult.id,
        value: 7,
        note: 'Two more signed this week',
      }),
    ]);

    const after = await board.changesSince(query, changed.token);
    expect(after.keyResults.length + after.checkIns.length).toBe(0);
    await store.emulator.expireDeltaTokens();
    await expect(board.changesSince(query, after.token)).rejects.toBeInstanceOf(
      ResyncRequiredError,
    );
  }, 120_000);
});
