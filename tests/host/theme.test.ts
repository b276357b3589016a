import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-theme';
import {
  loadFluentTheme,
  normalizeTheme,
  themeFromMediaQueries,
  themeFromOfficeBackground,
} from '../../src/host/theme';

/** Fluent's, with placeholders a light grey that is told apart from typed text. */
const highContrast = { ...teamsHighContrastTheme, colorNeutralForeground4: '#a6a6a6' };

describe('loadFluentTheme', () => {
  it('gives Teams its own Fluent themes', async () => {
    await expect(loadFluentTheme('default', 'teams')).resolves.toBe(teamsLightTheme);
    await expect(loadFluentTheme('dark', 'teams')).resolves.toBe(teamsDarkTheme);
    await expect(loadFluentTheme('contrast', 'teams')).resolves.toEqual(highContrast);
  });

  it('gives Excel and the browser the web themes, and the one high-contrast theme', async () => {
    for (const kind of ['excel', 'browser'] as const) {
      await expect(loadFluentTheme('default', kind)).resolves.toBe(webLightTheme);
      await expect(loadFluentTheme('dark', kind)).resolves.toBe(webDarkTheme);
      await expect(loadFluentTheme('contrast', kind)).resolves.toEqual(highContrast);
    }
  });
});

describe('normalizeTheme', () => {
  it('keeps the three Teams themes and treats anything else as default', () => {
    expect(normalizeTheme('dark')).toBe('dark');
    expect(normalizeTheme('contrast')).toBe('contrast');
    expect(normalizeTheme('default')).toBe('default');
    expect(normalizeTheme('Dark')).toBe('default');
    expect(normalizeTheme(undefined)).toBe('default');
  });
});

describe('themeFromMediaQueries', () => {
  const matching =
    (...queries: string[]) =>
    (query: string) =>
      queries.includes(query);

  it('follows prefers-color-scheme', () => {
    expect(themeFromMediaQueries(matching('(prefers-color-scheme: dark)'))).toBe('dark');
    expect(themeFromMediaQueries(matching())).toBe('default');
  });

  it('prefers high contrast over dark', () => {
    expect(
      themeFromMediaQueries(matching('(prefers-color-scheme: dark)', '(forced-colors: active)')),
    ).toBe('contrast');
    expect(themeFromMediaQueries(matching('(prefers-contrast: more)'))).toBe('contrast');
  });
});

describe('themeFromOfficeBackground', () => {
  it('reads dark Office themes from their body background', () => {
    expect(themeFromOfficeBackground('#262626')).toBe('dark');
    expect(themeFromOfficeBackground('#000000')).toBe('dark');
    expect(themeFromOfficeBackground('#FFFFFF')).toBe('default');
    expect(themeFromOfficeBackground('e6e6e6')).toBe('default');
  });

  it('falls back to the default theme for colours it cannot read', () => {
    expect(themeFromOfficeBackground(undefined)).toBe('default');
    expect(themeFromOfficeBackground('red')).toBe('default');
  });
});
