/**
 * A module a screen shows without (the board's virtualiser, the coaching engine) and whose load
 * failed is loaded again while the screen is there, not only when it mounts again.
 */
import { act, render, screen } from '@testing-library/react';
import { useModuleAfterPaint } from '../../src/ui/hooks/useModuleAfterPaint';

function Shows({ load }: { readonly load: () => Promise<{ readonly word: string }> }) {
  const module = useModuleAfterPaint(load);
  return <p>{module ? module.word : 'without it'}</p>;
}

/** A load that fails `failures` times (the connection dropped), then arrives. */
function flaky(failures: number) {
  let calls = 0;
  return jest.fn(() =>
    (calls += 1) <= failures
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve({ word: 'with it' }),
  );
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Lets the pending loads settle, then lets `ms` pass. */
async function wait(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

test('a failed load is tried again, less and less often, until the module is in', async () => {
  const load = flaky(3);
  render(<Shows load={load} />);
  await wait(0);
  expect(load).toHaveBeenCalledTimes(1);
  expect(screen.getByText('without it')).toBeTruthy();
  await wait(500);
  expect(load).toHaveBeenCalledTimes(2);
  await wait(999);
  expect(load).toHaveBeenCalledTimes(2);
  await wait(1);
  expect(load).toHaveBeenCalledTimes(3);
  await wait(2000);
  expect(load).toHaveBeenCalledTimes(4);
  expect(screen.getByText('with it')).toBeTruthy();
  await wait(60_000);
  expect(load).toHaveBeenCalledTimes(4);
});

test('tries at most every eight seconds, and stops once the screen is gone', async () => {
  const load = flaky(Infinity);
  const { unmount } = render(<Shows load={load} />);
  await wait(0);
  await wait(500 + 1000 + 2000 + 4000 + 8000);
  expect(load).toHaveBeenCalledTimes(6);
  await wait(8000);
  expect(load).toHaveBeenCalledTimes(7);
  unmount();
  await wait(60_000);
  expect(load).toHaveBeenCalledTimes(7);
});
