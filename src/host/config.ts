/**
 * What the host layer needs to know that the page cannot find out by itself. The values come
 * from the build's environment (`env.ts`); this module only checks and completes them.
 */
export interface HostConfig {
  /** The Teams app id from the manifest, for deep links when the Teams context has none. */
  readonly teamsAppId: string;
  /** The personal (static) tab's entity id, for deep links from surfaces that are not a tab. */
  readonly personalTabEntityId: string;
  /**
   * Extra origins teams-js may accept host messages from (`app.initialize(validMessageOrigins)`).
   * Only loopback origins, and only in development builds: the Teams host simulator.
   */
  readonly validMessageOrigins: readonly string[];
  /** How long to wait for a Teams host to answer `initialize` before running as a plain page. */
  readonly teamsInitializeTimeoutMs: number;
}

export interface HostConfigInput {
  readonly teamsAppId?: string;
  readonly personalTabEntityId?: string;
  /** Comma-separated origins, e.g. `http://127.0.0.1:5300,http://localhost:5300`. */
  readonly devHostOrigins?: string;
  readonly teamsInitializeTimeoutMs?: string;
  /** A development build (Vite dev server or a dev build). */
  readonly dev: boolean;
  /** The page's own origin: in development, its loopback aliases are allowed too. */
  readonly pageOrigin: string;
}

/** Used until the manifest's id is configured; Teams' own context supplies the real one. */
export const placeholderTeamsAppId = '00000000-0000-4000-8000-00000000c0ac';
export const defaultPersonalTabEntityId = 'myOkrs';
export const defaultTeamsInitializeTimeoutMs = 2500;

const loopbackHosts = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** An `http(s)://host[:port]` origin on the loopback interface, with nothing else in it. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    loopbackHosts.test(url.hostname) &&
    url.origin === origin.replace(/\/$/, '') &&
    !origin.includes('*')
  );
}

/**
 * The origins teams-js should trust besides Microsoft's own. Production builds trust none: the
 * list teams-js ships is the right one. Development builds trust the loopback origins listed in
 * the configuration plus the page's own origin under its other loopback names (the simulator on
 * `127.0.0.1` framing the app on `localhost`, and the other way round). Never a wildcard.
 */
export function devMessageOrigins(
  input: Pick<HostConfigInput, 'dev' | 'devHostOrigins' | 'pageOrigin'>,
): string[] {
  if (!input.dev) return [];
  const configured = (input.devHostOrigins ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const rejected = configured.filter((origin) => !isLoopbackOrigin(origin));
  if (rejected.length > 0) {
    throw new Error(
      `Only loopback origins (http://127.0.0.1:port, http://localhost:port) may be trusted as a development Teams host; not: ${rejected.join(', ')}`,
    );
  }
  const aliases: string[] = [];
  if (isLoopbackOrigin(input.pageOrigin)) {
    const page = new URL(input.pageOrigin);
    for (const host of ['127.0.0.1', 'localhost']) {
      aliases.push(`${page.protocol}//${host}${page.port ? ':' + page.port : ''}`);
    }
  }
  return [...new Set([...configured.map((origin) => new URL(origin).origin), ...aliases])].filter(
    (origin) => origin !== input.pageOrigin,
  );
}

export function resolveHostConfig(input: HostConfigInput): HostConfig {
  const timeout = Number(input.teamsInitializeTimeoutMs);
  return {
    teamsAppId: input.teamsAppId?.trim() || placeholderTeamsAppId,
    personalTabEntityId: input.personalTabEntityId?.trim() || defaultPersonalTabEntityId,
    validMessageOrigins: devMessageOrigins(input),
    teamsInitializeTimeoutMs:
      Number.isFinite(timeout) && timeout > 0 ? timeout : defaultTeamsInitializeTimeoutMs,
  };
}
