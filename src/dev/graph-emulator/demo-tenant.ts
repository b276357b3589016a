import type { EmulatedSite, EmulatedUser } from './tenant';

/**
 * The demo organisation's tenant: Contoso's root site, the OKR site, and a few people.
 * The seed imports these so its data and the emulator agree on ids.
 */
export const demoHostname = 'contoso.sharepoint.com';

export const demoRootSite: EmulatedSite = {
  id: `${demoHostname},0f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b,7b6a5f4e-3d2c-4b1a-9f8e-7d6c5b4a3f2e`,
  path: '/',
  displayName: 'Communication site',
  root: true,
};

/**
 * The Entra client id of the demo tenant's OKR Coach app: its own tokens (the reminders job's)
 * carry it, and the OKR site grants it write access under `Sites.Selected`.
 */
export const demoAppClientId = '6f0e7d1c-5b4a-4392-8e1f-0a2b3c4d5e6f';

export const demoOkrGroupId = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';

export const demoOkrSite: EmulatedSite = {
  id: `${demoHostname},3a6f2c1e-9b4d-4e7a-8c5f-0d1e2f3a4b5c,c4b3a2f1-e0d9-4c8b-a7f6-e5d4c3b2a190`,
  path: '/sites/okr',
  displayName: 'OKR',
  description: 'Objectives and key results for Contoso.',
  groupIds: [demoOkrGroupId],
  // The site owners (Full Control): the CEO and the OKR coach, who provisions the lists.
  owners: ['48d31887-5fad-4d73-a9f5-3c356e68a038', '87d349ed-44d7-43e1-9a83-5f2406dee5bd'],
  appGrants: [{ appId: demoAppClientId, roles: ['write'] }],
};

export const demoSites: readonly EmulatedSite[] = [demoRootSite, demoOkrSite];

function person(
  id: string,
  givenName: string,
  surname: string,
  jobTitle: string,
  department: string,
  timeZone: string,
): EmulatedUser {
  const alias = `${givenName}${surname[0] ?? ''}`.toLowerCase();
  return {
    id,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    userPrincipalName: `${alias}@contoso.onmicrosoft.com`,
    mail: `${alias}@contoso.onmicrosoft.com`,
    jobTitle,
    department,
    officeLocation: 'Building 4',
    preferredLanguage: 'en-US',
    timeZone,
  };
}

export const demoUsers = {
  meganBowen: person(
    '48d31887-5fad-4d73-a9f5-3c356e68a038',
    'Megan',
    'Bowen',
    'Chief Executive Officer',
    'Executive',
    'Pacific Standard Time',
  ),
  adeleVance: person(
    '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
    'Adele',
    'Vance',
    'OKR Coach',
    'People',
    'W. Europe Standard Time',
  ),
  alexWilber: person(
    '5bde3e51-d13b-4db1-9948-fe4b109d11a7',
    'Alex',
    'Wilber',
    'Engineering Lead',
    'Engineering',
    'Europe/London',
  ),
  diegoSiciliani: person(
    '074d6f1b-2d1c-4c8f-a2b6-9b5c8e2d7a41',
    'Diego',
    'Siciliani',
    'Sales Manager',
    'Sales',
    'Eastern Standard Time',
  ),
  isaiahLanger: person(
    'e3f1c6a2-8b7d-4e5f-9a0c-1d2e3f4a5b6c',
    'Isaiah',
    'Langer',
    'Product Manager',
    'Product',
    'Europe/Berlin',
  ),
  leeGu: person(
    '2a7c9e4f-6b1d-4a3e-8f5c-7d9e0a1b2c3d',
    'Lee',
    'Gu',
    'Marketing Lead',
    'Marketing',
    'Singapore Standard Time',
  ),
} as const satisfies Record<string, EmulatedUser>;

export const demoUserList: readonly EmulatedUser[] = Object.values(demoUsers);
