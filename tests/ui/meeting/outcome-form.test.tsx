import { act, renderHook } from '@testing-library/react';
import type { KeyResult } from '../../../src/core/model';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import { initialRound } from '../../../src/core/rituals';
import type { OkrRepository } from '../../../src/store/repository';
import { useOutcomeForm } from '../../../src/ui/meeting/Stage/useOutcomeForm';
import { ana, keyResult, q1 } from '../../core/fixtures';

const control = initialRound({ roundId: 'r1', keyResultIds: ['kr1'] });
/** As the stage's round controller hands it over: one function for the stage's life. */
const setProblem = () => undefined;

function renderForm(first: KeyResult) {
  return renderHook(
    ({ shown }: { shown: KeyResult }) =>
      useOutcomeForm({
        keyResult: shown,
        control,
        cycle: q1,
        statistics: undefined,
        proposal: '7',
        prompt: undefined,
        me: ana,
        locale: 'en-US',
        meetingId: 'm1',
        model: defaultOperatingModel,
        repository: {} as OkrRepository,
        onSaved: () => undefined,
        onNewer: () => undefined,
        step: async () => undefined,
        setProblem,
        describe: String,
      }),
    { initialProps: { shown: first } },
  );
}

describe('the facilitator’s outcome form on the stage', () => {
  it('keeps what the facilitator typed when the board is read again and the KR is unchanged', () => {
    const { result, rerender } = renderForm(keyResult({ current: 1200, version: '3' }));
    expect(result.current.agreedValue).toBe('1,200');
    act(() => {
      result.current.setAgreedValue('1500');
      result.current.setAgreedConfidence('6');
    });
    // A live refresh or a cache revalidation hands over an equal KR as a new object.
    rerender({ shown: keyResult({ current: 1200, version: '3' }) });
    expect(result.current.agreedValue).toBe('1500');
    expect(result.current.agreedConfidence).toBe('6');
  });

  it('proposes again from a newer version of the KR', () => {
    const { result, rerender } = renderForm(keyResult({ current: 1200, version: '3' }));
    act(() => result.current.setAgreedValue('1500'));
    rerender({ shown: keyResult({ current: 1300, version: '4' }) });
    expect(result.current.agreedValue).toBe('1,300');
    expect(result.current.agreedConfidence).toBe('7');
  });
});
