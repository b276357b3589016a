import { act, renderHook } from '@testing-library/react';
import { ConflictError } from '../../src/store/errors';
import { useSaveWithConflict } from '../../src/ui/hooks/useSaveWithConflict';

interface Status {
  readonly status: string;
  readonly reason: string;
  readonly version?: string;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useSaveWithConflict', () => {
  it('keeps saving while a merged retry is in flight, and ends with its outcome', async () => {
    const base: Status = { status: 'onTrack', reason: '', version: '1' };
    const writes: ReturnType<typeof deferred<Status>>[] = [];
    const sent: Status[] = [];
    const write = (item: Status) => {
      sent.push(item);
      const answer = deferred<Status>();
      writes.push(answer);
      return answer.promise;
    };
    const saved: Status[] = [];
    const onSaved = (item: Status) => saved.push(item);
    const { result } = renderHook(() => useSaveWithConflict(write, onSaved, undefined, base));

    act(() => result.current.save({ ...base, status: 'atRisk' }));
    expect(result.current.saving).toBe(true);
    // Someone changed only the reason meanwhile: the save is merged and sent again.
    const theirs: Status = { status: 'onTrack', reason: 'Vendor late', version: '2' };
    await act(async () =>
      writes[0]!.reject(new ConflictError('Changed meanwhile', sent[0], theirs)),
    );
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ status: 'atRisk', reason: 'Vendor late', version: '2' });
    expect(result.current.saving).toBe(true);
    expect(result.current.conflict).toBeUndefined();

    await act(async () => writes[1]!.resolve({ ...sent[1]!, version: '3' }));
    expect(result.current.saving).toBe(false);
    expect(saved).toEqual([{ status: 'atRisk', reason: 'Vendor late', version: '3' }]);
  });
});
