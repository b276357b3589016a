import { demoUsers, emulatorToken } from '../../src/dev/graph-emulator/index';
import { okrGroups } from '../../src/store/access';
import { ForbiddenError } from '../../src/store/errors';
import { describeError } from '../../src/ui/errors/describeError';
import { checkSite, provision, securePermissions } from '../../src/store/provisioning';
import { lists } from '../../src/store/schema';
import { rawGraph, type RawResponse } from '../dev/graph-emulator/emulator-fixture';
import { okrSite, startStore, type StoreFixture } from './store-fixture';

/**
 * SharePoint's permissions are the enforcement: provisioning sets them on a fresh site, the
 * emulator enforces them under Graph as SharePoint does (403 accessDenied, nothing changed), and
 * the site check names what was loosened.
 */
const {
  adeleVance: admin,
  alexWilber: member,
  isaiahLanger: otherMember,
  leeGu: coach,
} = demoUsers;
let store: StoreFixture;

beforeAll(async () => {
  store = await startStore();
}, 120_000);
afterAll(() => store.stop());

const graphAs = (userId: string) => rawGraph(store.emulator, emulatorToken(userId));

/** SharePoint REST on the emulator, as an OAuth caller sends it. */
async function sharePointAs(
  userId: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await fetch(`${store.emulator.url}/sites/okr/_api${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${emulatorToken(userId)}`,
      Accept: 'application/json;odata=nometadata',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json;odata=nometadata' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

const listPath = (key: keyof typeof lists) =>
  `/sites/${okrSite}:/lists/${encodeURIComponent(lists[key].displayName)}`;

async function groupMembers(title: string): Promise<string[]> {
  const answer = await sharePointAs(admin.id, 'GET', `/web/sitegroups/getbyname('${title}')/users`);
  expect(answer.status).toBe(200);
  return (answer.body.value as { UserPrincipalName: string }[]).map((u) => u.UserPrincipalName);
}

function expectAccessDenied(answer: RawResponse): void {
  expect(answer.status).toBe(403);
  expect(answer.body.error.code).toBe('accessDenied');
}

describe('provisioning a fresh site', () => {
  it('sets the permissions as it creates the lists', async () => {
    const fresh = await startStore({ provisioned: false });
    try {
      const report = await provision(fresh.connection());
      expect(report.createdLists).toContain(lists.settings.displayName);
      expect(report.permissionChanges).toEqual(
        expect.arrayContaining([
          `created the group '${okrGroups.admins}'`,
          `'${lists.settings.displayName}' stopped inheriting the site's permissions`,
          `'${lists.checkIns.displayName}': item-level write security 2`,
        ]),
      );
      expect(report.secure).toBe(true);
    } finally {
      await fresh.stop();
    }
  });

  it('creates the OKR groups, breaks inheritance where the scheme says, and is secure', async () => {
    const check = await checkSite(store.connection());
    expect(check.permissions).toEqual({ verified: true, problems: [] });
    expect(check.secure).toBe(true);
    // The groups start empty: the site owners are the first admins.
    expect(await groupMembers(okrGroups.admins)).toEqual([]);
    const settings = await sharePointAs(
      admin.id,
      'GET',
      `/web/lists/getbytitle('${lists.settings.displayName}')?$select=HasUniqueRoleAssignments,WriteSecurity`,
    );
    expect(settings.body).toEqual({ HasUniqueRoleAssignments: true, WriteSecurity: 1 });
    const checkIns = await sharePointAs(
      admin.id,
      'GET',
      `/web/lists/getbytitle('${lists.checkIns.displayName}')?$select=HasUniqueRoleAssignments,WriteSecurity`,
    );
    expect(checkIns.body).toEqual({ HasUniqueRoleAssignments: true, WriteSecurity: 2 });
  });

  it('changes nothing when run again', async () => {
    const again = await securePermissions(store.connection());
    expect(again.permissionChanges).toEqual([]);
    expect(again.secure).toBe(true);
  });
});

describe('a member', () => {
  it('cannot make themselves admin, in the group or in the settings list; an admin can', async () => {
    const selfAdd = await sharePointAs(
      member.id,
      'POST',
      `/web/sitegroups/getbyname('${okrGroups.admins}')/users`,
      {
        LoginName: `i:0#.f|membership|${member.userPrincipalName}`,
      },
    );
    expect(selfAdd.status).toBe(403);
    expect(selfAdd.body['odata.error'].code).toBe(
      '-2147024891, System.UnauthorizedAccessException',
    );
    expect(await groupMembers(okrGroups.admins)).toEqual([]);

    const settings = await graphAs(admin.id)('POST', `${listPath('settings')}/items`, {
      fields: {
        Title: 'operatingModel',
        SettingKey: 'operatingModel',
        Value: '{"roles":{"admins":[]}}',
      },
    });
    expect(settings.status).toBe(201);
    const forged = await graphAs(member.id)(
      'PATCH',
      `${listPath('settings')}/items/${settings.body.id}/fields`,
      { Value: `{"roles":{"admins":["${member.id}"]}}` },
    );
    expectAccessDenied(forged);
    const stored = await graphAs(admin.id)(
      'GET',
      `${listPath('settings')}/items/${settings.body.id}/fields`,
    );
    expect(stored.body.Value).toBe('{"roles":{"admins":[]}}');

    const byAdmin = await sharePointAs(
      admin.id,
      'POST',
      `/web/sitegroups/getbyname('${okrGroups.coaches}')/users`,
      {
        LoginName: `i:0#.f|membership|${coach.userPrincipalName}`,
      },
    );
    expect(byAdmin.status).toBe(201);
    expect(await groupMembers(okrGroups.coaches)).toContain(coach.userPrincipalName);
  });

  it("cannot edit another person's check-in; its author and a coach can", async () => {
    const created = await graphAs(otherMember.id)('POST', `${listPath('checkIns')}/items`, {
      fields: {
        Title: 'check-in',
        ClientId: 'perm-check-in-1',
        KeyResultId: 1,
        CycleId: 1,
        Value: 10,
        CheckedInAt: '2026-11-30T09:00:00Z',
        Source: 'teams',
      },
    });
    expect(created.status).toBe(201);
    const path = `${listPath('checkIns')}/items/${created.body.id}/fields`;
    expectAccessDenied(await graphAs(member.id)('PATCH', path, { Value: 99 }));
    expectAccessDenied(
      await graphAs(member.id)('DELETE', `${listPath('checkIns')}/items/${created.body.id}`),
    );
    expect((await graphAs(admin.id)('GET', path)).body.Value).toBe(10);

    expect((await graphAs(otherMember.id)('PATCH', path, { Value: 11 })).status).toBe(200);
    // The coach's Edit level carries ManageLists, which passes over item-level write security.
    expect((await graphAs(coach.id)('PATCH', path, { Value: 12 })).status).toBe(200);
  });

  it("cannot delete another team's objective (nor any objective); a coach can", async () => {
    const objective = await graphAs(admin.id)('POST', `${listPath('objectives')}/items`, {
      fields: {
        Title: 'Customers love our onboarding',
        CycleId: 1,
        TeamId: 2,
        Commitment: 'committed',
        ObjectiveState: 'active',
      },
    });
    expect(objective.status).toBe(201);
    const item = `${listPath('objectives')}/items/${objective.body.id}`;
    expectAccessDenied(await graphAs(member.id)('DELETE', item));
    expect((await graphAs(admin.id)('GET', item)).status).toBe(200);
    // Members still edit objectives: a team drafts together.
    expect(
      (await graphAs(member.id)('PATCH', `${item}/fields`, { Description: 'Why it matters' }))
        .status,
    ).toBe(200);
    expect((await graphAs(coach.id)('DELETE', item)).status).toBe(204);
  });

  it("is told, in the app's words, which rule of the site refused a save", async () => {
    const repository = store.repository({ userId: member.id });
    const model = await repository.loadOperatingModel();
    const refused: unknown = await repository
      .saveOperatingModel({ ...model, story: 'Alex was here' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).grantedBy).toBe('site');
    const described = describeError(refused);
    expect(described.title).toBe('You do not have permission');
    expect(described.message).toContain(`only ${okrGroups.admins} change the operating model`);
    expect((await store.repository().loadOperatingModel()).story).toBe(model.story);
  });

  it('cannot see or change who has access to a list', async () => {
    const title = lists.settings.displayName;
    const read = await sharePointAs(
      member.id,
      'GET',
      `/web/lists/getbytitle('${title}')/roleassignments`,
    );
    expect(read.status).toBe(403);
    const reset = await sharePointAs(
      member.id,
      'POST',
      `/web/lists/getbytitle('${title}')/resetroleinheritance`,
    );
    expect(reset.status).toBe(403);
  });
});

describe('roles come from the groups, read through SharePoint REST', () => {
  it('makes site owners and OKR admins admins, OKR coaches coaches, everyone else neither', async () => {
    const rolesOf = (userId: string) => store.repository({ userId }).siteRoles().mine();
    expect(await rolesOf(admin.id)).toEqual({ admin: true, coach: true });
    expect(await rolesOf(demoUsers.meganBowen.id)).toEqual({ admin: true, coach: true });
    expect(await rolesOf(member.id)).toEqual({ admin: false, coach: false });
    expect(await rolesOf(coach.id)).toEqual({ admin: false, coach: true });
  });

  it('lets an admin name and remove a coach, and refuses a member', async () => {
    const roles = store.repository().siteRoles();
    await roles.add('coaches', otherMember.userPrincipalName);
    const named = (await roles.members('coaches')).find(
      (m) => m.userPrincipalName === otherMember.userPrincipalName,
    );
    expect(named?.displayName).toBe(otherMember.displayName);
    const refused: unknown = await store
      .repository({ userId: member.id })
      .siteRoles()
      .add('admins', member.userPrincipalName)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ForbiddenError);
    await roles.remove('coaches', named!.siteUserId);
    expect((await roles.members('coaches')).map((m) => m.userPrincipalName)).not.toContain(
      otherMember.userPrincipalName,
    );
  });
});

describe('the site owners, who are admins without being in the OKR admins group', () => {
  it('are listed for People and roles, and an owner may name themselves an OKR admin', async () => {
    const roles = store.repository({ userId: demoUsers.meganBowen.id }).siteRoles();
    expect((await roles.owners()).map((m) => m.displayName).sort()).toEqual([
      admin.displayName,
      demoUsers.meganBowen.displayName,
    ]);

    await roles.add('admins', demoUsers.meganBowen.userPrincipalName);

    expect((await roles.members('admins')).map((m) => m.userPrincipalName)).toContain(
      demoUsers.meganBowen.userPrincipalName,
    );
  });
});

describe('the site check', () => {
  it('names a settings list that inherits again and check-ins anyone may edit, and provisioning repairs them', async () => {
    const settings = `/web/lists/getbytitle('${lists.settings.displayName}')`;
    const checkIns = `/web/lists/getbytitle('${lists.checkIns.displayName}')`;
    expect((await sharePointAs(admin.id, 'POST', `${settings}/resetroleinheritance`)).status).toBe(
      200,
    );
    expect(
      (
        await sharePointAs(
          admin.id,
          'POST',
          checkIns,
          { WriteSecurity: 1 },
          { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
        )
      ).status,
    ).toBe(204);

    const check = await checkSite(store.connection());
    expect(check.secure).toBe(false);
    expect(check.ready).toBe(true);
    expect(check.permissions.problems).toHaveLength(2);
    expect(check.permissions.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          target: lists.settings.displayName,
          problem: expect.stringContaining("inherits the site's permissions"),
        }),
        expect.objectContaining({
          target: lists.checkIns.displayName,
          problem: expect.stringContaining('WriteSecurity 1'),
          fix: expect.stringContaining('Create items and edit items that were created by the user'),
        }),
      ]),
    );

    const repaired = await securePermissions(store.connection());
    expect(repaired.secure).toBe(true);
    expect(repaired.permissionChanges).toEqual(
      expect.arrayContaining([
        `'${lists.settings.displayName}' stopped inheriting the site's permissions`,
        `'${lists.checkIns.displayName}': item-level write security 2`,
      ]),
    );
  });

  it("cannot verify a member's site, and says so", async () => {
    const check = await checkSite(store.connection(member.id));
    expect(check.permissions.verified).toBe(false);
    expect(check.secure).toBe(false);
  });
});

describe('SharePoint REST on the emulator is as strict as SharePoint', () => {
  it('answers JSON only as asked in Accept, verbose with d.results', async () => {
    const noAccept = await fetch(`${store.emulator.url}/sites/okr/_api/web/sitegroups`, {
      headers: { Authorization: `Bearer ${emulatorToken(admin.id)}` },
    });
    expect(noAccept.status).toBe(406);
    const verbose = await sharePointAs(admin.id, 'GET', '/web/sitegroups', undefined, {
      Accept: 'application/json;odata=verbose',
    });
    expect(verbose.body.d.results.map((g: { Title: string }) => g.Title)).toEqual(
      expect.arrayContaining(['OKR Owners', 'OKR Members', okrGroups.admins, okrGroups.coaches]),
    );
    expect(verbose.body.d.results[0].__metadata.type).toBe('SP.Group');
  });

  it('wants a bearer token with a SharePoint scope', async () => {
    const unsigned = await fetch(`${store.emulator.url}/sites/okr/_api/web/sitegroups`, {
      headers: { Accept: 'application/json;odata=nometadata' },
    });
    expect(unsigned.status).toBe(401);
    const graphOnly = await fetch(`${store.emulator.url}/sites/okr/_api/web/sitegroups`, {
      headers: {
        Accept: 'application/json;odata=nometadata',
        Authorization: `Bearer ${emulatorToken(admin.id, 'Sites.ReadWrite.All')}`,
      },
    });
    expect(graphOnly.status).toBe(403);
  });
});
