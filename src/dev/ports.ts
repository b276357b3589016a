/** Where the local stack listens. Everything binds to loopback only. */
export const localStack = {
  host: '127.0.0.1',
  appPort: Number(process.env.OKR_APP_PORT ?? 5300),
  graphPort: Number(process.env.OKR_GRAPH_PORT ?? 5301),
  fluidPort: Number(process.env.OKR_FLUID_PORT ?? 7070),
  dataDir: process.env.OKR_DATA_DIR ?? '.local/data',
} as const;

/** The Graph emulator's folder inside a local stack's data directory. */
export const graphDataDir = (dataDir: string = localStack.dataDir) => `${dataDir}/graph`;
