import { createDevTokenProvider } from '../../auth/dev-token-provider';
import { GraphOkrRepository } from '../../store/graph/graph-repository';
import { provision } from '../../store/provisioning';
import { demoOkrSite, demoUsers } from '../graph-emulator/demo-tenant';
import { seedDemoOrganisation, type SeedOptions, type SeedReport } from './seed';

export interface DemoSiteOptions extends SeedOptions {
  /** The emulator's Graph root, e.g. `http://127.0.0.1:5301/v1.0`. */
  readonly graphBaseUrl: string;
  /** Default: the demo tenant's OKR site. */
  readonly site?: string;
}

/**
 * Makes the emulator's OKR site ready to use: the lists provisioned as an admin would, then the
 * demo organisation written through the repository. Idempotent, so every start may run it.
 */
export async function prepareDemoSite(options: DemoSiteOptions): Promise<SeedReport> {
  const { graphBaseUrl, site = demoOkrSite.id, ...seedOptions } = options;
  const connection = {
    graphBaseUrl,
    tokens: createDevTokenProvider({ graphBaseUrl, userId: demoUsers.adeleVance.id }),
    site,
  };
  await provision(connection);
  return seedDemoOrganisation(new GraphOkrRepository(connection), seedOptions);
}
