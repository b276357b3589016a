import { tokenProviderOnFirstUse, type TokenProvider } from '../../src/auth/token-provider';

describe('a token provider created on first use', () => {
  it('is not created until a token is asked for, then once for every request', async () => {
    let created = 0;
    const provider = tokenProviderOnFirstUse(async () => {
      created += 1;
      return { getToken: async (scopes) => `token for ${scopes.join(' ')}` } as TokenProvider;
    });
    expect(created).toBe(0);
    await expect(
      Promise.all([provider.getToken(['Sites.ReadWrite.All']), provider.getToken(['User.Read'])]),
    ).resolves.toEqual(['token for Sites.ReadWrite.All', 'token for User.Read']);
    expect(created).toBe(1);
  });

  it('tries to create it again after a failure, and reports the failure to the asker', async () => {
    const attempts: string[] = [];
    const provider = tokenProviderOnFirstUse(async () => {
      attempts.push('create');
      if (attempts.length === 1) throw new Error('The sign-in library did not load.');
      return { getToken: async () => 'token' };
    });
    await expect(provider.getToken(['User.Read'])).rejects.toThrow(
      'The sign-in library did not load.',
    );
    await expect(provider.getToken(['User.Read'])).resolves.toBe('token');
    expect(attempts).toEqual(['create', 'create']);
  });
});
