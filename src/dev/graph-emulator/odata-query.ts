import { invalidRequest } from './errors';
import type { OrderBy } from './item-query';

/** Reading OData system query options; Graph v1.0 accepts them with or without the `$`. */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

export interface ExpandOption {
  property: string;
  select?: string[];
  /** Nested expansions, as in `items(expand=fields(select=A,B))`. */
  expand?: ExpandOption[];
}

/**
 * `fields`, `fields(select=A,B)` or `fields($select=A,B)`, comma-separated; inside the
 * parentheses, options are separated by `;` and may expand further (`items(expand=fields)`).
 */
export function parseExpand(value: string | undefined): ExpandOption[] {
  if (value === undefined || value.trim() === '') return [];
  return splitTopLevel(value, ',').map((part) => {
    const match = /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(part);
    if (!match)
      throw invalidRequest(
        `Parsing OData Select and Expand failed: '${part}' is not a valid expand option.`,
      );
    const option: ExpandOption = { property: match[1] as string };
    for (const inner of splitTopLevel(match[2] ?? '', ';').filter((s) => s.trim())) {
      const separator = inner.indexOf('=');
      const key = inner.slice(0, separator).trim();
      const list = inner.slice(separator + 1).trim();
      if (separator > 0 && (key === 'select' || key === '$select'))
        option.select = parseSelect(list);
      else if (separator > 0 && (key === 'expand' || key === '$expand'))
        option.expand = parseExpand(list);
      else throw unsupportedInsideExpand(inner);
    }
    return option;
  });
}

/** The refusal of an option a resource does not take inside its `$expand`. */
export function unsupportedInsideExpand(inner: string): Error {
  return invalidRequest(
    `Parsing OData Select and Expand failed: '${inner}' is not supported inside $expand.`,
  );
}

export function parseSelect(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length ? names : undefined;
}

/**
 * `$top` between 1 and the largest page: "The minimum value of $top is 1 and the maximum depends
 * on the corresponding API" (https://learn.microsoft.com/graph/query-parameters#top-parameter).
 * listitem-list documents no maximum; above SharePoint's 5,000 Graph does not refuse but answers
 * 5,000 items and a nextLink (microsoftgraph/microsoft-graph-docs#22248: "$top in the millions
 * and still got a successful response"), so a larger `$top` is capped, never a 400.
 */
export function parseTop(value: string | undefined, pageSize: number, maxPageSize: number): number {
  if (value === undefined) return pageSize;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw invalidRequest(
      `Invalid value '${value}' for the $top query parameter: it must be a positive integer.`,
    );
  }
  return Math.min(Number(value), maxPageSize);
}

export function parseOrderBy(value: string | undefined): OrderBy[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((part) => {
    const match = /^\s*fields\/([A-Za-z_]\w*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match)
      throw invalidRequest(
        `Invalid $orderby clause '${part.trim()}': order list items by 'fields/<column name> [asc|desc]'.`,
      );
    return { field: match[1] as string, descending: match[2]?.toLowerCase() === 'desc' };
  });
}

function splitTopLevel(value: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

const systemQueryOptions = [
  'select',
  'expand',
  'filter',
  'orderby',
  'top',
  'skip',
  'skiptoken',
  'count',
  'search',
  'format',
];

/**
 * Rejects system query options this resource does not take, instead of silently ignoring them.
 * `$format=json` asks for what every answer is anyway ("GET /users?$format=json returns the
 * users … in the json format", https://learn.microsoft.com/graph/query-parameters#format-parameter);
 * another format is refused, naming json.
 */
export function rejectUnsupported(query: URLSearchParams, supported: readonly string[]): void {
  for (const [key, value] of query) {
    const name = key.replace(/^\$/, '').toLowerCase();
    if (name === 'format') {
      if (!['json', 'application/json'].includes(value.trim().toLowerCase()))
        throw invalidRequest(
          `The format '${value}' given in $format is not supported: this resource answers $format=json only.`,
        );
      continue;
    }
    const isSystemOption = key.startsWith('$') || systemQueryOptions.includes(name);
    if (isSystemOption && !supported.includes(name)) {
      throw invalidRequest(`The query option '${key}' is not supported by this resource.`);
    }
  }
}
