import { createBrowserHost } from '../../../src/host/browser-host';
import { resolveHostConfig, type HostConfigInput } from '../../../src/host/config';
import type { Host } from '../../../src/host/types';

/**
 * The plain-browser host at the page jsdom is on, as a page built with `input`'s settings makes
 * it. jsdom has no `matchMedia`, which the host reads to follow the browser's theme: a light
 * browser stands in.
 */
export function plainBrowserHost(input: Partial<HostConfigInput> = {}): Host {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
  return createBrowserHost(
    resolveHostConfig({ dev: false, pageOrigin: window.location.origin, ...input }),
  );
}
