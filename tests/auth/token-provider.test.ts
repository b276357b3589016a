import {
  sharingTokenRequests,
  tokenProviderOnFirstUse,
  type TokenProvider,
} from '../../src/auth/token-provider';

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
  it('is created ahead of the first request when prepared, and once only', async () => {
    const created: string[] = [];
    const provider = tokenProviderOnFirstUse(async () => {
      created.push('MSAL');
      return { getToken: async () => 'token' };
    });
    provider.prepare();
    expect(created).toEqual(['MSAL']);
    await expect(provider.getToken(['User.Read'])).resolves.toBe('token');
    provider.prepare();
    expect(created).toEqual(['MSAL']);
  });

  it('leaves a failed preparation to the first request, which tries again', async () => {
    let attempts = 0;
    const provider = tokenProviderOnFirstUse(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('The sign-in library did not load.');
      return { getToken: async () => 'token' };
    });
    provider.prepare();
    await new Promise((settled) => setTimeout(settled));
    await expect(provider.getToken(['User.Read'])).resolves.toBe('token');
    expect(attempts).toBe(2);
  });
});

describe('token requests shared while one is under way', () => {
  it('asks once for requests sent together, per set of scopes, and again once it is answered', async () => {
    const asked: string[] = [];
    const answers: Array<() => void> = [];
    const provider = sharingTokenRequests({
      getToken: (scopes) => {
        asked.push(scopes.join(' '));
        return new Promise((resolve) =>
          answers.push(() => resolve(`token for ${scopes.join(' ')}`)),
        );
      },
    });
    const together = [
      provider.getToken(['Sites.ReadWrite.All', 'User.Read']),
      provider.getToken(['User.Read', 'Sites.ReadWrite.All']),
      provider.getToken(['User.Read']),
    ];
    expect(asked).toEqual(['Sites.ReadWrite.All User.Read', 'User.Read']);
    answers.forEach((answer) => answer());
    await expect(Promise.all(together)).resolves.toEqual([
      'token for Sites.ReadWrite.All User.Read',
      'token for Sites.ReadWrite.All User.Read',
      'token for User.Read',
    ]);
    const later = provider.getToken(['User.Read']);
    expect(asked).toHaveLength(3);
    answers[2]!();
    await expect(later).resolves.toBe('token for User.Read');
  });

  it('hands a failure to every asker that shared it, and asks afresh next time', async () => {
    let attempts = 0;
    const provider = sharingTokenRequests({
      getToken: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('The popup was closed.');
        return 'token';
      },
    });
    const shared = [provider.getToken(['User.Read']), provider.getToken(['User.Read'])];
    await expect(Promise.all(shared)).rejects.toThrow('The popup was closed.');
    await expect(shared[1]).rejects.toThrow('The popup was closed.');
    await expect(provider.getToken(['User.Read'])).resolves.toBe('token');
    expect(attempts).toBe(2);
  });
});
