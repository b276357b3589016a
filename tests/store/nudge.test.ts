import { demoUsers } from '../../src/dev/graph-emulator/index';
import { localTeamsApp } from '../../src/dev/teams-app';
import { InvalidError } from '../../src/store/errors';
import { startStore, type StoreFixture } from './store-fixture';

/** A coach's nudge through the Graph adapter: one notification per KR and day, from the coach. */
jest.setTimeout(60_000);

const coach = demoUsers.adeleVance;
const owner = demoUsers.diegoSiciliani;
let store: StoreFixture;

beforeAll(async () => {
  store = await startStore({ teamsApp: localTeamsApp() });
});
afterAll(() => store.stop());

const keyResult = {
  id: '7',
  title: 'Win 12 new logos in the mid-market',
  owner: { id: owner.id, displayName: owner.displayName },
};
const nudge = (day: string, overrides = {}) => ({
  keyResult,
  from: { id: coach.id, displayName: coach.displayName },
  webUrl: 'https://teams.microsoft.com/l/entity/app/myOkrs?context=%7B%7D',
  day,
  now: `${day}T10:00:00Z`,
  ...overrides,
});

test('sends one notification from the coach, and no second one the same day', async () => {
  const repository = store.repository();
  await expect(repository.nudgeOwner(nudge('2026-11-30'))).resolves.toEqual({ sent: true });
  const [delivered] = store.emulator.activity(owner.id);
  expect(delivered).toMatchObject({
    activityType: 'checkInNudge',
    text: `Adele Vance asks you to check in on ${keyResult.title}`,
    previewText: `Adele Vance asks for a check-in on “${keyResult.title}”.`,
    actor: { kind: 'user', id: coach.id },
  });
  await expect(repository.nudgeOwner(nudge('2026-11-30'))).resolves.toEqual({
    sent: false,
    at: '2026-11-30T10:00:00Z',
  });
  await expect(repository.nudgeOwner(nudge('2026-12-01'))).resolves.toEqual({ sent: true });
  expect(store.emulator.activity(owner.id)).toHaveLength(2);
});

test('refuses a nudge to oneself or to a KR without an owner', async () => {
  const repository = store.repository({ userId: owner.id });
  const self = nudge('2026-12-02', { from: { id: owner.id, displayName: owner.displayName } });
  await expect(repository.nudgeOwner(self)).rejects.toBeInstanceOf(InvalidError);
  const nobody = nudge('2026-12-02', { keyResult: { ...keyResult, owner: undefined } });
  await expect(repository.nudgeOwner(nobody)).rejects.toThrow(/has no owner/);
});

test('a failed send is reported and may be tried again the same day', async () => {
  store.emulator.setInstallations([coach.id]);
  const repository = store.repository();
  await expect(repository.nudgeOwner(nudge('2026-12-03'))).rejects.toThrow(/installed/);
  store.emulator.setInstallations(null);
  await expect(repository.nudgeOwner(nudge('2026-12-03'))).resolves.toEqual({ sent: true });
});

test.each([
  ['de-DE', '2026-12-10', `Adele Vance bittet um einen Check-in bei „${keyResult.title}“.`],
  ['fr-FR', '2026-12-11', `Adele Vance demande un check-in sur «\u00a0${keyResult.title}\u00a0».`],
  ['es-ES', '2026-12-12', `Adele Vance pide un check-in de «${keyResult.title}».`],
  ['en-GB', '2026-12-13', `Adele Vance asks for a check-in on “${keyResult.title}”.`],
])('writes the preview in the nudger’s language (%s)', async (locale, day, previewText) => {
  const repository = store.repository();
  await expect(repository.nudgeOwner(nudge(day, { locale }))).resolves.toEqual({ sent: true });
  const [newest] = store.emulator.activity(owner.id);
  expect(newest).toMatchObject({ activityType: 'checkInNudge', previewText });
});
