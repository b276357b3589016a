import {
  buildBrowserDeepLink,
  buildSurfaceUrl,
  buildTeamsDeepLink,
  deepLinkTargetFromSubEntityId,
  deepLinkTargetToSubEntityId,
  siteRootOf,
} from '../../src/host/deep-links';

const appId = '2f6a3d52-5b1e-4c7b-9d0a-0f5e3c1a7b11';

describe('Teams deep links', () => {
  it('builds the documented l/entity link with a URL-encoded JSON context', () => {
    const link = buildTeamsDeepLink({
      appId,
      entityId: 'myOkrs',
      target: { type: 'objective', id: '42' },
    });
    expect(link).toBe(
      `https://teams.microsoft.com/l/entity/${appId}/myOkrs?context=` +
        '%7B%22subEntityId%22%3A%22objective%3A42%22%7D',
    );
    const url = new URL(link);
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'objective:42',
    });
  });

  it('names the channel for a channel tab and encodes every part', () => {
    const link = buildTeamsDeepLink({
      appId,
      entityId: 'board:teams=1,2&cycle=current',
      target: { type: 'keyResult', id: 'a b&c' },
      channelId: '19:abc@thread.tacv2',
      webUrl: 'https://okr.example.com/teams/tab.html?open=kr%3A7',
      label: 'Q3 & more',
    });
    const url = new URL(link);
    expect(url.pathname).toBe(
      `/l/entity/${appId}/${encodeURIComponent('board:teams=1,2&cycle=current')}`,
    );
    expect(decodeURIComponent(url.pathname.split('/')[4] ?? '')).toBe(
      'board:teams=1,2&cycle=current',
    );
    expect(url.searchParams.get('webUrl')).toBe(
      'https://okr.example.com/teams/tab.html?open=kr%3A7',
    );
    expect(url.searchParams.get('label')).toBe('Q3 & more');
    const context = JSON.parse(url.searchParams.get('context') ?? '') as Record<string, string>;
    expect(context).toEqual({ subEntityId: 'kr:a%20b%26c', channelId: '19:abc@thread.tacv2' });
    expect(deepLinkTargetFromSubEntityId(context.subEntityId)).toEqual({
      type: 'keyResult',
      id: 'a b&c',
    });
  });

  it('refuses a link without an app id or a target id', () => {
    expect(() =>
      buildTeamsDeepLink({ appId: '', entityId: 'x', target: { type: 'objective', id: '1' } }),
    ).toThrow(/app id/);
    expect(() => deepLinkTargetToSubEntityId({ type: 'objective', id: '' })).toThrow(/id/);
  });
});

describe('deep-link targets', () => {
  it('round-trips objectives and key results through subEntityId', () => {
    for (const target of [
      { type: 'objective', id: '17' },
      { type: 'keyResult', id: 'kr/with:odd chars' },
    ] as const) {
      expect(deepLinkTargetFromSubEntityId(deepLinkTargetToSubEntityId(target))).toEqual(target);
    }
  });

  it('ignores anything that is not one of ours', () => {
    expect(deepLinkTargetFromSubEntityId(undefined)).toBeUndefined();
    expect(deepLinkTargetFromSubEntityId('')).toBeUndefined();
    expect(deepLinkTargetFromSubEntityId('task:12')).toBeUndefined();
    expect(deepLinkTargetFromSubEntityId('objective:')).toBeUndefined();
    expect(deepLinkTargetFromSubEntityId('kr:%E0%A4%A')).toBeUndefined();
  });
});

describe('browser links', () => {
  it('finds the site root under any base path', () => {
    expect(siteRootOf('https://okr.example.com/app/teams/tab.html?x=1')).toBe(
      'https://okr.example.com/app/',
    );
    expect(siteRootOf('http://127.0.0.1:5300/teams/config.html')).toBe('http://127.0.0.1:5300/');
    expect(siteRootOf('http://127.0.0.1:5300/dev/teams-simulator/probe.html')).toBe(
      'http://127.0.0.1:5300/',
    );
  });

  it('opens the board at the target, keeping the tab settings', () => {
    const link = buildBrowserDeepLink(
      'https://okr.example.com/app/',
      { type: 'objective', id: '9' },
      { teamIds: ['3', '4'], cycleId: 'current' },
    );
    const url = new URL(link);
    expect(url.pathname).toBe('/app/teams/tab.html');
    expect(url.searchParams.get('open')).toBe('objective:9');
    expect(url.searchParams.get('teams')).toBe('3,4');
    expect(url.searchParams.get('cycle')).toBe('current');
  });

  it("builds a configured tab's content URL for the board or the meeting side panel", () => {
    const settings = { teamIds: ['7'], cycleId: 'c1' };
    expect(buildSurfaceUrl('http://127.0.0.1:5300/', 'tab', settings)).toBe(
      'http://127.0.0.1:5300/teams/tab.html?teams=7&cycle=c1',
    );
    expect(buildSurfaceUrl('https://okr.example.com/app/', 'sidepanel', settings)).toBe(
      'https://okr.example.com/app/teams/sidepanel.html?teams=7&cycle=c1',
    );
  });
});
