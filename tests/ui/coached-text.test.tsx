import { act, renderHook } from '@testing-library/react';
import { coachingPause, useCoachedText } from '../../src/ui/hooks/useCoachedText';

/**
 * When the editors' coach reads the title, in the hook alone with a fake clock (the browser test
 * tests/browser/teams/coaching-timing.test.ts covers the same in real Chromium).
 */
describe('useCoachedText', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function typing(initial = '') {
    return renderHook(({ text }) => useCoachedText(text), { initialProps: { text: initial } });
  }

  it('reads an existing title at once', () => {
    const { result } = typing('Raise NPS from 20 to 45');
    expect(result.current).toMatchObject({ coached: 'Raise NPS from 20 to 45', pending: false });
  });

  it('waits for a short pause after a word, and a longer one inside a word', () => {
    const { result, rerender } = typing();
    rerender({ text: 'Launch the ' });
    act(() => void jest.advanceTimersByTime(coachingPause.afterWordMs - 1));
    expect(result.current).toMatchObject({ coached: '', pending: true });
    act(() => void jest.advanceTimersByTime(1));
    expect(result.current).toMatchObject({ coached: 'Launch the ', pending: false });

    rerender({ text: 'Launch the webs' });
    act(() => void jest.advanceTimersByTime(coachingPause.afterWordMs));
    expect(result.current.coached).toBe('Launch the ');
    act(() => void jest.advanceTimersByTime(coachingPause.midWordMs - coachingPause.afterWordMs));
    expect(result.current.coached).toBe('Launch the webs');
  });

  it('never reads while the person keeps typing', () => {
    const { result, rerender } = typing();
    let text = '';
    for (const character of 'Launch the new website') {
      text += character;
      rerender({ text });
      act(() => void jest.advanceTimersByTime(coachingPause.afterWordMs / 3));
      expect(result.current.coached).toBe('');
    }
  });

  it('reads at once when the person leaves the field or a fix replaces the text', () => {
    const { result, rerender } = typing();
    rerender({ text: 'Churn reduced to 5' });
    act(() => result.current.settleNow());
    expect(result.current).toMatchObject({ coached: 'Churn reduced to 5', pending: false });
    act(() => result.current.settleNow('Churn reduced from X to 5%'));
    expect(result.current.coached).toBe('Churn reduced from X to 5%');
  });
});
