import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildTeamsAppPackage, TeamsAppPackageError } from '../../scripts/teams-app-package';
import { EnvironmentError, loadEnvironment, parseEnvFile } from '../../scripts/teams-env';
import { validateTeamsManifest } from '../../scripts/teams-manifest-schema';

const projectRoot = resolve(__dirname, '../..');

const provisioned = {
  TEAMS_APP_ID: '3f0c1b52-7a47-4a7e-9d7e-0f0e6a1c2b3d',
  AAD_APP_CLIENT_ID: '8e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f',
  TAB_DOMAIN: 'okrcoachdev.azurestaticapps.net',
};
const publisher = {
  PUBLISHER_WEBSITE_URL: 'https://contoso.example/okr',
  PUBLISHER_PRIVACY_URL: 'https://contoso.example/privacy',
  PUBLISHER_TERMS_URL: 'https://contoso.example/terms',
};

function envFile(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}

/**
 * A copy of the parts of the project `npm run package` reads, in a temporary folder, so the
 * command runs for real without touching the shared env/ and appPackage/build/.
 */
let fixture: string;
beforeAll(() => {
  fixture = mkdtempSync(join(tmpdir(), 'okr-package-'));
  for (const dir of ['appPackage', 'scripts', 'env']) mkdirSync(join(fixture, dir));
  for (const file of [
    'package.json',
    'appPackage/manifest.json',
    'appPackage/color.png',
    'appPackage/outline.png',
    'appPackage/de.json',
    'appPackage/fr.json',
    'appPackage/es.json',
    'scripts/package-teams-app.ts',
    'scripts/teams-app-package.ts',
    'scripts/teams-env.ts',
    'scripts/teams-manifest-schema.ts',
  ]) {
    copyFileSync(join(projectRoot, file), join(fixture, file));
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(fixture, 'node_modules'), 'dir');
  // Like a committed env file before `teamsapp provision` has run: ids still empty.
  writeFileSync(
    join(fixture, 'env/.env.ci'),
    envFile({ TEAMSFX_ENV: 'ci', TEAMS_APP_ID: '', AAD_APP_CLIENT_ID: '', ...publisher }),
  );
}, 60_000);
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function runPackageCommand(env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of [...Object.keys(provisioned), ...Object.keys(publisher)]) {
    if (!(name in env)) delete childEnv[name];
  }
  return spawnSync('npm', ['run', '--silent', 'package', '--', '--env', 'ci'], {
    cwd: fixture,
    env: childEnv,
    encoding: 'utf8',
  });
}

function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

// Each test runs `npm run package` (an npm and a tsx start-up): seconds quiet, far more on a busy machine.
describe('npm run package', () => {
  it('refuses, listing them, when placeholders have no value, and writes nothing', () => {
    const result = runPackageCommand({ TAB_DOMAIN: provisioned.TAB_DOMAIN });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to package');
    expect(result.stderr).toContain('${{TEAMS_APP_ID}}');
    expect(result.stderr).toContain('${{AAD_APP_CLIENT_ID}}');
    expect(result.stderr).not.toContain('${{TAB_DOMAIN}}');
    expect(existsSync(join(fixture, 'appPackage/build/appPackage.ci.zip'))).toBe(false);
  }, 120_000);

  it('builds appPackage/build/appPackage.<env>.zip when every value is there', () => {
    const result = runPackageCommand(provisioned);
    expect(result.stderr).not.toContain('Refusing');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('appPackage/build/appPackage.ci.zip');
    expect(existsSync(join(fixture, 'appPackage/build/appPackage.ci.zip'))).toBe(true);
  }, 120_000);

  it('refuses an unknown option or an environment without a file', () => {
    const unknownOption = spawnSync('npm', ['run', '--silent', 'package', '--', '--nope'], {
      cwd: fixture,
      encoding: 'utf8',
    });
    expect(unknownOption.status).not.toBe(0);
    expect(unknownOption.stderr).toContain('--nope');
    expect(() => loadEnvironment({ projectRoot: fixture, envName: 'nowhere' })).toThrow(
      /No environment file env\/\.env\.nowhere/,
    );
    expect(() => loadEnvironment({ projectRoot: fixture, envName: '../env/.env' })).toThrow(
      EnvironmentError,
    );
  }, 120_000);
});

describe('the Teams app package', () => {
  let zip: JSZip;
  beforeAll(async () => {
    const { zipPath } = await buildTeamsAppPackage({
      projectRoot: fixture,
      envName: 'ci',
      overrides: provisioned,
      outputDir: join(fixture, 'out'),
    });
    zip = await JSZip.loadAsync(readFileSync(zipPath));
  }, 120_000);

  it('holds exactly the manifest, the two icons and the de, fr and es language files, at the root', () => {
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'de.json',
      'es.json',
      'fr.json',
      'manifest.json',
      'outline.png',
    ]);
  });

  it('has the language files as they are in appPackage/', async () => {
    for (const file of ['de.json', 'fr.json', 'es.json']) {
      expect(await zip.file(file)!.async('string')).toBe(
        readFileSync(join(projectRoot, 'appPackage', file), 'utf8'),
      );
    }
  });

  it('refuses a language file that is missing or does not match the localization schema', async () => {
    const french = join(fixture, 'appPackage/fr.json');
    const spanish = join(fixture, 'appPackage/es.json');
    const frenchText = readFileSync(french, 'utf8');
    const spanishText = readFileSync(spanish, 'utf8');
    try {
      rmSync(french);
      writeFileSync(
        spanish,
        JSON.stringify({ ...JSON.parse(spanishText), 'name.short': 'x'.repeat(31) }),
      );
      const error = await buildTeamsAppPackage({
        projectRoot: fixture,
        envName: 'ci',
        overrides: provisioned,
        outputDir: join(fixture, 'unlocalized'),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TeamsAppPackageError);
      const problems = (error as TeamsAppPackageError).problems.join('\n');
      expect(problems).toMatch(/^fr\.json does not exist\.$/m);
      expect(problems).toMatch(/^es\.json: \/name\.short must NOT have more than 30 characters/m);
      expect(existsSync(join(fixture, 'unlocalized'))).toBe(false);
    } finally {
      writeFileSync(french, frenchText);
      writeFileSync(spanish, spanishText);
    }
  }, 60_000);

  it('has a manifest with every value filled in that matches the official schema', async () => {
    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toMatch(/\$\{\{/);
    const manifest = JSON.parse(text) as Record<string, unknown>;
    expect(manifest.id).toBe(provisioned.TEAMS_APP_ID);
    expect(manifest.validDomains).toEqual([provisioned.TAB_DOMAIN]);
    expect(await validateTeamsManifest(projectRoot, manifest)).toEqual([]);
  }, 60_000);

  it('has a 192×192 full-colour icon', async () => {
    const color = decodePng(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<number>();
    let seeThrough = 0;
    for (let i = 0; i < color.data.length; i += 4) {
      if (color.data[i + 3] !== 255) seeThrough++;
      colours.add(color.data.readUInt32BE(i));
    }
    expect(seeThrough).toBe(0);
    expect(colours.size).toBeGreaterThan(2);
  });

  it('has a 32×32 outline icon that is white on transparent', async () => {
    const outline = decodePng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    const notWhite: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [...outline.data.subarray(i, i + 4)] as [number, number, number, number];
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) notWhite.push(i / 4);
      if (a === 0) transparent++;
      if (a === 255) opaque++;
    }
    expect(notWhite).toEqual([]);
    expect(transparent).toBeGreaterThan(0);
    expect(opaque).toBeGreaterThan(0);
    // The corners are background.
    expect(outline.data[3]).toBe(0);
    expect(outline.data[outline.data.length - 1]).toBe(0);
  });

  it('refuses a manifest that does not match the schema once filled in', async () => {
    const error = await buildTeamsAppPackage({
      projectRoot: fixture,
      envName: 'ci',
      overrides: { ...provisioned, TEAMS_APP_ID: 'not-a-guid' },
      outputDir: join(fixture, 'invalid'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsAppPackageError);
    expect((error as TeamsAppPackageError).problems.join('\n')).toMatch(/^\/id /m);
    expect(existsSync(join(fixture, 'invalid'))).toBe(false);
  }, 60_000);
});

describe('environment files', () => {
  it('reads KEY=value lines, comments and quotes', () => {
    const values = parseEnvFile(
      '# comment\n\nA=1\nexport B = two words \nC="quoted # not a comment"\nD=x # comment\nE=\n',
    );
    expect(Object.fromEntries(values)).toEqual({
      A: '1',
      B: 'two words',
      C: 'quoted # not a comment',
      D: 'x',
      E: '',
    });
    expect(() => parseEnvFile('just words')).toThrow(EnvironmentError);
  });

  it('layers .env.<env>, then .env.<env>.user, then the process environment', () => {
    writeFileSync(join(fixture, 'env/.env.layers'), envFile({ A: 'base', B: 'base', C: 'base' }));
    writeFileSync(join(fixture, 'env/.env.layers.user'), envFile({ B: 'user', C: 'user' }));
    const environment = loadEnvironment({
      projectRoot: fixture,
      envName: 'layers',
      overrides: { C: 'process', A: '' },
    });
    expect(environment.get('A')).toBe('base');
    expect(environment.get('B')).toBe('user');
    expect(environment.get('C')).toBe('process');
    expect(environment.get('TEAMSFX_ENV')).toBe('layers');
  });
});
