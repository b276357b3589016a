import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  demoAppClientId,
  demoOkrSite,
  demoUsers,
  emulatorAppToken,
  emulatorToken,
  type TeamsAppDefinition,
} from '../../src/dev/graph-emulator/index';
import {
  rawGraph,
  startTestEmulator,
  type RawResponse,
} from '../dev/graph-emulator/emulator-fixture';

/**
 * Replays request/response pairs transcribed from Microsoft's Graph documentation (one file per
 * documented example, in ./graph, each naming its page) against a freshly started emulator, and
 * compares the shape: status, the headers the example shows, every property the example shows
 * with its JSON type. Values are compared only where the file lists them in `exact`; ids, dates,
 * eTags and links are matched by pattern, since a real tenant's differ from the page's too.
 */
interface Step {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The emulator's control API instead of Graph. */
  control?: boolean;
  /** Values to remember from the response body (or `@odata.deltaLink`), by name. */
  save?: Record<string, string>;
}

interface Contract {
  doc: string;
  example: string;
  /** Emulator options: a small `pageSize`; the Teams app whose notifications the example sends. */
  emulator?: { pageSize?: number; teamsApp?: TeamsAppDefinition };
  /** The delegated permissions the caller's token grants, when the page's call needs others. */
  scopes?: string;
  /**
   * The application permissions of an app-only token, when the page's call is an app's own, with
   * no signed-in user (the Teams app's Entra app, or the demo app).
   */
  roles?: string[];
  given?: Step[];
  request: Step;
  response: { status: number; headers?: Record<string, string>; body?: unknown };
  /** Paths such as `body.value[0].list.template` compared by value. */
  exact?: string[];
  /**
   * Paths (`body`) whose object has nothing but what the example shows, `@odata.etag` aside: a
   * `$select`ed answer, or one without `@odata.count`.
   */
  complete?: string[];
  /** Property paths the example shows that the emulator does not model, with the reason. */
  notModelled?: Record<string, string>;
  /** A read afterwards whose fields must hold these values (nothing was written). */
  then?: { method: string; url: string; expect: Record<string, unknown> };
}

const folder = join(__dirname, 'graph');
const contracts = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8')) as Contract] as const);

const documentedGraph = 'https://graph.microsoft.com/v1.0';

function substitute<T>(value: T, vars: Record<string, string>): T {
  const text = JSON.stringify(value).replace(/\{([a-z-]+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : JSON.stringify(vars[name]).slice(1, -1),
  );
  return JSON.parse(text) as T;
}

function pathOf(url: string): string {
  return url.startsWith(documentedGraph) ? url.slice(documentedGraph.length) : url;
}

function valueAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.match(/[^.[\]]*@odata\.\w+|[^.[\]]+|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = part.startsWith('[') ? Number(part.slice(1, -1)) : part;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const isoDateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?$/;

/**
 * The pattern a documented string stands for, when its value is the tenant's own: ids are opaque
 * (the pages' sample ids differ in form from page to page), dates, eTags and links are not.
 */
function patternFor(key: string, documented: string): RegExp | undefined {
  if (key === 'eTag' || key === '@odata.etag') return /^(W\/)?"[^"]+"$/;
  if (key === 'date' || isoDateTime.test(documented)) return isoDateTime;
  if (key === 'id' || /(Id|-id)$/.test(key)) return /^\S+$/;
  if (/^https?:\/\//.test(documented)) return /^https?:\/\/\S+$/;
  return undefined;
}

function compareShape(
  expected: unknown,
  actual: unknown,
  path: string,
  key: string,
  notModelled: readonly string[],
  problems: string[],
): void {
  const propertyPath = path.replace(/\[\d+\]/g, '');
  if (notModelled.some((skipped) => propertyPath.endsWith(skipped))) return;
  if (expected === null) {
    if (actual !== null) problems.push(`${path}: expected null, got ${JSON.stringify(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return void problems.push(`${path}: expected an array`);
    if (expected.length > 0 && actual.length === 0)
      return void problems.push(`${path}: expected items, got none`);
    actual.forEach((element, index) =>
      compareShape(
        actual.length === expected.length ? expected[index] : expected[0],
        element,
        `${path}[${index}]`,
        key,
        notModelled,
        problems,
      ),
    );
    return;
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return void problems.push(`${path}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [name, value] of Object.entries(expected)) {
      if (!(name in actual)) {
        if (!notModelled.some((skipped) => `${propertyPath}.${name}`.endsWith(skipped)))
          problems.push(`${path}.${name}: missing`);
        continue;
      }
      compareShape(
        value,
        (actual as Record<string, unknown>)[name],
        `${path}.${name}`,
        name,
        notModelled,
        problems,
      );
    }
    return;
  }
  if (typeof actual !== typeof expected) {
    problems.push(`${path}: expected a ${typeof expected}, got ${JSON.stringify(actual)}`);
    return;
  }
  const pattern = typeof expected === 'string' ? patternFor(key, expected) : undefined;
  if (pattern && !pattern.test(actual as string))
    problems.push(`${path}: ${JSON.stringify(actual)} does not match ${pattern}`);
}

describe.each(contracts)('%s', (_file, contract) => {
  let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
  let graph: ReturnType<typeof rawGraph>;
  const vars: Record<string, string> = { 'site-id': demoOkrSite.id };

  beforeAll(async () => {
    fixture = await startTestEmulator(contract.emulator ?? {});
    const appId = contract.emulator?.teamsApp?.entraAppId ?? demoAppClientId;
    graph = rawGraph(
      fixture.emulator,
      contract.roles
        ? emulatorAppToken(appId, contract.roles)
        : emulatorToken(demoUsers.meganBowen.id, contract.scopes),
    );
    for (const step of contract.given ?? []) {
      const { method, url, body } = substitute(step, vars);
      const response = step.control
        ? await fetch(`${fixture.emulator.url}${url}`, {
            method,
            headers: {
              'Content-Type': 'application/json',
              'X-OKR-Stack-Secret': fixture.emulator.secret,
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          }).then((r) => ({ status: r.status, body: undefined }))
        : await graph(method, pathOf(url), body);
      expect(response.status).toBeLessThan(300);
      for (const [name, property] of Object.entries(step.save ?? {}))
        vars[name] = String(
          valueAt(response.body, property) ?? (response.body as Record<string, unknown>)[property],
        );
    }
  }, 60_000);

  afterAll(() => fixture.stop(), 60_000);

  it(`answers as ${contract.doc} shows: ${contract.example}`, async () => {
    const request = substitute(contract.request, vars);
    const response: RawResponse = await graph(
      request.method,
      pathOf(request.url),
      request.body,
      request.headers,
    );
    const documented = substitute(contract.response, vars);
    expect(response.status).toBe(documented.status);

    const problems: string[] = [];
    for (const [name, value] of Object.entries(documented.headers ?? {})) {
      const actual = response.headers.get(name);
      if (actual === null) problems.push(`header ${name}: missing`);
      else if (name.toLowerCase() === 'content-type' && !actual.startsWith(value))
        problems.push(`header ${name}: ${actual} is not ${value}`);
      else if (name.toLowerCase() === 'location' && !actual.endsWith(pathOf(value)))
        problems.push(`header ${name}: ${actual} does not lead to ${pathOf(value)}`);
    }
    if (documented.body === undefined) expect(response.body).toBeUndefined();
    else
      compareShape(
        documented.body,
        response.body,
        'body',
        '',
        Object.keys(contract.notModelled ?? {}),
        problems,
      );
    const actualParts = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: response.body,
    };
    const documentedParts = {
      ...documented,
      headers: Object.fromEntries(
        Object.entries(documented.headers ?? {}).map(([name, value]) => [
          name.toLowerCase(),
          value,
        ]),
      ),
    };
    for (const path of contract.exact ?? []) {
      const lowered = path.startsWith('headers.') ? path.toLowerCase() : path;
      const expectedValue = valueAt(documentedParts, lowered);
      const actualValue = valueAt(actualParts, lowered);
      if (JSON.stringify(actualValue) !== JSON.stringify(expectedValue))
        problems.push(
          `${path}: expected ${JSON.stringify(expectedValue)}, got ${JSON.stringify(actualValue)}`,
        );
    }
    for (const path of contract.complete ?? []) {
      const shown = Object.keys((valueAt(documentedParts, path) as object | undefined) ?? {});
      const answered = Object.keys((valueAt(actualParts, path) as object | undefined) ?? {});
      for (const name of answered)
        if (name !== '@odata.etag' && !shown.includes(name))
          problems.push(`${path}.${name}: not in the example, which shows all there is`);
    }
    expect(problems).toEqual([]);

    if (contract.then) {
      const check = substitute(contract.then, vars);
      const after = await graph(check.method, pathOf(check.url));
      expect(after.body).toEqual(expect.objectContaining(check.expect));
    }
  }, 60_000);
});
