import type { pages } from '@microsoft/teams-js';
import type { HandlerSet } from './types';

/**
 * The configuration page's side of Teams' Save button: `settings.setValidityState` enables it,
 * `settings.setSettings` hands over the tab's settings, and after the host raises
 * `settings.save` the page answers `settings.save.success` or `settings.save.failure`.
 * Teams refuses settings whose URLs (content, website, removal page) are outside the manifest's
 * `validDomains`, and the Save then fails with "We couldn't save your tab settings. Please try
 * again." (MicrosoftDocs/msteams-docs issue 7727, "Invalid tab settings provided: url";
 * OfficeDev/microsoft-teams-sample-tabs issue 13, a `websiteUrl` outside `validDomains`).
 */
export const configurationHandlers: HandlerSet = {
  name: 'configuration',
  supports: { pages: { config: {} } },
  handlers: {
    'settings.setValidityState': (request, frame) => {
      frame.setSaveEnabled(request.args[0] === true);
      return undefined;
    },
    // Answer: [wasSuccessful, reason]; teams-js rejects `setConfig` with `Error(reason)`.
    'settings.setSettings': (request, frame, host) => {
      const config = request.args[0] as pages.InstanceConfig | undefined;
      if (!config || typeof config.contentUrl !== 'string')
        return [false, 'setConfig needs a contentUrl.'];
      const invalid = host.urlsOutsideValidDomains(config);
      if (invalid.length > 0)
        return [false, `Invalid tab settings provided: ${invalid.join(', ')}`];
      frame.pendingConfig = config;
      return [true];
    },
    'settings.getSettings': (_request, frame, host) => [
      frame.pendingConfig ??
        host.savedConfig(frame) ?? { contentUrl: frame.iframe.src, entityId: frame.scope.entityId },
    ],
    'settings.save.success': (_request, frame, host) => {
      host.saveCompleted(frame);
      return undefined;
    },
    'settings.save.failure': (request, frame, host) => {
      const [reason] = request.args;
      host.saveCompleted(frame, typeof reason === 'string' && reason ? { reason } : {});
      return undefined;
    },
    'settings.remove.success': () => undefined,
    'settings.remove.failure': () => undefined,
  },
};
