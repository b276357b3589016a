/**
 * Amounts beside a currency as sheets from anywhere write them: a sign (`$`, `R$`, `kr`, `zł`) or
 * a code (`USD`, `NZD`, `INR`) before or after the number, read as the amount, with the currency
 * kept as the key result's unit.
 */
import { currencyAsUnit, isCurrencyUnit, readNumber } from '../../src/migrate/values';
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';

describe('an amount beside a currency', () => {
  it.each([
    ['AUD 1,200', 1200],
    ['CAD 5,000', 5000],
    ['NZD 300', 300],
    ['300 NZD', 300],
    ['1.200 JPY', 1200],
    ['INR 12,34,567.50', 1_234_567.5],
    ['Rs. 45,000', 45_000],
    ['US$ 2,500', 2500],
    ['R$ 1.200,50', 1200.5],
    ['1 200 zł', 1200],
    ['PLN 1 200,50', 1200.5],
    ['kr 1.200', 1200],
    ['1.200 kr.', 1200],
    ['₩1,500,000', 1_500_000],
    ['1,200 usd', 1200],
    ['2,500 dollars', 2500],
    ['-$1,200', -1200],
    ['- $ 1,200', -1200],
    ['+$500', 500],
  ])('reads %s as %d', (text, value) => {
    expect(readNumber(text)).toEqual({ value, percent: false });
  });

  it('keeps a sign written before the currency with the amount, abbreviated too', () => {
    expect(readNumber('\u2212€3.5m')).toEqual({
      value: -3_500_000,
      percent: false,
      magnitude: 'm',
    });
    expect(readNumber('- €')).toEqual({ value: 0, percent: false });
  });

  it('reads three digits after the mark as a decimal beside a currency of three minor digits', () => {
    // Kuwaiti dinars have fils, a thousandth: 1.234 KWD may be either, as any number is.
    expect(readNumber('1.234 KWD')).toEqual({
      ambiguous: { point: 1.234, comma: 1234 },
      percent: false,
      unit: 'KWD',
    });
    expect(readNumber('1.234 KWD', '.')).toEqual({ value: 1.234, percent: false, unit: 'KWD' });
  });

  it('knows codes beyond the common ones only in capitals, as codes are written', () => {
    expect(isCurrencyUnit('NZD')).toBe(true);
    expect(isCurrencyUnit('nzd')).toBe(false);
    expect(readNumber('300 nzd')).toEqual({ value: 300, percent: false, unit: 'nzd' });
    expect(isCurrencyUnit('usd')).toBe(true);
    expect(isCurrencyUnit(' Dollar ')).toBe(true);
    expect(currencyAsUnit('usd')).toBe('USD');
    expect(currencyAsUnit('yen')).toBe('yen');
    for (const unit of ['km', 'users', 'XYZ', 'KWD', 'm', ''])
      expect(isCurrencyUnit(unit)).toBe(false);
  });
});

describe('a sheet of amounts beside currencies', () => {
  it('imports them with the currency as the unit, from the values or from a header note', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Start,Target [PLN],Current',
          'Grow in the Pacific,New Zealand revenue,NZD 0,"NZD 300,000","NZD 120,000"',
          ',US renewals,0,"usd 1,200",600',
          ',Polish pipeline,0,"250 000","100 000"',
          ',Indian bookings,0,"INR 12,34,567.50","INR 2,00,000"',
          ',Spanish losses,−€3.5m,0,−€1.2m',
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Grow in the Pacific', 'New Zealand revenue', 0, 300_000, 120_000, 'NZD', undefined],
      ['Grow in the Pacific', 'US renewals', 0, 1200, 600, 'USD', undefined],
      ['Grow in the Pacific', 'Polish pipeline', 0, 250_000, 100_000, 'PLN', undefined],
      ['Grow in the Pacific', 'Indian bookings', 0, 1_234_567.5, 200_000, 'INR', undefined],
      ['Grow in the Pacific', 'Spanish losses', -3_500_000, 0, -1_200_000, '€', undefined],
    ]);
    // Nothing said of a value: the only note is on the cycle, which the sheet leaves to its dates.
    expect(problemsOf(plan).map((problem) => problem.field)).toEqual([undefined]);
  });
});
