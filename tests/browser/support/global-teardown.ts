import type { ChildProcess } from 'node:child_process';
import { stopSharedStack } from './shared-stack';

export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { okrSharedStack?: ChildProcess }).okrSharedStack;
  if (child) await stopSharedStack(child);
}
