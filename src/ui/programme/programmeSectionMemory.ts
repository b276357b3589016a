import { browserStorage } from '../app/browserStorage';
import { programmeSections } from './programmeSections';

/**
 * Where the Programme area keeps the section the user last opened: per OKR site and per user, in
 * this browser's storage (as a tab keeps its sub-teams, `subTeamsMemory`), so an admin working in
 * Cycles comes back to Cycles from any tab of the app (channel, chat, meeting or personal) on
 * that site.
 */
export const programmeSectionKey = (site: string, userId: string): string =>
  `okr-coach:programme-section:${site}:${userId}`;

/**
 * The section kept, if it is still one of the area's (a later version may have removed it); none
 * where storage is refused (a private window, a sandboxed frame).
 */
export function rememberedSection(key: string): string | undefined {
  const id = browserStorage()?.get(key);
  return programmeSections.some((section) => section.id === id) ? id : undefined;
}

/** Keeps the section; where storage is refused, the area opens as its state suggests next time. */
export function rememberSection(key: string, id: string): void {
  browserStorage()?.set(key, id);
}
