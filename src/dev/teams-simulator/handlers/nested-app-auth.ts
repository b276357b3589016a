import { answerNestedAppAuth } from '../../nested-app-auth';
import type { HandlerSet } from './types';

/**
 * Sign-in: teams-js turns MSAL's `window.nestedAppAuthBridge.postMessage` into a
 * `nestedAppAuth.execute` request whose `data` is the bridge message, and hands the second of
 * the answer's `args` back to MSAL (teams-js `processAuthBridgeMessage`). The user is the one
 * the frame runs as, in the simulator's tenant.
 */
export const nestedAppAuthHandlers: HandlerSet = {
  name: 'nestedAppAuth',
  supports: { nestedAppAuth: {} },
  handlers: {
    'nestedAppAuth.execute': (request, frame, host) => {
      const response = answerNestedAppAuth(request.data, {
        tenantId: host.settings.tenantId,
        user: frame.scope.user,
        clientId: host.clientId,
        consentedScopes: host.settings.consentedScopes,
        signingKey: host.tokenSigningKey,
      });
      return response ? [null, response] : undefined;
    },
  },
};
