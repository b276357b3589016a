/**
 * The popups behind a first screen's stand-ins load once that screen is painted (a board's is
 * painted once its data is in), not while it renders: unless the user opens one first.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useStandIns } from '../../src/ui/hooks/useStandIns';
import { pageServices } from './support/services';

interface Popups {
  readonly word: string;
}

function Trigger({ load }: { readonly load: () => Promise<Popups> }) {
  const { module, trigger } = useStandIns(load);
  return <button {...trigger('menu')}>{module ? module.word : 'stand-in'}</button>;
}

function firstScreen() {
  let shown = () => undefined as void;
  const promise = new Promise<void>((resolve) => (shown = resolve));
  return { promise, shown };
}

function renderInPage(load: () => Promise<Popups>, firstScreenShown?: Promise<void>) {
  return render(
    <AppServicesProvider
      services={{
        ...pageServices(
          { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          { siteRoles: () => ({ mine: () => new Promise(() => undefined) }) } as never,
        ),
        ...(firstScreenShown ? { firstScreenShown } : {}),
      }}
    >
      <Trigger load={load} />
    </AppServicesProvider>,
  );
}

const loaded = () => jest.fn(() => Promise.resolve({ word: 'real menu' }));

test('they load once the first screen is shown, not before', async () => {
  const load = loaded();
  const { promise, shown } = firstScreen();
  renderInPage(load, promise);
  await act(async () => undefined);
  expect(load).not.toHaveBeenCalled();
  expect(screen.getByRole('button').textContent).toBe('stand-in');

  await act(async () => shown());
  expect(load).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button').textContent).toBe('real menu');
});

test('one the user opens before the first screen is shown loads at once', async () => {
  const load = loaded();
  const { promise } = firstScreen();
  renderInPage(load, promise);
  await act(async () => undefined);
  await act(async () => void fireEvent.click(screen.getByRole('button')));
  expect(load).toHaveBeenCalled();
  expect(screen.getByRole('button').textContent).toBe('real menu');
});

test('a page that does not say when its first screen shows loads them at once', async () => {
  const load = loaded();
  renderInPage(load);
  await act(async () => undefined);
  expect(load).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button').textContent).toBe('real menu');
});

test('a screen gone before its first screen shows loads nothing', async () => {
  const load = loaded();
  const { promise, shown } = firstScreen();
  const { unmount } = renderInPage(load, promise);
  await act(async () => undefined);
  unmount();
  await act(async () => shown());
  expect(load).not.toHaveBeenCalled();
});
