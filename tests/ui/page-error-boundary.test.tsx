import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { PageErrorBoundary } from '../../src/ui/components/States/PageErrorBoundary';

/**
 * The page's outermost boundary, above its services and their words (the app itself crashed):
 * what went wrong is said in the host's language, its words loaded as it shows.
 */
function Crash(): never {
  throw new TypeError('Cannot read properties of undefined (reading "cycles")');
}

function crashedPage(locale: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PageErrorBoundary locale={locale}>
        <Crash />
      </PageErrorBoundary>
    </FluentProvider>,
  );
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

it.each([
  ['de-de', 'Etwas ist schiefgegangen', 'Erneut versuchen'],
  ['fr-fr', 'Une erreur s’est produite', 'Réessayer'],
  ['es-es', 'Algo salió mal', 'Reintentar'],
])('says the app crashed in the host’s language (%s)', async (locale, title, tryAgain) => {
  crashedPage(locale);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(title);
  expect(await screen.findByRole('button', { name: tryAgain })).toBeTruthy();
  expect(alert.textContent).not.toMatch(/Something went wrong|Try again/);
});

it('says it in English for a language the app does not speak', async () => {
  crashedPage('ja-jp');
  expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong');
  expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
});
