import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import {
  demoOkrSite,
  demoUsers,
  startGraphEmulator,
  type GraphEmulator,
  type GraphEmulatorOptions,
} from '../../src/dev/graph-emulator/index';
import {
  GraphOkrRepository,
  type GraphRepositoryOptions,
} from '../../src/store/graph/graph-repository';
import { provision } from '../../src/store/provisioning';

export const okrSite = `contoso.sharepoint.com:${demoOkrSite.path}`;
export const coach = demoUsers.adeleVance;

export interface StoreFixture {
  readonly emulator: GraphEmulator;
  repository(options?: Partial<GraphRepositoryOptions> & { userId?: string }): GraphOkrRepository;
  stop(): Promise<void>;
}

/** The emulator in-process on port 0 with a temp data dir, and the OKR site provisioned. */
export async function startStore(
  options: Partial<GraphEmulatorOptions> = {},
): Promise<StoreFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'okr-store-test-'));
  const emulator = await startGraphEmulator({ dataDir, ...options });
  const connection = (userId: string = coach.id) => ({
    graphBaseUrl: emulator.graphBaseUrl,
    tokens: createDevTokenProvider({ graphBaseUrl: emulator.graphBaseUrl, userId }),
    site: okrSite,
  });
  await provision(connection());
  return {
    emulator,
    repository: ({ userId, ...rest } = {}) =>
      new GraphOkrRepository({ ...connection(userId), ...rest }),
    stop: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
