import * as microsoftTeams from '@microsoft/teams-js';

/**
 * The teams-js sandbox: nothing but the real SDK, exposed as the global `microsoftTeams` the way
 * Microsoft's samples have it from the CDN script
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/using-teams-client-library).
 * Nothing is called on load, so a snippet run here starts before `app.initialize()`, as on a
 * page of its own. The Teams contract suite (tests/browser/teams-contract) runs Microsoft's
 * documented examples in it.
 */
declare global {
  interface Window {
    microsoftTeams: typeof microsoftTeams;
  }
}

window.microsoftTeams = microsoftTeams;
document.documentElement.dataset.sdk = 'ready';
