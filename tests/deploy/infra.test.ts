import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile, placeholdersIn } from '../../scripts/teams-env';
import { reminderLanguages } from '../../src/jobs/reminders/config';
import { surfaces } from '../../src/surfaces';

const projectRoot = resolve(__dirname, '../..');
const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

const MICROSOFT_GRAPH = '00000003-0000-0000-c000-000000000000';
/**
 * Delegated Microsoft Graph permission ids, from Microsoft Graph permissions reference
 * (https://learn.microsoft.com/graph/permissions-reference), as published on the Microsoft Graph
 * service principal's oauth2PermissionScopes.
 */
const GRAPH_DELEGATED = {
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  'Sites.ReadWrite.All': '89fe6a52-be36-487e-b7d8-d061c450a026',
  'Sites.Manage.All': '65e50fdc-43b7-4915-933e-e8138f11f40a',
  'User.ReadBasic.All': 'b340eb25-3456-403f-be2f-af7a0d370277',
  'TeamsActivity.Send': '7ab1d787-bae7-4d5d-8db6-37ea32df9186',
} as const;

interface AadManifest {
  replyUrlsWithType: Array<{ url: string; type: string }>;
  requiredResourceAccess: Array<{
    resourceAppId: string;
    resourceAccess: Array<{ id: string; type: string }>;
  }>;
  [key: string]: unknown;
}

describe('infra/aad.manifest.json (the Entra app)', () => {
  const manifest = JSON.parse(read('infra/aad.manifest.json')) as AadManifest;

  it('asks Microsoft Graph for exactly User.Read, Sites.ReadWrite.All, Sites.Manage.All, User.ReadBasic.All and TeamsActivity.Send (a coach’s nudge), delegated', () => {
    expect(manifest.requiredResourceAccess).toEqual([
      {
        resourceAppId: MICROSOFT_GRAPH,
        resourceAccess: Object.values(GRAPH_DELEGATED).map((id) => ({ id, type: 'Scope' })),
      },
    ]);
  });

  it('is a single-page application: SPA redirects only, no secret, no implicit flow', () => {
    expect(new Set(manifest.replyUrlsWithType.map((r) => r.type))).toEqual(new Set(['Spa']));
    expect(manifest).not.toHaveProperty('passwordCredentials');
    expect(manifest).not.toHaveProperty('keyCredentials');
    expect(manifest.oauth2AllowImplicitFlow).toBe(false);
    expect(manifest.oauth2AllowIdTokenImplicitFlow).toBe(false);
    expect(manifest.signInAudience).toBe('AzureADMyOrg');
  });

  it('redirects to the NAA broker and to every page that may open the sign-in popup', () => {
    const urls = manifest.replyUrlsWithType.map((r) => r.url);
    expect(urls).toContain('brk-multihub://${{TAB_DOMAIN}}');
    for (const surface of surfaces.filter((s) => s.id !== 'functions')) {
      expect(urls).toContain(`https://\${{TAB_DOMAIN}}/${surface.page}`);
    }
    expect(urls.every((url) => /^(brk-multihub|https):\/\/\$\{\{TAB_DOMAIN\}\}/.test(url))).toBe(
      true,
    );
  });
});

describe('infra/azure.bicep', () => {
  const bicep = read('infra/azure.bicep');
  const parameters = JSON.parse(read('infra/azure.parameters.json')) as {
    parameters: Record<string, { value: string }>;
  };

  it('hosts on Azure Static Web Apps with a Free or Standard sku', () => {
    expect(bicep).toMatch(/resource swa 'Microsoft\.Web\/staticSites@[\d-]+'/);
    expect(bicep).toMatch(
      /@allowed\(\[\s*'Free'\s*'Standard'\s*\]\)\s*(@description\([^)]*\)\s*)?param staticWebAppSku string/,
    );
  });

  it('outputs what the toolkit writes back to env/: the site, the reminders Function App and its identity', () => {
    const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    expect(outputs.sort()).toEqual([
      'AZURE_STATIC_WEB_APPS_RESOURCE_ID',
      'REMINDERS_FUNCTION_APP_RESOURCE_ID',
      'REMINDERS_PRINCIPAL_ID',
      'TAB_DOMAIN',
      'TAB_ENDPOINT',
    ]);
  });

  it('runs the reminders job with a managed identity and keeps no credential in its settings but the storage the host needs', () => {
    expect(bicep).toMatch(/identity: \{\s+type: 'SystemAssigned'/);
    expect(bicep).not.toMatch(/AZURE_CLIENT_SECRET|clientSecret/i);
    for (const setting of [
      'OKR_SITE',
      'TEAMS_APP_ID',
      'OKR_DEFAULT_TIME_ZONE',
      'OKR_GRAPH_BASE_URL',
      'OKR_LANGUAGE',
    ])
      expect(bicep).toContain(`name: '${setting}'`);
  });

  it('offers the reminders job exactly the languages it writes', () => {
    const allowed =
      /@allowed\(\[([^\]]*)\]\)\s*(?:@description\((?:[^)]|\)(?!\s*param))*\)\s*)?param reminderLanguage string/.exec(
        bicep,
      );
    expect([...(allowed?.[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1])).toEqual([
      ...reminderLanguages,
    ]);
  });

  it('gets a value for every parameter it declares without a default', () => {
    const declared = [...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)];
    const required = declared.filter((m) => !m[2]).map((m) => m[1]);
    const given = Object.keys(parameters.parameters);
    for (const name of required) expect(given).toContain(name);
    for (const name of given) expect(declared.map((m) => m[1])).toContain(name);
  });
});

interface Action {
  uses: string;
  writeToEnvironmentFile?: Record<string, string>;
}

/** Which files each toolkit environment renders, and so which placeholders it must provide. */
describe.each([
  {
    env: 'dev',
    yml: 'teamsapp.yml',
    files: ['appPackage/manifest.json', 'infra/aad.manifest.json', 'infra/azure.parameters.json'],
  },
  {
    env: 'local',
    yml: 'teamsapp.local.yml',
    files: ['appPackage/manifest.json', 'infra/aad.manifest.json'],
  },
])('env/.env.$env', ({ env, yml, files }) => {
  const text = read(`env/.env.${env}`);
  const declared = parseEnvFile(text);
  const project = parse(read(yml)) as Record<string, Action[] | unknown>;
  const actions = ['provision', 'deploy', 'publish'].flatMap(
    (stage) => (project[stage] as Action[] | undefined) ?? [],
  );
  const written = new Set(actions.flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})));
  if (actions.some((a) => a.uses === 'arm/deploy')) {
    for (const m of read('infra/azure.bicep').matchAll(/^output (\w+) /gm)) written.add(m[1]!);
  }

  it('defines or has provisioning write every variable the project files use', () => {
    const used = new Set([read(yml), ...files.map(read)].flatMap(placeholdersIn));
    const missing = [...used].filter(
      (name) => !declared.has(name) && !written.has(name) && name !== 'TEAMSFX_ENV',
    );
    expect(missing).toEqual([]);
  });

  it('names itself and keeps no secret', () => {
    expect(declared.get('TEAMSFX_ENV')).toBe(env);
    const secrets = [...declared.keys()].filter((key) => /SECRET|PASSWORD|TOKEN|KEY$/.test(key));
    expect(secrets).toEqual([]);
  });

  it('is committed while its .user file is ignored by git', () => {
    const ignored = (file: string) => {
      try {
        execFileSync('git', ['check-ignore', '-q', file], { cwd: projectRoot });
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored(`env/.env.${env}`)).toBe(false);
    expect(ignored(`env/.env.${env}.user`)).toBe(true);
  });
});
