import { appHandlers } from './app';
import { configurationHandlers } from './configuration';
import { liveShareHandlers } from './live-share';
import { meetingHandlers } from './meeting';
import { nestedAppAuthHandlers } from './nested-app-auth';
import type { HandlerSet } from './types';

/** Everything the simulator answers. */
export const handlerSets: readonly HandlerSet[] = [
  appHandlers,
  configurationHandlers,
  meetingHandlers,
  liveShareHandlers,
  nestedAppAuthHandlers,
];
