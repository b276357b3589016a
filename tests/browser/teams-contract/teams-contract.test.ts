import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser, pageErrors } from '../support/browser';
import { openSimulator, simulatorCard } from '../support/teams-simulator';
import { contracts, setupParameters, setups, type SetupName, type TeamsContract } from './cases';

/**
 * Replays Microsoft's documented teams-js examples (./cases.ts, each naming its page) with the
 * real SDK in the teams-js sandbox page, framed by the Teams host simulator, and compares what
 * each call answers — or how it is refused — with what the page shows. They check the simulator
 * against Teams, not against itself: when one fails, read the page named in `doc` first.
 */
jest.setTimeout(120_000);

interface Outcome {
  readonly answer?: unknown;
  readonly refusal?: unknown;
}

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The sandbox in that frame once its teams-js is loaded (again, after a reload). */
async function sandboxFrame(page: Page, frameId: string): Promise<Frame> {
  const iframe = simulatorCard(page, frameId).locator('iframe');
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`The simulator shows no frame ${frameId}.`);
  await frame.locator('html[data-sdk="ready"]').waitFor({ state: 'attached' });
  return frame;
}

/**
 * Runs the snippet as the body of an async function in the frame. Passed as a string, it is
 * evaluated by the browser's debugger protocol, so the app's Content-Security-Policy (no eval)
 * does not stand in its way. A thrown `Error` becomes its message; an `SdkError` stays as is.
 * The document is marked `data-ran`, so a case can wait for the one Teams loads after it.
 */
function run(frame: Frame, snippet: string): Promise<Outcome> {
  return frame.evaluate(`(async () => {
    document.documentElement.dataset.ran = '';
    try {
      return { answer: await (async () => { ${snippet} })() };
    } catch (error) {
      return { refusal: error instanceof Error ? { message: error.message } : error };
    }
  })()`) as Promise<Outcome>;
}

function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[key]
          : undefined,
      root,
    );
}

const bySetup = (Object.keys(setups) as SetupName[]).map(
  (setup) => [setup, contracts.filter((contract) => contract.setup === setup)] as const,
);

describe.each(bySetup)('%s', (setup, cases) => {
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    context = await browser.newContext();
    // Sized for a loaded two-core machine, where a page may wait its turn for a core.
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    errors = pageErrors(page);
    await openSimulator(page, server.url, setupParameters(setup));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    expect(errors).toEqual([]);
  });

  it.each(cases.map((contract) => [contract.example, contract] as const))(
    '%s',
    async (_example, contract: TeamsContract) => {
      try {
        const outcome = await run(await sandboxFrame(page, contract.frame), contract.snippet);
        if (contract.refusal === undefined) {
          expect(outcome).toMatchObject({ answer: contract.answer });
          for (const path of contract.absent ?? [])
            expect([path, valueAt(outcome.answer, path)]).toEqual([path, undefined]);
        } else {
          expect(outcome).toMatchObject({ refusal: contract.refusal });
        }
        await contract.host?.(page);
      } catch (error) {
        if (error instanceof Error) error.message += `\n\nDocumented at ${contract.doc}`;
        throw error;
      }
    },
  );
});
