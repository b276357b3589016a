import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `Cache-Control` a build is served with by Azure Static Web Apps, from the
 * `staticwebapp.config.json` at the build's root (copied there from `src/public`): the first
 * route that matches a path gives its header, else `globalHeaders` does. Routes match as the
 * service documents: an exact path, or a `*` wildcard at the end, optionally filtered by file
 * extension (`/assets/*`, `/articles/*.html`, `/images/*.{png,jpg}`):
 * https://learn.microsoft.com/azure/static-web-apps/configuration#routes
 *
 * So the local stack (and the bench) open pages as a deployed tab does: hashed assets from the
 * browser's cache once loaded, pages revalidated. A path no rule covers is revalidated.
 */
export type CacheControlOf = (pathname: string) => string;

interface StaticWebAppConfig {
  readonly globalHeaders?: Readonly<Record<string, string>>;
  readonly routes?: readonly {
    readonly route: string;
    readonly headers?: Readonly<Record<string, string>>;
  }[];
}

const revalidate = 'no-cache';

const escaped = (text: string) => text.replace(/[.+?^$()|[\]\\]/g, '\\$&');

/** A route pattern as a regular expression over the whole path. */
export function routePattern(route: string): RegExp {
  const star = route.indexOf('*');
  if (star < 0) return new RegExp(`^${escaped(route)}$`);
  const prefix = escaped(route.slice(0, star));
  const filter = route.slice(star + 1);
  const extensions = /^\.\{([^}]+)\}$/.exec(filter)?.[1]?.split(',');
  const suffix = extensions
    ? `\\.(?:${extensions.map((extension) => escaped(extension.trim())).join('|')})`
    : escaped(filter);
  return new RegExp(`^${prefix}.*${suffix}$`);
}

const headerOf = (headers: Readonly<Record<string, string>> | undefined) =>
  Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'cache-control')?.[1];

export function cacheControlFrom(config: StaticWebAppConfig): CacheControlOf {
  const rules = (config.routes ?? []).map((rule) => ({
    pattern: routePattern(rule.route),
    cacheControl: headerOf(rule.headers),
  }));
  const global = headerOf(config.globalHeaders);
  return (pathname) => {
    const rule = rules.find(({ pattern }) => pattern.test(pathname));
    return rule?.cacheControl ?? global ?? revalidate;
  };
}

/** The rules of the build in `root`; a build without a configuration is revalidated. */
export function shippedCacheControl(root: string): CacheControlOf {
  let text: string;
  try {
    text = readFileSync(join(root, 'staticwebapp.config.json'), 'utf8');
  } catch {
    return () => revalidate;
  }
  return cacheControlFrom(JSON.parse(text) as StaticWebAppConfig);
}
