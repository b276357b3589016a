/**
 * Typed errors at the repository's edges whatever the input (#20): values of the wrong type
 * (a number for a title, an object for a client id) are refused with an `OkrError` naming the
 * field, never a `TypeError` escaping from inside, and nothing is written.
 */
import fc from 'fast-check';
import type { KeyResult, Objective } from '../../src/core/model';
import { OkrError } from '../../src/store/errors';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import {
  owner,
  startStore,
  startingKeyResult,
  startingPoint,
  type StoreFixture,
} from './store-fixture';

let store: StoreFixture;
let repository: GraphOkrRepository;
let objective: Objective;
let keyResult: KeyResult;

beforeAll(async () => {
  store = await startStore();
  repository = store.repository();
  ({ objective } = await startingPoint(repository));
  keyResult = await startingKeyResult(repository, objective);
}, 60_000);
afterAll(() => store.stop());

const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

async function refusal(write: () => Promise<unknown>): Promise<unknown> {
  return write().then(
    () => undefined,
    (error: unknown) => error,
  );
}

test('an objective with a title, description or client id that is not text is an OkrError', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('title', 'description', 'clientId'),
      notText,
      async (field, value) => {
        // No client id (null) is fine: the store makes one.
        fc.pre(!(field === 'clientId' && value === null));
        const draft = { ...objective, id: undefined, version: undefined, [field]: value };
        const error = await refusal(() => repository.createObjective(draft as never));
        expect(error).toBeInstanceOf(OkrError);
      },
    ),
    { numRuns: 30 },
  );
}, 60_000);

test('a check-in with a client id, note or author name that is not text is reported as failed with an OkrError', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('clientId', 'note', 'at', 'author'),
      notText,
      async (field, value) => {
        const draft = {
          keyResultId: keyResult.id,
          clientId: 'wrong-types',
          value: 5,
          note: '',
          author: owner,
          at: '2026-02-10T09:00:00.000Z',
          source: 'teams',
          [field]: value,
        };
        const report = await repository.saveCheckIns([draft as never]);
        expect(report.saved).toEqual([]);
        expect(report.failed[0]?.error).toBeInstanceOf(OkrError);
      },
    ),
    { numRuns: 30 },
  );
  const history = await repository.checkInHistory([keyResult.id]);
  expect(history.get(keyResult.id)).toEqual([]);
}, 60_000);

test('a team, cycle, key result or initiative with a name, title or client id that is not text is an OkrError, nothing written', async () => {
  const [cycle] = await repository.listCycles();
  const writes = {
    team: (field: string, value: unknown) =>
      repository.createTeam({
        name: 'Partner success',
        [field === 'title' ? 'name' : field]: value,
      } as never),
    cycle: (field: string, value: unknown) =>
      repository.createCycle({
        name: 'Q3 2027',
        start: '2027-07-01',
        end: '2027-09-30',
        state: 'planning',
        [field === 'title' ? 'name' : field]: value,
      } as never),
    keyResult: (field: string, value: unknown) =>
      repository.createKeyResult({
        ...keyResult,
        id: undefined,
        version: undefined,
        [field]: value,
      } as never),
    initiative: (field: string, value: unknown) =>
      repository.createInitiative({
        keyResultId: keyResult.id,
        title: 'Call every new customer',
        status: 'notStarted',
        [field]: value,
      } as never),
  };
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...(Object.keys(writes) as (keyof typeof writes)[])),
      fc.constantFrom('title', 'clientId'),
      notText,
      async (kind, field, value) => {
        fc.pre(!(field === 'clientId' && value === null));
        const error = await refusal(() => writes[kind](field, value));
        expect(error).toBeInstanceOf(OkrError);
      },
    ),
    { numRuns: 40 },
  );
  expect((await repository.listTeams()).map((team) => team.name)).not.toContain('Partner success');
  expect((await repository.listCycles()).map((c) => c.id)).toEqual([cycle!.id]);
  const initiatives = await repository.listInitiatives({ keyResultIds: [keyResult.id] });
  expect(initiatives).toEqual([]);
}, 120_000);

test('whatever value a public method is given, a failure is an OkrError, never a TypeError from inside', async () => {
  const methods = [
    'createObjective',
    'updateObjective',
    'deleteObjective',
    'createKeyResult',
    'updateKeyResult',
    'deleteKeyResult',
    'setExcelLink',
    'createCycle',
    'updateCycle',
    'createTeam',
    'updateTeam',
    'createInitiative',
    'updateInitiative',
    'deleteInitiative',
    'listInitiatives',
    'saveCheckIns',
    'correctCheckIn',
    'withdrawCheckIn',
    'checkInHistory',
    'cycleCheckInHistory',
    'loadBoard',
    'saveOperatingModel',
  ] as const;
  const edge = repository as unknown as Record<
    string,
    (input: unknown, second: unknown) => Promise<unknown>
  >;
  // A second argument is data for these two (the link, the withdrawal); for the others it is the
  // request options, which only code passes.
  const takesData = new Set<string>(['setExcelLink', 'withdrawCheckIn']);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...methods),
      fc.anything({ maxDepth: 1 }),
      fc.anything({ maxDepth: 1 }),
      async (method, input, second) => {
        const error = await refusal(() =>
          edge[method]!(input, takesData.has(method) ? second : undefined),
        );
        if (error !== undefined) expect(error).toBeInstanceOf(OkrError);
      },
    ),
    { numRuns: 1000 },
  );
}, 120_000);

test('a cycle id that cannot even be turned into text is refused as an invalid cycle id', async () => {
  // Found by the property above: an object whose toString is not a function made the query
  // builder throw a TypeError.
  const error = await refusal(() => repository.cycleCheckInHistory({ toString: 0 } as never));
  expect(error).toBeInstanceOf(OkrError);
  expect((error as OkrError).message).toMatch(/cycle id/);
});
