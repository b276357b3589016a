import type { Theme } from '@fluentui/react-theme';
import type { HostKind, ThemeName } from './types';
import { reloadable } from '../reloadable';

export type FluentThemeId =
  'teamsLight' | 'teamsDark' | 'teamsHighContrast' | 'webLight' | 'webDark';

/**
 * The Fluent v9 theme for a host theme. Teams gets Fluent's Teams themes so the app looks native
 * inside Teams; Excel and the plain browser get the web themes. Fluent v9 has one high-contrast
 * theme (the Teams one), used everywhere.
 */
export function fluentThemeIdFor(theme: ThemeName, hostKind: HostKind): FluentThemeId {
  if (theme === 'contrast') return 'teamsHighContrast';
  if (hostKind === 'teams') return theme === 'dark' ? 'teamsDark' : 'teamsLight';
  return theme === 'dark' ? 'webDark' : 'webLight';
}

/**
 * Each theme is a chunk of its own (its tokens are most of `@fluentui/tokens`), so a page loads
 * only the one it shows. The themes come from `@fluentui/react-theme`, the plain-object token
 * package that `@fluentui/react-components` re-exports, so this module stays free of React.
 */
const themeModules: Record<FluentThemeId, () => Promise<{ theme: Theme }>> = {
  teamsLight: reloadable(() => import('./themes/teams-light')),
  teamsDark: reloadable(() => import('./themes/teams-dark')),
  teamsHighContrast: reloadable(() => import('./themes/teams-high-contrast')),
  webLight: reloadable(() => import('./themes/web-light')),
  webDark: reloadable(() => import('./themes/web-dark')),
};

/** The theme the page last showed, kept in the browser so that the next page fetches it first. */
const lastThemeKey = 'okr-coach:fluent-theme';

function isThemeId(value: string | null): value is FluentThemeId {
  return value !== null && Object.hasOwn(themeModules, value);
}

export async function loadFluentTheme(theme: ThemeName, hostKind: HostKind): Promise<Theme> {
  const id = fluentThemeIdFor(theme, hostKind);
  try {
    localStorage.setItem(lastThemeKey, id);
  } catch {
    // Storage refused (a sandboxed frame, a full quota): the next page starts without the hint.
  }
  return (await themeModules[id]()).theme;
}

/**
 * Starts fetching the theme this browser showed last, before the host has said which one it
 * shows now (almost always the same): `loadFluentTheme` then finds it there. A wrong guess
 * costs a fetch.
 */
export function preloadLastFluentTheme(): void {
  try {
    const id = localStorage.getItem(lastThemeKey);
    if (isThemeId(id)) themeModules[id]().catch(() => undefined);
  } catch {
    // No storage: the theme loads once the host has answered.
  }
}

/** Teams sends `default`, `dark` or `contrast`; anything else is treated as the default theme. */
export function normalizeTheme(value: string | null | undefined): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/** The theme a plain browser asks for through its media queries. */
export function themeFromMediaQueries(matches: (query: string) => boolean): ThemeName {
  if (matches('(forced-colors: active)') || matches('(prefers-contrast: more)')) return 'contrast';
  return matches('(prefers-color-scheme: dark)') ? 'dark' : 'default';
}

/**
 * Office tells its theme as colours only (`Office.context.officeTheme`). A body background darker
 * than mid grey (WCAG relative luminance below 0.2) means the dark theme.
 */
export function themeFromOfficeBackground(bodyBackgroundColor: string | undefined): ThemeName {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor?.trim() ?? '')?.[1];
  if (!hex) return 'default';
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.2 ? 'dark' : 'default';
}
