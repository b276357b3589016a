import { ConfigError } from '../app/config';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
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

/** Turns a typed store error (or anything thrown) into words a person can act on. */
export function describeError(error: unknown): ErrorDescription {
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
  if (error instanceof ThrottledError) {
    const seconds = error.retryAfterSeconds;
    const later = seconds
      ? `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
      : 'Try again in a moment.';
    return error.reason === 'unavailable'
      ? {
          title: 'Microsoft 365 is unavailable',
          message: `The service is down for a moment; nothing was lost. ${later}`,
          retryable: true,
        }
      : {
          title: 'Microsoft 365 is busy',
          message: `Too many requests right now. ${later}`,
          retryable: true,
        };
  }
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
  if (error instanceof InvalidError) {
    return {
      title: 'That was not saved',
      message: 'Some values break the rules. Nothing was written.',
      retryable: false,
      details: error.issues,
    };
  }
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : 'An unexpected error happened.',
    retryable: true,
  };
}
