import { useMediaQuery } from './useMediaQuery';

/** A meeting's side panel (320 px) and other narrow frames. */
export const narrowFrame = '(max-width: 479px)';
export const narrowMedia = `@media ${narrowFrame}`;

/**
 * A narrow frame, or a short one (a laptop's window with Teams' own bars above the tab): there a
 * page's header and tabs take most of the height, so the whole page scrolls, not only the part
 * under them.
 */
export const crampedMedia = `@media ${narrowFrame}, (max-height: 599px)`;

/** Whether the tab is in a narrow frame now, following it as the frame is resized. */
export function useNarrowFrame(): boolean {
  return useMediaQuery(narrowFrame);
}
