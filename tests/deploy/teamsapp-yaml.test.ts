import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

/**
 * teamsapp.yml and teamsapp.local.yml against the toolkit's own YAML schema (v1.8), vendored from
 * @microsoft/teamsfx-core 3.1.3 (MIT; see tests/deploy/vendor/README.md) because the package is
 * 25.8 MB for one file. The schema is used as is: no loadSchema, so nothing is fetched.
 */

const projectRoot = resolve(__dirname, '../..');
const schemaFile = join(__dirname, 'vendor/teamsapp-yaml.schema.v1.8.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectYaml {
  version: string;
  environmentFolderPath?: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

function read(file: string): { text: string; yaml: ProjectYaml } {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  return { text, yaml: parse(text) as ProjectYaml };
}

const uses = (actions: Action[] = []) => actions.map((a) => a.uses);

describe('the vendored toolkit schema', () => {
  it('is the unmodified v1.8 yaml.schema.json from @microsoft/teamsfx-core 3.1.3', () => {
    const canonical = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
    expect(canonical).toBe('d506e56bf1c955fe70c0edc4f5bb95875a8e17b24e026d801116c7b5de6c4517');
    expect(schema).toHaveProperty('properties.version.const', 'v1.8');
  });

  it.each([
    [
      'a create without the variable it writes',
      (y: ProjectYaml) => delete y.provision![0]!.writeToEnvironmentFile,
    ],
    [
      'a client secret without a variable to keep it',
      (y: ProjectYaml) => {
        y.provision!.find((a) => a.uses === 'aadApp/create')!.with!.generateClientSecret = true;
      },
    ],
    [
      'a zip without its output path',
      (y: ProjectYaml) => {
        delete y.provision!.find((a) => a.uses === 'teamsApp/zipAppPackage')!.with!.outputZipPath;
      },
    ],
    [
      'an action the toolkit does not have',
      (y: ProjectYaml) => y.deploy!.push({ uses: 'no/suchAction' }),
    ],
    ['a schema version it is not', (y: ProjectYaml) => (y.version = 'v1.9')],
  ])('rejects teamsapp.yml with %s', (_, breakIt) => {
    const yaml = read('teamsapp.yml').yaml;
    expect(validate(yaml)).toBe(true);
    breakIt(yaml);
    expect(validate(yaml)).toBe(false);
  });
});

describe.each(['teamsapp.yml', 'teamsapp.local.yml'])('%s', (file) => {
  const { text, yaml } = read(file);

  it('is valid against the toolkit YAML schema it names', () => {
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://aka.ms/teams-toolkit/v1.8/yaml.schema.json',
    );
    const valid = validate(yaml);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('reads its environments from ./env', () => {
    expect(yaml.environmentFolderPath).toBe('./env');
  });

  it('registers the Teams app and the Entra app, then applies both manifests', () => {
    const provision = uses(yaml.provision);
    for (const action of [
      'teamsApp/create',
      'aadApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]) {
      expect(provision).toContain(action);
    }
    expect(provision.indexOf('teamsApp/zipAppPackage')).toBeLessThan(
      provision.indexOf('teamsApp/update'),
    );
    const create = yaml.provision!.find((a) => a.uses === 'aadApp/create')!;
    expect(create.with).toMatchObject({ generateClientSecret: false });
    expect(create.writeToEnvironmentFile).toMatchObject({ clientId: 'AAD_APP_CLIENT_ID' });
    const update = yaml.provision!.find((a) => a.uses === 'aadApp/update')!;
    expect(update.with?.manifestPath).toBe('./infra/aad.manifest.json');
    const zip = yaml.provision!.find((a) => a.uses === 'teamsApp/zipAppPackage')!;
    expect(zip.with).toMatchObject({
      manifestPath: './appPackage/manifest.json',
      outputZipPath: './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip',
    });
  });

  it('builds the pages with the tenant configuration the app reads (src/ui/app/config.ts)', () => {
    const build = yaml.deploy!.find(
      (a) => a.uses === 'cli/runNpmCommand' && a.with?.args === 'run build',
    );
    expect(build?.env).toEqual({
      VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
      VITE_OKR_SITE: '${{OKR_SITE}}',
      VITE_AUTH_MODE: 'naa',
      VITE_AAD_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}',
    });
  });
});

describe('teamsapp.yml', () => {
  const { yaml } = read('teamsapp.yml');

  it('deploys infra/azure.bicep before the Entra manifest needs TAB_DOMAIN', () => {
    const provision = uses(yaml.provision);
    const arm = yaml.provision!.find((a) => a.uses === 'arm/deploy')!;
    expect(arm.with?.templates).toEqual([
      expect.objectContaining({
        path: './infra/azure.bicep',
        parameters: './infra/azure.parameters.json',
      }),
    ]);
    expect(provision.indexOf('arm/deploy')).toBeLessThan(provision.indexOf('aadApp/update'));
  });

  it('deploys the build to Azure Static Web Apps with a token kept in the .user file', () => {
    const deploy = yaml.deploy!;
    const steps = uses(deploy);
    expect(steps.indexOf('azureStaticWebApps/getDeploymentToken')).toBeGreaterThan(
      deploy.findIndex((a) => a.with?.args === 'run build'),
    );
    const token = deploy.find((a) => a.uses === 'azureStaticWebApps/getDeploymentToken')!;
    // SECRET_ variables are written to env/.env.<env>.user, which git ignores.
    expect(token.writeToEnvironmentFile?.deploymentToken).toMatch(/^SECRET_/);
    const swaDeploy = deploy.find((a) => a.name === 'deploy to Azure Static Web Apps')!;
    expect(swaDeploy.uses).toBe('cli/runNpxCommand');
    expect(swaDeploy.with?.args).toMatch(
      /^@azure\/static-web-apps-cli deploy \.\/dist -d \$\{\{SECRET_TAB_SWA_DEPLOYMENT_TOKEN\}\}/,
    );
  });

  it('builds the reminders job and zip-deploys it to the Function App the infra created', () => {
    const deploy = yaml.deploy!;
    const build = deploy.findIndex((a) => a.with?.args === 'run build:jobs');
    const zip = deploy.findIndex((a) => a.uses === 'azureFunctions/zipDeploy');
    expect(build).toBeGreaterThanOrEqual(0);
    expect(zip).toBeGreaterThan(build);
    expect(deploy[zip]!.with).toEqual({
      artifactFolder: 'dist-jobs',
      resourceId: '${{REMINDERS_FUNCTION_APP_RESOURCE_ID}}',
    });
  });

  it('publishes the validated package to the Teams admin center', () => {
    expect(uses(yaml.publish)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/publishAppPackage',
    ]);
  });
});
