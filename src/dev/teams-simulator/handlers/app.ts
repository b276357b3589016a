import { legacyContextFor } from '../legacy-context';
import type { HandlerSet } from './types';

/** Start-up and the app's life: `initialize`, `getContext`, `appInitialization.*`, handlers, links. */
export const appHandlers: HandlerSet = {
  name: 'app',
  supports: {
    app: { notifySuccessResponse: {} },
    teamsCore: {},
    pages: { config: {}, currentApp: {} },
  },
  handlers: {
    // Answer: [frameContext, hostClientType, clientSupportedSDKVersion, runtimeConfig (JSON)],
    // the order Teams answers in: teams-js accepts both orders for the runtime, but only reads
    // the fourth to decide whether the host offers nested app authentication
    // (`tryPolyfillWithNestedAppAuthBridge` in its internal/nestedAppAuthUtils).
    initialize: (request, frame, host) => {
      frame.setStatus('initialized');
      const sdkVersion = typeof request.args[0] === 'string' ? request.args[0] : '2.0.1';
      return [frame.scope.frameContext, 'web', sdkVersion, JSON.stringify(host.runtimeConfig)];
    },
    getContext: (_request, frame, host) => [legacyContextFor(frame.scope, host.settings.tenantId)],
    'appInitialization.appLoaded': (_request, frame) => {
      frame.setStatus('loaded');
      return undefined;
    },
    // The runtime announces `app.notifySuccessResponse`, so teams-js waits for this answer.
    'appInitialization.success': (_request, frame) => {
      frame.setStatus('ready');
      return [];
    },
    'appInitialization.failure': (request, frame) => {
      const [reason, message] = request.args;
      frame.setStatus(
        'failed',
        `notifyFailure: ${String(reason)}${message ? ` — ${String(message)}` : ''}`,
      );
      return undefined;
    },
    'appInitialization.expectedFailure': (request, frame) => {
      const [reason, message] = request.args;
      frame.setStatus(
        'expectedFailure',
        `notifyExpectedFailure: ${String(reason)}${message ? ` — ${String(message)}` : ''}`,
      );
      return undefined;
    },
    registerHandler: (request, frame) => {
      frame.registeredHandlers.add(String(request.args[0]));
      return undefined;
    },
    // `pages.currentApp.navigateTo`: answered before the personal app opens the tab, which
    // reloads the simulator.
    'pages.currentApp.navigateTo': (request, frame, host) => {
      const { pageId } = (request.args[0] ?? {}) as { pageId?: unknown };
      const refused = host.openStaticTab(frame, String(pageId));
      if (refused) return [refused];
      frame.respond(request, []);
      return undefined;
    },
    // `app.openLink`: answered [succeeded, reason] before the link opens, since a link into the
    // app reloads this very frame.
    executeDeepLink: (request, frame, host) => {
      frame.respond(request, [true]);
      host.openDeepLink(frame, String(request.args[0]));
      return undefined;
    },
  },
};
