import { formatMeasure, formatNumber, moneyUnit, numberFormat, type Measure } from './format';
import { defaultLocale } from './i18n';

// Only the history chart labels axes: this loads with it, not with the board's first screen.

/**
 * A value as an axis of a chart labels it, short: `Done`, `Step 2`, `45%`, `12.5K customers`
 * (compact from ten thousand on), or the number alone when `withUnit` is false (the chart then
 * names the unit in its legend).
 */
export function formatAxisMeasure(
  keyResult: Measure,
  value: number,
  locale: string = defaultLocale,
  withUnit = true,
): string {
  switch (keyResult.kind) {
    case 'binary':
      return value >= 1 ? 'Done' : 'Not done';
    case 'milestone':
      return `Step ${formatNumber(value, locale)}`;
    default: {
      const unit = keyResult.unit.trim();
      if (unit === '%') return formatMeasure(value, unit, locale);
      const money = withUnit ? moneyUnit(unit) : undefined;
      if (money) {
        const amount = value * money.scale;
        return numberFormat(locale, {
          style: 'currency',
          currency: money.currency,
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 0,
          maximumFractionDigits: 1,
          ...(Math.abs(amount) >= 10_000 ? { notation: 'compact' } : {}),
        }).format(amount);
      }
      const number =
        Math.abs(value) >= 10_000
          ? numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
          : formatNumber(value, locale);
      return withUnit && unit ? `${number} ${unit}` : number;
    }
  }
}
