/**
 * Names in the order a reader of the app's language files them ("Ärende" before "Zebra" in
 * German, after it in Swedish): `locale` is the host's (Teams', Office's), never the runtime's
 * default, which is the machine's. A locale the runtime cannot collate in, or no language tag,
 * is read in English rather than thrown as a RangeError. Pure.
 */
export function readersCollator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  try {
    return new Intl.Collator(locale, options);
  } catch {
    return new Intl.Collator('en', options);
  }
}
