import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import type { Host } from '../../src/host/types';
import { OfflineError } from '../../src/store/errors';
import type { AppServicesInit } from '../../src/ui/app/AppServices';
import { pageServices } from './support/services';
import { ServicesGate } from '../../src/ui/app/ServicesGate';

/**
 * Try again on the page's error state (offline at start-up) goes with the error state it was in:
 * keyboard focus then goes to the main heading of the page that replaced it, not to the body.
 */
const host = {
  context: { locale: 'en-US' },
  notifySuccess: jest.fn(),
  notifyFailure: jest.fn(),
} as unknown as Host;
const services = pageServices(host);

// The page's screen, from a chunk of its own as the tab's are: its heading comes after a wait.
const Page = lazy(() =>
  Promise.resolve({
    default: () => (
      <>
        <h1>OKR board</h1>
        <button type="button">New objective</button>
      </>
    ),
  }),
);

function offlineAtStartUp() {
  const load = jest
    .fn<Promise<AppServicesInit>, [Host]>()
    .mockRejectedValueOnce(new OfflineError('Failed to fetch'))
    .mockResolvedValue(services);
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesGate host={host} load={load}>
        <Suspense fallback={<p>Loading the OKR board</p>}>
          <Page />
        </Suspense>
      </ServicesGate>
    </FluentProvider>,
  );
}

test('after Try again, focus is on the main heading of the page that replaced the error state', async () => {
  offlineAtStartUp();
  const tryAgain = await screen.findByRole('button', { name: 'Try again' });
  tryAgain.focus();
  act(() => tryAgain.click());

  const heading = await screen.findByRole('heading', { name: 'OKR board', level: 1 });
  await act(() => Promise.resolve());
  expect(document.activeElement).toBe(heading);
  // Focusable from script only: Tab does not stop on it.
  expect(heading.tabIndex).toBe(-1);
});
