import { act, renderHook, waitFor } from '@testing-library/react';
import { useAsyncResource } from '../../src/ui/hooks/useAsyncResource';

interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
  signal?: AbortSignal;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A loader whose reads are answered by the test, in any order. */
function scriptedLoader<T>() {
  const reads: Deferred<T>[] = [];
  const load = (signal: AbortSignal) => {
    const read = deferred<T>();
    read.signal = signal;
    reads.push(read);
    return read.promise;
  };
  return { load, reads };
}

describe('useAsyncResource', () => {
  it('is loading, then ready with the fields read', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load));
    expect(result.current.data).toEqual({ status: 'loading' });
    await act(async () => reads[0]!.resolve({ count: 3 }));
    expect(result.current.data).toEqual({ status: 'ready', count: 3 });
  });

  it('keeps the reason a read failed, and reads again on reload', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load));
    const failure = new Error('offline');
    await act(async () => reads[0]!.reject(failure));
    expect(result.current.data).toEqual({ status: 'error', error: failure });

    act(() => result.current.reload());
    expect(result.current.data).toEqual({ status: 'loading' });
    await waitFor(() => expect(reads).toHaveLength(2));
    await act(async () => reads[1]!.resolve({ count: 4 }));
    expect(result.current.data).toEqual({ status: 'ready', count: 4 });
  });

  it('cancels a read that a newer one replaced, and ignores its late answer', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load));
    act(() => result.current.reload());
    await waitFor(() => expect(reads).toHaveLength(2));
    expect(reads[0]!.signal!.aborted).toBe(true);
    expect(reads[1]!.signal!.aborted).toBe(false);

    await act(async () => reads[1]!.resolve({ count: 2 }));
    await act(async () => reads[0]!.resolve({ count: 1 }));
    expect(result.current.data).toEqual({ status: 'ready', count: 2 });
  });

  it('changes what was read in place, but only once it is read', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load));
    act(() => result.current.update((current) => ({ count: current.count + 1 })));
    expect(result.current.data).toEqual({ status: 'loading' });

    await act(async () => reads[0]!.resolve({ count: 3 }));
    act(() => result.current.update((current) => ({ count: current.count + 1 })));
    expect(result.current.data).toEqual({ status: 'ready', count: 4 });
  });

  it('cancels its read when the component goes away', () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { unmount } = renderHook(() => useAsyncResource(load));
    unmount();
    expect(reads[0]!.signal!.aborted).toBe(true);
  });
});
