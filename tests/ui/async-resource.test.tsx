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

  it('renders nothing new for a change that keeps what was read', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load));
    await act(async () => reads[0]!.resolve({ count: 3 }));
    const before = result.current.data;
    act(() => result.current.update((current) => current));
    expect(result.current.data).toBe(before);
  });

  it('reads nothing without a loader, and reads once one is given', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result, rerender } = renderHook(
      ({ loader }: { loader: typeof load | undefined }) => useAsyncResource(loader),
      { initialProps: { loader: undefined as typeof load | undefined } },
    );
    expect(result.current.data).toEqual({ status: 'loading' });
    expect(reads).toHaveLength(0);

    rerender({ loader: load });
    await waitFor(() => expect(reads).toHaveLength(1));
    await act(async () => reads[0]!.resolve({ count: 1 }));
    expect(result.current.data).toEqual({ status: 'ready', count: 1 });

    rerender({ loader: undefined });
    expect(result.current.data).toEqual({ status: 'loading' });
  });

  it('keeps what was read while it reads again, when asked to', async () => {
    const { load, reads } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load, { keepWhileReading: true }));
    await act(async () => reads[0]!.resolve({ count: 1 }));
    act(() => result.current.reload());
    await waitFor(() => expect(reads).toHaveLength(2));
    expect(result.current.data).toEqual({ status: 'ready', count: 1 });

    await act(async () => reads[1]!.reject(new Error('offline')));
    expect(result.current.data).toEqual({ status: 'error', error: new Error('offline') });
    act(() => result.current.reload());
    expect(result.current.data).toEqual({ status: 'loading' });
  });

  it('shows what is at hand in its first render, while it reads as ever; only for the first loader', async () => {
    const first = scriptedLoader<{ count: number }>();
    const second = scriptedLoader<{ count: number }>();
    const shown: unknown[] = [];
    const { result } = renderHook(
      ({ loader }) => {
        const resource = useAsyncResource(loader, { initial: () => ({ count: 1 }) });
        shown.push(resource.data);
        return resource;
      },
      { initialProps: { loader: first.load } },
    );
    expect(shown[0]).toEqual({ status: 'ready', count: 1 });
    expect(first.reads).toHaveLength(1);
    expect(result.current.data).toEqual({ status: 'ready', count: 1 });
    await act(async () => first.reads[0]!.resolve({ count: 2 }));
    expect(result.current.data).toEqual({ status: 'ready', count: 2 });
    expect(shown).not.toContainEqual({ status: 'loading' });

    // Another loader reads something else: what the first one had is not kept while it reads.
    const again = renderHook(
      ({ loader }) => useAsyncResource(loader, { initial: () => ({ count: 1 }) }),
      { initialProps: { loader: first.load } },
    );
    again.rerender({ loader: second.load });
    expect(again.result.current.data).toEqual({ status: 'loading' });
  });

  it('starts loading when nothing is at hand', () => {
    const { load } = scriptedLoader<{ count: number }>();
    const { result } = renderHook(() => useAsyncResource(load, { initial: () => undefined }));
    expect(result.current.data).toEqual({ status: 'loading' });
  });
});
