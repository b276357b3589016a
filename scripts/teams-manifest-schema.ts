import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Offline validation of a Teams app manifest against the official JSON schema that
 * `@microsoft/app-manifest` bundles. The manifest's `$schema` URL is mapped to the bundled file;
 * a URL the package does not bundle is an error, never a download.
 */

const SCHEMA_HOST = 'https://developer.microsoft.com';

export class ManifestSchemaError extends Error {
  override readonly name = 'ManifestSchemaError';
}

interface Validator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string; params?: unknown }> | null;
}
interface AjvInstance {
  compile(schema: object): Validator;
}
type AjvClass = new (options: object) => AjvInstance;
type AddFormats = (ajv: AjvInstance, formats: string[]) => unknown;

function appManifestPackage(projectRoot: string) {
  const fromProject = createRequire(join(projectRoot, 'package.json'));
  const packageJson = fromProject.resolve('@microsoft/app-manifest/package.json');
  // The validator stack the package itself depends on, resolved from the package.
  const fromPackage = createRequire(packageJson);
  const exported = <T>(id: string) => {
    const module = fromPackage(id) as { default?: T } & T;
    return module.default ?? module;
  };
  return {
    root: dirname(packageJson),
    ajvFor: (
      schema: { $schema?: string },
      options: { unicodeRegExp?: boolean } = {},
    ): AjvInstance => {
      const Ajv = schema.$schema?.includes('2020-12')
        ? exported<AjvClass>('ajv/dist/2020')
        : exported<AjvClass>('ajv-draft-04');
      const ajv = new Ajv({ allErrors: true, strictTypes: false, ...options });
      exported<AddFormats>('ajv-formats')(ajv, ['uri', 'email', 'regex']);
      return ajv;
    },
  };
}

/**
 * `https://developer.microsoft.com/[locale/]json-schemas/teams/v1.30/MicrosoftTeams.schema.json`
 * → `<@microsoft/app-manifest>/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json`.
 */
export function bundledSchemaPath(projectRoot: string, schemaUrl: string): string {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch {
    throw new ManifestSchemaError(`$schema ${JSON.stringify(schemaUrl)} is not a URL.`);
  }
  const match = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/json-schemas\/(teams\/[^/]+\/[^/]+\.json)$/i.exec(
    url.pathname,
  );
  if (url.origin !== SCHEMA_HOST || !match) {
    throw new ManifestSchemaError(
      `$schema ${schemaUrl} is not a Teams manifest schema published on ${SCHEMA_HOST}.`,
    );
  }
  return join(appManifestPackage(projectRoot).root, 'build', 'json-schemas', match[1]!);
}

export function loadBundledSchema(projectRoot: string, schemaUrl: string): object {
  const file = bundledSchemaPath(projectRoot, schemaUrl);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ManifestSchemaError(
      `@microsoft/app-manifest does not bundle ${schemaUrl} (looked for ${file}).`,
    );
  }
  // The published schemas contain `\a` and `\v` in regexes, which JSON.parse rejects; the
  // package's own loader rewrites them the same way.
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/**
 * Validates the way the package's `AppManifestUtils.validateAgainstSchema` does (ajv with
 * draft-04 or 2020-12 as the schema says, `allErrors`, formats uri/email/regex), with the bundled
 * schema and no `loadSchema`, so nothing is ever fetched. Returns the errors, empty when valid.
 */
export async function validateTeamsManifest(
  projectRoot: string,
  manifest: unknown,
  ajvOptions: { unicodeRegExp?: boolean } = {},
): Promise<string[]> {
  const schemaUrl = (manifest as { $schema?: unknown } | null)?.$schema;
  if (typeof schemaUrl !== 'string') {
    return ['/$schema is missing: the manifest must name the schema it follows.'];
  }
  const schema = loadBundledSchema(projectRoot, schemaUrl) as { $schema?: string };
  const validate = appManifestPackage(projectRoot).ajvFor(schema, ajvOptions).compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? 'is invalid'}. Details: ${JSON.stringify(error.params)}`,
  );
}

/** A language file the manifest's `localizationInfo` names, relative to the manifest. */
export interface LocalizationFile {
  readonly languageTag: string;
  readonly file: string;
}

export function localizationFilesOf(manifest: unknown): LocalizationFile[] {
  const info = (manifest as { localizationInfo?: unknown } | null)?.localizationInfo as
    | {
        defaultLanguageTag?: string;
        defaultLanguageFile?: string;
        additionalLanguages?: LocalizationFile[];
      }
    | undefined;
  if (!info) return [];
  return [
    ...(info.defaultLanguageFile
      ? [{ languageTag: info.defaultLanguageTag ?? 'en-us', file: info.defaultLanguageFile }]
      : []),
    ...(info.additionalLanguages ?? []),
  ];
}

const localizationSchemaName = 'MicrosoftTeams.Localization.schema.json';

/**
 * Validates one language file offline against the localization schema it names, and checks what
 * the schema cannot: it follows the manifest's own schema version ("The manifest version must be
 * the same in both manifest.json and localization.json files",
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-localization),
 * and each activity type's translated `templateText` uses exactly the parameters of the
 * manifest's, since one notification carries one set of `templateParameters` for every language.
 * Errors name the file.
 */
export async function validateTeamsLocalization(
  projectRoot: string,
  manifest: { $schema?: unknown; activities?: { activityTypes?: { templateText: string }[] } },
  { file }: LocalizationFile,
  localization: unknown,
): Promise<string[]> {
  const schemaUrl = (localization as { $schema?: unknown } | null)?.$schema;
  const expected =
    typeof manifest.$schema === 'string'
      ? manifest.$schema.replace(/[^/]+\.json$/, localizationSchemaName)
      : undefined;
  if (expected && schemaUrl !== expected)
    return [
      `${file}: $schema must be ${expected} (the manifest's version), not ${String(schemaUrl)}.`,
    ];
  // The localization schema's key patterns (`…activityTypes\[\b(…)\b]…`) are JavaScript
  // regexes without the `u` flag: a lone `]` is an error under ajv's default unicode regexes.
  const errors = (
    await validateTeamsManifest(projectRoot, localization, { unicodeRegExp: false })
  ).map((error) => `${file}: ${error}`);
  const activityTypes = manifest.activities?.activityTypes ?? [];
  for (const [key, text] of Object.entries(localization as Record<string, unknown>)) {
    const index = /^activities\.activityTypes\[(\d+)\]\.templateText$/.exec(key)?.[1];
    if (index === undefined || typeof text !== 'string') continue;
    const original = activityTypes[Number(index)]?.templateText;
    if (original === undefined) {
      errors.push(`${file}: ${key} translates an activity type the manifest does not declare.`);
    } else if (parametersOf(text) !== parametersOf(original)) {
      errors.push(
        `${file}: ${key} must use the parameters of "${original}" (${parametersOf(original)}), not ${parametersOf(text) || 'none'}.`,
      );
    }
  }
  return errors;
}

function parametersOf(templateText: string): string {
  return [...new Set([...templateText.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))]
    .sort()
    .join(', ');
}
