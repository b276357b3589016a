import { nextTask } from '../../src/store/next-task';

type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/** Whether `promise` has settled once the microtasks queued now have run. */
async function settledNow(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  return settled;
}

describe('nextTask', () => {
  const global = globalThis as WithScheduler;
  afterEach(() => {
    delete global.scheduler;
    jest.useRealTimers();
  });

  it("continues through the browser's scheduler.yield() where there is one", async () => {
    let resume = () => undefined as void;
    const yielded = jest.fn(function (this: unknown) {
      expect(this).toBe(global.scheduler);
      return new Promise<void>((resolve) => (resume = resolve));
    });
    global.scheduler = { yield: yielded };
    const next = nextTask();
    expect(yielded).toHaveBeenCalledTimes(1);
    expect(await settledNow(next)).toBe(false);
    resume();
    expect(await settledNow(next)).toBe(true);
  });

  it('continues after a 0 ms timer where the browser has no scheduler.yield()', async () => {
    jest.useFakeTimers();
    global.scheduler = {};
    const next = nextTask();
    expect(await settledNow(next)).toBe(false);
    jest.runOnlyPendingTimers();
    expect(await settledNow(next)).toBe(true);
  });
});
