import { flushSync } from 'react-dom';
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualItem,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

export type BoardVirtualizerOptions = Pick<
  VirtualizerOptions<HTMLDivElement, Element>,
  'count' | 'getScrollElement' | 'estimateSize' | 'getItemKey' | 'overscan'
>;

export interface BoardVirtualizer {
  readonly instance: Virtualizer<HTMLDivElement, Element>;
  /** This render's options, set before the instance is read (as `useVirtualizer` does). */
  readonly setOptions: (options: BoardVirtualizerOptions) => void;
  /** The instance's, as a row's ref: measures the row and follows its size. */
  readonly measureElement: (element: Element | null) => void;
}

/**
 * The virtualiser of a board whose first rows are on screen already, rendered without it: it
 * starts from the heights measured there, the viewport's size and its scroll position, so that
 * its first render puts the same rows where they are. The rest is what @tanstack/react-virtual's
 * `useVirtualizer` does around its `Virtualizer`: a re-render on each change, synchronous for a
 * scroll (`flushSync`) but not while React attaches a row's ref, where it cannot flush.
 * https://tanstack.com/virtual/latest/docs/api/virtualizer (initialRect, initialOffset,
 * initialMeasurementsCache)
 */
export function takeOver(
  scroller: HTMLDivElement,
  options: BoardVirtualizerOptions,
  measured: ReadonlyMap<string, number>,
  rerender: () => void,
): BoardVirtualizer {
  let measuring = false;
  const initialMeasurementsCache: VirtualItem[] = [];
  for (let index = 0, start = 0; measured.size > 0 && index < options.count; index += 1) {
    const key = options.getItemKey?.(index) ?? index;
    const size = measured.get(String(key));
    if (size !== undefined) {
      initialMeasurementsCache.push({ key, index, start, end: start + size, size, lane: 0 });
    }
    start += size ?? options.estimateSize(index);
  }
  const initial = {
    initialRect: { width: scroller.clientWidth, height: scroller.clientHeight },
    initialOffset: () => scroller.scrollTop,
    initialMeasurementsCache,
  };
  const resolve = (current: BoardVirtualizerOptions) => ({
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...initial,
    ...current,
    onChange: (_: unknown, sync: boolean) => {
      if (sync && !measuring) flushSync(rerender);
      else rerender();
    },
  });
  const instance = new Virtualizer<HTMLDivElement, Element>(resolve(options));
  return {
    instance,
    setOptions: (current) => instance.setOptions(resolve(current)),
    measureElement: (element) => {
      measuring = true;
      try {
        instance.measureElement(element);
      } finally {
        measuring = false;
      }
    },
  };
}
