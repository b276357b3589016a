import { createDevTokenProvider } from '../../auth/dev-token-provider';
import { GraphOkrRepository } from '../../store/graph/graph-repository';
import { siteRoles } from '../../store/graph/site-roles';
import { provision, type SiteSetupOptions } from '../../store/provisioning';
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
  await grantDemoRoles(connection);
  return seedDemoOrganisation(new GraphOkrRepository(connection), seedOptions);
}

/**
 * The demo's roles, as the README's table says: Megan Bowen and Adele Vance own the site (so they
 * are admins), Adele is the OKR coach (provisioning made her, who created the groups, an admin).
 * Everyone else is a member. Adding someone already in a group changes nothing.
 */
async function grantDemoRoles(connection: SiteSetupOptions): Promise<void> {
  const roles = siteRoles(connection);
  const coaches = await roles.members('coaches');
  const coach = demoUsers.adeleVance.userPrincipalName;
  if (!coaches.some((member) => member.userPrincipalName === coach))
    await roles.add('coaches', coach);
}
