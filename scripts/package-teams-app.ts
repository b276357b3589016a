/**
 * `npm run package [-- --env dev]`: the Teams app package for one environment, with the values
 * from env/.env.<env>, env/.env.<env>.user and the process environment. Exits non-zero, listing
 * what is wrong, when a placeholder has no value or the manifest does not match its schema.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsAppPackage, TeamsAppPackageError } from './teams-app-package';
import { EnvironmentError } from './teams-env';
import { ManifestSchemaError } from './teams-manifest-schema';

const projectRoot = resolve(import.meta.dirname, '..');

function envNameFromArgs(): string | undefined {
  try {
    const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' } } });
    return values.env;
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run package [-- --env <name>]`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const envName = envNameFromArgs();
  if (envName === undefined) return 2;
  try {
    const { zipPath, manifest } = await buildTeamsAppPackage({
      projectRoot,
      envName,
      overrides: process.env,
    });
    console.log(
      `Teams app package for "${envName}" (manifest ${String(manifest.manifestVersion)}, ` +
        `app id ${String(manifest.id)}): ${relative(process.cwd(), zipPath)}`,
    );
    return 0;
  } catch (error) {
    if (
      error instanceof TeamsAppPackageError ||
      error instanceof EnvironmentError ||
      error instanceof ManifestSchemaError
    ) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
