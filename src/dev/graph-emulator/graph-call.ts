import { randomUUID } from 'node:crypto';
import { GraphHttpError, graphErrorBody } from './errors';
import type { FaultDecision } from './faults';
import { type GraphEnvironment, type GraphRequest, type GraphResponse } from './graph-request';
import { routeGraphRequest } from './graph-router';

/** Runs one Graph call (top-level or inside a batch) and turns any failure into Graph's error shape. */
export interface CallIds {
  requestId: string;
  clientRequestId: string;
}

export function callIds(clientRequestId: string | undefined): CallIds {
  const requestId = randomUUID();
  return { requestId, clientRequestId: clientRequestId ?? requestId };
}

export function executeGraphCall(
  request: GraphRequest,
  env: GraphEnvironment,
  ids: CallIds,
): GraphResponse {
  try {
    return routeGraphRequest(request, env);
  } catch (error) {
    return errorResponse(error, ids);
  }
}

/** Errors are plain `application/json`, as in https://learn.microsoft.com/graph/json-batching's example. */
export function errorResponse(error: unknown, ids: CallIds): GraphResponse {
  if (error instanceof GraphHttpError) {
    return {
      status: error.status,
      headers: { 'Content-Type': 'application/json', ...error.headers },
      body: graphErrorBody(
        error.code,
        error.message,
        ids.requestId,
        ids.clientRequestId,
        error.inner,
      ),
    };
  }
  console.error('[graph-emulator] unexpected failure:', error);
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 500,
    headers: { 'Content-Type': 'application/json' },
    body: graphErrorBody(
      'generalException',
      `An unexpected error occurred: ${message}`,
      ids.requestId,
      ids.clientRequestId,
    ),
  };
}

/** The answers for injected 429 and 503, with Retry-After as Graph sends it. */
export function injectedFaultResponse(
  decision: Extract<FaultDecision, { kind: 'throttle' | 'unavailable' }>,
  ids: CallIds,
): GraphResponse {
  const headers = { 'Retry-After': String(decision.retryAfterSeconds) };
  // The sample throttled response of https://learn.microsoft.com/graph/throttling.
  return decision.kind === 'throttle'
    ? errorResponse(
        new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', headers, {
          code: '429',
          message: 'Please retry after',
          status: '429',
        }),
        ids,
      )
    : errorResponse(
        new GraphHttpError(
          503,
          'serviceNotAvailable',
          'The service is not available. Try the request again after a delay.',
          headers,
        ),
        ids,
      );
}
