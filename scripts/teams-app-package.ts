import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { escapeForJsonString, fillPlaceholders, loadEnvironment } from './teams-env';
import {
  localizationFilesOf,
  validateTeamsLocalization,
  validateTeamsManifest,
} from './teams-manifest-schema';

/**
 * Builds the Teams app package (`appPackage/build/appPackage.<env>.zip`: manifest.json,
 * color.png, outline.png and the language files `localizationInfo` names) from `appPackage/manifest.json` with the environment's values filled
 * in — what the toolkit's `teamsApp/zipAppPackage` does, plus a refusal to ship a package that
 * still has a `${{PLACEHOLDER}}` in it or whose manifest or language files do not match their
 * schemas.
 */

export class TeamsAppPackageError extends Error {
  override readonly name = 'TeamsAppPackageError';
  constructor(
    message: string,
    /** One line per problem, for the command line. */
    readonly problems: readonly string[],
  ) {
    super(`${message}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface BuildTeamsAppPackageOptions {
  readonly projectRoot: string;
  readonly envName: string;
  readonly overrides?: Readonly<Record<string, string | undefined>>;
  /** Defaults to `<projectRoot>/appPackage/build`. */
  readonly outputDir?: string;
}

export interface TeamsAppPackage {
  readonly zipPath: string;
  readonly manifest: Record<string, unknown>;
}

/** A fixed timestamp on every entry, so the same inputs give the same bytes. */
const ENTRY_DATE = new Date('2020-01-01T00:00:00Z');

export async function buildTeamsAppPackage({
  projectRoot,
  envName,
  overrides,
  outputDir = join(projectRoot, 'appPackage', 'build'),
}: BuildTeamsAppPackageOptions): Promise<TeamsAppPackage> {
  const appPackage = join(projectRoot, 'appPackage');
  const environment = loadEnvironment({ projectRoot, envName, overrides });
  const template = readFileSync(join(appPackage, 'manifest.json'), 'utf8');

  const { text, unresolved } = fillPlaceholders(template, environment, escapeForJsonString);
  if (unresolved.length > 0) {
    throw new TeamsAppPackageError(
      `Refusing to package: these placeholders have no value in env/.env.${envName} ` +
        `(or env/.env.${envName}.user, or the process environment):`,
      unresolved.map((name) => `\${{${name}}}`),
    );
  }

  const manifest = JSON.parse(text) as Record<string, unknown>;
  const errors = await validateTeamsManifest(projectRoot, manifest);
  if (errors.length > 0) {
    throw new TeamsAppPackageError(
      `Refusing to package: the filled-in manifest does not match ${String(manifest.$schema)}:`,
      errors,
    );
  }

  const languages = await Promise.all(
    localizationFilesOf(manifest).map(async (language) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(appPackage, language.file));
      } catch {
        return { language, bytes: undefined, errors: [`${language.file} does not exist.`] };
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(bytes.toString('utf8'));
      } catch (error) {
        return { language, bytes, errors: [`${language.file} is not JSON: ${String(error)}`] };
      }
      return {
        language,
        bytes,
        errors: await validateTeamsLocalization(projectRoot, manifest, language, parsed),
      };
    }),
  );
  const languageErrors = languages.flatMap((language) => language.errors);
  if (languageErrors.length > 0) {
    throw new TeamsAppPackageError(
      'Refusing to package: the language files localizationInfo names are not right:',
      languageErrors,
    );
  }

  const icons = manifest.icons as { color: string; outline: string };
  const zip = new JSZip();
  zip.file('manifest.json', text, { date: ENTRY_DATE });
  for (const icon of [icons.color, icons.outline]) {
    zip.file(icon, readFileSync(join(appPackage, icon)), { date: ENTRY_DATE });
  }
  for (const { language, bytes } of languages) {
    zip.file(language.file, bytes!, { date: ENTRY_DATE });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  mkdirSync(outputDir, { recursive: true });
  const zipPath = join(outputDir, `appPackage.${envName}.zip`);
  // Write beside, then rename: a reader never sees half a package.
  const partial = `${zipPath}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, zipPath);
  return { zipPath, manifest };
}
