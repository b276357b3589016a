import { demoHostname, demoOkrSite, demoUserList, demoUsers } from '../graph-emulator/demo-tenant';
import type { EmulatedUser } from '../graph-emulator/tenant';

/**
 * Who and what the simulated Teams tenant holds. The people are the Graph emulator's demo
 * tenant, so a user picked here is a user the emulator knows. Adele, a team lead, comes first:
 * she is who the simulator signs in by default.
 */
export type SimulatedUser = Pick<EmulatedUser, 'id' | 'displayName' | 'userPrincipalName'>;

export const simulatedTenantId = '9f3e8c21-4b6a-4d0e-8f1a-2b3c4d5e6f70';

export const simulatedUsers: readonly SimulatedUser[] = [
  demoUsers.adeleVance,
  ...demoUserList.filter((user) => user.id !== demoUsers.adeleVance.id),
];

/**
 * The team whose channel hosts the OKR tab: the group that owns the OKR site, which is the
 * team's SharePoint site (the context's `sharePointSite`; a channel's files are a folder of its
 * Shared Documents, `channel.relativeUrl`).
 */
export const simulatedTeam = {
  internalId: '19:okr-team-5d9b3c1a@thread.tacv2',
  displayName: 'Contoso OKRs',
  groupId: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d',
  site: { domain: demoHostname, path: demoOkrSite.path },
  channel: { id: '19:okr-general-5d9b3c1a@thread.tacv2', displayName: 'General' },
} as const;

export const simulatedGroupChatId = '19:okr-chat-7a1b2c3d@thread.v2';

export const defaultMeetingId = 'MCMxOTptZWV0aW5nX09LUmNoZWNraW5AdGhyZWFkLnYyIzA=';
export const meetingChatId = '19:meeting_OKRcheckin@thread.v2';
export const meetingTitle = 'Weekly OKR check-in';
