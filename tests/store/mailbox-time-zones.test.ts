import { defaultDevScopes } from '../../src/auth/dev-token-provider';
import { demoUsers } from '../../src/dev/graph-emulator/index';
import { startStore, type StoreFixture } from './store-fixture';

/**
 * Mailbox time zones through the Graph adapter: a mailbox Graph refuses to read (another user's,
 * to a delegated caller: Outlook's 403 ErrorAccessDenied) is left out, so the caller falls back to
 * the organisation's zone instead of failing.
 */
jest.setTimeout(60_000);

const coach = demoUsers.adeleVance;
const owner = demoUsers.diegoSiciliani;
let store: StoreFixture;

beforeAll(async () => {
  store = await startStore();
});
afterAll(() => store.stop());

test('reads the signed-in user’s zone as an IANA name, and leaves out a mailbox Graph refuses', async () => {
  const repository = store.repository({
    grantedScopes: [...defaultDevScopes, 'MailboxSettings.Read'],
  });
  const zones = await repository.mailboxTimeZones([coach.id, owner.id]);
  expect([...zones]).toEqual([[coach.id, 'Europe/Berlin']]);
});

test('without MailboxSettings.Read every zone is left out, and nothing throws', async () => {
  const repository = store.repository({ grantedScopes: defaultDevScopes });
  await expect(repository.mailboxTimeZones([coach.id])).resolves.toEqual(new Map());
});
