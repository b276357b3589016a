import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The toolkit's environment files, read the way Microsoft 365 Agents Toolkit reads them:
 * `env/.env.<env>` (committed, no secrets), then `env/.env.<env>.user` (git-ignored, secrets),
 * then explicit overrides (the process environment) on top.
 */

export type Environment = ReadonlyMap<string, string>;

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/** Parses dotenv text: `KEY=value`, `# comments`, optional single or double quotes. */
export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(raw)) continue;
    const match = LINE.exec(raw);
    if (!match) throw new EnvironmentError(`Not a KEY=value line: ${JSON.stringify(raw)}`);
    const [, key, rawValue = ''] = match as unknown as [string, string, string];
    values.set(key, unquote(rawValue));
  }
  return values;
}

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  if (quoted) return quoted[2] ?? '';
  // An unquoted value ends at an inline comment.
  return value.replace(/\s+#.*$/, '');
}

export interface LoadEnvironmentOptions {
  readonly projectRoot: string;
  readonly envName: string;
  /** Values that win over both files, e.g. `process.env` in CI. Only non-empty ones count. */
  readonly overrides?: Readonly<Record<string, string | undefined>>;
}

export function loadEnvironment({
  projectRoot,
  envName,
  overrides = {},
}: LoadEnvironmentOptions): Environment {
  if (!ENV_NAME.test(envName)) {
    throw new EnvironmentError(
      `Environment name ${JSON.stringify(envName)} is not valid: use letters, digits, - and _.`,
    );
  }
  const base = join(projectRoot, 'env', `.env.${envName}`);
  if (!existsSync(base)) {
    throw new EnvironmentError(`No environment file env/.env.${envName}.`);
  }
  const merged = parseEnvFile(readFileSync(base, 'utf8'));
  const secrets = `${base}.user`;
  if (existsSync(secrets)) {
    for (const [key, value] of parseEnvFile(readFileSync(secrets, 'utf8'))) merged.set(key, value);
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined && value !== '') merged.set(key, value);
  }
  // The toolkit always defines the name of the environment it runs.
  merged.set('TEAMSFX_ENV', envName);
  return merged;
}

export interface FilledTemplate {
  readonly text: string;
  /** Placeholder names with no value (missing or empty), sorted, each once. */
  readonly unresolved: readonly string[];
}

/**
 * Replaces every `${{NAME}}` with its value. `escape` encodes a value for the place it lands
 * (e.g. inside a JSON string) so a value can never change the structure of the document.
 */
export function fillPlaceholders(
  template: string,
  environment: Environment,
  escape: (value: string) => string = (value) => value,
): FilledTemplate {
  const unresolved = new Set<string>();
  const text = template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = environment.get(name);
    if (value === undefined || value === '') {
      unresolved.add(name);
      return placeholder;
    }
    return escape(value);
  });
  return { text, unresolved: [...unresolved].sort() };
}

/** Every placeholder name a template uses, sorted, each once. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/** Encodes a value for the inside of a JSON string literal. */
export function escapeForJsonString(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
