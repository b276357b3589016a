/**
 * `GET /users` with the query options a people picker uses, as strict as Microsoft Graph's
 * directory: https://learn.microsoft.com/graph/api/user-list and "Advanced query capabilities on
 * Microsoft Entra ID objects" (https://learn.microsoft.com/graph/aad-advanced-queries).
 *
 * - `$search="property:text"` (clauses joined by AND/OR) only with `ConsistencyLevel: eventual`;
 *   tokenized: every word of the text must start a word of the property.
 * - `$filter` with `startswith(property,'text')`, `property eq 'text'` and `property in ('…',…)`, joined
 *   by `or`; at most 15 clauses or values. `endsWith(property,'text')` only in an advanced query
 *   (the header and `$count=true`), as the page's table of such queries has it.
 *   `identities/any(c:c/issuerAssignedId eq '…' and c/issuer eq '…')` finds a sign-in name.
 *   `property eq null` and `property ne null` only in an advanced query, on the properties the
 *   page's table marks as filterable on null values (`city eq null`: json-batching's example).
 * - `$count=true` counts only with `ConsistencyLevel: eventual` (ignored without it); `$select`,
 *   `$top` (1–999), `$orderby=displayName` or `userPrincipalName`, `asc` or `desc` (with `$filter`, only in an
 *   advanced query: the header and `$count=true`).
 */
import { GraphHttpError, invalidRequest } from './errors';
import { parseSelect, queryOption, rejectUnsupported } from './odata-query';
import { renderUser, selectableUserProperties, singleUserOnlyProperties } from './resources';
import { identitiesOf, type EmulatedUser } from './tenant';

/** Graph's page size for users when `$top` is not given, and its maximum. */
export const userPageSize = 100;
export const userMaxPageSize = 999;
/** "Too many child clauses … Max allowed: 15." */
export const maxFilterClauses = 15;

const searchable = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'] as const;
/**
 * The string properties `$filter` takes by default with eq, in and startsWith, of those a user
 * carries here (the user resource's property table; `userType eq 'Member'` and `department in
 * ('Retail', 'Sales')` are https://learn.microsoft.com/graph/filter-query-parameter's examples).
 */
const filterable = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'department',
  'jobTitle',
  'officeLocation',
  'preferredLanguage',
  'userType',
] as const;
type UserProperty = (typeof filterable)[number];

function filterValue(user: EmulatedUser, property: UserProperty): string {
  return property === 'userType' ? (user.userType ?? 'Member') : (user[property] ?? '');
}
/**
 * The user properties "nullable and filterable using null", each only in an advanced query
 * (https://learn.microsoft.com/graph/aad-advanced-queries, the user table's "null values"
 * column), of those a user carries here.
 */
const filterableOnNull: ReadonlySet<string> = new Set([
  'city',
  'country',
  'department',
  'displayName',
  'givenName',
  'jobTitle',
  'mobilePhone',
  'officeLocation',
  'postalCode',
  'preferredLanguage',
  'state',
  'streetAddress',
  'surname',
]);

const unsupportedQuery = (message: string) =>
  new GraphHttpError(400, 'Request_UnsupportedQuery', message);
const badRequest = (message: string) => new GraphHttpError(400, 'Request_BadRequest', message);

export interface UserQuery {
  readonly matches: (user: EmulatedUser) => boolean;
  readonly select?: readonly string[];
  readonly top: number;
  readonly count: boolean;
  readonly orderBy?: 'displayName' | 'userPrincipalName';
  /** `$orderby=displayName desc`: "append either asc or desc to the field name" (query-parameters). */
  readonly descending?: boolean;
}

export function parseUserQuery(
  query: URLSearchParams,
  consistencyLevel: string | undefined,
): UserQuery {
  rejectUnsupported(query, ['search', 'filter', 'select', 'top', 'count', 'orderby', 'skiptoken']);
  const eventual = consistencyLevel?.trim().toLowerCase() === 'eventual';
  const search = queryOption(query, 'search');
  if (search !== undefined && !eventual) {
    throw unsupportedQuery(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const countOption = queryOption(query, 'count');
  if (countOption !== undefined && !['true', 'false'].includes(countOption)) {
    throw badRequest(`Invalid value '${countOption}' for $count: use true or false.`);
  }
  // Without the header, `$count=true` is silently ignored: the answer has no `@odata.count`
  // ("Error handling for advanced queries", https://learn.microsoft.com/graph/aad-advanced-queries).
  const count = countOption === 'true' && eventual;
  const filter = queryOption(query, 'filter');
  const searchMatch = search === undefined ? undefined : parseSearch(search);
  const filterMatch =
    filter === undefined
      ? undefined
      : parseFilter(filter, advancedQueryGap(eventual, countOption === 'true'));
  // "Attempting to use $select on the /users collection to retrieve properties that cannot be
  // returned within a user collection … returns a 501 Not Implemented error code"
  // (https://learn.microsoft.com/graph/api/user-list#response).
  const singleOnly = parseSelect(queryOption(query, 'select'))?.find((name) =>
    singleUserOnlyProperties.has(name),
  );
  if (singleOnly !== undefined)
    throw new GraphHttpError(
      501,
      'NotImplemented',
      `The property '${singleOnly}' can only be selected on a single user, not within a user collection.`,
    );
  const select = parseUserSelect(query);
  const orderBy = queryOption(query, 'orderby');
  const sort =
    orderBy && /^\s*(displayName|userPrincipalName)(?:\s+(asc|desc))?\s*$/i.exec(orderBy);
  const sortKey = sort?.[1];
  if (orderBy !== undefined && !sortKey) {
    throw unsupportedQuery(
      `Sorting not supported for '${orderBy}': order users by displayName or userPrincipalName.`,
    );
  }
  // "Using $filter and $orderby together is supported only with advanced queries": the header
  // and $count=true (https://learn.microsoft.com/graph/aad-advanced-queries).
  if (orderBy !== undefined && filter !== undefined && !count) {
    throw unsupportedQuery('Sorting not supported for current query.');
  }
  return {
    matches: (user) => (searchMatch?.(user) ?? true) && (filterMatch?.(user) ?? true),
    select,
    top: parseUserTop(queryOption(query, 'top')),
    count,
    ...(sortKey && {
      orderBy: sortKey.toLowerCase() === 'displayname' ? 'displayName' : 'userPrincipalName',
      descending: sort[2]?.toLowerCase() === 'desc',
    }),
  };
}

/** `$select` on users, `/me` or one user: the properties it names, each one a user has. */
export function parseUserSelect(query: URLSearchParams): string[] | undefined {
  const select = parseSelect(queryOption(query, 'select'));
  for (const name of select ?? []) {
    if (!selectableUserProperties.has(name)) {
      throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
    }
  }
  return select;
}

function parseUserTop(value: string | undefined): number {
  if (value === undefined) return userPageSize;
  const top = Number(value);
  if (!/^\d+$/.test(value) || top < 1 || top > userMaxPageSize) {
    throw badRequest(
      `Invalid page size specified: '${value}'. Must be between 1 and ${userMaxPageSize} inclusive.`,
    );
  }
  return top;
}

/** Words as the directory's search index splits them: at spaces, punctuation and `@`/`.`. */
function words(value: string | undefined): string[] {
  return (value ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** `"displayName:meg" OR "mail:adele"`: each clause quoted, property and text split by `:`. */
function parseSearch(value: string): (user: EmulatedUser) => boolean {
  const parts = value.trim().split(/\s+(AND|OR)\s+(?=")/);
  const clauses: { property: UserProperty; terms: string[] }[] = [];
  const operators: string[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      operators.push(part);
      return;
    }
    const match = /^"([A-Za-z]+):([^"]*)"$/.exec(part.trim());
    const property = match?.[1];
    if (!match || !property || !(searchable as readonly string[]).includes(property)) {
      throw badRequest(
        `Invalid search clause '${part}': write "property:text" in double quotes, with one of ${searchable.join(', ')}.`,
      );
    }
    clauses.push({ property: property as UserProperty, terms: words(match[2]) });
  });
  const matchesClause = (user: EmulatedUser, clause: (typeof clauses)[number]) => {
    const tokens = words(user[clause.property]);
    return clause.terms.every((term) => tokens.some((token) => token.startsWith(term)));
  };
  return (user) => {
    let result = matchesClause(user, clauses[0]!);
    clauses.slice(1).forEach((clause, index) => {
      const next = matchesClause(user, clause);
      result = operators[index] === 'AND' ? result && next : result || next;
    });
    return result;
  };
}

const stringLiteral = `'((?:[^']|'')*)'`;
const clausePatterns = {
  startsWith: new RegExp(`^startswith\\(\\s*(\\w+)\\s*,\\s*${stringLiteral}\\s*\\)$`, 'i'),
  endsWith: new RegExp(`^endswith\\(\\s*(\\w+)\\s*,\\s*${stringLiteral}\\s*\\)$`, 'i'),
  equals: new RegExp(`^(\\w+)\\s+eq\\s+${stringLiteral}$`, 'i'),
  null: /^(\w+)\s+(eq|ne)\s+null$/i,
  boolean: /^(\w+)\s+(eq|ne)\s+(true|false)$/i,
  in: /^(\w+)\s+in\s+\((.*)\)$/i,
  identity: new RegExp(`^identities/any\\(\\s*(\\w+)\\s*:\\s*(.*)\\)$`, 'i'),
  collection:
    /^(imAddresses|otherMails|proxyAddresses|businessPhones|assignedLicenses)\/any\(\s*(\w+)\s*:\s*(.*)\)$/i,
};

/**
 * `identities/any(c:c/issuerAssignedId eq '…' and c/issuer eq '…')`: "When filtering for an
 * issuerAssignedId, you must supply both issuer and issuerAssignedId"
 * (https://learn.microsoft.com/graph/api/user-list, Example 2).
 */
function identityFilter(variable: string, body: string): (user: EmulatedUser) => boolean {
  const wanted: Record<string, string> = {};
  for (const part of body.split(/\s+and\s+/i)) {
    const match = new RegExp(`^${variable}/(\\w+)\\s+eq\\s+${stringLiteral}$`, 'i').exec(
      part.trim(),
    );
    const property = match?.[1];
    if (!match || !property || !['issuer', 'issuerAssignedId', 'signInType'].includes(property))
      throw badRequest(`Invalid filter clause: 'identities/any(${variable}:${body})'.`);
    wanted[property] = unquote(match[2]!).toLowerCase();
  }
  if ('issuerAssignedId' in wanted && !('issuer' in wanted))
    throw badRequest(
      "Filtering identities on issuerAssignedId needs the issuer too: identities/any(c:c/issuerAssignedId eq '…' and c/issuer eq '…').",
    );
  return (user) =>
    identitiesOf(user).some((identity) =>
      Object.entries(wanted).every(
        ([property, value]) => identity[property as keyof typeof identity].toLowerCase() === value,
      ),
    );
}

/**
 * `property eq null` / `property ne null`: "The null value column indicates that the property is
 * nullable and filterable using null", and for users each such filter "requires advanced query
 * parameters" (https://learn.microsoft.com/graph/aad-advanced-queries); `ne` needs them anyway.
 * The value compared is the one the user answers with (`$select`), so a property the demo
 * directory never set, such as `city`, is null.
 */
function nullFilter(
  name: string,
  equal: boolean,
  advancedGap: string | undefined,
): (user: EmulatedUser) => boolean {
  if (!filterableOnNull.has(name))
    throw badRequest(
      `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
    );
  if (advancedGap !== undefined)
    throw unsupportedQuery(
      `Filtering '${name}' on null is not supported ${advancedGap} Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
    );
  return (user) => (renderUser(user, [name])[name] === null) === equal;
}

/**
 * `accountEnabled eq false` works by default; `ne` "is only supported in advanced queries"
 * (https://learn.microsoft.com/graph/aad-advanced-queries, its Options 1 and 2).
 */
function booleanFilter(
  name: string,
  operator: string,
  value: boolean,
  advancedGap: string | undefined,
): (user: EmulatedUser) => boolean {
  if (name !== 'accountEnabled')
    throw badRequest(
      `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
    );
  const equal = operator.toLowerCase() === 'eq';
  if (!equal && advancedGap !== undefined)
    throw unsupportedQuery(
      `Operator 'ne' is not supported ${advancedGap} Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
    );
  return (user) => ((user.accountEnabled ?? true) === value) === equal;
}

const collectionNames = [
  'imAddresses',
  'otherMails',
  'proxyAddresses',
  'businessPhones',
  'assignedLicenses',
] as const;

/**
 * `imAddresses/any(i:i eq '…')` and `assignedLicenses/any(s:s/skuId eq {guid})` work by default;
 * `startswith` on a string collection too, but for businessPhones, and `endswith` only in an
 * advanced query (https://learn.microsoft.com/graph/filter-query-parameter, its any operator and
 * its tables). Compared with what the user answers (`$select`): none of these is set here.
 */
function collectionFilter(
  collection: string,
  variable: string,
  body: string,
  advancedGap: string | undefined,
): (user: EmulatedUser) => boolean {
  const name = collectionNames.find((n) => n.toLowerCase() === collection.toLowerCase())!;
  const invalid = () =>
    badRequest(`Invalid filter clause: '${collection}/any(${variable}:${body})'.`);
  const items = (user: EmulatedUser) => renderUser(user, [name])[name] as unknown[];
  if (name === 'assignedLicenses') {
    const sku = new RegExp(
      `^${variable}/skuId\\s+eq\\s+([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$`,
      'i',
    ).exec(body.trim());
    if (!sku) throw invalid();
    const wanted = sku[1]!.toLowerCase();
    return (user) =>
      items(user).some(
        (license) => String((license as { skuId?: string }).skuId).toLowerCase() === wanted,
      );
  }
  const equals = new RegExp(`^${variable}\\s+eq\\s+${stringLiteral}$`, 'i').exec(body.trim());
  const fn = new RegExp(
    `^(startswith|endswith)\\(\\s*${variable}\\s*,\\s*${stringLiteral}\\s*\\)$`,
    'i',
  ).exec(body.trim());
  if (equals) {
    const wanted = unquote(equals[1]!).toLowerCase();
    return (user) => items(user).some((item) => String(item).toLowerCase() === wanted);
  }
  if (!fn) throw invalid();
  const operator = fn[1]!.toLowerCase() === 'endswith' ? 'endsWith' : 'startsWith';
  if ((operator === 'endsWith' || name === 'businessPhones') && advancedGap !== undefined)
    throw unsupportedQuery(
      `Operator '${operator}' is not supported ${advancedGap} Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
    );
  const text = unquote(fn[2]!).toLowerCase();
  return (user) => items(user).some((item) => String(item).toLowerCase()[operator](text));
}

function unquote(literal: string): string {
  return literal.replace(/''/g, "'");
}

function filterProperty(name: string): UserProperty {
  if ((filterable as readonly string[]).includes(name)) return name as UserProperty;
  throw badRequest(
    `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
  );
}

/**
 * Why an operator of advanced queries is refused, in Graph's words, or undefined when the query
 * is advanced: the page's own example (no header, no `$count`) names both; with `$count=true`
 * alone, Graph names the header.
 * https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects
 */
function advancedQueryGap(eventual: boolean, count: boolean): string | undefined {
  if (eventual && count) return undefined;
  if (count) return "because the 'ConsistencyLevel:eventual' header is missing.";
  return 'because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header.';
}

function parseFilter(
  value: string,
  advancedGap: string | undefined,
): (user: EmulatedUser) => boolean {
  const tests: ((user: EmulatedUser) => boolean)[] = [];
  let clauseCount = 0;
  for (const raw of value.split(/\s+or\s+/i)) {
    const clause = raw.trim();
    const startsWith = clausePatterns.startsWith.exec(clause);
    const endsWith = clausePatterns.endsWith.exec(clause);
    const equals = clausePatterns.equals.exec(clause);
    const inList = clausePatterns.in.exec(clause);
    const identity = clausePatterns.identity.exec(clause);
    const collection = clausePatterns.collection.exec(clause);
    const nullTest = clausePatterns.null.exec(clause);
    const booleanTest = clausePatterns.boolean.exec(clause);
    if (booleanTest) {
      const [, name, operator, literal] = booleanTest;
      tests.push(booleanFilter(name!, operator!, literal!.toLowerCase() === 'true', advancedGap));
      clauseCount += 1;
    } else if (nullTest) {
      tests.push(nullFilter(nullTest[1]!, nullTest[2]!.toLowerCase() === 'eq', advancedGap));
      clauseCount += 1;
    } else if (collection) {
      tests.push(collectionFilter(collection[1]!, collection[2]!, collection[3]!, advancedGap));
      clauseCount += 1;
    } else if (identity) {
      tests.push(identityFilter(identity[1]!, identity[2]!));
      clauseCount += 1;
    } else if (startsWith) {
      const property = filterProperty(startsWith[1]!);
      const prefix = unquote(startsWith[2]!).toLowerCase();
      tests.push((user) => filterValue(user, property).toLowerCase().startsWith(prefix));
      clauseCount += 1;
    } else if (endsWith) {
      if (advancedGap !== undefined)
        throw unsupportedQuery(
          `Operator 'endsWith' is not supported ${advancedGap} Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
        );
      const property = filterProperty(endsWith[1]!);
      const suffix = unquote(endsWith[2]!).toLowerCase();
      tests.push((user) => filterValue(user, property).toLowerCase().endsWith(suffix));
      clauseCount += 1;
    } else if (equals) {
      const property = filterProperty(equals[1]!);
      const expected = unquote(equals[2]!).toLowerCase();
      tests.push((user) => filterValue(user, property).toLowerCase() === expected);
      clauseCount += 1;
    } else if (inList) {
      const property = filterProperty(inList[1]!);
      const values = [...inList[2]!.matchAll(new RegExp(stringLiteral, 'g'))].map((m) =>
        unquote(m[1]!).toLowerCase(),
      );
      if (values.length === 0) throw invalidRequest(`Invalid filter clause: '${clause}'.`);
      tests.push((user) => values.includes(filterValue(user, property).toLowerCase()));
      clauseCount += values.length;
    } else {
      throw badRequest(`Invalid filter clause: '${clause}'.`);
    }
  }
  if (clauseCount > maxFilterClauses) {
    throw unsupportedQuery(
      `Too many child clauses specified in search filter expression containing 'OR' operators: ${clauseCount}. Max allowed: ${maxFilterClauses}.`,
    );
  }
  return (user) => tests.some((test) => test(user));
}
