import { boardFilterFromQuery, boardFilterToQuery, type BoardFilter } from './board-filter';

/** A link to one objective or key result (its history), or to a key result's check-in. */
export type ItemLinkTarget =
  | { readonly type: 'objective'; readonly id: string }
  | { readonly type: 'keyResult'; readonly id: string }
  | { readonly type: 'checkIn'; readonly id: string };

/**
 * What a link into the app opens: an objective, a key result (its history), a key result's
 * check-in, or the board as someone filtered and sorted it. Teams carries it as the tab's
 * `subEntityId` (`page.subPageId` in teams-js 2): `objective:<id>`, `kr:<id>`, `checkin:<id>` or
 * `view:<filter as a query>`; a plain browser carries the same string in the `open` query
 * parameter.
 */
export type DeepLinkTarget =
  ItemLinkTarget | { readonly type: 'boardView'; readonly filter: BoardFilter };

const targetPrefixes: Record<ItemLinkTarget['type'], string> = {
  objective: 'objective:',
  keyResult: 'kr:',
  checkIn: 'checkin:',
};

const boardViewPrefix = 'view:';

export function deepLinkTargetToSubEntityId(target: DeepLinkTarget): string {
  if (target.type === 'boardView') return boardViewPrefix + boardFilterToQuery(target.filter);
  if (!target.id) throw new Error('A deep link needs the id of the objective or key result.');
  return targetPrefixes[target.type] + encodeURIComponent(target.id);
}

export function deepLinkTargetFromSubEntityId(
  subEntityId: string | null | undefined,
): DeepLinkTarget | undefined {
  if (!subEntityId) return undefined;
  if (subEntityId.startsWith(boardViewPrefix)) {
    return {
      type: 'boardView',
      filter: boardFilterFromQuery(subEntityId.slice(boardViewPrefix.length)),
    };
  }
  for (const type of Object.keys(targetPrefixes) as ItemLinkTarget['type'][]) {
    const prefix = targetPrefixes[type];
    if (!subEntityId.startsWith(prefix)) continue;
    try {
      const id = decodeURIComponent(subEntityId.slice(prefix.length));
      return id ? { type, id } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface TeamsDeepLinkParts {
  /** The app's id from its manifest. */
  readonly appId: string;
  /** The tab to open: a static tab's entity id, or a configured tab's. */
  readonly entityId: string;
  readonly target: DeepLinkTarget;
  /** Needed when the tab is a channel tab. */
  readonly channelId?: string;
  /** Where a client that cannot show the tab should go instead. */
  readonly webUrl?: string;
  readonly label?: string;
}

/**
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`, where
 * `context` is the URL-encoded JSON `{"subEntityId": …, "channelId": …}` (Teams docs, "Deep link
 * to an application").
 */
export function buildTeamsDeepLink(parts: TeamsDeepLinkParts): string {
  if (!parts.appId || !parts.entityId)
    throw new Error('A Teams deep link needs an app id and an entity id.');
  const context: Record<string, string> = {
    subEntityId: deepLinkTargetToSubEntityId(parts.target),
  };
  if (parts.channelId) context.channelId = parts.channelId;
  const query: string[] = [];
  if (parts.webUrl) query.push(`webUrl=${encodeURIComponent(parts.webUrl)}`);
  if (parts.label) query.push(`label=${encodeURIComponent(parts.label)}`);
  query.push(`context=${encodeURIComponent(JSON.stringify(context))}`);
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(parts.appId)}/` +
    `${encodeURIComponent(parts.entityId)}?${query.join('&')}`
  );
}
