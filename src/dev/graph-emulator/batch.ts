import { GraphHttpError } from './errors';
import type { FaultInjector } from './faults';
import {
  callIds,
  errorResponse,
  executeGraphCall,
  injectedFaultResponse,
  type CallIds,
} from './graph-call';
import {
  json,
  requestTarget,
  type GraphEnvironment,
  type GraphRequest,
  type GraphResponse,
} from './graph-request';
import type { StatsRecorder } from './stats';

/**
 * JSON batching (https://learn.microsoft.com/graph/json-batching): up to 20 requests with relative
 * URLs, `dependsOn` ordering, 424 for dependents of a failed request, and faults per sub-request —
 * a batch can answer 200 while some of its requests were throttled.
 */
export const maxBatchRequests = 20;

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const badBatch = (message: string) => new GraphHttpError(400, 'BadRequest', message);

export function runBatch(
  request: GraphRequest,
  env: GraphEnvironment,
  faults: FaultInjector,
  stats: StatsRecorder,
): GraphResponse {
  const steps = parseSteps(request.body);
  stats.batch(steps.length);
  const results = new Map<string, GraphResponse>();
  for (const step of executionOrder(steps)) {
    const ids = callIds(step.headers['client-request-id']);
    const failedDependency = step.dependsOn.find(
      (id) => (results.get(id.toLowerCase())?.status ?? 500) >= 400,
    );
    const response =
      failedDependency !== undefined
        ? errorResponse(
            new GraphHttpError(
              424,
              'failedDependency',
              `The request depends on request '${failedDependency}', which failed.`,
            ),
            ids,
          )
        : runStep(step, request.headers.authorization, env, faults, stats, ids);
    stats.subResponse(response.status);
    results.set(step.id.toLowerCase(), response);
  }
  // Each response carries its headers, Cache-Control among them, and a body — `null` when there
  // is none, as for a 204 (https://learn.microsoft.com/graph/json-batching).
  const responses = steps.map((step) => {
    const { status, headers, body } = results.get(step.id.toLowerCase()) as GraphResponse;
    return {
      id: step.id,
      status,
      headers: { 'Cache-Control': 'no-cache', ...headers },
      body: body ?? null,
    };
  });
  return json(200, { responses });
}

function runStep(
  step: BatchStep,
  authorization: string | undefined,
  env: GraphEnvironment,
  faults: FaultInjector,
  stats: StatsRecorder,
  ids: CallIds,
): GraphResponse {
  const decision = faults.decide('subRequest', step.method, step.url);
  if (decision.kind === 'throttle' || decision.kind === 'unavailable') {
    stats.injected(decision.kind === 'throttle' ? 'throttled' : 'unavailable');
    return injectedFaultResponse(decision, ids);
  }
  const url = requestTarget(step.url.replace(/^\/?(v1\.0\/)?/, '/'));
  if (/^\/(beta|v1\.0)(\/|$)/.test(url.pathname) || /^\/?\$batch/.test(url.pathname)) {
    return errorResponse(
      badBatch(
        `The batched request URL '${step.url}' is not valid: use a URL relative to /v1.0, without nesting $batch.`,
      ),
      ids,
    );
  }
  const subRequest: GraphRequest = {
    method: step.method,
    path: url.pathname,
    query: url.searchParams,
    // Every step runs with the batch request's own token; a step's own Authorization header is
    // ignored, never honoured, so a step cannot raise the caller's rights. The steps' `headers`
    // are for ConsistencyLevel, Content-Type, If-Match… (https://learn.microsoft.com/graph/json-batching);
    // the SDKs' batch builders drop a step's Authorization as unused
    // (https://github.com/microsoftgraph/msgraph-sdk-dotnet-core/pull/956).
    headers: { ...step.headers, authorization },
    body: step.body,
  };
  return executeGraphCall(subRequest, env, ids);
}

function parseSteps(body: unknown): BatchStep[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badBatch("A JSON batch needs a 'requests' array.");
  if (requests.length === 0) throw badBatch('A JSON batch needs at least one request.');
  if (requests.length > maxBatchRequests) {
    throw badBatch(
      `The batch has ${requests.length} requests; JSON batching allows at most ${maxBatchRequests}.`,
    );
  }
  const steps = requests.map(parseStep);
  const ids = new Set<string>();
  for (const step of steps) {
    const key = step.id.toLowerCase();
    if (ids.has(key))
      throw badBatch(`The request id '${step.id}' appears more than once in the batch.`);
    ids.add(key);
  }
  for (const step of steps) {
    for (const dependency of step.dependsOn) {
      if (!ids.has(dependency.toLowerCase())) {
        throw badBatch(
          `Request '${step.id}' depends on '${dependency}', which is not in the batch.`,
        );
      }
    }
  }
  ensureSupportedDependencies(steps);
  return steps;
}

/**
 * Graph takes one dependency per request, in a batch that is parallel (no request states one),
 * serial (each request depends on the one before it) or has every dependent request depend on
 * the same one (https://learn.microsoft.com/graph/known-issues#json-batching; the Graph SDK's
 * `BatchRequestContent` checks the same before it sends).
 */
function ensureSupportedDependencies(steps: readonly BatchStep[]): void {
  const several = steps.find((step) => step.dependsOn.length > 1);
  if (several) {
    throw badBatch(
      `Request '${several.id}' depends on ${several.dependsOn.length} requests; a batched request may depend on one.`,
    );
  }
  const on = (step: BatchStep) => step.dependsOn[0]?.toLowerCase();
  const dependencies = new Set(steps.map(on).filter((id) => id !== undefined));
  const serial = steps.every((step, index) =>
    index === 0 ? on(step) === undefined : on(step) === steps[index - 1]!.id.toLowerCase(),
  );
  if (dependencies.size > 1 && !serial) {
    throw badBatch(
      'The requests of a batch must run in parallel (no dependsOn), in series (each depending on the one before it) or all after the same request.',
    );
  }
}

function parseStep(input: unknown, index: number): BatchStep {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { id, method, url, dependsOn } = raw;
  if (typeof id !== 'string' || !id)
    throw badBatch(`Request ${index + 1} in the batch needs a string 'id'.`);
  if (typeof method !== 'string' || !/^(GET|POST|PATCH|PUT|DELETE)$/i.test(method)) {
    throw badBatch(`Request '${id}' needs a 'method' of GET, POST, PATCH, PUT or DELETE.`);
  }
  if (typeof url !== 'string' || !url || /^https?:/i.test(url)) {
    throw badBatch(`Request '${id}' needs a relative 'url', such as /sites/root/lists.`);
  }
  if (
    dependsOn !== undefined &&
    (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string'))
  ) {
    throw badBatch(`Request '${id}': 'dependsOn' must be an array of request ids.`);
  }
  const headers: Record<string, string> = {};
  if (raw.headers !== undefined) {
    if (typeof raw.headers !== 'object' || raw.headers === null)
      throw badBatch(`Request '${id}': 'headers' must be an object.`);
    for (const [name, value] of Object.entries(raw.headers))
      headers[name.toLowerCase()] = String(value);
  }
  if (raw.body !== undefined && !headers['content-type']) {
    throw badBatch(`Request '${id}' has a body, so its headers must include Content-Type.`);
  }
  return {
    id,
    method: method.toUpperCase(),
    url,
    headers,
    body: decodeBody(raw.body, headers['content-type']),
    dependsOn: (dependsOn as string[] | undefined) ?? [],
  };
}

/** A batched body is JSON, or base64 of the payload for other content types. */
function decodeBody(body: unknown, contentType: string | undefined): unknown {
  if (typeof body !== 'string' || !contentType?.includes('json')) return body;
  try {
    return JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
  } catch {
    return body;
  }
}

/** Requests run after the requests they depend on; a cycle makes the whole batch invalid. */
function executionOrder(steps: readonly BatchStep[]): BatchStep[] {
  const byId = new Map(steps.map((step) => [step.id.toLowerCase(), step]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: BatchStep[] = [];
  const visit = (step: BatchStep) => {
    const key = step.id.toLowerCase();
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting')
      throw badBatch(`The dependsOn references in the batch form a cycle through '${step.id}'.`);
    state.set(key, 'visiting');
    for (const dependency of step.dependsOn) visit(byId.get(dependency.toLowerCase()) as BatchStep);
    state.set(key, 'done');
    order.push(step);
  };
  steps.forEach(visit);
  return order;
}
