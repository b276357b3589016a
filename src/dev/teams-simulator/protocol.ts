/**
 * The teams-js postMessage protocol, as teams-js 2 speaks it (see its `internal/messageObjects`
 * and `internal/communication`):
 * - the app sends requests `{ id, uuidAsString, func, args, timestamp, apiVersionTag, … }`;
 * - the host answers `{ id, uuidAsString, args }` (teams-js matches `uuidAsString`, else `id`),
 *   with `isPartialResponse: true` when more answers follow;
 * - the host raises events `{ func, args }` without an id (`themeChange`, `settings.save`, …).
 */
export interface TeamsRequest {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly func: string;
  readonly args: readonly unknown[];
  readonly apiVersionTag?: string;
  /** `nestedAppAuth.execute` carries MSAL's bridge message here, not in `args`. */
  readonly data?: unknown;
}

export interface TeamsResponse {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly args: readonly unknown[];
  readonly isPartialResponse?: boolean;
}

export interface HostEvent {
  readonly func: string;
  readonly args: readonly unknown[];
}

export function isTeamsRequest(data: unknown): data is TeamsRequest {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<TeamsRequest>;
  return typeof message.id === 'number' && typeof message.func === 'string';
}

export function responseTo(
  request: TeamsRequest,
  args: readonly unknown[],
  partial = false,
): TeamsResponse {
  return {
    id: request.id,
    ...(request.uuidAsString ? { uuidAsString: request.uuidAsString } : {}),
    args,
    ...(partial ? { isPartialResponse: true } : {}),
  };
}

/** teams-js `ErrorCode` values the simulator answers with. */
export const errorCodes = {
  notSupportedOnPlatform: 100,
  notSupportedInCurrentContext: 501,
  permissionDenied: 1000,
  invalidArguments: 4000,
} as const;

/** teams-js `SdkError`. */
export function sdkError(
  errorCode: number,
  message: string,
): { errorCode: number; message: string } {
  return { errorCode, message };
}
