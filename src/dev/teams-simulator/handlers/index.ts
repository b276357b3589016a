import { appHandlers } from './app';
import { configurationHandlers } from './configuration';
import { meetingHandlers } from './meeting';
import type { HandlerSet } from './types';

/**
 * Everything the simulator answers. Live Share (`interactive.*`: Fluid tenant info, token,
 * container id, NTP time, client roles) joins as one more set here, with
 * `supports: { interactive: {} }`.
 */
export const handlerSets: readonly HandlerSet[] = [
  appHandlers,
  configurationHandlers,
  meetingHandlers,
];
