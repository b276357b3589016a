import { localStackSecret } from '../../../src/auth/dev-token-provider';
import { appOriginAliases } from '../../../src/dev/stack-env';
import { startSharedStack } from './shared-stack';

/**
 * Jest globalSetup of the browser project: one local stack for the whole run, built once.
 * Ten minutes is what a production build may take on a loaded two-core machine.
 */
export default async function globalSetup(): Promise<void> {
  // The run's secret (in OKR_STACK_SECRET) signs every emulator's tokens and opens their control
  // APIs: created before the shared stack's process and the test workers start, so all share it.
  localStackSecret();
  const { info, child } = await startSharedStack(600_000);
  // Each test file's emulator answers the pages of the shared build (OKR_STACK_ORIGINS).
  process.env.OKR_STACK_ORIGINS = appOriginAliases(info.appOrigin).join(',');
  (globalThis as { okrSharedStack?: typeof child }).okrSharedStack = child;
  process.stdout.write(
    `\nShared local stack: ${info.appOrigin} (production build in ${(info.buildMs / 1000).toFixed(1)} s)\n`,
  );
}
