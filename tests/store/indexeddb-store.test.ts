import { openIndexedDbStore } from '../../src/store/caching';

/**
 * IndexedDB as the page sees it while its main thread is busy (the first screen rendering): no
 * event is dispatched until the test lets it be. What the store asked of each transaction is
 * recorded.
 */
function answered(result: unknown) {
  const request = { result, onsuccess: null as null | (() => void), onerror: null };
  queueMicrotask(() => request.onsuccess?.());
  return request;
}

function busyIndexedDb() {
  const transactions: Array<{
    mode: IDBTransactionMode;
    requests: string[];
    committedBeforeAnyEvent: boolean;
    complete(): void;
  }> = [];
  const database = {
    objectStoreNames: { contains: () => true },
    transaction: (_store: string, mode: IDBTransactionMode) => {
      let eventsDispatched = false;
      const transaction = {
        oncomplete: null as null | (() => void),
        onerror: null,
        onabort: null,
        objectStore: () => ({
          put: (_value: unknown, key: string) => void record.requests.push(`put ${key}`),
          delete: (key: string) => void record.requests.push(`delete ${key}`),
          // An empty store's reads, answered at once.
          getAllKeys: () => answered([]),
          getAll: () => answered([]),
        }),
        commit: () => {
          record.committedBeforeAnyEvent = !eventsDispatched;
        },
      };
      const record = {
        mode,
        requests: [] as string[],
        committedBeforeAnyEvent: false,
        complete: () => {
          eventsDispatched = true;
          transaction.oncomplete?.();
        },
      };
      transactions.push(record);
      return transaction;
    },
  };
  const factory = {
    open: () => {
      const request = {
        result: database,
        onsuccess: null as null | (() => void),
        onupgradeneeded: null,
        onblocked: null,
        onerror: null,
      };
      queueMicrotask(() => request.onsuccess?.());
      return request;
    },
  };
  return { factory: factory as unknown as IDBFactory, transactions };
}

describe('the IndexedDB store', () => {
  test('asks each write to commit as soon as it is queued, not once the page is free to hear of it', async () => {
    const { factory, transactions } = busyIndexedDb();
    const store = await openIndexedDbStore(factory);

    let written = false;
    const write = store.put('okr-cache:adele:board:1:*', { value: '{}', savedAt: 1 }).then(() => {
      written = true;
    });
    const removal = store.delete(['okr-cache:adele:me', 'okr-cache:adele:cycles']);

    expect(
      transactions.map(({ mode, requests, committedBeforeAnyEvent }) => ({
        mode,
        requests,
        committedBeforeAnyEvent,
      })),
    ).toEqual([
      {
        mode: 'readwrite',
        requests: ['put okr-cache:adele:board:1:*'],
        committedBeforeAnyEvent: true,
      },
      {
        mode: 'readwrite',
        requests: ['delete okr-cache:adele:me', 'delete okr-cache:adele:cycles'],
        committedBeforeAnyEvent: true,
      },
    ]);
    // Settled once the transaction reports it complete.
    await Promise.resolve();
    expect(written).toBe(false);
    transactions.forEach((transaction) => transaction.complete());
    await Promise.all([write, removal]);
    expect(written).toBe(true);
  });

  test('marks in localStorage that it may hold reads once written, and not once found empty', async () => {
    const marks = new Map<string, string>();
    const localStorage = {
      getItem: (key: string) => marks.get(key) ?? null,
      setItem: (key: string, value: string) => void marks.set(key, value),
      removeItem: (key: string) => void marks.delete(key),
    };
    Object.assign(globalThis, { localStorage });
    jest.resetModules();
    try {
      const { openIndexedDbStore } = await import('../../src/store/caching');
      const { factory, transactions } = busyIndexedDb();
      const store = await openIndexedDbStore(factory);
      const write = store.put('okr-cache:adele:me', { value: '{}', savedAt: 1 });
      expect([...marks.keys()]).toEqual(['okr-coach:cache-may-hold-reads']);
      transactions.forEach((transaction) => transaction.complete());
      await write;
      await expect(store.entries()).resolves.toEqual(new Map());
      expect(marks.size).toBe(0);
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
