import { GraphHttpError, invalidRequest } from './errors';
import { listItemProperties } from './resources';

/**
 * Parses the `$filter` subset SharePoint list items support through Graph: comparisons on
 * `fields/X` or a listItem property (eq, ne, gt, ge, lt, le), `and`, `or`, `not`, parentheses,
 * `startswith(fields/X,'…')`, and string, number, boolean, null and date-time literals.
 */
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'dateTime'; value: string }
  | { type: 'null' };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: ComparisonOperator; field: string; literal: Literal }
  | { kind: 'startswith'; field: string; prefix: string };

type Token =
  | { kind: 'open' | 'close' | 'comma' }
  | { kind: 'word'; text: string }
  | { kind: 'literal'; literal: Literal };

const operators = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const mirrored: Record<ComparisonOperator, ComparisonOperator> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'lt',
  ge: 'le',
  lt: 'gt',
  le: 'ge',
};

const invalidFilter = (reason: string) => invalidRequest(`Invalid filter clause: ${reason}`);

/**
 * "Both listItem properties and fields can be filtered"
 * (https://learn.microsoft.com/graph/api/listitem-list#using-the-filter-query-parameter): the
 * properties the emulator filters, by the SharePoint field each is read from, so a filter on one
 * is a filter on that field (and, like it, needs the non-indexed Prefer header unless indexed).
 */
const filterableProperties: ReadonlyMap<string, string> = new Map([
  ['id', 'id'],
  ['createdDateTime', 'Created'],
  ['lastModifiedDateTime', 'Modified'],
]);

/**
 * Bounds that keep parsing and evaluation iterative-safe: a client's filter is refused with a 400
 * long before it could exhaust the stack (nested parentheses or `not`), or grow without end.
 */
export const maxFilterNesting = 100;
export const maxFilterComparisons = 500;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char === '(' ? 'open' : char === ')' ? 'close' : 'comma' });
      i += 1;
    } else if (char === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw invalidFilter('a string literal is not closed.');
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      tokens.push({ kind: 'literal', literal: { type: 'string', value } });
      i = j + 1;
    } else {
      const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/.exec(
        rest,
      );
      const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?(?![\w-])/.exec(rest);
      const word = /^[A-Za-z_][\w/]*/.exec(rest);
      if (dateTime) {
        tokens.push({ kind: 'literal', literal: { type: 'dateTime', value: dateTime[0] } });
        i += dateTime[0].length;
      } else if (number) {
        tokens.push({ kind: 'literal', literal: { type: 'number', value: Number(number[0]) } });
        i += number[0].length;
      } else if (word) {
        const lower = word[0].toLowerCase();
        if (lower === 'true' || lower === 'false') {
          tokens.push({ kind: 'literal', literal: { type: 'boolean', value: lower === 'true' } });
        } else if (lower === 'null') {
          tokens.push({ kind: 'literal', literal: { type: 'null' } });
        } else {
          tokens.push({ kind: 'word', text: word[0] });
        }
        i += word[0].length;
      } else {
        throw invalidFilter(`unexpected '${char}' at position ${i}.`);
      }
    }
  }
  return tokens;
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const isWord = (token: Token | undefined, word: string) =>
    token?.kind === 'word' && token.text.toLowerCase() === word;
  const expect = (kind: 'open' | 'close' | 'comma') => {
    const token = next();
    if (token?.kind !== kind)
      throw invalidFilter(`expected '${kind === 'open' ? '(' : kind === 'close' ? ')' : ','}'.`);
  };

  const fieldOf = (token: Token | undefined): string | undefined => {
    if (token?.kind !== 'word') return undefined;
    const property = filterableProperties.get(token.text);
    if (property) return property;
    if (listItemProperties.has(token.text)) {
      throw new GraphHttpError(
        400,
        'notSupported',
        `The emulator filters on the listItem properties ${[...filterableProperties.keys()].join(', ')} and on 'fields/<column name>', not on '${token.text}'.`,
      );
    }
    if (!token.text.startsWith('fields/')) {
      throw invalidFilter(
        `'${token.text}' is not supported; filter list items on a listItem property or on 'fields/<column name>'.`,
      );
    }
    const name = token.text.slice('fields/'.length);
    if (!name || name.includes('/')) throw invalidFilter(`'${token.text}' is not a column.`);
    return name;
  };

  let nesting = 0;
  let comparisons = 0;
  const nested = (parse: () => FilterNode): FilterNode => {
    if (++nesting > maxFilterNesting) {
      throw invalidFilter(
        `parentheses and 'not' nest deeper than ${maxFilterNesting} levels; simplify the filter.`,
      );
    }
    const node = parse();
    nesting -= 1;
    return node;
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    const token = peek();
    if (isWord(token, 'not')) {
      next();
      return nested(() => ({ kind: 'not', operand: parseUnary() }));
    }
    if (token?.kind === 'open') {
      next();
      return nested(() => {
        const inner = parseOr();
        expect('close');
        return inner;
      });
    }
    if (isWord(token, 'startswith')) {
      countTerm();
      next();
      expect('open');
      const field = fieldOf(next());
      if (!field) throw invalidFilter('startswith needs a column as its first argument.');
      expect('comma');
      const prefix = next();
      if (prefix?.kind !== 'literal' || prefix.literal.type !== 'string') {
        throw invalidFilter('startswith needs a string literal as its second argument.');
      }
      expect('close');
      return { kind: 'startswith', field, prefix: prefix.literal.value };
    }
    return parseComparison();
  };
  const countTerm = () => {
    if (++comparisons > maxFilterComparisons) {
      throw invalidFilter(
        `it has more than ${maxFilterComparisons} comparisons; split the query into several.`,
      );
    }
  };
  const parseComparison = (): FilterNode => {
    countTerm();
    const left = next();
    const operator = next();
    const right = next();
    if (operator?.kind !== 'word' || !operators.has(operator.text.toLowerCase())) {
      throw invalidFilter("expected a comparison such as fields/Status eq 'Done'.");
    }
    const op = operator.text.toLowerCase() as ComparisonOperator;
    if (left?.kind === 'word' && right?.kind === 'literal') {
      return { kind: 'compare', op, field: fieldOf(left) as string, literal: right.literal };
    }
    if (left?.kind === 'literal' && right?.kind === 'word') {
      return {
        kind: 'compare',
        op: mirrored[op],
        field: fieldOf(right) as string,
        literal: left.literal,
      };
    }
    throw invalidFilter('a comparison needs a column on one side and a literal on the other.');
  };

  if (tokens.length === 0) throw invalidFilter('the filter is empty.');
  const tree = parseOr();
  if (position !== tokens.length)
    throw invalidFilter('unexpected text after the end of the expression.');
  return tree;
}

/** Every column the filter mentions, for the index check. */
export function filterFields(node: FilterNode, into = new Set<string>()): Set<string> {
  switch (node.kind) {
    case 'and':
    case 'or':
      filterFields(node.left, into);
      filterFields(node.right, into);
      break;
    case 'not':
      filterFields(node.operand, into);
      break;
    default:
      into.add(node.field);
  }
  return into;
}
