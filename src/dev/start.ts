import type { SeedReport } from './seed';
import { startLocalStack } from './stack';

function describeSeed(seed: SeedReport | undefined): string {
  if (!seed) return 'not seeded';
  const added = Object.entries(seed.created)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`);
  return added.length ? `seeded: ${added.join(', ')}` : 'already seeded, unchanged';
}

const stack = await startLocalStack();

console.log(`
OKR Coach — local stack is up

  Dev hub          ${stack.hubUrl}
  Graph emulator   ${stack.emulator.graphBaseUrl}
  Fluid service    ${stack.fluid.url}   (Live Share in meetings)
  App pages        ${stack.appOrigin}/teams/tab.html …
  Demo data        ${describeSeed(stack.seed)}

Press Ctrl+C to stop; data is kept in .local/data.
`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the local stack…`);
  await stack.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
