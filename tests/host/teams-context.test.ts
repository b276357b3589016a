import type { app } from '@microsoft/teams-js';
import { hostContextFromTeams, teamsSurface } from '../../src/host/teams-context';

/** An `app.Context` as teams-js 2 hands it over in a channel tab. */
function channelTabContext(): app.Context {
  return {
    app: {
      locale: 'de-de',
      sessionId: 'session-1',
      theme: 'dark',
      host: {
        name: 'Teams' as app.Context['app']['host']['name'],
        clientType: 'web' as app.Context['app']['host']['clientType'],
        sessionId: 'host-session',
      },
    },
    page: {
      id: 'board:teams=12,15&cycle=current',
      frameContext: 'content' as app.Context['page']['frameContext'],
      subPageId: 'kr:77',
    },
    user: {
      id: '3f2f6a1e-0000-4000-8000-000000000001',
      displayName: 'Adele Vance',
      userPrincipalName: 'adele@contoso.example',
      loginHint: 'adele@contoso.example',
      tenant: { id: 'b7d1a0c2-0000-4000-8000-0000000000aa' },
    },
    team: {
      internalId: '19:team@thread.tacv2',
      displayName: 'Marketing',
      groupId: '0c8d1e2f-0000-4000-8000-000000000010',
    },
    channel: { id: '19:general@thread.tacv2', displayName: 'General' },
    dialogParameters: {},
  };
}

function withFrame(
  context: app.Context,
  frameContext: string,
  changes: Partial<app.Context> = {},
): app.Context {
  return {
    ...context,
    ...changes,
    page: { ...context.page, frameContext: frameContext as app.Context['page']['frameContext'] },
  };
}

describe('hostContextFromTeams', () => {
  it('maps a channel tab: user, team, channel, settings, deep-link target, theme, locale', () => {
    const context = hostContextFromTeams(channelTabContext(), { pageQuery: '' });
    expect(context).toEqual({
      kind: 'teams',
      surface: 'channelTab',
      user: {
        id: '3f2f6a1e-0000-4000-8000-000000000001',
        displayName: 'Adele Vance',
        email: 'adele@contoso.example',
        tenantId: 'b7d1a0c2-0000-4000-8000-0000000000aa',
        loginHint: 'adele@contoso.example',
      },
      team: {
        id: '19:team@thread.tacv2',
        name: 'Marketing',
        groupId: '0c8d1e2f-0000-4000-8000-000000000010',
      },
      channel: { id: '19:general@thread.tacv2', name: 'General' },
      tabSettings: { teamIds: ['12', '15'], cycleId: 'current' },
      deepLinkTarget: { type: 'keyResult', id: '77' },
      theme: 'dark',
      locale: 'de-de',
    });
  });

  it('prefers the settings in the content URL over the entity id', () => {
    const context = hostContextFromTeams(channelTabContext(), { pageQuery: '?teams=3&cycle=c9' });
    expect(context.tabSettings).toEqual({ teamIds: ['3'], cycleId: 'c9' });
  });

  it('maps a meeting side panel, its role left to the meeting role API', () => {
    const base = channelTabContext();
    const sidePanel = withFrame(base, 'sidePanel', {
      channel: undefined,
      team: undefined,
      chat: { id: '19:meeting_abc@thread.v2' },
      meeting: { id: 'MCMjMjEyM...' },
    });
    const context = hostContextFromTeams(sidePanel, { pageQuery: '' });
    expect(context.surface).toBe('meetingSidePanel');
    expect(context.meeting).toEqual({ id: 'MCMjMjEyM...' });
    expect(context.chatId).toBe('19:meeting_abc@thread.v2');
    expect(context.team).toBeUndefined();
  });

  it('leaves out what the context does not hold', () => {
    const personal = withFrame(channelTabContext(), 'content', {
      team: undefined,
      channel: undefined,
      user: undefined,
    });
    const context = hostContextFromTeams(
      { ...personal, page: { ...personal.page, id: 'myOkrs', subPageId: undefined } },
      { pageQuery: '' },
    );
    expect(context.surface).toBe('personalTab');
    expect(context.user).toEqual({ id: '', displayName: '' });
    expect(context).not.toHaveProperty('tabSettings');
    expect(context).not.toHaveProperty('deepLinkTarget');
    expect(context).not.toHaveProperty('meeting');
  });
});

describe('teamsSurface', () => {
  const base = channelTabContext();
  const noTeam = { team: undefined, channel: undefined };

  it.each([
    ['settings', {}, 'configuration'],
    ['remove', {}, 'configuration'],
    ['sidePanel', noTeam, 'meetingSidePanel'],
    ['meetingStage', noTeam, 'meetingStage'],
    ['content', {}, 'channelTab'],
    ['content', { ...noTeam, chat: { id: 'c' } }, 'chatTab'],
    ['content', { ...noTeam, chat: { id: 'c' }, meeting: { id: 'm' } }, 'meetingChat'],
    ['content', noTeam, 'personalTab'],
    ['task', noTeam, 'page'],
  ] as const)('frame context %s %j is %s', (frame, changes, surface) => {
    expect(teamsSurface(withFrame(base, frame, changes))).toBe(surface);
  });
});
