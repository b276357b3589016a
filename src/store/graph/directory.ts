/**
 * People in the organisation's directory (Microsoft Entra ID through Graph), for the people
 * picker and for showing names where the store keeps ids (the operating model's roles).
 *
 * - Search: `GET /users?$search="displayName:…" OR "mail:…"` with `ConsistencyLevel: eventual`
 *   (https://learn.microsoft.com/graph/api/user-list, "Advanced query capabilities on Microsoft
 *   Entra ID objects": https://learn.microsoft.com/graph/aad-advanced-queries). `$search` is
 *   tokenized, so "meg" finds "Megan Bowen" and "bow" does too.
 * - Resolve: `GET /users?$filter=id in ('…',…)` with at most 15 ids per request (Graph's limit on
 *   the clauses of one filter).
 * Both need the delegated permission User.ReadBasic.All (names and emails of everyone), which
 * users can consent to themselves.
 */
import type { Person } from '../../core/model';
import { InvalidError } from '../errors';
import type { RequestOptions } from '../repository';
import type { BatchExecutor } from './batch';
import type { GraphConnection } from './connection';
import { chunk, IDS_PER_FILTER } from './queries';

export const READ_PEOPLE_SCOPE = 'User.ReadBasic.All';
/** Suggestions a picker shows at once. */
export const PEOPLE_SEARCH_LIMIT = 10;
/** Longer text is not a name anyone types; refused before it reaches Graph. */
export const PEOPLE_SEARCH_MAX_LENGTH = 100;

const selected = 'id,displayName,mail,userPrincipalName';
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface DirectoryUser {
  readonly id?: string;
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
}

function toPerson(user: DirectoryUser): Person {
  const email = user.mail ?? user.userPrincipalName ?? undefined;
  return { id: user.id ?? '', displayName: user.displayName ?? '', ...(email ? { email } : {}) };
}

/** One page of users, read with the directory scope. */
async function read(
  connection: GraphConnection,
  path: string,
  action: string,
  options?: RequestOptions,
  headers?: Readonly<Record<string, string>>,
): Promise<DirectoryUser[]> {
  const page = await connection.send<{ value?: DirectoryUser[] }>(
    { method: 'GET', path, scopes: [READ_PEOPLE_SCOPE], ...(headers ? { headers } : {}) },
    {
      permission: READ_PEOPLE_SCOPE,
      action,
      ...(options?.signal ? { signal: options.signal } : {}),
    },
  );
  return page.value ?? [];
}

/** The search text as `$search` words: quotes and backslashes would end the clause, so they go. */
function searchWords(text: string): string {
  return text.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
}

export async function searchPeople(
  connection: GraphConnection,
  text: string,
  options?: RequestOptions,
): Promise<readonly Person[]> {
  if (text.length > PEOPLE_SEARCH_MAX_LENGTH) {
    throw new InvalidError(
      `Search for a name or email of at most ${PEOPLE_SEARCH_MAX_LENGTH} characters.`,
      ['text'],
    );
  }
  const words = searchWords(text);
  if (!words) return [];
  const search = `"displayName:${words}" OR "mail:${words}"`;
  const users = await read(
    connection,
    `/users?$search=${encodeURIComponent(search)}&$select=${selected}&$top=${PEOPLE_SEARCH_LIMIT}`,
    `Searching the directory for "${words}"`,
    options,
    { ConsistencyLevel: 'eventual' },
  );
  // In the directory's order: the store does not know the app's language, whose order the
  // picker files names in.
  return users.map(toPerson);
}

/** People by id; ids the directory does not know (someone who left) are missing from the map. */
export async function resolvePeople(
  connection: GraphConnection,
  ids: readonly string[],
  options?: RequestOptions,
): Promise<ReadonlyMap<string, Person>> {
  const wanted = [...new Set(ids.filter((id) => guid.test(id)))];
  const pages = await Promise.all(
    chunk(wanted, IDS_PER_FILTER).map((group) => {
      const filter = `id in (${group.map((id) => `'${id}'`).join(',')})`;
      return read(
        connection,
        `/users?$filter=${encodeURIComponent(filter)}&$select=${selected}`,
        'Looking up people',
        options,
      );
    }),
  );
  return new Map(pages.flat().map((user) => [user.id ?? '', toPerson(user)]));
}

/** The key `findPeople` answers under: the email, else the name, in lower case. */
export function personKey(who: { readonly email?: string; readonly name?: string }): string {
  return (who.email ?? who.name ?? '').trim().toLowerCase();
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The forms a name may stand in the directory as: as written, and a name written "Last, First"
 * (one comma, not an email: "Müller, Anna") also as "First Last". `displayName eq` is an exact
 * (case-insensitive) comparison, not tokenized as `$search` is, so "Müller, Anna" alone would
 * never find "Anna Müller"; displayName supports `in` by default
 * (https://learn.microsoft.com/graph/api/resources/user, displayName: "Supports $filter (eq, ne,
 * not, ge, le, in, startsWith, and eq on null values)").
 */
function nameForms(name: string): readonly string[] {
  const written = name.trim();
  const parts = written.split(',');
  if (parts.length !== 2 || written.includes('@')) return [written];
  const [last, first] = parts.map((part) => part.trim());
  return last && first ? [written, `${first} ${last}`] : [written];
}

function displayNameFilter(name: string): string {
  const forms = nameForms(name);
  return forms.length === 1
    ? `displayName eq ${quoted(forms[0]!)}`
    : `displayName in (${forms.map(quoted).join(',')})`;
}

/**
 * People named in an import: by `mail eq '…'` first, then by display name for those with no
 * email or no match (as written, and swapped when written "Last, First": `nameForms`), one
 * `$batch` step each, 20 to a batch (https://learn.microsoft.com/graph/api/user-list, `$filter`
 * on mail and displayName). A name that several directory users share, in either form, is not
 * matched: guessing would give someone else's OKRs.
 */
export async function findPeople(
  batch: BatchExecutor,
  people: readonly { readonly email?: string; readonly name?: string }[],
  options?: RequestOptions,
): Promise<ReadonlyMap<string, Person>> {
  const found = new Map<string, Person>();
  const lookup = async (wanted: readonly { key: string; filter: string }[]): Promise<void> => {
    const outcomes = await batch.run(
      wanted.map(({ filter }) => ({
        method: 'GET' as const,
        url: `/users?$filter=${encodeURIComponent(filter)}&$select=${selected}`,
      })),
      {
        signal: options?.signal,
        idempotent: true,
        scopes: [READ_PEOPLE_SCOPE],
        permission: READ_PEOPLE_SCOPE,
        action: 'Matching people to the directory',
      },
    );
    outcomes.forEach((outcome, index) => {
      if (!outcome.ok) throw outcome.error;
      const users = (outcome.body as { value?: DirectoryUser[] }).value ?? [];
      if (users.length === 1) found.set(wanted[index]!.key, toPerson(users[0]!));
    });
  };
  const unique = [...new Map(people.map((who) => [personKey(who), who])).entries()].filter(
    ([key]) => key !== '',
  );
  await lookup(
    unique.flatMap(([key, who]) =>
      who.email ? [{ key, filter: `mail eq ${quoted(who.email.trim())}` }] : [],
    ),
  );
  await lookup(
    unique.flatMap(([key, who]) =>
      !found.has(key) && who.name ? [{ key, filter: displayNameFilter(who.name) }] : [],
    ),
  );
  return found;
}
