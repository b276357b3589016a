import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { graphDataDir, localStack } from '../ports';
import { appOriginAliases, stackSecretHeader } from '../stack-env';
import { localTeamsApp } from '../teams-app';
import { startGraphEmulator, type FaultSettings } from './index';

/**
 * `npm run emulator [-- --port 5301 --data-dir .local/data/graph --throttle-rate 0.1 --retry-after 1 …]`
 * Flags override the environment: OKR_GRAPH_PORT, OKR_DATA_DIR, OKR_GRAPH_FAULTS (JSON of FaultSettings),
 * OKR_GRAPH_SEED. Stops cleanly on SIGINT/SIGTERM, with the journal compacted.
 */
const usage = `Usage: npm run emulator -- [--port N] [--data-dir DIR] [--seed N] [--page-size N] [--compact-after-bytes N]
  [--throttle-rate 0..1] [--unavailable-rate 0..1] [--retry-after SECONDS] [--latency MS] [--drop-rate 0..1]`;

function numberFlag(
  values: Record<string, string | boolean | undefined>,
  name: string,
): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(parsed))
    throw new Error(`--${name} needs a number.\n${usage}`);
  return parsed;
}

const localAppOrigin = `http://${localStack.host}:${localStack.appPort}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      'page-size': { type: 'string' },
      'compact-after-bytes': { type: 'string' },
      'throttle-rate': { type: 'string' },
      'unavailable-rate': { type: 'string' },
      'retry-after': { type: 'string' },
      latency: { type: 'string' },
      'drop-rate': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const faults: Partial<FaultSettings> = process.env.OKR_GRAPH_FAULTS
    ? JSON.parse(process.env.OKR_GRAPH_FAULTS)
    : {};
  const flagFaults: Array<[Exclude<keyof FaultSettings, 'throttled'>, string]> = [
    ['throttleRate', 'throttle-rate'],
    ['unavailableRate', 'unavailable-rate'],
    ['retryAfterSeconds', 'retry-after'],
    ['latencyMs', 'latency'],
    ['dropRate', 'drop-rate'],
  ];
  for (const [key, flag] of flagFaults) {
    const value = numberFlag(values, flag);
    if (value !== undefined) faults[key] = value;
  }
  const dataDir = resolve(values['data-dir'] ?? graphDataDir());
  const emulator = await startGraphEmulator({
    port: numberFlag(values, 'port') ?? localStack.graphPort,
    dataDir,
    faults,
    seed:
      numberFlag(values, 'seed') ??
      (process.env.OKR_GRAPH_SEED ? Number(process.env.OKR_GRAPH_SEED) : undefined),
    pageSize: numberFlag(values, 'page-size'),
    compactAfterBytes: numberFlag(values, 'compact-after-bytes'),
    teamsApp: localTeamsApp(),
    allowedOrigins: process.env.OKR_STACK_ORIGINS?.split(',') ?? appOriginAliases(localAppOrigin),
  });
  console.log(`Graph emulator listening on ${emulator.graphBaseUrl} (data in ${dataDir})`);
  console.log(
    `Control API: ${emulator.url}/_emulator/stats with the header ${stackSecretHeader}: ${emulator.secret}\n` +
      "(the secret also signs the emulator's tokens: give Node tools OKR_STACK_SECRET to share it)",
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => {
        console.log(`Graph emulator stopped (${signal}); data saved.`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Graph emulator failed to stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
