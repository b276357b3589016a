import { startSharedStack } from './shared-stack';

/**
 * Jest globalSetup of the browser project: one local stack for the whole run, built once.
 * Ten minutes is what a production build may take on a loaded two-core machine.
 */
export default async function globalSetup(): Promise<void> {
  const { info, child } = await startSharedStack(600_000);
  (globalThis as { okrSharedStack?: typeof child }).okrSharedStack = child;
  process.stdout.write(
    `\nShared local stack: ${info.appOrigin} (production build in ${(info.buildMs / 1000).toFixed(1)} s)\n`,
  );
}
