import { useMediaQuery } from './useMediaQuery';

/** A meeting's side panel (320 px) and other narrow frames. */
export const narrowFrame = '(max-width: 479px)';
export const narrowMedia = `@media ${narrowFrame}`;

/** Whether the tab is in a narrow frame now, following it as the frame is resized. */
export function useNarrowFrame(): boolean {
  return useMediaQuery(narrowFrame);
}
