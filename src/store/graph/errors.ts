/**
 * The one place where Graph failures become the store's typed errors. Everything the adapter
 * sends — single requests and the inner responses of a `$batch` — goes through here.
 */
import { GraphError } from '@microsoft/microsoft-graph-client';
import {
  CancelledError,
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  OkrError,
  type OkrOperation,
  ResyncRequiredError,
  type RetriesMade,
  SignInError,
  ThrottledError,
  UnknownStoreError,
} from '../errors';
import { okrGroups } from '../access';
import { permissions } from '../schema';

export interface ErrorContext {
  /** The Graph permission the operation needs, named in a `ForbiddenError`. */
  readonly permission?: string;
  /** What we were doing, for the message ("saving key result 12"). */
  readonly action?: string;
  /** The caller's signal: when it aborted, the abort is passed on unchanged. */
  readonly signal?: AbortSignal;
  /** The request's HTTP method: a GET is a read, anything else a write. */
  readonly method?: string;
  /** The retries of the operation made before this failure ended it. */
  readonly retried?: RetriesMade;
}

function operationOf(context: ErrorContext): OkrOperation | undefined {
  if (!context.method) return undefined;
  return context.method.toUpperCase() === 'GET' ? 'read' : 'write';
}

/** What a failed HTTP response (outer or inside a batch) tells us. */
export interface FailedResponse {
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly retryAfterSeconds?: number;
}

export function retryAfterSeconds(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

export function errorFromResponse(response: FailedResponse, context: ErrorContext = {}): OkrError {
  const error = mappedResponse(response, context);
  error.operation = operationOf(context);
  return error;
}

function mappedResponse(response: FailedResponse, context: ErrorContext): OkrError {
  const doing = context.action ? `${context.action}: ` : '';
  const detail = response.message || response.code || `HTTP ${response.status}`;
  switch (response.status) {
    case 400:
    case 409:
    case 422:
      // A read the store refuses (a bad next-page link, a bad query) is not the user's input.
      return operationOf(context) === 'read'
        ? new UnknownStoreError(`${doing}${detail}`, response.status)
        : new InvalidError(`${doing}${detail}`, [detail]);
    case 401:
    case 403: {
      if (response.status === 403 && refusedBySite(response))
        return new ForbiddenError(
          `${doing}your permissions on the OKR site do not allow this (${siteRules}). ${detail}`,
          siteRules,
          'site',
        );
      const permission = context.permission ?? permissions.readWriteItems;
      return new ForbiddenError(
        `${doing}access denied. The app needs the Microsoft Graph permission ${permission}` +
          ` (${permissions.leastPrivilege} granted on the OKR site is the least-privilege option). ${detail}`,
        permission,
      );
    }
    case 404:
      return new NotFoundError(`${doing}not found. ${detail}`);
    case 410:
      return new ResyncRequiredError(
        `${doing}the changes since the last refresh are no longer available; reload in full.`,
      );
    case 412:
      return new ConflictError(
        `${doing}someone else changed it since you read it.`,
        undefined,
        undefined,
      );
    case 429:
      return new ThrottledError(
        `${doing}Microsoft Graph is busy; try again shortly.${triedAgain(context)} ${detail}`,
        response.retryAfterSeconds,
        'tooManyRequests',
        ...retriedIn(context),
      );
    case 503:
      return new ThrottledError(
        `${doing}Microsoft Graph is unavailable for now; try again shortly.${triedAgain(context)} ${detail}`,
        response.retryAfterSeconds,
        'unavailable',
        ...retriedIn(context),
      );
    case 504:
      return new OfflineError(`${doing}Microsoft Graph did not answer in time.`);
    default:
      return new UnknownStoreError(`${doing}${detail}`, response.status);
  }
}

/** The retries made, when there were any. */
function retriedIn({ retried }: ErrorContext): [RetriesMade] | [] {
  return retried && retried.retries > 0 ? [retried] : [];
}

function triedAgain({ retried }: ErrorContext): string {
  return retried && retried.retries > 0
    ? ` Retried ${retried.retries} times over ${Math.round(retried.waitedMs)} ms.`
    : '';
}

/**
 * SharePoint's words when the person's own rights on the site refuse a call (a missing scope is
 * worded differently), under Graph (`accessDenied`) and in its REST API alike.
 */
function refusedBySite(response: FailedResponse): boolean {
  return /You do not have permission to perform this action or access this resource/i.test(
    response.message ?? '',
  );
}

/** The site's rules in one line, from the scheme provisioning sets (`../access.ts`). */
const siteRules = `only ${okrGroups.admins} change the operating model, roles and teams; ${okrGroups.admins} and ${okrGroups.coaches} change cycles, delete OKRs and correct others' check-ins`;

/** By name: fetch's errors may come from another realm than ours. */
function named(error: unknown, name: string): boolean {
  return (error as { name?: unknown } | null)?.name === name;
}

function isAbort(error: unknown): boolean {
  if (named(error, 'AbortError')) return true;
  return (
    error instanceof GraphError && (error.code === 'AbortError' || named(error.body, 'AbortError'))
  );
}

/**
 * Maps anything the graph-client (or the code around it) threw to an `OkrError`. A cancellation
 * becomes a `CancelledError` (named `AbortError`) carrying the signal's reason.
 */
export function toOkrError(error: unknown, context: ErrorContext = {}): OkrError {
  if (error instanceof OkrError) return error;
  if (context.signal?.aborted) return cancelled(context.signal.reason ?? error);
  if (isAbort(error)) return cancelled(error);
  if (error instanceof GraphError) {
    // A sign-in failure in the middleware chain comes back as a GraphError named after it,
    // with its text in `body` (graph-client's GraphErrorHandler.constructError).
    if (error.code === 'SignInError') {
      return new SignInError(String(error.body).replace(/^SignInError: /, ''));
    }
    if (error.statusCode <= 0) {
      const doing = context.action ? `${context.action}: ` : '';
      return new OfflineError(
        `${doing}cannot reach Microsoft Graph (${error.message || error.code || String(error.body)}).`,
      );
    }
    return errorFromResponse(
      {
        status: error.statusCode,
        code: error.code ?? undefined,
        message: error.message || sharePointMessage(error.body),
        retryAfterSeconds: retryAfterSeconds(error.headers?.get('Retry-After')),
      },
      context,
    );
  }
  if (named(error, 'TypeError')) {
    return new OfflineError(`Cannot reach Microsoft Graph (${(error as Error).message}).`);
  }
  return new UnknownStoreError(error instanceof Error ? error.message : String(error));
}

/** SharePoint REST's error body, `{"odata.error": {code, message: {lang, value}}}`, which graph-client leaves unread. */
function sharePointMessage(body: unknown): string | undefined {
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  const error = (parsed as { 'odata.error'?: { message?: { value?: unknown } } } | null)?.[
    'odata.error'
  ];
  const value = error?.message?.value;
  return typeof value === 'string' ? value : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function cancelled(reason: unknown): CancelledError {
  return reason instanceof CancelledError
    ? reason
    : new CancelledError(
        reason instanceof Error && reason.message ? reason.message : undefined,
        reason,
      );
}
