import { BatchExecutor } from '../../src/store/graph/batch';
import { createGraphConnection } from '../../src/store/graph/connection';
import { InvalidError, type OkrError } from '../../src/store/errors';
import { describeError } from '../../src/ui/errors/describeError';
import { okrSite, startStore, type StoreFixture } from './store-fixture';

/**
 * A failed read says what could not be loaded and offers to load it again; only a refused
 * write says "not saved". The store marks each error with what failed (GET is a read), inside a
 * `$batch` as well, and `describeError` words it from that.
 */
jest.setTimeout(60_000);

let store: StoreFixture;
beforeAll(async () => {
  store = await startStore();
});
afterAll(() => store?.stop());

async function failedSteps(): Promise<{ read: OkrError; write: OkrError }> {
  const batch = new BatchExecutor(createGraphConnection(store.connection()));
  const items = `/sites/${okrSite}:/lists/OKR%20Key%20Results/items`;
  const [read, write] = await batch.run([
    // A next-page link gone bad: Graph answers 400, and nothing was written.
    { method: 'GET', url: `${items}?$top=not-a-number` },
    { method: 'POST', url: items, body: { fields: { NoSuchColumn: 1 } } },
  ]);
  if (read?.ok !== false || write?.ok !== false) throw new Error('Both steps should fail.');
  return { read: read.error, write: write.error };
}

test('a read that fails inside a $batch is worded as a read, with a retry', async () => {
  const { read } = await failedSteps();
  expect(read.operation).toBe('read');
  expect(read).not.toBeInstanceOf(InvalidError);
  const description = describeError(read);
  expect(description.title).toBe('This could not be loaded');
  expect(description.message).toMatch(/Nothing was changed/);
  expect(description.retryable).toBe(true);
  expect(JSON.stringify(description)).not.toMatch(/not saved|Nothing was written/);
});

test('a write refused inside the same $batch still says it was not saved', async () => {
  const { write } = await failedSteps();
  expect(write.operation).toBe('write');
  expect(write).toBeInstanceOf(InvalidError);
  expect(describeError(write)).toMatchObject({ title: 'That was not saved', retryable: false });
});
