import fc from 'fast-check';
import { JsonRecordSplitter } from '../../src/migrate/json-records';

/** The records of `text` fed to the splitter in chunks cut at `cuts` (positions, any order). */
function recordsOf(text: string, cuts: readonly number[] = []): unknown[] {
  const splitter = new JsonRecordSplitter();
  const at = [...new Set([0, ...cuts.map((cut) => cut % (text.length + 1)), text.length])].sort(
    (a, b) => a - b,
  );
  const records: unknown[] = [];
  for (let index = 1; index < at.length; index++)
    records.push(...splitter.push(text.slice(at[index - 1], at[index])));
  splitter.end();
  return records;
}

describe('JsonRecordSplitter', () => {
  it('gives back each record of any JSON array, however it is laid out and cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue()),
        fc.constantFrom(undefined, 0, 2, '\t'),
        fc.array(fc.nat(), { maxLength: 12 }),
        (records, space, cuts) => {
          const text = JSON.stringify(records, null, space);
          expect(recordsOf(text, cuts)).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it('reads brackets, commas, quotes and escapes inside strings as text, cut anywhere', () => {
    const records = [{ note: 'a ], b [ "c" {d}, \\ e \\" f' }, 'x,]', [[], {}]];
    const text = `\uFEFF ${JSON.stringify(records)} \n`;
    for (let cut = 0; cut <= text.length; cut++) expect(recordsOf(text, [cut])).toEqual(records);
    expect(
      recordsOf(
        text,
        Array.from(text, (_, index) => index),
      ),
    ).toEqual(records);
  });

  it('names the record where the text stops being JSON', () => {
    const read = (text: string) => () => recordsOf(text, [3]);
    expect(read('[{"a": 1}, {"a": }]')).toThrow(expect.objectContaining({ record: 2 }));
    expect(read('[{"a": 1},]')).toThrow(/Unexpected "\]"/);
    expect(read('[{"a": "open')).toThrow(/Unterminated string/);
    expect(read('[{"a": 1}')).toThrow(/Unexpected end of JSON input/);
    expect(read('[1] 2')).toThrow(/Unexpected text after the array at position 4/);
    expect(read('{"a": 1}')).toThrow('not an array');
    expect(read('{"a": }')).toThrow(SyntaxError);
    expect(read('')).toThrow(/Unexpected end/);
  });
});
