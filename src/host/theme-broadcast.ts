import { themeFromMediaQueries } from './theme';
import type { ThemeName } from './types';

/** Fans one host theme signal out to every listener the UI registers. */
export class ThemeBroadcast {
  private readonly listeners = new Set<(theme: ThemeName) => void>();

  subscribe(listener: (theme: ThemeName) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(theme: ThemeName): void {
    for (const listener of [...this.listeners]) listener(theme);
  }
}

const themeMediaQueries = [
  '(prefers-color-scheme: dark)',
  '(prefers-contrast: more)',
  '(forced-colors: active)',
];

export function preferredBrowserTheme(): ThemeName {
  return themeFromMediaQueries((query) => window.matchMedia(query).matches);
}

/** Publishes the browser's preferred theme whenever one of its media queries changes. */
export function followPreferredTheme(broadcast: ThemeBroadcast): void {
  for (const query of themeMediaQueries) {
    window
      .matchMedia(query)
      .addEventListener('change', () => broadcast.publish(preferredBrowserTheme()));
  }
}
