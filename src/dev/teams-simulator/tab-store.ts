import type { pages } from '@microsoft/teams-js';

/**
 * Configured tabs, as Teams keeps them once a configuration page has saved: per channel, chat
 * or meeting, the content URL, entity id and name. Kept in the browser's localStorage so a
 * configured tab stays configured across reloads, as it does in Teams.
 */
const storageKey = 'okr-teams-simulator:tabs';

export class TabStore {
  get(scope: string): pages.InstanceConfig | undefined {
    return this.read()[scope];
  }

  set(scope: string, config: pages.InstanceConfig): void {
    this.write({ ...this.read(), [scope]: config });
  }

  clear(): void {
    localStorage.removeItem(storageKey);
  }

  private read(): Record<string, pages.InstanceConfig> {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as unknown;
      return typeof stored === 'object' && stored !== null
        ? (stored as Record<string, pages.InstanceConfig>)
        : {};
    } catch {
      return {};
    }
  }

  private write(tabs: Record<string, pages.InstanceConfig>): void {
    localStorage.setItem(storageKey, JSON.stringify(tabs));
  }
}
