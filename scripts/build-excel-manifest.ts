/**
 * `npx tsx scripts/build-excel-manifest.ts [env]` (default `dev`): writes
 * appPackage/build/excel-manifest.<env>.xml with the values of env/.env.<env> (and .user, and
 * the process environment). Refuses placeholders without a value, and a result that is not
 * well-formed or fails our structural check (excel-manifest-schema.ts), writing nothing then.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fillExcelManifest, parseXml } from './excel-manifest';
import { assertValidExcelManifest, ExcelManifestError } from './excel-manifest-schema';
import { EnvironmentError, loadEnvironment } from './teams-env';

const projectRoot = resolve(import.meta.dirname, '..');
const envName = process.argv[2] ?? 'dev';

try {
  const environment = loadEnvironment({ projectRoot, envName, overrides: process.env });
  const template = readFileSync(resolve(projectRoot, 'appPackage', 'excel-manifest.xml'), 'utf8');
  const { text, unresolved } = fillExcelManifest(template, environment);
  if (unresolved.length > 0) {
    throw new EnvironmentError(
      `No value in env/.env.${envName} for: ${unresolved.join(', ')}. Provision first or set them.`,
    );
  }
  assertValidExcelManifest(parseXml(text));
  const out = resolve(projectRoot, 'appPackage', 'build', `excel-manifest.${envName}.xml`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, text);
  console.log(`Excel add-in manifest for "${envName}": ${relative(process.cwd(), out)}`);
} catch (error) {
  if (!(error instanceof EnvironmentError || error instanceof ExcelManifestError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
