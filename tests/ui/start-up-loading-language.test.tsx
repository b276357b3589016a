/**
 * The start-up skeleton, shown before the page's words are loaded, says "Loading OKR Coach" in the
 * host's display language: the services gate's (every Teams page) and the Excel task pane's while
 * its chunk arrives.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import type { Host } from '../../src/host/types';
import { ExcelApp } from '../../src/excel/taskpane/ExcelApp';
import type { PaneRequests } from '../../src/excel/taskpane/pane-requests';
import type { CellBindings, OkrWorkbook } from '../../src/excel/workbook/types';
import { ServicesGate } from '../../src/ui/app/ServicesGate';
import { pageServices } from './support/services';

// The pane's chunk is in, but the pane waits for ever: its Suspense fallback stays.
const mockPaneShown = jest.fn();
jest.mock('../../src/excel/taskpane/TaskPane', () => ({
  TaskPane: () => {
    mockPaneShown();
    throw new Promise(() => undefined);
  },
}));

jest.setTimeout(60_000);

const hostIn = (locale: string) =>
  ({
    context: { locale, theme: 'default', kind: 'excel' },
    onThemeChange: () => () => undefined,
    notifySuccess: jest.fn(),
    notifyFailure: jest.fn(),
  }) as unknown as Host;

const cases = [
  ['de-DE', 'OKR Coach wird geladen', 'de'],
  ['fr-fr', 'Chargement d’OKR Coach', 'fr'],
  ['es-MX', 'Cargando OKR Coach', 'es'],
  ['en-GB', 'Loading OKR Coach', 'en'],
  ['ja-jp', 'Loading OKR Coach', 'en'],
  ['de_AT', 'OKR Coach wird geladen', 'de'],
  // Three-letter ISO 639 codes that merely begin like German, French or Spanish are other
  // languages (Delaware, Northern Frisian, Estonian, Central Yupik): English, as on the board.
  ['del', 'Loading OKR Coach', 'en'],
  ['frr-DE', 'Loading OKR Coach', 'en'],
  ['est', 'Loading OKR Coach', 'en'],
  ['esu-US', 'Loading OKR Coach', 'en'],
  ['constructor', 'Loading OKR Coach', 'en'],
] as const;

describe.each(cases)('on a host in %s', (locale, label, lang) => {
  test(`the services gate says “${label}” while the services load`, async () => {
    const host = hostIn(locale);
    render(
      <FluentProvider theme={webLightTheme}>
        <ServicesGate host={host} load={() => new Promise(() => undefined)}>
          <p>The board</p>
        </ServicesGate>
      </FluentProvider>,
    );
    const loading = await screen.findByRole('status', { name: label });
    expect(loading.getAttribute('lang')).toBe(lang);
  });

  test(`the Excel task pane says “${label}” while its chunk loads`, async () => {
    const host = hostIn(locale);
    render(
      <ExcelApp
        host={host}
        load={() => Promise.resolve(pageServices(host))}
        workbook={{} as OkrWorkbook & CellBindings}
        requests={{} as PaneRequests}
      />,
    );
    // Past the gate (its services are in): the skeleton is the pane's fallback.
    mockPaneShown.mockClear();
    await waitFor(() => expect(mockPaneShown).toHaveBeenCalled());
    const loading = await screen.findByRole('status', { name: label });
    expect(loading.getAttribute('lang')).toBe(lang);
  });
});
