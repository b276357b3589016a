import type { ValidationIssue } from '../core/issues';

/**
 * What can go wrong talking to the store, as typed errors the UI can act on. Every Graph
 * failure is mapped to one of these; callers never see raw HTTP.
 */
export type OkrErrorKind =
  | 'conflict'
  | 'notFound'
  | 'forbidden'
  | 'throttled'
  | 'offline'
  | 'invalid'
  | 'resyncRequired'
  | 'signIn'
  | 'cancelled'
  | 'unknown';

/** Whether the failed request read from the store or wrote to it (GET is a read). */
export type OkrOperation = 'read' | 'write';

export abstract class OkrError extends Error {
  abstract readonly kind: OkrErrorKind;
  /** Set by the store when it knows the request: a failed read has written nothing. */
  operation?: OkrOperation;
  /**
   * Sending the same request again later may succeed, unchanged: the store was busy or out of
   * reach. The store's own retry policy already retried it; a person may try once more. Never
   * true when the input or someone else's change is the cause.
   */
  get retryable(): boolean {
    return false;
  }
}

/** Someone else changed the item since we read it (HTTP 412). Carries both versions. */
/** Who saved the version that won, and when, as the store records it (list item's lastModifiedBy). */
export interface ChangedBy {
  readonly displayName: string;
  readonly at?: string;
}

export class ConflictError<T = unknown> extends OkrError {
  readonly kind = 'conflict' as const;
  constructor(
    message: string,
    readonly mine: T,
    readonly theirs: T | undefined,
    /** Who saved theirs, when the store says. */
    readonly changedBy?: ChangedBy,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class NotFoundError extends OkrError {
  readonly kind = 'notFound' as const;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * The signed-in user or the app lacks a permission. `grantedBy: 'consent'`: the app lacks a
 * Graph or SharePoint scope (`permission` names it), which a Microsoft 365 admin consents to.
 * `grantedBy: 'site'`: SharePoint refused the person on the OKR site (its groups and list
 * permissions, `access.ts`); `permission` says which rule, and an OKR admin decides.
 */
export class ForbiddenError extends OkrError {
  readonly kind = 'forbidden' as const;
  constructor(
    message: string,
    readonly permission?: string,
    readonly grantedBy: 'consent' | 'site' = 'consent',
  ) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The retries the store already made of an operation before it gave up. */
export interface RetriesMade {
  readonly retries: number;
  /** All the waits before them together. */
  readonly waitedMs: number;
}

export class ThrottledError extends OkrError {
  readonly kind = 'throttled' as const;
  override get retryable(): boolean {
    return true;
  }
  constructor(
    message: string,
    /** Graph's last `Retry-After`: how long it asked to wait before the store gave up. */
    readonly retryAfterSeconds?: number,
    /** 429: too many requests from us; 503: the service itself is down for a while. */
    readonly reason: 'tooManyRequests' | 'unavailable' = 'tooManyRequests',
    /** Set when the store retried before giving up: that wait is behind the person already. */
    readonly retried?: RetriesMade,
  ) {
    super(message);
    this.name = 'ThrottledError';
  }
}

export class OfflineError extends OkrError {
  readonly kind = 'offline' as const;
  override get retryable(): boolean {
    return true;
  }
  constructor(message: string) {
    super(message);
    this.name = 'OfflineError';
  }
}

/**
 * The input broke a domain rule; `issues` are the core's validation messages and `details` the
 * full issues (field, code, params) when the core's validation found them.
 */
export class InvalidError extends OkrError {
  readonly kind = 'invalid' as const;
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
    readonly details: readonly ValidationIssue[] = [],
  ) {
    super(message);
    this.name = 'InvalidError';
  }
}

/**
 * A change token is too old for SharePoint to answer (HTTP 410 from delta): what the caller
 * holds may have missed changes, so it reloads in full (`loadBoard`) and starts a new token.
 */
export class ResyncRequiredError extends OkrError {
  readonly kind = 'resyncRequired' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ResyncRequiredError';
  }
}

/**
 * No access token: the host or Microsoft Entra ID refused to sign the user in for the scopes a
 * request needs (no consent, an unknown app registration, a cancelled prompt). The message is
 * the identity platform's own (`AADSTS…`), which an admin can look up.
 */
export class SignInError extends OkrError {
  readonly kind = 'signIn' as const;
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

/**
 * The caller cancelled (its AbortSignal aborted). Named `AbortError`, as the DOM names an abort,
 * so code that tells an abort by name keeps working; `cause` is the signal's reason.
 */
export class CancelledError extends OkrError {
  readonly kind = 'cancelled' as const;
  constructor(message = 'The request was cancelled.', cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AbortError';
  }
}

/** A failure the store could not classify (a server error, an unexpected answer). */
export class UnknownStoreError extends OkrError {
  readonly kind = 'unknown' as const;
  /** A server error may pass; an answer we could not read will not. */
  override get retryable(): boolean {
    return this.status === undefined || this.status >= 500;
  }
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UnknownStoreError';
  }
}
