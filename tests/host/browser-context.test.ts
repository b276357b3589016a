import { hostContextFromBrowser } from '../../src/host/browser-context';

const environment = { preferredTheme: 'dark', language: 'en-GB' } as const;

describe('hostContextFromBrowser', () => {
  it('follows the browser when the URL says nothing', () => {
    const context = hostContextFromBrowser({
      ...environment,
      href: 'http://127.0.0.1:5300/teams/tab.html',
    });
    expect(context).toEqual({
      kind: 'browser',
      surface: 'personalTab',
      user: { id: '', displayName: '' },
      theme: 'dark',
      locale: 'en-gb',
    });
  });

  it('reads the context Teams would give from the query', () => {
    const query = new URLSearchParams({
      user: 'u7',
      userName: 'Megan Bowen',
      email: 'megan@contoso.example',
      team: 't1',
      teamName: 'Sales',
      channel: 'c1',
      channelName: 'General',
      theme: 'contrast',
      locale: 'fr-fr',
      teams: '1,2',
      cycle: 'current',
      open: 'objective:5',
    });
    const context = hostContextFromBrowser({
      ...environment,
      href: `https://okr.example.com/teams/tab.html?${query}`,
    });
    expect(context).toEqual({
      kind: 'browser',
      surface: 'channelTab',
      user: {
        id: 'u7',
        displayName: 'Megan Bowen',
        email: 'megan@contoso.example',
        loginHint: 'megan@contoso.example',
      },
      team: { id: 't1', name: 'Sales' },
      channel: { id: 'c1', name: 'General' },
      tabSettings: { teamIds: ['1', '2'], cycleId: 'current' },
      deepLinkTarget: { type: 'objective', id: '5' },
      theme: 'contrast',
      locale: 'fr-fr',
    });
  });

  it('takes the surface from the page, or from an explicit surface parameter', () => {
    const surfaceOf = (path: string) =>
      hostContextFromBrowser({ ...environment, href: `http://127.0.0.1:5300/${path}` }).surface;
    expect(surfaceOf('teams/config.html')).toBe('configuration');
    expect(surfaceOf('teams/sidepanel.html?meeting=m1')).toBe('meetingSidePanel');
    expect(surfaceOf('teams/stage.html')).toBe('meetingStage');
    expect(surfaceOf('excel/taskpane.html')).toBe('taskPane');
    expect(surfaceOf('dev/teams-simulator/probe.html')).toBe('page');
    expect(surfaceOf('dev/teams-simulator/probe.html?surface=meetingStage')).toBe('meetingStage');
    expect(surfaceOf('dev/teams-simulator/probe.html?surface=nonsense')).toBe('page');
  });

  it('accepts only known meeting roles', () => {
    const contextFor = (role: string) =>
      hostContextFromBrowser({
        ...environment,
        href: `http://127.0.0.1:5300/teams/stage.html?meeting=m1&role=${role}`,
      });
    expect(contextFor('presenter').meeting).toEqual({ id: 'm1', role: 'presenter' });
    expect(contextFor('<script>').meeting).toEqual({ id: 'm1' });
  });
});
