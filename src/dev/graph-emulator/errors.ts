/**
 * Graph's error shape: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`
 * (https://learn.microsoft.com/graph/errors). Handlers throw `GraphHttpError`; the server renders it.
 */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** More specific detail Graph puts in `innerError` (a detailed code, a status). */
    readonly inner: InnerErrorDetail = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** The "detailed error codes" of https://learn.microsoft.com/graph/errors, and the like. */
export interface InnerErrorDetail {
  code?: string;
  message?: string;
  status?: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    innerError: InnerErrorDetail & {
      date: string;
      'request-id': string;
      'client-request-id': string;
    };
  };
}

/** Graph writes the innerError date without a zone or fraction, e.g. `2025-02-13T10:17:05`. */
export function graphErrorBody(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
  inner: InnerErrorDetail = {},
): ErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        ...(inner.code === undefined ? {} : { code: inner.code }),
        date: new Date().toISOString().slice(0, 19),
        ...(inner.message === undefined ? {} : { message: inner.message }),
        'request-id': requestId,
        ...(inner.status === undefined ? {} : { status: inner.status }),
        'client-request-id': clientRequestId,
      },
    },
  };
}

export const invalidRequest = (message: string) =>
  new GraphHttpError(400, 'invalidRequest', message);

/** The wording Graph uses for a path it has no route for. */
export const unknownSegment = (segment: string) =>
  new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export const itemNotFound = (message = 'The resource could not be found.') =>
  new GraphHttpError(404, 'itemNotFound', message);

export const nameAlreadyExists = (message: string) =>
  new GraphHttpError(409, 'nameAlreadyExists', message);

/** A property the type does not have, refused in the words of Graph's deserializer. */
export const unknownProperty = (key: string, type: string) =>
  invalidRequest(
    `The property '${key}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type.`,
  );

/**
 * Refuses, never ignores, a body property a create or update does not take: one the type does
 * not have is a 400 `invalidRequest`, one of its properties the emulator does not set a 400
 * `notSupported`. OData annotations (`@odata.type`) pass.
 */
export function assertTakenProperties(
  body: Record<string, unknown>,
  type: string,
  typeProperties: ReadonlySet<string>,
  taken: ReadonlySet<string>,
  notSet: (key: string) => string,
): void {
  for (const key of Object.keys(body)) {
    if (key.includes('@') || taken.has(key)) continue;
    if (!typeProperties.has(key)) throw unknownProperty(key, type);
    throw new GraphHttpError(400, 'notSupported', notSet(key));
  }
}
