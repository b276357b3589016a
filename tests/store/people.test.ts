import { demoUsers } from '../../src/dev/graph-emulator/index';
import { ForbiddenError, InvalidError } from '../../src/store/errors';
import { startStore, type StoreFixture } from './store-fixture';

describe('people in the directory', () => {
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore({ provisioned: false });
  });
  afterAll(() => store.stop());

  test('searchPeople finds by a word of the name or email, names first', async () => {
    const people = await store.repository().searchPeople('al');
    expect(people.map((person) => person.displayName)).toEqual(['Alex Wilber']);
    const megan = await store.repository().searchPeople('Megan B');
    expect(megan).toEqual([
      {
        id: demoUsers.meganBowen.id,
        displayName: 'Megan Bowen',
        email: demoUsers.meganBowen.mail,
      },
    ]);
  });

  test('text that would end the search clause is only words, never query syntax', async () => {
    await expect(store.repository().searchPeople('"Lee" OR "mail:')).resolves.toEqual([]);
    await expect(store.repository().searchPeople('   ')).resolves.toEqual([]);
    await expect(store.repository().searchPeople('x'.repeat(101))).rejects.toBeInstanceOf(
      InvalidError,
    );
  });

  test('resolvePeople names ids in batches of 15; unknown and malformed ids are left out', async () => {
    const ids = [
      demoUsers.leeGu.id,
      demoUsers.adeleVance.id,
      ...Array.from(
        { length: 20 },
        (_, n) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
      ),
      'not-an-id',
    ];
    const people = await store.repository().resolvePeople(ids);
    expect([...people.values()].map((person) => person.displayName).sort()).toEqual([
      'Adele Vance',
      'Lee Gu',
    ]);
  });

  test('without User.ReadBasic.All the picker gets a ForbiddenError naming it', async () => {
    const failure = await store
      .repository({ grantedScopes: ['User.Read', 'Sites.ReadWrite.All'] })
      .searchPeople('lee')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ForbiddenError);
    expect((failure as ForbiddenError).permission).toBe('User.ReadBasic.All');
  });
});
