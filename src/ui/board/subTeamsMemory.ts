import type { AppServicesInit } from '../app/AppServices';
import { browserStorage } from '../app/browserStorage';

/**
 * Where a tab keeps the teams its board shows with the teams under its own (`SubTeams`): per OKR
 * site and per user (as the Programme keeps its section), then by the tab's place (channel, chat
 * or meeting) and its own teams, all that tells one tab from another. In this browser's storage,
 * so the tab opens on them without a second read of the board. What was kept before under the
 * tab alone (shared by every user of the browser) is not read: one click shows the sub-teams
 * again, and reading it would cost the channel tab's first screen bytes it does not have.
 */
export const subTeamsKey = (
  { site, me, host: { context } }: Pick<AppServicesInit, 'site' | 'me' | 'host'>,
  own: readonly string[],
): string =>
  `okr-coach:sub-teams:${site ?? ''}:${me.id}:${context.channel?.id ?? context.chatId ?? context.meeting?.id ?? ''}:${own}`;

/** The teams kept for the tab, or none (none kept, or storage refused in a private window). */
export function rememberedTeams(key: string): readonly string[] | undefined {
  try {
    const ids: unknown = JSON.parse(browserStorage()?.get(key) ?? 'null');
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : undefined;
  } catch {
    return undefined;
  }
}
