import type { pages } from '@microsoft/teams-js';
import type { HandlerSet } from './types';

/**
 * The configuration page's side of Teams' Save button: `settings.setValidityState` enables it,
 * `settings.setSettings` hands over the tab's settings, and after the host raises
 * `settings.save` the page answers `settings.save.success` or `settings.save.failure`.
 */
export const configurationHandlers: HandlerSet = {
  name: 'configuration',
  supports: { pages: { config: {} } },
  handlers: {
    'settings.setValidityState': (request, frame) => {
      frame.setSaveEnabled(request.args[0] === true);
      return undefined;
    },
    // Answer: [wasSuccessful, reason].
    'settings.setSettings': (request, frame) => {
      const config = request.args[0] as pages.InstanceConfig | undefined;
      if (!config || typeof config.contentUrl !== 'string')
        return [false, 'setConfig needs a contentUrl.'];
      frame.pendingConfig = config;
      return [true];
    },
    'settings.getSettings': (_request, frame) => [
      frame.pendingConfig ?? { contentUrl: frame.iframe.src, entityId: frame.scope.entityId },
    ],
    'settings.save.success': (_request, frame, host) => {
      host.saveCompleted(frame);
      return undefined;
    },
    'settings.save.failure': (request, frame, host) => {
      host.saveCompleted(frame, String(request.args[0] ?? 'no reason given'));
      return undefined;
    },
    'settings.remove.success': () => undefined,
    'settings.remove.failure': () => undefined,
  },
};
