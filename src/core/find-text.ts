/**
 * Finding what someone typed in a name or an email the way they would expect: whatever its case
 * and accents ("jose" finds "José", "muller" "Müller", "Zoe" "Zoë" and "Zoë" "Zoe"), and also as
 * the reader's language matches when it searches (in German "mueller" finds "Müller" too).
 *
 * Two collators at base strength (letters only, neither accents nor case) decide, with
 * `usage: 'search'`: English's, which is CLDR's root collation, under which accented letters are their base letters
 * (ß is ss, æ is ae), and the reader's locale's search collation, which adds its own equivalences
 * (German ü = ue) but may set a letter apart (Spanish ñ, Swedish ä): either finding it is enough.
 */

const collators = new Map<string, readonly Intl.Collator[]>();

function searchCollators(locale: string): readonly Intl.Collator[] {
  let found = collators.get(locale);
  if (!found) {
    const options = { usage: 'search', sensitivity: 'base' } as const;
    let reader: Intl.Collator | undefined;
    try {
      reader = new Intl.Collator(locale, options);
    } catch {
      // Not a well-formed tag: the root collation alone.
    }
    // `en`, not `und`: `und` resolves to the browser's own default locale.
    found = [new Intl.Collator('en', options), ...(reader ? [reader] : [])];
    collators.set(locale, found);
  }
  return found;
}

/** Letters without their accents, in lower case: most finds need no collator. */
function plainLetters(text: string, locale: string): string {
  const lower = (value: string) => {
    try {
      return value.toLocaleLowerCase(locale);
    } catch {
      return value.toLowerCase();
    }
  };
  return lower(text.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * Whether a text holds `query` (trimmed), ignoring case and accents in the reader's `locale`
 * (`de-de`): a test to keep the names, emails or titles that match what is typed. An empty query
 * holds in every text.
 */
export function textFinder(query: string, locale: string): (text: string) => boolean {
  const needle = query.trim().normalize('NFC');
  if (!needle) return () => true;
  const plainNeedle = plainLetters(needle, locale);
  const compare = searchCollators(locale);
  const same = (a: string, b: string) => compare.some((collator) => collator.compare(a, b) === 0);
  // A letter may stand for two (ß for ss, æ for ae) and the other way round, so a match may be
  // shorter or longer than what was typed: from a third of its length (ﬃ for ffi) to twice it.
  const shortest = Math.ceil(needle.length / 3);
  const longest = needle.length * 2;
  const head = needle.slice(0, 1);
  const headPair = needle.slice(0, 2);
  const mayStartAt = (text: string, start: number) =>
    same(text.slice(start, start + 1), head) ||
    same(text.slice(start, start + 1), headPair) ||
    same(text.slice(start, start + 2), head);
  return (text) => {
    if (plainLetters(text, locale).includes(plainNeedle)) return true;
    const haystack = text.normalize('NFC');
    for (let start = 0; start + shortest <= haystack.length; start++) {
      if (!mayStartAt(haystack, start)) continue;
      const end = Math.min(haystack.length, start + longest);
      for (let stop = start + shortest; stop <= end; stop++)
        if (same(haystack.slice(start, stop), needle)) return true;
    }
    return false;
  };
}
