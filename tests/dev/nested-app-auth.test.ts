import { answerNestedAppAuth, type NestedAppAuthHost } from '../../src/dev/nested-app-auth';
import { demoUsers } from '../../src/dev/graph-emulator';
import { authenticate } from '../../src/dev/graph-emulator/auth';
import { localStackSecret } from '../../src/auth/dev-token-provider';

const host: NestedAppAuthHost = {
  tenantId: 'tenant-1',
  user: demoUsers.adeleVance,
  clientId: 'client-1',
  consentedScopes: ['Sites.ReadWrite.All', 'User.Read'],
  now: () => Date.UTC(2026, 0, 1),
};

interface Answer {
  readonly success: boolean;
  readonly token: { readonly access_token: string; readonly id_token: string };
  readonly error?: object;
}

function ask(method: string, tokenParams?: object): Answer {
  const request = { messageType: 'NestedAppAuthRequest', method, requestId: 'r1', tokenParams };
  return JSON.parse(answerNestedAppAuth(JSON.stringify(request), host)!) as Answer;
}

describe('the local host of nested app authentication', () => {
  it('ignores anything that is not a NAA request envelope', () => {
    expect(answerNestedAppAuth('{"messageType":"other"}', host)).toBeUndefined();
    expect(answerNestedAppAuth('not json', host)).toBeUndefined();
    expect(answerNestedAppAuth({ messageType: 'NestedAppAuthRequest' }, host)).toBeUndefined();
  });

  it('answers GetInitContext with the account MSAL may boot from', () => {
    expect(ask('GetInitContext')).toMatchObject({
      messageType: 'NestedAppAuthResponse',
      requestId: 'r1',
      success: true,
      initContext: {
        accountContext: {
          homeAccountId: `${demoUsers.adeleVance.id}.tenant-1`,
          tenantId: 'tenant-1',
        },
      },
    });
  });

  it('issues an emulator token for the consented Graph scopes that were asked for', () => {
    const answer = ask('GetToken', {
      clientId: 'client-1',
      scope: 'https://graph.microsoft.com/Sites.ReadWrite.All openid profile offline_access',
    });
    expect(answer).toMatchObject({
      success: true,
      token: { scope: 'Sites.ReadWrite.All', expires_in: 3600 },
      account: { tenantId: 'tenant-1', username: demoUsers.adeleVance.userPrincipalName },
    });
    const caller = authenticate(`Bearer ${answer.token.access_token}`, localStackSecret());
    expect(caller.oid).toBe(demoUsers.adeleVance.id);
    expect([...caller.scopes]).toEqual(['Sites.ReadWrite.All']);
    const idClaims = JSON.parse(
      Buffer.from(answer.token.id_token.split('.')[1]!, 'base64url').toString(),
    );
    expect(idClaims).toMatchObject({
      aud: 'client-1',
      tid: 'tenant-1',
      oid: demoUsers.adeleVance.id,
    });
  });

  it('refuses an unknown client id, a foreign resource and unconsented scopes as Entra does', () => {
    expect(ask('GetToken', { clientId: 'someone-else', scope: 'User.Read' }).error).toMatchObject({
      status: 'PERSISTENT_ERROR',
      code: 'unauthorized_client',
      description: expect.stringContaining('AADSTS700016'),
    });
    expect(
      ask('GetToken', { clientId: 'client-1', scope: 'api://other/access_as_user' }).error,
    ).toMatchObject({ status: 'PERSISTENT_ERROR', code: 'invalid_resource' });
    expect(
      ask('GetToken', { clientId: 'client-1', scope: 'Sites.Manage.All' }).error,
    ).toMatchObject({
      status: 'USER_INTERACTION_REQUIRED',
      code: 'invalid_grant',
      subError: 'consent_required',
      description: expect.stringContaining('AADSTS65001'),
    });
    expect(
      ask('GetTokenPopup', { clientId: 'client-1', scope: 'Sites.Manage.All' }).error,
    ).toMatchObject({
      status: 'PERSISTENT_ERROR',
      description: expect.stringContaining('AADSTS90094'),
    });
  });
});
