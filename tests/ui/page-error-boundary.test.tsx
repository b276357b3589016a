import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { Host } from '../../src/host/types';
import type { AppServicesInit } from '../../src/ui/app/AppServices';
import { readerWords, withLocaleWords } from '../../src/ui/app/startServices';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import {
  PageErrorBoundary,
  type ReaderWords,
} from '../../src/ui/components/States/PageErrorBoundary';

/**
 * The page's outermost boundary, above its services and their words (the app itself crashed):
 * what went wrong is said in the host's language, its words loaded as it shows, as the services
 * load them beside them; in English when they cannot be loaded either.
 */
function Crash(): never {
  throw new TypeError('Cannot read properties of undefined (reading "cycles")');
}

function crashedPage(reader: ReaderWords | undefined) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PageErrorBoundary reader={reader}>
        <Crash />
      </PageErrorBoundary>
    </FluentProvider>,
  );
}

/** The reader a Teams page's services give its boundary (`startSurface`, `startMeetingSurface`). */
function teamsReader(locale: string, words = loadLocaleWords) {
  const host = { context: { locale } } as Host;
  const services = () => new Promise<AppServicesInit>(() => undefined);
  return readerWords(host, withLocaleWords(services, words));
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

it.each([
  ['de-de', 'Etwas ist schiefgegangen', 'Erneut versuchen'],
  ['fr-fr', 'Une erreur s’est produite', 'Réessayer'],
  ['es-es', 'Algo salió mal', 'Reintentar'],
])('says the app crashed in the host’s language (%s)', async (locale, title, tryAgain) => {
  crashedPage(teamsReader(locale));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(title);
  expect(await screen.findByRole('button', { name: tryAgain })).toBeTruthy();
  expect(alert.textContent).not.toMatch(/Something went wrong|Try again/);
});

it('says it in English for a language the app does not speak', async () => {
  crashedPage(teamsReader('ja-jp'));
  expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong');
  expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
});

it('says it in English when the host’s words cannot be loaded either', async () => {
  const lost = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  crashedPage(teamsReader('de-de', lost));
  expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong');
  expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
});
