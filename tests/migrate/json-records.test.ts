import fc from 'fast-check';
import { jsonArrayRecords } from '../../src/migrate/json-records';

describe('jsonArrayRecords', () => {
  it('gives back each record of any JSON array, however it is laid out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue()),
        fc.constantFrom(undefined, 0, 2, '\t'),
        (records, space) => {
          const text = JSON.stringify(records, null, space);
          expect([...jsonArrayRecords(text)]).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it('reads brackets, commas and quotes inside strings as text', () => {
    const records = [{ note: 'a ], b [ "c" {d}, \\ e' }, 'x,]', [[], {}]];
    expect([...jsonArrayRecords(`\uFEFF ${JSON.stringify(records)} \n`)]).toEqual(records);
  });

  it('names the record where the text stops being JSON', () => {
    const read = (text: string) => () => [...jsonArrayRecords(text)];
    expect(read('[{"a": 1}, {"a": }]')).toThrow(expect.objectContaining({ record: 2 }));
    expect(read('[{"a": 1},]')).toThrow(/Unexpected "\]"/);
    expect(read('[{"a": "open')).toThrow(/Unterminated string/);
    expect(read('[{"a": 1}')).toThrow(/Unexpected end of JSON input/);
    expect(read('[1] 2')).toThrow(/Unexpected text after the array/);
    expect(read('{"a": 1}')).toThrow('not an array');
    expect(read('')).toThrow(/Unexpected end/);
  });
});
