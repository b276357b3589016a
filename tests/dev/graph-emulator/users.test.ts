import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { demoUsers, type EmulatedUser } from '../../../src/dev/graph-emulator/index';
import { graphClient, startTestEmulator, tokenProvider } from './emulator-fixture';

/** `GET /users` as the people picker sends it, through the real graph-client. */
const coach = demoUsers.adeleVance;
const readPeople = 'User.Read User.ReadBasic.All';

let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let client: Client;

beforeAll(async () => {
  fixture = await startTestEmulator();
  client = graphClient(fixture.emulator, tokenProvider(coach.id, readPeople));
});
afterAll(() => fixture.stop());

async function failure(send: () => Promise<unknown>): Promise<GraphError> {
  const error = await send().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  return error as GraphError;
}

const names = (page: { value: { displayName: string }[] }) =>
  page.value.map((user) => user.displayName);

/** Runs `check` against a directory of the demo users in which Lee Gu has `changes`. */
async function withLeeGu(
  changes: Partial<EmulatedUser>,
  check: (people: Client, lee: EmulatedUser) => Promise<void>,
): Promise<void> {
  const lee = { ...demoUsers.leeGu, ...changes };
  const directory = await startTestEmulator({
    users: [...Object.values(demoUsers).filter((u) => u.id !== lee.id), lee],
  });
  try {
    await check(graphClient(directory.emulator, tokenProvider(coach.id, readPeople)), lee);
  } finally {
    await directory.stop();
  }
}

describe('GET /users', () => {
  test('$search is tokenized (a word of the name starts with each word typed) and needs ConsistencyLevel: eventual', async () => {
    const page = (await client
      .api('/users')
      .query({ $search: '"displayName:bow"', $select: 'id,displayName', $count: 'true' })
      .header('ConsistencyLevel', 'eventual')
      .get()) as { value: { id: string; displayName: string }[]; '@odata.count': number };
    expect(page.value).toEqual([
      { id: demoUsers.meganBowen.id, displayName: demoUsers.meganBowen.displayName },
    ]);
    expect(page['@odata.count']).toBe(1);

    const either = await client
      .api('/users')
      .query({ $search: '"displayName:lee" OR "mail:diego"' })
      .header('ConsistencyLevel', 'eventual')
      .get();
    expect(names(either).sort()).toEqual(['Diego Siciliani', 'Lee Gu']);

    const refused = await failure(() =>
      client.api('/users').query({ $search: '"displayName:meg"' }).get(),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.code).toBe('Request_UnsupportedQuery');
    expect(refused.message).toContain("'ConsistencyLevel: eventual'");
  });

  test('$search without "property:text" in quotes is refused', async () => {
    const refused = await failure(() =>
      client.api('/users').query({ $search: 'megan' }).header('ConsistencyLevel', 'eventual').get(),
    );
    expect(refused.statusCode).toBe(400);
  });

  test('$filter startswith and id in (…), at most 15 clauses', async () => {
    const starts = await client.api('/users').filter("startswith(displayName,'a')").get();
    expect(names(starts).sort()).toEqual(['Adele Vance', 'Alex Wilber']);

    const ids = [demoUsers.leeGu.id, demoUsers.alexWilber.id];
    const byId = await client
      .api('/users')
      .filter(`id in (${ids.map((id) => `'${id}'`).join(',')})`)
      .select('id,displayName')
      .get();
    expect(names(byId).sort()).toEqual(['Alex Wilber', 'Lee Gu']);

    const sixteen = Array.from(
      { length: 16 },
      (_, n) => `'00000000-0000-0000-0000-${String(n).padStart(12, '0')}'`,
    );
    const tooMany = await failure(() =>
      client
        .api('/users')
        .filter(`id in (${sixteen.join(',')})`)
        .get(),
    );
    expect(tooMany.code).toBe('Request_UnsupportedQuery');
    expect(tooMany.message).toContain('Max allowed: 15');

    const unknownProperty = await failure(() =>
      client.api('/users').filter("startswith(city,'a')").get(),
    );
    expect(unknownProperty.statusCode).toBe(400);
  });

  test('$filter with $orderby only in an advanced query (ConsistencyLevel and $count=true)', async () => {
    const sorted = await client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .filter("startswith(displayName,'a')")
      .orderby('userPrincipalName')
      .get();
    expect(names(sorted)).toEqual(['Adele Vance', 'Alex Wilber']);
    expect(sorted['@odata.count']).toBe(2);

    const plain = await failure(() =>
      client.api('/users').filter("startswith(displayName,'a')").orderby('displayName').get(),
    );
    expect(plain.code).toBe('Request_UnsupportedQuery');
    const withoutCount = await failure(() =>
      client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .filter("startswith(displayName,'a')")
        .orderby('displayName')
        .get(),
    );
    expect(withoutCount.code).toBe('Request_UnsupportedQuery');
    const orderedOnly = await client.api('/users').orderby('userPrincipalName').get();
    expect(orderedOnly.value[0].userPrincipalName).toBe('adelev@contoso.onmicrosoft.com');
  });

  test('$filter identities/any(…) finds a sign-in name, and needs the issuer with issuerAssignedId', async () => {
    const found = await client
      .api('/users')
      .select('id')
      .filter(
        `identities/any(c:c/issuerAssignedId eq '${coach.userPrincipalName}' and c/issuer eq 'contoso.onmicrosoft.com')`,
      )
      .get();
    expect(found.value).toEqual([{ id: coach.id }]);
    const withoutIssuer = await failure(() =>
      client
        .api('/users')
        .filter(`identities/any(c:c/issuerAssignedId eq '${coach.userPrincipalName}')`)
        .get(),
    );
    expect(withoutIssuer.statusCode).toBe(400);
  });

  test('$filter endsWith only in an advanced query; Graph names what is missing', async () => {
    const found = await client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .filter("endsWith(displayName,'vance')")
      .get();
    expect(names(found)).toEqual(['Adele Vance']);

    const countOnly = await failure(() =>
      client.api('/users').query({ $count: 'true' }).filter("endsWith(mail,'.com')").get(),
    );
    expect(countOnly.code).toBe('Request_UnsupportedQuery');
    expect(countOnly.message).toMatch(/'ConsistencyLevel:eventual' header is missing/);
    const headerOnly = await failure(() =>
      client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .filter("endsWith(mail,'.com')")
        .get(),
    );
    expect(headerOnly.message).toMatch(/required parameters might be missing/);
  });

  // https://learn.microsoft.com/graph/aad-advanced-queries (the user table's "null values":
  // advanced only); json-batching's example request 5 filters city eq null.
  test('$filter on null values only in an advanced query, on properties filterable on null', async () => {
    const advanced = (query: string) =>
      client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .query({ $count: 'true' })
        .filter(query)
        .get() as Promise<{ value: { displayName: string }[]; '@odata.count': number }>;
    expect((await advanced('city eq null'))['@odata.count']).toBe(6);
    expect(names(await advanced('city ne null'))).toEqual([]);
    expect((await advanced('jobTitle ne null'))['@odata.count']).toBe(6);
    expect(names(await advanced("displayName eq null or startswith(displayName,'Lee')"))).toEqual([
      'Lee Gu',
    ]);

    const notAdvanced = await failure(() => client.api('/users').filter('city eq null').get());
    expect(notAdvanced.statusCode).toBe(400);
    expect(notAdvanced.code).toBe('Request_UnsupportedQuery');
    expect(notAdvanced.message).toMatch(/required parameters might be missing/);
    const notNullable = await failure(() => advanced('mail eq null'));
    expect(notNullable.statusCode).toBe(400);
    expect(notNullable.message).toContain("property 'mail'");
  });
  test('$top pages with @odata.nextLink; $count counts only with ConsistencyLevel', async () => {
    const first = (await client.api('/users').top(4).get()) as {
      value: unknown[];
      '@odata.nextLink'?: string;
    };
    expect(first.value).toHaveLength(4);
    expect(first['@odata.nextLink']).toContain('$skiptoken=');
    const second = (await client.api(first['@odata.nextLink']!).get()) as { value: unknown[] };
    expect(second.value).toHaveLength(2);

    // Without the header, Graph silently ignores $count=true (aad-advanced-queries).
    const ignored = await client.api('/users').query({ $count: 'true' }).get();
    expect(ignored).not.toHaveProperty(['@odata.count']);
    expect(ignored.value).toHaveLength(6);
    const counted = await client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .get();
    expect(counted['@odata.count']).toBe(6);
    // The count comes on the first page only (https://learn.microsoft.com/graph/paging).
    const countedFirst = await client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .top(4)
      .get();
    expect(countedFirst['@odata.count']).toBe(6);
    const countedNext = await client
      .api(countedFirst['@odata.nextLink'])
      .header('ConsistencyLevel', 'eventual')
      .get();
    expect(countedNext.value).toHaveLength(2);
    expect(countedNext).not.toHaveProperty(['@odata.count']);
    const badTop = await failure(() => client.api('/users').top(1000).get());
    expect(badTop.statusCode).toBe(400);
  });

  test('userType, department and jobTitle filter by default; a guest is told from members', () =>
    withLeeGu({ userType: 'Guest' }, async (people, guest) => {
      const guests = await people.api('/users').filter("userType eq 'Guest'").get();
      expect(names(guests)).toEqual(['Lee Gu']);
      const members = await people.api('/users').filter("userType in ('Member')").get();
      expect(names(members)).toHaveLength(5);
      const selected = await people.api(`/users/${guest.id}`).select('userType').get();
      expect(selected).toMatchObject({ userType: 'Guest' });
      const sales = await people.api('/users').filter("department in ('Retail', 'Sales')").get();
      expect(names(sales)).toEqual(['Diego Siciliani']);
      const titled = await people.api('/users').filter("startswith(jobTitle,'sales')").get();
      expect(names(titled)).toEqual(['Diego Siciliani']);
    }));

  test('any() on a collection: eq by default, endswith only in an advanced query', async () => {
    const none = await client
      .api('/users')
      .filter("imAddresses/any(i:i eq 'adelev@contoso.com')")
      .get();
    expect(none.value).toEqual([]);
    const ends = "proxyAddresses/any(p:endswith(p,'contoso.com'))";
    const refused = await failure(() => client.api('/users').filter(ends).get());
    expect(refused.code).toBe('Request_UnsupportedQuery');
    expect(refused.message).toContain("Operator 'endsWith' is not supported");
    const advanced = await client
      .api('/users')
      .filter(ends)
      .query({ $count: 'true' })
      .header('ConsistencyLevel', 'eventual')
      .get();
    expect(advanced['@odata.count']).toBe(0);
    const phones = await failure(() =>
      client.api('/users').filter("businessPhones/any(p:startswith(p, '44'))").get(),
    );
    expect(phones.code).toBe('Request_UnsupportedQuery');
    const malformed = await failure(() =>
      client.api('/users').filter("assignedLicenses/any(s:s/skuId eq 'not-a-guid')").get(),
    );
    expect(malformed.statusCode).toBe(400);
    const selected = await client.api(`/users/${coach.id}`).select('imAddresses,otherMails').get();
    expect(selected).toMatchObject({ imAddresses: [], otherMails: [] });
  });

  test('$orderby takes asc or desc after the property', async () => {
    const down = await client.api('/users').orderby('displayName desc').get();
    expect(names(down)).toEqual(names(down).slice().sort().reverse());
    const up = await client.api('/users').orderby('userPrincipalName asc').top(2).get();
    const rest = await client.api(up['@odata.nextLink']).get();
    const principals = [...up.value, ...rest.value].map(
      (user: { userPrincipalName: string }) => user.userPrincipalName,
    );
    expect(principals).toEqual(principals.slice().sort());
    const refused = await failure(() => client.api('/users').orderby('displayName up').get());
    expect(refused.code).toBe('Request_UnsupportedQuery');
  });

  test('$format=json is taken (every answer is JSON); another format is refused, naming json', async () => {
    const page = await client.api('/users').query({ $format: 'json' }).get();
    expect(page.value).toHaveLength(6);
    const refused = await failure(() => client.api('/users').query({ $format: 'atom' }).get());
    expect(refused.statusCode).toBe(400);
    expect(refused.message).toContain('$format=json');
  });

  test('accountEnabled filters with eq by default and with ne only in an advanced query', () =>
    withLeeGu({ accountEnabled: false }, async (people, leaver) => {
      const disabled = await people.api('/users').filter('accountEnabled eq false').get();
      expect(names(disabled)).toEqual(['Lee Gu']);
      const enabled = await people.api('/users').filter('accountEnabled eq true').get();
      expect(names(enabled)).toHaveLength(5);
      expect(names(enabled)).not.toContain('Lee Gu');
      const advanced = await people
        .api('/users')
        .filter('accountEnabled ne true')
        .query({ $count: 'true' })
        .header('ConsistencyLevel', 'eventual')
        .get();
      expect(names(advanced)).toEqual(['Lee Gu']);
      const refused = await failure(() =>
        people.api('/users').filter('accountEnabled ne true').get(),
      );
      expect(refused.code).toBe('Request_UnsupportedQuery');
      const selected = await people.api(`/users/${leaver.id}`).select('accountEnabled').get();
      expect(selected.accountEnabled).toBe(false);
    }));

  test('listing people needs User.ReadBasic.All or more; User.Read is only for oneself', async () => {
    const selfOnly = graphClient(fixture.emulator, tokenProvider(coach.id, 'User.Read'));
    const denied = await failure(() => selfOnly.api('/users').get());
    expect(denied.statusCode).toBe(403);
    // Microsoft Entra ID's words, which name no permission.
    expect(denied.code).toBe('Authorization_RequestDenied');
    expect(denied.message).toBe('Insufficient privileges to complete the operation.');
    expect((await selfOnly.api('/me').get()).id).toBe(coach.id);
  });
});

describe('one user', () => {
  test('/me and /users/{id} answer only the $select-ed properties, and refuse one a user has not', async () => {
    const me = await client.api('/me').select('id,displayName,mail,userPrincipalName').get();
    expect(me).toEqual({
      '@odata.context': expect.stringMatching(
        /\/\$metadata#users\(id,displayName,mail,userPrincipalName\)\/\$entity$/,
      ),
      id: coach.id,
      displayName: coach.displayName,
      mail: coach.mail,
      userPrincipalName: coach.userPrincipalName,
    });
    const other = await client.api(`/users/${demoUsers.meganBowen.id}`).select('department').get();
    expect(other.department).toBe(demoUsers.meganBowen.department);
    const unknown = await failure(() => client.api('/me').select('shoeSize').get());
    expect(unknown.statusCode).toBe(400);
  });

  test('a profile property such as aboutMe is selected on one user, and is a 501 on the collection', async () => {
    const profile = await client.api(`/users/${coach.id}`).select('aboutMe,skills').get();
    expect(profile).toMatchObject({ aboutMe: null, skills: [] });
    const listed = await failure(() => client.api('/users').select('displayName,aboutMe').get());
    expect(listed.statusCode).toBe(501);
  });
});
