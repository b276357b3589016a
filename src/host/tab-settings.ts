import type { TabSettings } from './types';

/**
 * A configured tab keeps its settings (team scope and cycle) in two places Teams gives back on
 * every load: the content URL's query (`?teams=12,15&cycle=current`) and the tab's entity id
 * (`board:teams=12,15&cycle=current`). Both use the one encoding below.
 */
const entityIdPrefix = 'board:';

export function tabSettingsToQuery(settings: TabSettings): string {
  if (!settings.cycleId) throw new Error('Tab settings need a cycle.');
  const params = new URLSearchParams();
  params.set('teams', settings.teamIds.map(encodeURIComponent).join(','));
  params.set('cycle', settings.cycleId);
  return params.toString();
}

export function tabSettingsFromQuery(query: string | URLSearchParams): TabSettings | undefined {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const teams = params.get('teams');
  const cycleId = params.get('cycle');
  if (teams === null || !cycleId) return undefined;
  try {
    const teamIds = teams
      .split(',')
      .filter((id) => id !== '')
      .map(decodeURIComponent);
    return { teamIds, cycleId };
  } catch {
    return undefined; // a malformed %-escape: not settings we wrote
  }
}

export function tabEntityId(settings: TabSettings): string {
  return entityIdPrefix + tabSettingsToQuery(settings);
}

export function tabSettingsFromEntityId(entityId: string | undefined): TabSettings | undefined {
  if (!entityId?.startsWith(entityIdPrefix)) return undefined;
  return tabSettingsFromQuery(entityId.slice(entityIdPrefix.length));
}
