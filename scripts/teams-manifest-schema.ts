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
    ajvFor: (schema: { $schema?: string }): AjvInstance => {
      const Ajv = schema.$schema?.includes('2020-12')
        ? exported<AjvClass>('ajv/dist/2020')
        : exported<AjvClass>('ajv-draft-04');
      const ajv = new Ajv({ allErrors: true, strictTypes: false });
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
): Promise<string[]> {
  const schemaUrl = (manifest as { $schema?: unknown } | null)?.$schema;
  if (typeof schemaUrl !== 'string') {
    return ['/$schema is missing: the manifest must name the schema it follows.'];
  }
  const schema = loadBundledSchema(projectRoot, schemaUrl) as { $schema?: string };
  const validate = appManifestPackage(projectRoot).ajvFor(schema).compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? 'is invalid'}. Details: ${JSON.stringify(error.params)}`,
  );
}
