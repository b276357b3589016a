/**
 * Dates as JavaScript writes them, which sheets filled by a script (Google Apps Script, a Notion or
 * Airtable export, `String(new Date())`) carry: `Date.prototype.toString` ("Tue Mar 03 2026
 * 00:00:00 GMT+0100 (Central European Standard Time)",
 * https://tc39.es/ecma262/#sec-date.prototype.tostring) and `toUTCString` ("Tue, 03 Mar 2026
 * 09:00:00 GMT", https://tc39.es/ecma262/#sec-date.prototype.toutcstring); and the other days
 * machines and people write that are no locale's date format: an ordinal day ("31st March 2026")
 * and ISO 8601's basic format (20260331).
 */
import { parseDate, readDate } from '../../src/migrate/values';
import { planSheet, problemsOf, utf8 } from './support/sheet-plan';

describe("JavaScript's date strings", () => {
  it('reads toString with its offset and zone name as the instant it names', () => {
    expect(readDate('Tue Mar 03 2026 00:00:00 GMT+0000 (Coordinated Universal Time)')).toEqual({
      at: '2026-03-03T00:00:00Z',
    });
    expect(readDate('Tue Mar 03 2026 10:30:00 GMT+0100 (Central European Standard Time)')).toEqual({
      at: '2026-03-03T09:30:00Z',
      day: '2026-03-03',
    });
    expect(readDate('Mon Mar 02 2026 19:00:00 GMT-0500')).toEqual({
      at: '2026-03-03T00:00:00Z',
      day: '2026-03-02',
    });
    expect(readDate('Tue, 03 Mar 2026 09:00:00 GMT')).toEqual({ at: '2026-03-03T09:00:00Z' });
    expect(readDate('Tue, 03 Mar 2026 09:00:00 +0100')).toEqual({
      at: '2026-03-03T08:00:00Z',
      day: '2026-03-03',
    });
  });

  it('takes a day written at midnight ahead of UTC as that day, not the day before in UTC', () => {
    expect(parseDate('Tue Mar 31 2026 00:00:00 GMT+0200 (Central European Summer Time)')).toBe(
      '2026-03-31',
    );
    expect(parseDate('2026-03-31T00:00:00+02:00')).toBe('2026-03-31');
  });

  it('refuses a zone it cannot read, naming the cell and the dates accepted', async () => {
    expect(readDate('Tue Mar 03 2026 00:00:00 GMT+2500')).toBeUndefined();
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        'Objective,Key result,Start,Target,Current,Last updated\nGrow,ARR,0,10,4,Tue Mar 03 2026 00:00:00 PST8PDT\n',
      ),
    );
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: 'Last updated',
      message: expect.stringMatching(
        /^"Tue Mar 03 2026 00:00:00 PST8PDT" is not a date \(accepted: .*Tue Mar 31 2026 00:00:00 GMT\+0200/,
      ),
    });
  });

  it('reads the ordinal day of British dates, and the day ISO 8601 writes without dashes', () => {
    expect(
      ['31st March 2026', '1st of March 2026', '2nd Jan 2026', '20260331'].map((text) =>
        parseDate(text),
      ),
    ).toEqual(['2026-03-31', '2026-03-01', '2026-01-02', '2026-03-31']);
    // Not a day: a month 13, a Unix time before 2000.
    expect(['20261331', '946684799'].map((text) => readDate(text))).toEqual([undefined, undefined]);
  });

  it("imports a script-filled sheet's check-ins at their instants and due dates on the day written", async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Quarter,Objective,Key result,Start,Target,Current,Due date,Last updated',
          'Q1 2026,Grow,ARR,0,10,4,Tue Mar 31 2026 00:00:00 GMT+0200 (Central European Summer Time),Tue Mar 03 2026 10:30:00 GMT+0100 (Central European Standard Time)',
          'Q1 2026,Grow,NPS,0,50,20,Tue Mar 31 2026 00:00:00 GMT+0200 (Central European Summer Time),"Tue, 03 Mar 2026 09:00:00 GMT"',
        ].join('\n'),
      ),
      '2026-03-20',
    );
    expect(plan.checkIns.map((c) => [c.draft.value, c.draft.at])).toEqual([
      [4, '2026-03-03T09:30:00Z'],
      [20, '2026-03-03T09:00:00Z'],
    ]);
    // Due on the last day of the cycle, as written: nothing said of a due date not kept.
    expect(problemsOf(plan).filter((p) => /due|not a date/.test(p.message))).toEqual([]);
  });
});
