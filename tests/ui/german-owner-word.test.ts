/**
 * One German word for the person who owns something in the OKRs: "Verantwortliche(r)". The
 * Programme's teams said "Besitzer" beside a board whose key results said "Verantwortlich".
 * "Besitzer" is left to SharePoint's own role, a site's owners (its "Besitzer" group).
 */
import { coach } from '../../src/ui/board/words/coach-de';
import { config } from '../../src/ui/board/words/config-de';
import { words as board } from '../../src/ui/board/words/de';
import { editors } from '../../src/ui/board/words/editors-de';
import { meeting } from '../../src/ui/board/words/meeting-de';
import { programme } from '../../src/ui/board/words/programme-de';
import { states } from '../../src/ui/board/words/states-de';
import { words as importing } from '../../src/ui/migrate/words/import-de';

/** Every English text and its German, in nested word tables. */
function entries(table: object): [string, string][] {
  return Object.entries(table).flatMap(([english, german]: [string, unknown]) =>
    typeof german === 'string'
      ? [[english, german] as [string, string]]
      : typeof german === 'object' && german
        ? entries(german)
        : [],
  );
}

const tables = { coach, config, board, editors, meeting, programme, states, importing };

const otherNouns = /besitzer|eigentümer|inhaber/i;

it.each(Object.entries(tables))(
  'names an OKR owner “Verantwortliche” in the %s words',
  (_, table) => {
    const said = entries(table);
    // Where the English names an owner ({owner}, the person's name put in, aside) of anything but
    // a SharePoint site, the German says "verantwortlich" or names no noun ("niemand", "wer").
    const owners = said.filter(
      ([english]) =>
        /\bowners?\b/i.test(english.replace(/\{[^}]*\}/g, '')) && !/\bsite\b/i.test(english),
    );
    expect(owners.filter(([, german]) => otherNouns.test(german))).toEqual([]);
    // No other owner's noun anywhere, the site's owners aside.
    expect(
      said.filter(([english, german]) => otherNouns.test(german) && !/\bsite\b/i.test(english)),
    ).toEqual([]);
    expect(owners.some(([, german]) => /verantwortlich/i.test(german))).toBe(owners.length > 0);
  },
);
