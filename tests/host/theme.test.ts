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

/**
 * Fluent's, with placeholders a light grey that is told apart from typed text, and a progress
 * bar's track that shows on the black page.
 */
const highContrast = {
  ...teamsHighContrastTheme,
  colorNeutralForeground4: '#a6a6a6',
  colorNeutralBackground6: '#767676',
};

/** WCAG 2's contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

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

describe('the contrast theme', () => {
  it('shows a progress bar’s track against the page and the bar against its track (3:1)', async () => {
    const theme = await loadFluentTheme('contrast', 'teams');
    const page = theme.colorNeutralBackground1;
    const track = theme.colorNeutralBackground6;
    // The bars of every status: not started (brand), on track, at risk, off track.
    const bars = [
      theme.colorCompoundBrandBackground,
      theme.colorPaletteGreenBackground3,
      theme.colorPaletteDarkOrangeBackground3,
      theme.colorPaletteRedBackground3,
    ];
    expect(contrast(track, page)).toBeGreaterThanOrEqual(3);
    for (const bar of bars) expect(contrast(bar, track)).toBeGreaterThanOrEqual(3);
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
