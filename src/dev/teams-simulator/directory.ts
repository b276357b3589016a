/**
 * Who and what the simulated Teams tenant holds. The people mirror the Graph emulator's demo
 * tenant (`src/dev/graph-emulator/demo-tenant.ts`): same ids, names and sign-in names, so a
 * user picked here is a user the emulator knows. Swap this list for `demoUserList` from there
 * once that module is committed.
 */
export interface SimulatedUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

export const simulatedTenantId = '9f3e8c21-4b6a-4d0e-8f1a-2b3c4d5e6f70';

function user(id: string, givenName: string, surname: string): SimulatedUser {
  const alias = `${givenName}${surname[0] ?? ''}`.toLowerCase();
  return {
    id,
    displayName: `${givenName} ${surname}`,
    userPrincipalName: `${alias}@contoso.onmicrosoft.com`,
  };
}

export const simulatedUsers: readonly SimulatedUser[] = [
  user('87d349ed-44d7-43e1-9a83-5f2406dee5bd', 'Adele', 'Vance'),
  user('48d31887-5fad-4d73-a9f5-3c356e68a038', 'Megan', 'Bowen'),
  user('5bde3e51-d13b-4db1-9948-fe4b109d11a7', 'Alex', 'Wilber'),
  user('074d6f1b-2d1c-4c8f-a2b6-9b5c8e2d7a41', 'Diego', 'Siciliani'),
  user('e3f1c6a2-8b7d-4e5f-9a0c-1d2e3f4a5b6c', 'Isaiah', 'Langer'),
  user('2a7c9e4f-6b1d-4a3e-8f5c-7d9e0a1b2c3d', 'Lee', 'Gu'),
];

/** The team whose channel hosts the OKR tab: the group that owns the OKR site. */
export const simulatedTeam = {
  internalId: '19:okr-team-5d9b3c1a@thread.tacv2',
  displayName: 'Contoso OKRs',
  groupId: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d',
  channel: { id: '19:okr-general-5d9b3c1a@thread.tacv2', displayName: 'General' },
} as const;

export const simulatedGroupChatId = '19:okr-chat-7a1b2c3d@thread.v2';

export const defaultMeetingId = 'MCMxOTptZWV0aW5nX09LUmNoZWNraW5AdGhyZWFkLnYyIzA=';
export const meetingChatId = '19:meeting_OKRcheckin@thread.v2';
export const meetingTitle = 'Weekly OKR check-in';
