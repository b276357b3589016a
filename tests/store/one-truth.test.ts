/**
 * Nothing lost, nothing half-written (#20): a KR's current value and confidence are those of its
 * latest check-in by time, put right by the next write or read when it is behind; a write
 * SharePoint would refuse is refused before anything is written; references are item ids; a
 * reused client id with new content is a conflict.
 */
import type { KeyResult, Objective } from '../../src/core/model';
import { ConflictError, InvalidError } from '../../src/store/errors';
import { checkInToFields, keyResultFromItem } from '../../src/store/mapping';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import type { Board, CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

let store: StoreFixture;
let repository: GraphOkrRepository;
let cycleId: string;
let teamId: string;
let objective: Objective;

beforeAll(async () => {
  store = await startStore();
  repository = store.repository();
  const start = await startingPoint(repository);
  cycleId = start.cycle.id;
  teamId = start.team.id;
  objective = start.objective;
}, 60_000);
afterAll(() => store.stop());
afterEach(() => jest.restoreAllMocks());

let krCount = 0;
async function newKeyResult(): Promise<KeyResult> {
  krCount += 1;
  return repository.createKeyResult({
    objectiveId: objective.id,
    title: `Weekly active teams reach 40 (${krCount})`,
    kind: 'increase',
    start: 0,
    target: 40,
    current: 0,
    unit: 'teams',
    weight: 1,
  });
}

function draft(keyResult: KeyResult, overrides: Partial<CheckInDraft>): CheckInDraft {
  return {
    keyResultId: keyResult.id,
    clientId: `truth-${keyResult.id}-${Math.random().toString(36).slice(2)}`,
    value: 10,
    confidence: 6,
    note: '',
    author: owner,
    at: '2026-02-10T09:00:00.000Z',
    source: 'teams',
    ...overrides,
  };
}

/** The KR as stored (not as a board read shows it: a read puts a KR behind its record right). */
async function stored(keyResult: KeyResult) {
  const history = (await store.repository().checkInHistory([keyResult.id])).get(keyResult.id) ?? [];
  return {
    keyResult: keyResultFromItem(await store.readItem('keyResults', keyResult.id)),
    history,
  };
}

test('a check-in the list would refuse (author name over 255 characters) leaves its KR untouched', async () => {
  const keyResult = await newKeyResult();
  const long = { ...owner, displayName: 'N'.repeat(300) };
  const report = await repository.saveCheckIns([
    draft(keyResult, { value: 20, author: long, keyResultVersion: keyResult.version }),
  ]);
  expect(report.saved).toEqual([]);
  const failure = report.failed[0]?.error as InvalidError;
  expect(failure).toBeInstanceOf(InvalidError);
  expect(failure.message).toMatch(/255/);
  expect(failure.message).not.toMatch(/checkIns|keyResults/);
  const after = await stored(keyResult);
  expect(after.keyResult.current).toBe(0);
  expect(after.history).toEqual([]);

  // The same check-in with a name that fits goes through, on the version the author saw.
  const retry = await repository.saveCheckIns([
    draft(keyResult, { value: 20, keyResultVersion: keyResult.version }),
  ]);
  expect(retry.failed).toEqual([]);
  expect((await stored(keyResult)).keyResult.current).toBe(20);
}, 60_000);

test('a reused client id with a different value is a conflict naming both values', async () => {
  const keyResult = await newKeyResult();
  const first = draft(keyResult, { value: 10, keyResultVersion: keyResult.version });
  const saved = await repository.saveCheckIns([first]);
  expect(saved.saved).toHaveLength(1);
  const again = await repository.saveCheckIns([
    { ...first, value: 30, keyResultVersion: saved.saved[0]!.keyResult.version },
  ]);
  expect(again.saved).toEqual([]);
  const conflict = [...again.conflicts, ...again.failed][0]?.error;
  expect(conflict).toBeInstanceOf(ConflictError);
  expect(conflict?.message).toMatch(/10/);
  expect(conflict?.message).toMatch(/30/);
  const after = await stored(keyResult);
  expect(after.keyResult.current).toBe(10);
  expect(after.history.map((checkIn) => checkIn.value)).toEqual([10]);
}, 60_000);

test('a check-in saved late with an earlier time joins the history but does not move the KR', async () => {
  const keyResult = await newKeyResult();
  const latest = await repository.saveCheckIns([
    draft(keyResult, {
      value: 30,
      at: '2026-02-10T09:00:00.000Z',
      keyResultVersion: keyResult.version,
    }),
  ]);
  const late = await repository.saveCheckIns([
    draft(keyResult, {
      value: 25,
      at: '2026-02-05T09:00:00.000Z',
      keyResultVersion: latest.saved[0]!.keyResult.version,
    }),
  ]);
  expect(late.saved).toHaveLength(1);
  expect(late.saved[0]!.keyResult.current).toBe(30);
  const after = await stored(keyResult);
  expect(after.keyResult.current).toBe(30);
  expect(after.history.map((checkIn) => checkIn.value)).toEqual([25, 30]);
}, 60_000);

test.each([
  ['cycleId', { cycleId: 'abc' }, 'cycle id'],
  ['teamId', { teamId: '12x' }, 'team id'],
  ['parentObjectiveId', { parentId: 'one' }, 'parent objective id'],
])(
  'an objective with a non-numeric %s is refused and nothing is written',
  async (field, change, words) => {
    const before = (await store.repository().loadBoard({ cycleId })).objectives.length;
    const failure = await repository
      .createObjective({
        cycleId,
        teamId,
        title: 'Customers finish onboarding without help',
        description: '',
        commitment: 'committed',
        state: 'active',
        ...change,
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidError);
    expect((failure as InvalidError).issues).toContain(field);
    expect((failure as InvalidError).message).toContain(`The ${words} must be a number`);
    expect((await store.repository().loadBoard({ cycleId })).objectives).toHaveLength(before);
  },
  60_000,
);

test('two admins edit the operating model: the second save, on the version it read, is a conflict', async () => {
  const first = store.repository();
  const second = store.repository();
  const readByFirst = await first.loadOperatingModel();
  const readBySecond = await second.loadOperatingModel();
  const saved = await first.saveOperatingModel({ ...readByFirst, story: 'Why: focus (first)' });
  expect(saved.version).toBeDefined();
  expect(saved.version).not.toBe(readByFirst.version);

  const failure = await second
    .saveOperatingModel({ ...readBySecond, story: 'Why: alignment (second)' })
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ConflictError);
  const conflict = failure as ConflictError<{ story: string }>;
  expect(conflict.mine.story).toBe('Why: alignment (second)');
  expect(conflict.theirs?.story).toBe('Why: focus (first)');
  expect(conflict.changedBy?.displayName).toBe(conflict.message.split(' changed ')[0]);
  expect(conflict.changedBy?.displayName).toMatch(/\S/);
  expect((await store.repository().loadOperatingModel()).story).toBe('Why: focus (first)');

  // Saving on top of the latest version goes through.
  const latest = await second.loadOperatingModel();
  const resolved = await second.saveOperatingModel({ ...latest, story: 'Why: both' });
  expect(resolved.story).toBe('Why: both');
}, 60_000);

/** A check-in stored as if its save stopped before moving the KR (the KR write was lost). */
async function storedWithoutKeyResult(keyResult: KeyResult, checkIn: CheckInDraft) {
  await store.bulkCreate('checkIns', [checkInToFields(checkIn, cycleId)]);
}

test('a KR left behind its record (its KR write lost) follows its latest check-in on the next save', async () => {
  const keyResult = await newKeyResult();
  await storedWithoutKeyResult(
    keyResult,
    draft(keyResult, { value: 20, confidence: 7, at: '2026-02-12T09:00:00.000Z' }),
  );
  // Someone checks in with an earlier time: it joins the history, and the KR follows the latest.
  const report = await repository.saveCheckIns([
    draft(keyResult, {
      value: 15,
      at: '2026-02-11T09:00:00.000Z',
      keyResultVersion: keyResult.version,
    }),
  ]);
  expect(report.failed).toEqual([]);
  expect(report.saved[0]!.keyResult).toMatchObject({ current: 20, confidence: 7 });
  const after = await stored(keyResult);
  expect(after.keyResult).toMatchObject({ current: 20, confidence: 7 });
  expect(after.history.map((checkIn) => checkIn.value)).toEqual([15, 20]);
}, 60_000);

test('a retried save whose check-in was stored but whose KR never moved completes it', async () => {
  const keyResult = await newKeyResult();
  const first = draft(keyResult, { value: 25, keyResultVersion: keyResult.version });
  await storedWithoutKeyResult(keyResult, first);
  const report = await repository.saveCheckIns([first]);
  expect(report.failed).toEqual([]);
  expect(report.conflicts).toEqual([]);
  expect(report.saved.map(({ checkIn }) => checkIn.clientId)).toEqual([first.clientId]);
  const after = await stored(keyResult);
  expect(after.keyResult.current).toBe(25);
  expect(after.history.map((checkIn) => checkIn.clientId)).toEqual([first.clientId]);
}, 60_000);

test('a resubmitted check-in already stored is saved, not a conflict with its own write, though the KR changed since', async () => {
  const keyResult = await newKeyResult();
  const first = draft(keyResult, { value: 12, keyResultVersion: keyResult.version });
  // The first attempt stored the check-in, then someone renamed the KR before its KR write.
  await storedWithoutKeyResult(keyResult, first);
  await store.repository().updateKeyResult({ ...keyResult, title: `${keyResult.title}, renamed` });
  const report = await repository.saveCheckIns([first]);
  // The check-in is stored: reported saved (not a conflict against its own write).
  expect(report.conflicts).toEqual([]);
  expect(report.saved.map(({ checkIn }) => checkIn.value)).toEqual([12]);
  expect((await stored(keyResult)).keyResult.current).toBe(12);
}, 60_000);

test.each([
  ['cycleId', { cycleId: '999999' }, 'cycle'],
  ['teamId', { teamId: '999998' }, 'team'],
  ['parentId', { parentId: '999997' }, 'objective it aligns to'],
])(
  'an objective whose %s names no existing item is refused and nothing is written',
  async (field, change, words) => {
    const before = (await store.repository().loadBoard({ cycleId })).objectives.length;
    const failure = await repository
      .createObjective({
        cycleId,
        teamId,
        title: 'Customers renew without a call',
        description: '',
        commitment: 'committed',
        state: 'active',
        ...change,
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidError);
    expect((failure as InvalidError).issues).toContain(field);
    expect((failure as InvalidError).message).toContain(`The ${words} does not exist`);
    expect((await store.repository().loadBoard({ cycleId })).objectives).toHaveLength(before);
  },
  60_000,
);

// Repair on read: a KR behind its record is shown at its latest check-in by the next board read
// and put right in the store with If-Match, in the background (no extra wave before the board).

/** Waits, asking again, until `check` passes (the repair is written in the background). */
async function eventually(check: () => Promise<void>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function storedReading(keyResult: KeyResult) {
  const { fields } = await store.readItem('keyResults', keyResult.id);
  return { current: fields.CurrentValue, confidence: fields.Confidence };
}

test('a KR left behind its record shows its latest check-in on the next board read, and is put right in the store', async () => {
  const keyResult = await newKeyResult();
  await storedWithoutKeyResult(
    keyResult,
    draft(keyResult, { value: 20, confidence: 7, at: '2026-02-12T09:00:00.000Z' }),
  );
  expect((await storedReading(keyResult)).current).toBe(0);

  const reader = store.repository();
  const board = await reader.loadBoard({ cycleId });
  const shown = board.keyResults.find((kr) => kr.id === keyResult.id)!;
  expect(shown).toMatchObject({
    current: 20,
    confidence: 7,
    lastCheckInAt: '2026-02-12T09:00:00Z',
  });
  await eventually(async () =>
    expect(await storedReading(keyResult)).toEqual({ current: 20, confidence: 7 }),
  );

  // What the board showed is what is stored: saving on its version is no conflict.
  const renamed = await reader.updateKeyResult({ ...shown, title: `${shown.title}, renamed` });
  expect(renamed).toMatchObject({ current: 20, title: `${shown.title}, renamed` });
}, 60_000);

test('a check-in on the version the repairing read showed is saved, not a conflict', async () => {
  const keyResult = await newKeyResult();
  await storedWithoutKeyResult(keyResult, draft(keyResult, { value: 12, confidence: 5 }));
  const reader = store.repository();
  const shown = (await reader.loadBoard({ cycleId })).keyResults.find(
    (kr) => kr.id === keyResult.id,
  )!;
  const report = await reader.saveCheckIns([
    draft(keyResult, {
      value: 18,
      confidence: 6,
      at: '2026-02-19T09:00:00.000Z',
      keyResultVersion: shown.version,
    }),
  ]);
  expect(report.conflicts).toEqual([]);
  expect(report.failed).toEqual([]);
  expect(await storedReading(keyResult)).toEqual({ current: 18, confidence: 6 });
}, 60_000);

test('a board and its history read together: one wave, the check-ins read once', async () => {
  const keyResult = await newKeyResult();
  await repository.saveCheckIns([
    draft(keyResult, { value: 9, keyResultVersion: keyResult.version }),
  ]);
  const page = store.repository();
  await page.listCycles(); // the site is open, as on a page that shows its cycles first
  store.emulator.resetStats();
  const [board, history] = await Promise.all([
    page.loadBoard({ cycleId }),
    page.cycleCheckInHistory(cycleId),
  ]);
  const stats = store.emulator.stats();
  // Two $batches sent together: the board's five reads, and the check-ins once for both.
  expect(stats.batches).toBe(2);
  expect(stats.batchSubRequests).toBe(6);
  expect(stats.total).toBe(2);
  expect(board.keyResults.find((kr) => kr.id === keyResult.id)?.current).toBe(9);
  expect(history.get(keyResult.id)?.map((c) => c.value)).toEqual([9]);
}, 60_000);

test('a board is shown as its lists store it before its check-ins are in, then in step with them', async () => {
  const keyResult = await newKeyResult();
  await storedWithoutKeyResult(
    keyResult,
    draft(keyResult, { value: 20, confidence: 7, at: '2026-02-12T09:00:00.000Z' }),
  );
  const reader = store.repository();
  await reader.listCycles(); // the site is open
  const send = globalThis.fetch;
  // The check-ins' $batch (one read, of the list whose items name their KR) is held back.
  let releaseCheckIns = () => undefined as void;
  const checkInsHeld = new Promise<void>((resolve) => (releaseCheckIns = resolve));
  let checkInsAsked = false;
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    const steps =
      (body ? (JSON.parse(body) as { requests?: { url: string }[] }).requests : []) ?? [];
    if (steps.length === 1 && steps[0]!.url.includes('KeyResultId')) {
      checkInsAsked = true;
      await checkInsHeld;
    }
    return send(input, init);
  });
  let showStored = (_board: Board) => undefined as void;
  const shownStored = new Promise<Board>((resolve) => (showStored = resolve));
  let loaded = false;
  const reading = reader.loadBoard({ cycleId }, { onStored: showStored }).then((board) => {
    loaded = true;
    return board;
  });

  const asStored = (await shownStored).keyResults.find((kr) => kr.id === keyResult.id);
  expect(checkInsAsked).toBe(true); // asked for beside the board, not after it
  expect(loaded).toBe(false);
  expect(asStored).toMatchObject({ current: 0, version: keyResult.version });

  releaseCheckIns();
  const inStep = (await reading).keyResults.find((kr) => kr.id === keyResult.id);
  expect(inStep).toMatchObject({ current: 20, confidence: 7 });
}, 60_000);

test('a writer who moved the KR meanwhile wins: the repair is refused by If-Match and not tried again', async () => {
  const keyResult = await newKeyResult();
  await storedWithoutKeyResult(
    keyResult,
    draft(keyResult, { value: 20, confidence: 7, at: '2026-02-12T09:00:00.000Z' }),
  );
  const writer = store.repository();
  const reader = store.repository();
  const send = globalThis.fetch;
  // The reader's repair is held back while the writer checks in, then sent on.
  let phase: 'waiting' | 'writing' | 'done' = 'waiting';
  const repairs: Promise<Response>[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    const patches = String(input).endsWith('/$batch') && /"PATCH"/.test(body);
    if (!patches || phase === 'writing') return send(input, init);
    if (phase === 'waiting') {
      phase = 'writing';
      const report = await writer.saveCheckIns([
        draft(keyResult, { value: 25, confidence: 8, at: '2026-02-19T09:00:00.000Z' }),
      ]);
      expect(report.saved).toHaveLength(1);
      phase = 'done';
    }
    const answer = send(input, init);
    repairs.push(answer.then((response) => response.clone()));
    return answer;
  });
  await reader.loadBoard({ cycleId });
  await eventually(async () => expect(repairs.length).toBeGreaterThan(0));
  const answer = await (await repairs[0]!).json();
  expect(JSON.stringify(answer)).toMatch(/"status":412/);
  jest.restoreAllMocks();
  expect(await storedReading(keyResult)).toEqual({ current: 25, confidence: 8 });
  expect(repairs).toHaveLength(1);
}, 60_000);

test('a client id sent again in other letter case is the same check-in: saved with the same value, a conflict naming both with another', async () => {
  const keyResult = await newKeyResult();
  const first = draft(keyResult, { clientId: `Case-${keyResult.id}`, value: 14 });
  expect((await repository.saveCheckIns([first])).saved).toHaveLength(1);
  const again = await repository.saveCheckIns([
    { ...first, clientId: first.clientId.toLowerCase() },
  ]);
  expect(again.failed).toEqual([]);
  expect(again.saved.map(({ checkIn }) => checkIn.value)).toEqual([14]);
  const other = await repository.saveCheckIns([
    { ...first, clientId: first.clientId.toUpperCase(), value: 16 },
  ]);
  expect(other.saved).toEqual([]);
  const conflict = other.failed[0]?.error;
  expect(conflict).toBeInstanceOf(ConflictError);
  expect(conflict?.message).toMatch(/14/);
  expect(conflict?.message).toMatch(/16/);
  const after = await stored(keyResult);
  expect(after.keyResult.current).toBe(14);
  expect(after.history.map((checkIn) => checkIn.value)).toEqual([14]);
}, 60_000);
