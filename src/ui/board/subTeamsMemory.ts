import type { HostContext } from '../../host/types';

/**
 * Where a tab keeps the teams its board shows with the teams under its own (`SubTeams`): by its
 * place (channel, chat or meeting) and its own teams, all that tells one tab from another. In
 * this browser's storage, so the tab opens on them without a second read of the board.
 */
export const subTeamsKey = (context: HostContext, own: readonly string[]): string =>
  `okr-coach:sub-teams:${context.channel?.id ?? context.chatId ?? context.meeting?.id ?? ''}:${own}`;

/** The teams kept for the tab, or none (none kept, or storage refused in a private window). */
export function rememberedTeams(key: string): readonly string[] | undefined {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : undefined;
  } catch {
    return undefined;
  }
}
