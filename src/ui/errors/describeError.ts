import { ConfigError } from '../app/config';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  OkrError,
  SignInError,
  ThrottledError,
} from '../../store/errors';

export interface ErrorDescription {
  readonly title: string;
  readonly message: string;
  /** Trying again may help (network, throttling, someone else's change). */
  readonly retryable: boolean;
  /** The Graph permission to ask an admin for, when one is missing. */
  readonly permission?: string;
  readonly details?: readonly string[];
}

/**
 * A part of the app that could not be loaded (its chunk was lost to a dropped connection), in
 * the product's words: every surface says it so, not in the browser's.
 */
export const partNotLoaded = {
  title: 'Part of OKR Coach could not be loaded',
  message: 'Check your connection, then try again.',
  retryable: true,
} as const satisfies ErrorDescription;

/** The same, said in one line. */
export const partNotLoadedText = `${partNotLoaded.title}. ${partNotLoaded.message}`;

/**
 * A dynamic import that failed, as each browser words it (Chromium: "Failed to fetch dynamically
 * imported module", Firefox: "error loading dynamically imported module", Safari: "Importing a
 * module script failed"), or a stylesheet Vite could not preload for it
 * (https://vite.dev/guide/build#load-error-handling).
 */
const failedImport =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/;

/**
 * Turns a typed store error (or anything thrown) into words a person can act on: the one place
 * every surface gets an error's wording from. The error's kind decides, and so does what failed:
 * a read that failed wrote nothing, so it says what could not be loaded and offers to load it
 * again; only a refused write says it was not saved. Transient failures (busy, offline) offer to
 * try again; the others say what to do instead.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof InvalidError && error.operation !== 'read') {
    return {
      title: 'That was not saved',
      message: 'Some values break the rules. Nothing was written.',
      retryable: false,
      // What each broken rule says, with what is accepted: the store's schema check names its
      // fields in `issues` ("unit"), and says what is wrong only in its message.
      details:
        error.details.length > 0 ? error.details.map((issue) => issue.message) : [error.message],
    };
  }
  if (
    error instanceof OkrError &&
    error.operation === 'read' &&
    (error.kind === 'invalid' || error.kind === 'unknown')
  ) {
    return {
      title: 'This could not be loaded',
      message:
        'Microsoft 365 did not answer the request for this data as expected. Nothing was changed; try loading it again.',
      retryable: true,
      details: [error.message],
    };
  }
  if (error instanceof ConfigError) {
    return {
      title: 'The app is not configured',
      message: 'An administrator needs to finish the app settings.',
      retryable: false,
      details: error.problems,
    };
  }
  if (error instanceof ConflictError) {
    return {
      title: 'Someone else changed this',
      message: 'It changed since you opened it. Reload to see the latest version.',
      retryable: true,
    };
  }
  if (error instanceof NotFoundError) {
    return {
      title: 'Not found',
      message: 'It may have been deleted, or the OKR site is not set up yet.',
      retryable: true,
    };
  }
  if (error instanceof ForbiddenError && error.grantedBy === 'site') {
    return {
      title: 'You do not have permission',
      message: `The OKR site does not let you do this: ${error.permission ?? 'ask an OKR admin'}. Nothing was changed; ask an OKR admin if you need it.`,
      retryable: false,
      ...(error.permission ? { permission: error.permission } : {}),
    };
  }
  if (error instanceof ForbiddenError) {
    return {
      title: 'You do not have access',
      message: error.permission
        ? `This needs the "${error.permission}" permission. Ask your Microsoft 365 admin to grant it.`
        : 'Your account cannot do this. Ask your Microsoft 365 admin for access.',
      retryable: false,
      ...(error.permission ? { permission: error.permission } : {}),
    };
  }
  if (error instanceof ThrottledError) return describeThrottled(error);
  if (error instanceof SignInError) {
    return {
      title: 'You could not be signed in',
      message:
        'Microsoft 365 did not sign you in to OKR Coach. An admin may need to consent to the app’s permissions.',
      retryable: true,
      details: [error.message],
    };
  }
  if (error instanceof OfflineError) {
    return {
      title: 'You are offline',
      message: 'Microsoft 365 could not be reached. Check your connection and try again.',
      retryable: true,
    };
  }
  if (error instanceof Error && failedImport.test(error.message)) return partNotLoaded;
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : 'An unexpected error happened.',
    retryable: true,
  };
}

/**
 * Busy or down: when to try again. Once the store has retried, Graph's last Retry-After was
 * waited out already (or did not fit the operation's patience): the person hears how long the app
 * kept trying, and to come back a while later, not "in 1 second".
 */
function describeThrottled(error: ThrottledError): ErrorDescription {
  const unavailable = error.reason === 'unavailable';
  const title = unavailable ? 'Microsoft 365 is unavailable' : 'Microsoft 365 is busy';
  const { retried } = error;
  if (retried) {
    const waited = Math.round(retried.waitedMs / 1000);
    const over = waited > 0 ? ` over ${waited} ${waited === 1 ? 'second' : 'seconds'}` : '';
    const minutes = Math.ceil((error.retryAfterSeconds ?? 0) / 60);
    return {
      title,
      message:
        `Microsoft Graph is ${unavailable ? 'unavailable' : 'busy'} and did not answer after ` +
        `${retried.retries + 1} tries${over}${unavailable ? '; nothing was lost' : ''}. ` +
        `Try again in ${minutes > 1 ? `${minutes} minutes` : 'a minute'}.`,
      retryable: true,
    };
  }
  const seconds = error.retryAfterSeconds;
  const later = seconds
    ? `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
    : 'Try again in a moment.';
  return unavailable
    ? {
        title,
        message: `The service is down for a moment; nothing was lost. ${later}`,
        retryable: true,
      }
    : { title, message: `Too many requests right now. ${later}`, retryable: true };
}
