import { sharingTokenRequests, type TokenProvider } from '../../src/auth/token-provider';
import { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { startStore, type StoreFixture } from './store-fixture';

/**
 * A page's first requests (`/me`, the site, the board) go out on one token: asked for apart,
 * they would come back in different tasks, and what waits on the later one a wave later.
 */
describe("a page's first requests", () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('share one sign-in, which grants /me and the lists', async () => {
    const { tokens, ...connection } = store.connection();
    const asked: string[][] = [];
    const counting: TokenProvider = {
      getToken: (scopes) => {
        asked.push([...scopes].sort());
        return tokens.getToken(scopes);
      },
    };
    const repository = new GraphOkrRepository({
      ...connection,
      tokens: sharingTokenRequests(counting),
    });
    const [me, cycles] = await Promise.all([repository.whoAmI(), repository.listCycles()]);
    expect(me.id).not.toBe('');
    expect(Array.isArray(cycles)).toBe(true);
    expect(asked).toEqual([['Sites.ReadWrite.All', 'User.Read']]);
  });
});
