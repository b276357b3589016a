import { demoUserList, demoUsers, type EmulatedUser } from '../../src/dev/graph-emulator/index';
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

describe('owners written "Last, First"', () => {
  const user = (n: number, displayName: string): EmulatedUser => ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    displayName,
    userPrincipalName: `user${n}@contoso.example`,
    mail: `user${n}@contoso.example`,
  });
  const anna = user(1, 'Anna Müller');
  const evaWrittenSwapped = user(2, 'Schmidt, Eva');
  const evaOther = user(3, 'Eva Schmidt');
  const jonas = [user(4, 'Jonas Weber'), user(5, 'Jonas Weber')];
  const lena = user(6, 'Wagner, Lena');
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore({
      provisioned: false,
      users: [...demoUserList, anna, evaWrittenSwapped, evaOther, ...jonas, lena],
    });
  });
  afterAll(() => store.stop());

  test('are found as "First Last" too, and only when one person answers to either form', async () => {
    const found = await store
      .repository()
      .findPeople([
        { name: 'Müller, Anna' },
        { name: ' müller ,  anna ' },
        { name: 'Wagner, Lena' },
        { name: 'Schmidt, Eva' },
        { name: 'Weber, Jonas' },
        { name: 'Müller, Anna, Dr.' },
        { name: 'Megan Bowen' },
      ]);
    expect(Object.fromEntries([...found].map(([key, person]) => [key, person.id]))).toEqual({
      'müller, anna': anna.id,
      'müller ,  anna': anna.id,
      'wagner, lena': lena.id,
      'megan bowen': demoUsers.meganBowen.id,
    });
  });
});
