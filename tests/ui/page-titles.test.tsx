import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { Host } from '../../src/host/types';
import { paneWordsFor } from '../../src/excel/pane-words';
import { ServicesGate } from '../../src/ui/app/ServicesGate';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import type { PageTitle } from '../../src/ui/errors/state-words';
import { pageServices } from './support/services';
import { loadEveryPaneLanguage } from '../excel/support/pane-languages';

beforeAll(loadEveryPaneLanguage);

/**
 * Each page's title (what a browser's tab and a screen reader say of it) in the reader's language:
 * the title its HTML serves, in English, keys its translation.
 */
const servedTitleOf = (page: string) =>
  /<title>([^<]*)<\/title>/.exec(readFileSync(join(__dirname, '../../src', page), 'utf8'))?.[1];

const teamsPages = ['tab', 'config', 'sidepanel', 'stage'].map((page) => `teams/${page}.html`);

it.each(['de', 'fr', 'es'])('has every Teams page’s title in %s', async (language) => {
  const words = await loadLocaleWords(language);
  for (const page of teamsPages) {
    const served = servedTitleOf(page) as PageTitle;
    expect(words?.states.titles[served]).toMatch(/ · OKR Coach$/);
    expect(words?.states.titles[served]).not.toBe(served);
  }
});

it.each(['de-DE', 'fr-FR', 'es-ES'])('has the task pane’s title in %s', (locale) => {
  const served = servedTitleOf('excel/taskpane.html');
  expect(paneWordsFor('en').say('pane.title')).toBe(served);
  expect(paneWordsFor(locale).say('pane.title')).not.toBe(served);
});

describe('a Teams page', () => {
  const served = 'OKR board · OKR Coach';
  beforeAll(() => (document.title = served));
  afterEach(() => (document.title = served));

  function openPage(locale: string, words?: Awaited<ReturnType<typeof loadLocaleWords>>) {
    const host = {
      context: { locale },
      notifySuccess: jest.fn(),
      notifyFailure: jest.fn(),
    } as unknown as Host;
    render(
      <FluentProvider theme={webLightTheme}>
        <ServicesGate
          host={host}
          load={() => Promise.resolve({ ...pageServices(host), ...(words ? { words } : {}) })}
        >
          <p>The board</p>
        </ServicesGate>
      </FluentProvider>,
    );
  }

  it.each([
    ['de-de', 'OKR-Board · OKR Coach'],
    ['fr-fr', 'Tableau OKR · OKR Coach'],
    ['es-es', 'Tablero de OKR · OKR Coach'],
  ])('is titled in the reader’s language (%s)', async (locale, title) => {
    openPage(locale, await loadLocaleWords(locale));
    await screen.findByText('The board');
    expect(document.title).toBe(title);
  });

  it('keeps its English title in a language the board does not speak', async () => {
    openPage('ja-jp');
    await screen.findByText('The board');
    expect(document.title).toBe(served);
  });
});
