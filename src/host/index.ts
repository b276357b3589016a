/**
 * The host layer: one `Host` over Teams (teams-js), Excel (office.js) and a plain browser.
 * React-free; the UI wraps it in its own context provider.
 */
export { createHost } from './detect';
export { loadFluentTheme } from './theme';
export { tabSettingsFromQuery, tabSettingsToQuery } from './tab-settings';
export type { HostConfig } from './config';
export type * from './types';
