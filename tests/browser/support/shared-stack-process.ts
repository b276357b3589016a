/**
 * Runs in a child process (started by the browser project's jest globalSetup): the one local
 * stack every browser test file shares. A Graph gateway (each test file registers its own
 * emulator as a tenant), the local Fluid service, and a static server over one production build
 * of every surface plus the simulators, configured for them. Vite 8 is ESM-only and jest runs
 * CommonJS, hence the separate process. It prints one JSON line (`SharedStackInfo`) when it is
 * ready and stops when its parent closes stdin or sends SIGTERM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAppWithDevPages } from '../../../src/dev/app-build';
import { startFluidService } from '../../../src/dev/fluid';
import { startGraphGateway } from '../../../src/dev/graph-gateway';
import { localStackEnv } from '../../../src/dev/stack-env';
import { startStaticSite } from '../../../src/dev/static-site';
import { sourceMapsFolder } from '../../../src/source-maps-plugin';

const started = performance.now();
const outDir = await mkdtemp(join(tmpdir(), 'okr-test-build-'));
const [gateway, fluid, site] = await Promise.all([
  startGraphGateway(),
  startFluidService(),
  startStaticSite(),
]);

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await Promise.allSettled([site.close(), gateway.close(), fluid.close()]);
  await rm(outDir, { recursive: true, force: true });
  await rm(sourceMapsFolder(outDir), { recursive: true, force: true });
  process.exit(0);
}
process.stdin.on('end', close);
process.stdin.resume();
process.on('SIGTERM', close);
process.on('SIGINT', close);

await buildAppWithDevPages(
  outDir,
  localStackEnv({
    graphBaseUrl: gateway.graphBaseUrl,
    appOrigin: site.origin,
    fluidUrl: fluid.url,
  }),
);
site.serve(outDir);
process.stdout.write(
  JSON.stringify({
    appOrigin: site.origin,
    outDir,
    gatewayOrigin: gateway.origin,
    fluidUrl: fluid.url,
    buildMs: Math.round(performance.now() - started),
  }) + '\n',
);
