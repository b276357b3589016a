import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { demoUsers, emulatorAppToken } from '../../../src/dev/graph-emulator/index';
import { localEntraClientId, localTeamsApp } from '../../../src/dev/teams-app';
import { activityTextIn } from '../../../src/dev/teams-simulator/activity-feed';
import { graphClient, startTestEmulator, tokenProvider } from './emulator-fixture';

/** Teams' activity feed and mailbox settings, through the real graph-client. */
const coach = demoUsers.adeleVance;
const owner = demoUsers.isaiahLanger;
const app = localTeamsApp();

let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let asCoach: Client;
let asJob: Client;

beforeAll(async () => {
  fixture = await startTestEmulator({ teamsApp: app });
  asCoach = graphClient(fixture.emulator, tokenProvider(coach.id, 'User.Read TeamsActivity.Send'));
  asJob = graphClient(fixture.emulator, {
    getAccessToken: async () =>
      emulatorAppToken(localEntraClientId, ['TeamsActivity.Send', 'MailboxSettings.Read']),
  });
});
beforeEach(() => fixture.emulator.setInstallations(null));
afterAll(() => fixture.stop());

async function failure(send: () => Promise<unknown>): Promise<GraphError> {
  const error = await send().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  return error as GraphError;
}

const nudge = (overrides: Record<string, unknown> = {}) => ({
  topic: {
    source: 'text',
    value: 'Activation to 40%',
    webUrl: 'https://teams.microsoft.com/l/entity/x/y',
  },
  activityType: 'checkInNudge',
  previewText: { content: 'Adele asks for a check-in on “Activation to 40%”.' },
  templateParameters: [{ name: 'keyResultTitle', value: 'Activation to 40%' }],
  ...overrides,
});

describe('POST /users/{id}/teamwork/sendActivityNotification', () => {
  test('delivers a declared activity to the recipient’s feed, the template filled in with the actor', async () => {
    await asCoach.api(`/users/${owner.id}/teamwork/sendActivityNotification`).post(nudge());
    const [delivered] = fixture.emulator.activity(owner.id);
    expect(delivered).toMatchObject({
      recipientId: owner.id,
      activityType: 'checkInNudge',
      text: 'Adele Vance asks you to check in on Activation to 40%',
      previewText: 'Adele asks for a check-in on “Activation to 40%”.',
      actor: { kind: 'user', id: coach.id },
    });
    expect(fixture.emulator.activity(coach.id)).toEqual([]);
  });

  test('an app-only call shows the app as the actor, and the same chainId replaces the notification', async () => {
    const send = (preview: string) =>
      asJob.api(`/users/${owner.id}/teamwork/sendActivityNotification`).post({
        topic: {
          source: 'text',
          value: 'My OKRs',
          webUrl: 'https://teams.microsoft.com/l/entity/x/y',
        },
        activityType: 'checkInDue',
        chainId: 424242,
        previewText: { content: preview },
        templateParameters: [
          { name: 'keyResultCount', value: '2' },
          { name: 'cycleName', value: 'Q4 2026' },
        ],
      });
    await send('first');
    await send('second');
    const chained = fixture.emulator.activity(owner.id).filter((a) => a.chainId === 424242);
    expect(chained).toHaveLength(1);
    expect(chained[0]).toMatchObject({
      previewText: 'second',
      text: 'OKR Coach: key results to check in on in Q4 2026: 2',
      actor: { kind: 'app', displayName: 'OKR Coach' },
    });
  });

  test('the title line is kept in each language of the app package, shown as the reader’s Teams language picks it', async () => {
    await asJob.api(`/users/${owner.id}/teamwork/sendActivityNotification`).post({
      topic: {
        source: 'text',
        value: 'My OKRs',
        webUrl: 'https://teams.microsoft.com/l/entity/x/y',
      },
      activityType: 'checkInDue',
      chainId: 515151,
      previewText: { content: 'preview' },
      templateParameters: [
        { name: 'keyResultCount', value: '2' },
        { name: 'cycleName', value: 'Q4 2026' },
      ],
    });
    const [delivered] = fixture.emulator.activity(owner.id).filter((a) => a.chainId === 515151);
    expect(activityTextIn(delivered!, 'de-de')).toBe(
      'OKR Coach: Key Results für einen Check-in in Q4 2026: 2',
    );
    expect(activityTextIn(delivered!, 'fr-FR')).toBe(
      'OKR Coach\u00a0: résultats clés à mettre à jour dans Q4 2026\u00a0: 2',
    );
    expect(activityTextIn(delivered!, 'es-es')).toBe(
      'OKR Coach: resultados clave con check-in pendiente en Q4 2026: 2',
    );
    // No language file for Japanese: the manifest's English, as Teams falls back.
    expect(activityTextIn(delivered!, 'ja-jp')).toBe(
      'OKR Coach: key results to check in on in Q4 2026: 2',
    );
  });

  test.each([
    ['an undeclared activity type', { activityType: 'somethingElse' }, /not declared/],
    ['a missing template parameter', { templateParameters: [] }, /'keyResultTitle'/],
    ['a text topic without webUrl', { topic: { source: 'text', value: 'x' } }, /webUrl/],
    [
      'a text topic whose webUrl is not a Teams link',
      { topic: { source: 'text', value: 'x', webUrl: 'http://localhost:5173/teams/tab.html' } },
      /not a Microsoft Teams link/,
    ],
    [
      'an entityUrl that is not an installation',
      { topic: { source: 'entityUrl', value: 'https://graph.microsoft.com/v1.0/sites/x' } },
      /not a supported resource/,
    ],
    ['a chainId that is not an integer', { chainId: 'abc' }, /chainId/],
    [
      'a parameter the action does not take (a team’s recipient)',
      { recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient' } },
      /'recipient' in the request payload is not a valid parameter/,
    ],
  ])('refuses %s with 400', async (_, overrides, message) => {
    const error = await failure(() =>
      asCoach.api(`/users/${owner.id}/teamwork/sendActivityNotification`).post(nudge(overrides)),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(message);
  });

  test('refuses a user notifying themselves, a recipient without the app, and a token without TeamsActivity.Send', async () => {
    const self = await failure(() =>
      asCoach.api(`/users/${coach.id}/teamwork/sendActivityNotification`).post(nudge()),
    );
    expect(self.statusCode).toBe(400);

    fixture.emulator.setInstallations([coach.id]);
    const notInstalled = await failure(() =>
      asCoach.api(`/users/${owner.id}/teamwork/sendActivityNotification`).post(nudge()),
    );
    expect(notInstalled.statusCode).toBe(403);
    expect(notInstalled.message).toMatch(/Ensure that the expected Teams app is installed/);

    const plain = graphClient(fixture.emulator, tokenProvider(coach.id, 'User.Read'));
    const denied = await failure(() =>
      plain.api(`/users/${owner.id}/teamwork/sendActivityNotification`).post(nudge()),
    );
    expect(denied.statusCode).toBe(403);
    expect(denied.code).toBe('Forbidden');
    expect(denied.message).toBe(
      "Missing scope permissions on the request. API requires one of 'TeamsActivity.Send'. Scopes on the request 'User.Read'.",
    );
  });

  test('an unknown recipient is 404', async () => {
    const error = await failure(() =>
      asCoach.api('/users/nobody@contoso.com/teamwork/sendActivityNotification').post(nudge()),
    );
    expect(error.statusCode).toBe(404);
  });
});

describe('GET /users/{id}/mailboxSettings', () => {
  test('answers the mailbox time zone to an app with MailboxSettings.Read', async () => {
    const settings = (await asJob.api(`/users/${owner.id}/mailboxSettings`).get()) as {
      timeZone: string;
    };
    expect(settings.timeZone).toBe('Europe/Berlin');
    const zone = (await asJob.api(`/users/${coach.id}/mailboxSettings/timeZone`).get()) as {
      value: string;
    };
    expect(zone.value).toBe('W. Europe Standard Time');
  });

  test('refuses another user’s mailbox to a delegated caller, and an app without the permission', async () => {
    const other = await failure(() => asCoach.api(`/users/${owner.id}/mailboxSettings`).get());
    expect(other.statusCode).toBe(403);
    const appWithout = graphClient(fixture.emulator, {
      getAccessToken: async () => emulatorAppToken(localEntraClientId, ['TeamsActivity.Send']),
    });
    const denied = await failure(() => appWithout.api(`/users/${owner.id}/mailboxSettings`).get());
    expect(denied.statusCode).toBe(403);
    const own = await failure(() =>
      graphClient(fixture.emulator, tokenProvider(coach.id, 'User.Read'))
        .api('/me/mailboxSettings/timeZone')
        .get(),
    );
    expect([own.statusCode, own.code]).toEqual([403, 'ErrorAccessDenied']);
  });

  test('an app under Sites.Selected reaches only the site granted to it', async () => {
    const selected = graphClient(fixture.emulator, {
      getAccessToken: async () => emulatorAppToken(localEntraClientId, ['Sites.Selected']),
    });
    const lists = (await selected.api('/sites/contoso.sharepoint.com:/sites/okr:/lists').get()) as {
      value: unknown[];
    };
    expect(Array.isArray(lists.value)).toBe(true);
    const root = await failure(() => selected.api('/sites/root/lists').get());
    expect(root.statusCode).toBe(403);
    const stranger = graphClient(fixture.emulator, {
      getAccessToken: async () =>
        emulatorAppToken('11111111-2222-4333-8444-555555555555', ['Sites.Selected']),
    });
    const refused = await failure(() =>
      stranger.api('/sites/contoso.sharepoint.com:/sites/okr:/lists').get(),
    );
    expect(refused.statusCode).toBe(403);
  });

  test('an app token cannot call /me', async () => {
    const error = await failure(() => asJob.api('/me').get());
    expect(error.statusCode).toBe(400);
  });
});
