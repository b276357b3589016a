import { useLayoutEffect } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { KeyResult } from '../../../src/core/model';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import { initialRound } from '../../../src/core/rituals';
import { ConflictError } from '../../../src/store/errors';
import type { CheckInDraft, OkrRepository } from '../../../src/store/repository';
import { dialogWordsFor } from '../../../src/ui/board/dialog-words';
import { meetingWordsFor } from '../../../src/ui/meeting/meeting-words';
import { useOutcomeForm } from '../../../src/ui/meeting/Stage/useOutcomeForm';
import { ana, keyResult, q1 } from '../../core/fixtures';

const control = initialRound({ roundId: 'r1', keyResultIds: ['kr1'] });
/** As the stage's round controller hands it over: one function for the stage's life. */
const setProblem = () => undefined;
/** A cycle running today: a check-in is dated now. */
const running = { ...q1, start: '2000-01-01', end: '2999-12-31' };

type FormOptions = Parameters<typeof useOutcomeForm>[0];

/** The form for `keyResult` in the round `control`, as the stage hands it over, with `changes`. */
function formFor(keyResult: KeyResult, changes: Partial<FormOptions> = {}): FormOptions {
  return {
    keyResult,
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
    say: meetingWordsFor(undefined, 'en-US').say,
    issue: dialogWordsFor(undefined, 'en-US').issue,
    measure: dialogWordsFor(undefined, 'en-US').measure,
    ...changes,
  };
}

function renderForm(first: KeyResult) {
  return renderHook(({ shown }: { shown: KeyResult }) => useOutcomeForm(formFor(shown)), {
    initialProps: { shown: first },
  });
}

/** The stage's form for `shown` on a running cycle, whose saves all go through. */
function renderSaving(shown: KeyResult, changes: Partial<FormOptions> = {}) {
  const saveCheckIns = jest.fn(async ([draft]: [CheckInDraft]) => ({
    saved: [{ checkIn: { ...draft, id: 'c1' }, keyResult: { ...shown, current: draft.value } }],
    conflicts: [],
    failed: [],
  }));
  const rendered = renderHook(() =>
    useOutcomeForm(
      formFor(shown, {
        cycle: running,
        repository: { saveCheckIns } as unknown as OkrRepository,
        ...changes,
      }),
    ),
  );
  return { ...rendered, saveCheckIns };
}

/**
 * The stage's form for `shown` on a running cycle, saving through `saveCheckIns`, rendered again
 * with another KR or round; `problems` holds what it put on the stage's problem line.
 */
function renderOutrunnable(
  shown: KeyResult,
  saveCheckIns: (drafts: [CheckInDraft]) => Promise<unknown>,
) {
  const problems: (string | undefined)[] = [];
  const setProblem = (problem?: string) => problems.push(problem);
  const rendered = renderHook(
    ({ shownNow, round }: { shownNow: KeyResult; round: typeof control }) =>
      useOutcomeForm(
        formFor(shownNow, {
          control: round,
          cycle: running,
          repository: { saveCheckIns } as unknown as OkrRepository,
          setProblem,
        }),
      ),
    { initialProps: { shownNow: shown, round: control } },
  );
  return { ...rendered, problems };
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

  it('shows a newer KR’s proposal in the first screen that shows it, never the last one’s a moment before', () => {
    // What each committed render showed: a field shown stale for a frame takes what is typed into
    // it then, and the proposal made after it (in an effect) would replace that a moment later.
    const committed: string[] = [];
    const { rerender } = renderHook(
      ({ shown }: { shown: KeyResult }) => {
        const form = useOutcomeForm(formFor(shown));
        useLayoutEffect(() => {
          committed.push(`${form.agreedValue} / ${form.agreedConfidence}`);
        });
        return form;
      },
      { initialProps: { shown: keyResult({ current: 1200, version: '3' }) } },
    );
    rerender({ shown: keyResult({ current: 1300, version: '4' }) });
    expect(committed).toEqual(['1,200 / 7', '1,300 / 7']);
  });

  it('proposes the KR’s value the reader’s way, every digit, and says how a value typed the other way is read', async () => {
    const { result, saveCheckIns } = renderSaving(keyResult({ current: 1234.5678, version: '3' }), {
      locale: 'de-DE',
    });
    expect(result.current.agreedValue).toBe('1.234,5678');
    act(() => result.current.setAgreedValue('1300.5'));
    await waitFor(
      () =>
        expect(result.current.agreedValueReading).toBe(
          '“1300.5” is read as 1.300,5, with “.” as the decimal mark.',
        ),
      { timeout: 30_000 },
    );
    act(() => result.current.save());
    await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(saveCheckIns.mock.calls[0]![0][0]).toMatchObject({ value: 1300.5 });
  });

  it('saves the agreed outcome with the KR the participants saw: its version and what the check-in was typed against', async () => {
    const { result, saveCheckIns } = renderSaving(
      keyResult({ current: 1200, version: '3', confidence: 5 }),
    );
    act(() => result.current.setAgreedValue('1300'));
    act(() => result.current.save());
    await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(saveCheckIns.mock.calls[0]![0][0]).toMatchObject({
      value: 1300,
      keyResultVersion: '3',
      keyResultBasis: {
        kind: 'increase',
        start: 1000,
        target: 2000,
        unit: 'users',
        current: 1200,
        confidence: 5,
      },
    });
    await waitFor(() => expect(result.current.saving).toBe(false), { timeout: 30_000 });
  });

  it('says when another facilitator saved the round’s check-in first, and keeps saying it once theirs shows', async () => {
    const shown = keyResult({ current: 1200, version: '3' });
    const saveCheckIns = jest.fn(async ([draft]: [CheckInDraft]) => ({
      saved: [],
      conflicts: [],
      failed: [
        {
          draft,
          error: new ConflictError('Already saved with the value 1,250.', draft, undefined),
        },
      ],
    }));
    const { result, rerender, problems } = renderOutrunnable(shown, saveCheckIns);
    act(() => {
      result.current.setAgreedValue('1300');
      result.current.setAgreedConfidence('7');
    });
    act(() => result.current.save());
    await waitFor(() => expect(result.current.saving).toBe(false), { timeout: 30_000 });
    const said =
      'Someone else saved this round’s check-in of this key result first, with other values: yours (1300, confidence 7) was not saved. Theirs is the round’s outcome: to change it, save a correction.';
    expect(problems.at(-1)).toBe(said);

    // Theirs arrives: the KR moves on and the round says it is saved; the notice stays.
    rerender({
      shownNow: keyResult({ current: 1250, version: '4' }),
      round: { ...control, phase: 'saved' },
    });
    expect(problems.at(-1)).toBe(said);
    // The round moves to another KR: the notice goes.
    rerender({ shownNow: keyResult({ id: 'kr2', current: 10, version: '1' }), round: control });
    expect(problems.at(-1)).toBeUndefined();
  });

  it('lets a correction saved after an outrun save replace the notice once it shows', async () => {
    const shown = keyResult({ current: 1200, version: '3' });
    let outrun = true;
    const saveCheckIns = jest.fn(async ([draft]: [CheckInDraft]) =>
      outrun
        ? {
            saved: [],
            conflicts: [],
            failed: [{ draft, error: new ConflictError('Already saved.', draft, undefined) }],
          }
        : {
            saved: [{ checkIn: { ...draft, id: 'c2' }, keyResult: { ...shown, version: '5' } }],
            conflicts: [],
            failed: [],
          },
    );
    const { result, rerender, problems } = renderOutrunnable(shown, saveCheckIns);
    act(() => result.current.setAgreedValue('1300'));
    act(() => result.current.save());
    await waitFor(() => expect(problems.at(-1)).toMatch(/^Someone else saved/), {
      timeout: 30_000,
    });
    await waitFor(() => expect(result.current.saving).toBe(false), { timeout: 30_000 });
    const saved = { ...control, phase: 'saved' as const };
    rerender({ shownNow: keyResult({ current: 1250, version: '4' }), round: saved });
    expect(problems.at(-1)).toMatch(/^Someone else saved/);

    outrun = false;
    act(() => result.current.save());
    await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(2), { timeout: 30_000 });
    await waitFor(() => expect(result.current.saving).toBe(false), { timeout: 30_000 });
    rerender({ shownNow: keyResult({ current: 1300, version: '5' }), round: saved });
    expect(problems.at(-1)).toBeUndefined();
  });

  it('says why a value and a confidence are refused under each field, not in one message below', async () => {
    const problems: (string | undefined)[] = [];
    const setProblem = (problem?: string) => problems.push(problem);
    const saveCheckIns = jest.fn();
    const shown = keyResult({ current: 1200 });
    const { result } = renderHook(() =>
      useOutcomeForm(
        formFor(shown, {
          cycle: running,
          repository: { saveCheckIns } as unknown as OkrRepository,
          setProblem,
        }),
      ),
    );
    // The check-in's rules load on demand: on a busy machine that may take a while.
    const saveWith = async (value: string, confidence: string) => {
      act(() => {
        result.current.setAgreedValue(value);
        result.current.setAgreedConfidence(confidence);
      });
      act(() => result.current.save());
      await waitFor(() => expect(result.current.saving).toBe(false), { timeout: 30_000 });
    };
    await saveWith('lots', '7');
    expect(result.current.fieldIssues).toEqual({
      value: expect.stringContaining('“lots” is not a number'),
    });
    await saveWith('1500', '12');
    expect(result.current.fieldIssues).toEqual({
      confidence: 'Confidence 12 is outside 1–10. Type a number from 1 to 10.',
    });
    // Both at once: the facilitator fixes both before saving again.
    await saveWith('lots', '11');
    expect(result.current.fieldIssues).toEqual({
      value: expect.stringContaining('“lots” is not a number'),
      confidence: 'Confidence 11 is outside 1–10. Type a number from 1 to 10.',
    });
    expect(problems.at(-1)).toBeUndefined();
    expect(saveCheckIns).not.toHaveBeenCalled();
  });
});

describe('the outcome form while the revealed votes settle', () => {
  function renderProposing(first: string) {
    const shown = keyResult({ current: 1200, version: '3' });
    return renderHook(
      ({ proposal }: { proposal: string }) => useOutcomeForm(formFor(shown, { proposal })),
      {
        initialProps: { proposal: first },
      },
    );
  }

  it('keeps what the facilitator typed when the median moves (a voter left after the reveal)', () => {
    const { result, rerender } = renderProposing('6');
    act(() => {
      result.current.setAgreedValue('1500');
      result.current.setAgreedConfidence('5');
      result.current.setNote('Two big customer workshops next week');
    });
    rerender({ proposal: '7' });
    expect(result.current.agreedValue).toBe('1500');
    expect(result.current.agreedConfidence).toBe('5');
    expect(result.current.note).toBe('Two big customer workshops next week');
  });

  it('moves a confidence left as proposed with the median, and keeps the value and note typed', () => {
    const { result, rerender } = renderProposing('6');
    act(() => result.current.setNote('On pace'));
    rerender({ proposal: '7' });
    expect(result.current.agreedConfidence).toBe('7');
    expect(result.current.agreedValue).toBe('1,200');
    expect(result.current.note).toBe('On pace');
  });
});
