/**
 * Creates the OKR lists on a SharePoint site (adds only what is missing; never drops data).
 *
 *   npm run provision-lists -- --site contoso.sharepoint.com:/sites/okr
 *   npm run provision-lists -- --graph http://127.0.0.1:5301/v1.0 --site contoso.sharepoint.com:/sites/okr
 *   npm run provision-lists -- --check      (report only, permissions included)
 *
 * The Graph token comes from GRAPH_TOKEN (delegated or app-only, with Sites.Manage.All — or
 * Sites.Selected with manage rights on that site); SharePoint REST, which sets the permissions,
 * wants its own token (resource https://{tenant}.sharepoint.com, AllSites.FullControl) in
 * SHAREPOINT_TOKEN. Against a loopback emulator without them, the development token provider
 * signs in as the demo tenant's coach, an owner of its OKR site.
 */
import { parseArgs } from 'node:util';
import { createDevTokenProvider } from '../src/auth/dev-token-provider';
import type { TokenProvider } from '../src/auth/token-provider';
import { localStack } from '../src/dev/ports';
import { demoOkrSite, demoUsers } from '../src/dev/graph-emulator/demo-tenant';
import { SiteProvisioner } from '../src/store/provisioning';

export function tokenProviderFor(graphBaseUrl: string): TokenProvider {
  const token = process.env.GRAPH_TOKEN;
  const sharePointToken = process.env.SHAREPOINT_TOKEN;
  if (token)
    return {
      // SharePoint scopes name the SharePoint resource (https://contoso.sharepoint.com/AllSites.…).
      getToken: async (scopes) =>
        scopes.some((scope) => /\/AllSites\./.test(scope)) && sharePointToken
          ? sharePointToken
          : token,
    };
  return createDevTokenProvider({ graphBaseUrl, userId: demoUsers.adeleVance.id });
}

export const defaultGraph = `http://${localStack.host}:${localStack.graphPort}/v1.0`;
export const defaultSite = `contoso.sharepoint.com:${demoOkrSite.path}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: defaultSite },
      graph: { type: 'string', default: defaultGraph },
      check: { type: 'boolean', default: false },
    },
  });
  const graphBaseUrl = values.graph!;
  const provisioner = new SiteProvisioner({
    graphBaseUrl,
    tokens: tokenProviderFor(graphBaseUrl),
    site: values.site!,
  });
  const report = values.check ? await provisioner.checkSite() : await provisioner.provision();
  console.log(JSON.stringify(report, null, 2));
  if (!report.ready || !report.secure) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  });
}
