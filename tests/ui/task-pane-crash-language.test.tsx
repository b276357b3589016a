/**
 * The Excel task pane's crash screen speaks Office's display language, as the Teams pages' does:
 * the pane carries none of the board's words, so those of the host's locale are loaded as the
 * screen shows (and English is said when the language is not one of the app's).
 */
import { render, screen } from '@testing-library/react';
import type { Host } from '../../src/host/types';
import { ExcelApp } from '../../src/excel/taskpane/ExcelApp';
import type { PaneRequests } from '../../src/excel/taskpane/pane-requests';
import type { CellBindings, OkrWorkbook } from '../../src/excel/workbook/types';
import { pageServices } from './support/services';

// The pane itself crashes as it renders.
jest.mock('../../src/excel/taskpane/TaskPane', () => ({
  TaskPane: () => {
    throw new TypeError('Cannot read properties of undefined (reading "rows")');
  },
}));

const hostIn = (locale: string) =>
  ({
    context: { locale, theme: 'default', kind: 'excel' },
    onThemeChange: () => () => undefined,
    notifySuccess: jest.fn(),
    notifyFailure: jest.fn(),
  }) as unknown as Host;

function pane(locale: string, services: (host: Host) => ReturnType<typeof pageServices>) {
  const host = hostIn(locale);
  return render(
    <ExcelApp
      host={host}
      load={() => Promise.resolve().then(() => services(host))}
      workbook={{} as OkrWorkbook & CellBindings}
      requests={{} as PaneRequests}
    />,
  );
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

it.each([
  ['de-DE', 'Etwas ist schiefgegangen', 'Erneut versuchen'],
  ['fr-fr', 'Une erreur s’est produite', 'Réessayer'],
  ['es-MX', 'Algo salió mal', 'Reintentar'],
])('says the pane crashed in Office’s language (%s)', async (locale, title, tryAgain) => {
  pane(locale, pageServices);
  const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
  expect(alert.textContent).toContain(title);
  expect(await screen.findByRole('button', { name: tryAgain })).toBeTruthy();
  expect(alert.textContent).not.toMatch(/Something went wrong|Try again/);
});

it('says it in English in a language the app does not speak', async () => {
  pane('ja-jp', pageServices);
  const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
  expect(alert.textContent).toContain('Something went wrong');
  expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
});

it('says services that failed to start in Office’s language too', async () => {
  pane('de-DE', () => {
    throw new TypeError('Failed to fetch');
  });
  const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
  expect(alert.textContent).not.toMatch(/Something went wrong|Try again|connect/i);
  expect(alert.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang).toMatch(
    /^de/,
  );
});
