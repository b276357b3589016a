import { demoOkrSite, demoUsers, emulatorToken } from '../../../src/dev/graph-emulator/index';
import { rawGraph, startTestEmulator } from './emulator-fixture';

/**
 * Tests hold Graph's answers to prove what a page shows before any has come (a board painted
 * from the cache), then release them: nothing is answered while held, everything after.
 */
let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let graph: ReturnType<typeof rawGraph>;
const site = `/sites/${demoOkrSite.id}`;

beforeAll(async () => {
  fixture = await startTestEmulator();
  graph = rawGraph(fixture.emulator, emulatorToken(demoUsers.meganBowen.id));
}, 60_000);

afterAll(() => fixture.stop(), 60_000);

it('answers nothing while held and every waiting request once released', async () => {
  const release = fixture.emulator.holdAnswers();
  fixture.emulator.resetStats();
  let answered = 0;
  const waiting = [graph('GET', site), graph('GET', `${site}/lists`)].map((request) =>
    request.then((response) => {
      answered += 1;
      return response;
    }),
  );
  // Given time to arrive and be answered, neither is.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(answered).toBe(0);
  expect(Object.values(fixture.emulator.stats().byStatus)).toEqual([]);

  release();
  const responses = await Promise.all(waiting);
  expect(responses.map((response) => response.status)).toEqual([200, 200]);
  // Released for good: a later request is answered at once.
  expect((await graph('GET', site)).status).toBe(200);
});

it('holds again after a release, independently of the first hold', async () => {
  const first = fixture.emulator.holdAnswers();
  first();
  const second = fixture.emulator.holdAnswers();
  first(); // a stale release does not let the second hold's requests through
  let answered = false;
  const request = graph('GET', site).then((response) => {
    answered = true;
    return response;
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(answered).toBe(false);
  second();
  expect((await request).status).toBe(200);
});
