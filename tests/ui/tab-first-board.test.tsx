import type { Host, HostContext } from '../../src/host/types';
import { firstBoard } from '../../src/teams/tab/screens';

/** The board a tab names to its services before any request, read with the OKR site. */
const hostWith = (context: Partial<HostContext>): Host =>
  ({
    context: {
      kind: 'teams',
      surface: 'channelTab',
      user: { id: 'adele', displayName: 'Adele Vance' },
      theme: 'default',
      locale: 'en-GB',
      ...context,
    },
  }) as unknown as Host;

afterEach(() => window.history.replaceState(null, '', '/'));

it("is a configured tab's own board: its cycle, and its teams when it names any", () => {
  expect(firstBoard(hostWith({ tabSettings: { cycleId: '7', teamIds: ['3', '4'] } }))).toEqual({
    cycleId: '7',
    teamIds: ['3', '4'],
  });
  expect(firstBoard(hostWith({ tabSettings: { cycleId: '7', teamIds: [] } }))).toEqual({
    cycleId: '7',
  });
  // A personal static tab with settings shows their board too (the manifest's "All OKRs").
  expect(
    firstBoard(hostWith({ surface: 'personalTab', tabSettings: { cycleId: '7', teamIds: [] } })),
  ).toEqual({ cycleId: '7' });
});

it('is none where the first screen may show another board, or its cycle is not known yet', () => {
  const settings = { cycleId: '7', teamIds: ['3'] };
  expect(firstBoard(hostWith({}))).toBeUndefined();
  // My OKRs: the personal tab without settings.
  expect(firstBoard(hostWith({ surface: 'personalTab' }))).toBeUndefined();
  expect(
    firstBoard(hostWith({ tabSettings: { cycleId: 'current', teamIds: ['3'] } })),
  ).toBeUndefined();
  expect(
    firstBoard(
      hostWith({ tabSettings: settings, deepLinkTarget: { type: 'objective', id: '12' } }),
    ),
  ).toBeUndefined();
  window.history.replaceState(null, '', '/?page=programme');
  expect(firstBoard(hostWith({ tabSettings: settings }))).toBeUndefined();
});
