import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { localStackEnv } from '../../../src/dev/stack-env';
import {
  seedBoard,
  startOkrStore,
  type OkrStore,
  type SeededBoard,
} from '../../excel/support/okr-store';
import { startAppServer, type AppServer } from '../support/app-server';
import { freshPagePerTest, launchBrowser } from '../support/browser';

/** The Excel flow without Excel: a team's OKRs in the Graph emulator, the app's pages, Chromium. */
export interface ExcelStack {
  readonly store: OkrStore;
  /** The team's board for a cycle of today, with the KRs asked for. */
  readonly board: SeededBoard;
  readonly server: AppServer;
  readonly browser: Browser;
}

export interface ExcelStackOptions {
  /** How many KRs the seeded board has. */
  readonly keyResults: number;
  /** The origin the pages are configured for (the add-in's manifest names it). */
  readonly appOrigin: string;
  /** The browser context of each test's page (its viewport, say). */
  readonly context?: BrowserContextOptions;
}

/** One Excel stack for the test file, and a fresh page in the workbook simulator's browser per test. */
export function excelStackPerFile(
  options: ExcelStackOptions,
  onStack: (stack: ExcelStack) => void,
  onPage: (page: Page) => void,
): void {
  let stack: Partial<ExcelStack> = {};
  beforeAll(async () => {
    const store = await startOkrStore();
    stack = { store };
    const today = new Date().toISOString().slice(0, 10);
    const board = await seedBoard(store.repository, store.teamId, options.keyResults, today);
    const [server, browser] = await Promise.all([
      startAppServer({
        env: localStackEnv({ graphBaseUrl: store.graphBaseUrl, appOrigin: options.appOrigin }),
      }),
      launchBrowser(),
    ]);
    stack = { store, board, server, browser };
    onStack(stack as ExcelStack);
  }, 180_000);
  afterAll(async () => {
    await stack.browser?.close();
    await stack.server?.close();
    await stack.store?.stop();
  });
  freshPagePerTest(() => stack.browser!, onPage, options.context);
}

/** Opens the workbook simulator, the task pane beside it, once the pane says who is signed in. */
export async function openSimulator(page: Page, server: AppServer): Promise<void> {
  await page.goto(new URL('dev/excel-simulator/index.html', server.url).href);
  await page.getByTestId('signed-in').waitFor();
}

/** Picks the seeded board's team and cycle in the open pane and loads them into the workbook. */
export async function loadSeededBoard(page: Page, store: OkrStore, board: SeededBoard) {
  await page.getByTestId('team').selectOption(store.teamId);
  await page.getByTestId('cycle').selectOption(board.cycle.id);
  await page.getByTestId('load').click();
}
