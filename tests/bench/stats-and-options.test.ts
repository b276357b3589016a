import { parseOptions } from '../../bench/options';
import { quantile, spreadOf } from '../../bench/stats';

describe('spread of timings', () => {
  test('median, extremes and deciles of an odd number of runs', () => {
    expect(spreadOf([30, 10, 50, 20, 40])).toEqual({
      runs: 5,
      median: 30,
      min: 10,
      max: 50,
      p10: 14,
      p90: 46,
    });
  });

  test('the median of an even number of runs lies between the middle two', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
  });

  test('refuses to summarise nothing, or a quantile outside 0..1', () => {
    expect(() => spreadOf([])).toThrow('No samples');
    expect(() => quantile([1], 1.5)).toThrow('between 0 and 1');
  });
});

describe('the command line', () => {
  const figures = [1, 2, 3, 4, 5, 6];

  test('a table of every figure by default', () => {
    expect(parseOptions([], figures)).toEqual({
      format: 'table',
      only: figures,
      runs: 5,
      sizes: [250, 2000, 5000],
    });
  });

  test('--json, --only in figure order, --runs, --sizes in size order', () => {
    expect(parseOptions(['--json', '--only=5,1', '--runs=3', '--sizes=5000,250'], figures)).toEqual(
      {
        format: 'json',
        only: [1, 5],
        runs: 3,
        sizes: [250, 5000],
      },
    );
    expect(parseOptions(['--markdown'], figures).format).toBe('markdown');
  });

  test('clear errors for what it does not know', () => {
    expect(() => parseOptions(['--only=9'], figures)).toThrow('figure numbers among 1, 2, 3');
    expect(() => parseOptions(['--runs=0'], figures)).toThrow('whole number from 1 to 50');
    expect(() => parseOptions(['--sizes=250,300'], figures)).toThrow(
      'board sizes among 250, 2000, 5000; got "300"',
    );
    expect(() => parseOptions(['--json', '--markdown'], figures)).toThrow('Choose one');
    expect(() => parseOptions(['--fast'], figures)).toThrow('Unknown option "--fast"');
  });
});
