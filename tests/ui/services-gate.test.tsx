import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import type { Host } from '../../src/host/types';
import { NotFoundError, OfflineError } from '../../src/store/errors';
import type { AppServicesInit } from '../../src/ui/app/AppServices';
import { pageServices } from './support/services';
import { ServicesGate, type ServicesLoader } from '../../src/ui/app/ServicesGate';
import { startServices, withLocaleWords } from '../../src/ui/app/startServices';
import { loadLocaleWords } from '../../src/ui/board/locale-words';

/**
 * The page's services (sign-in, /me, the site's first `$batch`) are created once per page, also
 * under React's StrictMode, which runs the gate's effect twice on mount; a retry creates them
 * once more.
 */
const host = {
  context: { locale: 'en-US' },
  notifySuccess: jest.fn(),
  notifyFailure: jest.fn(),
} as unknown as Host;
const services = pageServices(host);

function gate(load: ServicesLoader, gateHost = host) {
  return (
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <ServicesGate host={gateHost} load={load}>
          <p>The board</p>
        </ServicesGate>
      </FluentProvider>
    </StrictMode>
  );
}

const renderGate = (load: ServicesLoader) => render(gate(load));

test('loads the services once under StrictMode', async () => {
  const load = jest.fn<Promise<AppServicesInit>, [Host]>(() => Promise.resolve(services));
  renderGate(load);
  await screen.findByText('The board');
  expect(load).toHaveBeenCalledTimes(1);
});

test('loads them once more when the person retries after a failure', async () => {
  const load = jest
    .fn<Promise<AppServicesInit>, [Host]>()
    .mockRejectedValueOnce(new NotFoundError('The OKR site was not found.'))
    .mockResolvedValue(services);
  renderGate(load);
  fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
  await screen.findByText('The board');
  expect(load).toHaveBeenCalledTimes(2);
});

test('takes over services started before it rendered, and loads afresh on a retry', async () => {
  const load = jest
    .fn<Promise<AppServicesInit>, [Host]>()
    .mockRejectedValueOnce(new NotFoundError('The OKR site was not found.'))
    .mockResolvedValue(services);
  const started = startServices(host, load);
  // Started with the host, before the page renders anything.
  expect(load).toHaveBeenCalledTimes(1);
  renderGate(started);
  fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
  await screen.findByText('The board');
  expect(load).toHaveBeenCalledTimes(2);
});

test('renders the surface at once when the services started ahead have answered before it', async () => {
  const load = jest.fn<Promise<AppServicesInit>, [Host]>(() => Promise.resolve(services));
  const started = startServices(host, load);
  // A reopened tab's services come from the cache while its scripts still arrive.
  await Promise.resolve();
  renderGate(started);
  expect(screen.getByText('The board')).toBeTruthy();
  expect(screen.queryByRole('status', { name: 'Loading OKR Coach' })).toBeNull();
  expect(load).toHaveBeenCalledTimes(1);
});

test('offers services started ahead only for their host, and only once they have loaded', async () => {
  const loaded = startServices(host, () => Promise.resolve(services));
  const failed = startServices(host, () =>
    Promise.reject(new NotFoundError('The OKR site was not found.')),
  );
  expect(loaded.loaded?.(host)).toBeUndefined();
  await Promise.resolve();
  expect(loaded.loaded?.(host)).toBe(services);
  expect(loaded.loaded?.({ ...host } as Host)).toBeUndefined();
  expect(failed.loaded?.(host)).toBeUndefined();
  await expect(failed(host)).rejects.toThrow('The OKR site was not found.');
});

test('a gate that rendered with services of one host shows loading, not them, for another host', async () => {
  const other = { ...host } as Host;
  let answer: (services: AppServicesInit) => void = () => undefined;
  const load = jest.fn<Promise<AppServicesInit>, [Host]>((asked) =>
    asked === host
      ? Promise.resolve(services)
      : new Promise<AppServicesInit>((resolve) => (answer = resolve)),
  );
  const started = startServices(host, load);
  await Promise.resolve();
  const { rerender } = renderGate(started);
  expect(screen.getByText('The board')).toBeTruthy();
  rerender(gate(started, other));
  expect(await screen.findByRole('status', { name: 'Loading OKR Coach' })).toBeTruthy();
  expect(screen.queryByText('The board')).toBeNull();
  answer(pageServices(other));
  await screen.findByText('The board');
  expect(load).toHaveBeenCalledTimes(2);
});

describe('the page’s language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  test('is the reader’s locale once the page speaks it (a German Teams), for screen readers', async () => {
    const german = { ...host, context: { locale: 'de-de' } } as unknown as Host;
    const words = await loadLocaleWords('de-de');
    document.documentElement.setAttribute('lang', 'en');
    render(gate(() => Promise.resolve({ ...pageServices(german), words }), german));
    await screen.findByText('The board');
    expect(document.documentElement.lang).toBe('de-DE');
  });

  test('stays English on a page in English (a Teams in a language the board does not speak)', async () => {
    const japanese = { ...host, context: { locale: 'ja-jp' } } as unknown as Host;
    document.documentElement.setAttribute('lang', 'en');
    render(gate(() => Promise.resolve(pageServices(japanese)), japanese));
    await screen.findByText('The board');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('what went wrong, on a German Teams', () => {
  const german = { ...host, context: { locale: 'de-de' } } as unknown as Host;

  test('is said in German when the services could not be loaded: their words loaded beside them', async () => {
    const failing = () => Promise.reject(new OfflineError('fetch failed'));
    render(gate(startServices(german, withLocaleWords(failing, loadLocaleWords)), german));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sie sind offline');
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
    expect(alert.textContent).not.toMatch(/offline\.|connection|Try again/);
  });

  test('is said in English when the words could not be loaded either', async () => {
    const failing = () => Promise.reject(new OfflineError('fetch failed'));
    const noWords = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
    render(gate(startServices(german, withLocaleWords(failing, noWords)), german));
    expect((await screen.findByRole('alert')).textContent).toContain('You are offline');
  });

  test('is said in German when a part of the page could not be loaded or shown', async () => {
    const words = await loadLocaleWords('de-de');
    function LostPart(): never {
      throw new Error('Failed to fetch dynamically imported module: /assets/Coach.js');
    }
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <ServicesGate
          host={german}
          load={() => Promise.resolve({ ...pageServices(german), words })}
        >
          <LostPart />
        </ServicesGate>
      </FluentProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ein Teil von OKR Coach konnte nicht geladen werden');
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });
});
