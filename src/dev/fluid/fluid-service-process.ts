/**
 * Runs in a child process (started by `startFluidService`): tinylicious, the Fluid reference
 * service, for Live Share on the local stack. Tinylicious itself listens on every interface and
 * reads its port from `PORT`; this entry builds the same service from tinylicious's own factories
 * but binds it to the host it is given (loopback), keeps its documents in memory and its git
 * storage in a scratch directory. It prints one JSON line `{"url": …}` when it is listening and
 * stops when its parent closes stdin or sends SIGTERM.
 *
 *   node --import tsx fluid-service-process.ts <host> <port> <storageDir>
 */
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';

const require = createRequire(import.meta.url);

interface WebServer {
  readonly httpServer: { readonly server: Server; listen(port: number): void };
}
interface TinyliciousResources {
  readonly port: number;
  readonly webServerFactory: { create(listener: unknown): WebServer };
  dispose(): Promise<void>;
}
interface TinyliciousRunner {
  start(): Promise<void>;
  stop(): Promise<void>;
}

const [host = '127.0.0.1', portText = '0', storageDir] = process.argv.slice(2);
if (!storageDir) throw new Error('usage: fluid-service-process.ts <host> <port> <storageDir>');

/** Port 0 means any free one; tinylicious must know it up front (it calls itself on it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('No free port')),
      );
    });
  });
}

const port = Number(portText) || (await freePort());
process.env.PORT = String(port);

const nconf = require('nconf') as typeof import('nconf');
const tinyliciousConfig = require.resolve('tinylicious/config.json');
const config = new nconf.Provider({})
  .overrides({
    storage: storageDir,
    db: { inMemory: true },
    logger: { level: 'warn', colorize: false, morganFormat: 'tiny', json: false, label: 'fluid' },
  })
  .file(tinyliciousConfig)
  .use('memory');

const { configureLogging } = require('@fluidframework/server-services-utils') as {
  configureLogging(config: unknown): void;
};
const { TinyliciousResourcesFactory } = require('tinylicious/dist/resourcesFactory') as {
  TinyliciousResourcesFactory: new () => { create(config: unknown): Promise<TinyliciousResources> };
};
const { TinyliciousRunnerFactory } = require('tinylicious/dist/runnerFactory') as {
  TinyliciousRunnerFactory: new () => {
    create(r: TinyliciousResources): Promise<TinyliciousRunner>;
  };
};

configureLogging(config);
const resources = await new TinyliciousResourcesFactory().create(config);

// The runner calls `httpServer.listen(port)`, which is every interface: bind to `host` instead.
const createWebServer = resources.webServerFactory.create.bind(resources.webServerFactory);
let markListening: () => void = () => undefined;
let failListening: (error: Error) => void = () => undefined;
const listening = new Promise<void>((resolve, reject) => {
  markListening = resolve;
  failListening = reject;
});
resources.webServerFactory.create = (listener) => {
  const web = createWebServer(listener);
  const { server } = web.httpServer;
  web.httpServer.listen = (onPort) => {
    server.once('listening', () => markListening());
    server.once('error', failListening);
    server.listen(onPort, host);
  };
  return web;
};

const runner = await new TinyliciousRunnerFactory().create(resources);
const running = runner.start();
await Promise.race([
  running.then(() => {
    throw new Error('Tinylicious stopped while starting.');
  }),
  listening,
]);
process.stdout.write(JSON.stringify({ url: `http://${host}:${port}` }) + '\n');

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await runner.stop().catch(() => undefined);
  await resources.dispose().catch(() => undefined);
  process.exit(0);
}
process.stdin.on('end', close);
process.stdin.resume();
process.on('SIGTERM', close);
process.on('SIGINT', close);
