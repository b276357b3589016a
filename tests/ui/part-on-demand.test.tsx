import { act, render, screen } from '@testing-library/react';
import { ErrorStateOnDemand } from '../../src/ui/components/States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../../src/ui/components/States/lazyPart';

const lost = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Part-x.js'));
const ThePart = () => <p>The part</p>;

/** A screen with a part that loads when asked for (`asked` counts the asks). */
function renderScreen(load: () => Promise<() => JSX.Element>) {
  const Part = lazyPart(load);
  const screenWith = (asked: number) => (
    <main>
      <h1>The screen</h1>
      <button type="button">Open the part</button>
      <OnDemand
        parts={[Part]}
        resetKeys={[asked]}
        fallback={(error, retry) => <ErrorStateOnDemand error={error} onRetry={retry} />}
      >
        {asked > 0 ? <Part /> : null}
      </OnDemand>
    </main>
  );
  const opener = () => screen.getByRole('button', { name: 'Open the part' });
  const rendered = render(screenWith(0));
  return {
    opener,
    /** Asks for the part, from its opener (which has focus, as after a click). */
    ask: (asked: number) => {
      opener().focus();
      rendered.rerender(screenWith(asked));
    },
  };
}

describe('a part of a screen whose chunk could not be loaded', () => {
  it('says so in its place, keeps the screen, and loads on Try again, focus back on its opener', async () => {
    const load = jest.fn().mockImplementationOnce(lost).mockResolvedValue(ThePart);
    const { ask, opener } = renderScreen(load);
    ask(1);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Part of OKR Coach could not be loaded');
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();

    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    act(() => tryAgain.click());
    await screen.findByText('The part');
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(opener());
  });

  it('loads again when it is asked for again', async () => {
    const load = jest.fn().mockImplementationOnce(lost).mockResolvedValue(ThePart);
    const { ask } = renderScreen(load);
    ask(1);
    await screen.findByRole('alert');

    ask(2);
    await screen.findByText('The part');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is loaded once when it loads', async () => {
    const load = jest.fn().mockResolvedValue(ThePart);
    const { ask } = renderScreen(load);
    ask(1);
    await screen.findByText('The part');
    ask(2);
    expect(screen.getByText('The part')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('a part prepared before it is asked for', () => {
  it('starts loading then, and shows from that one load when asked for', async () => {
    let loaded = (_part: () => JSX.Element) => undefined as void;
    const load = jest.fn(() => new Promise<() => JSX.Element>((resolve) => (loaded = resolve)));
    const Part = lazyPart(load);
    Part.prepare();
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => loaded(ThePart));

    render(
      <OnDemand parts={[Part]} fallback={() => null}>
        <Part />
      </OnDemand>,
    );
    await screen.findByText('The part');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('that could not be loaded loads again when asked for, and says nothing before', async () => {
    const load = jest.fn().mockImplementationOnce(lost).mockResolvedValue(ThePart);
    const Part = lazyPart(load);
    Part.prepare();
    await act(async () => undefined);
    expect(load).toHaveBeenCalledTimes(1);

    render(
      <OnDemand parts={[Part]} fallback={() => <p>Not loaded</p>}>
        <Part />
      </OnDemand>,
    );
    await screen.findByText('The part');
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('Not loaded')).toBeNull();
  });
});
