/**
 * Key results whose title carries their values: a sheet or another tool's export with no Start
 * and Target for a key result, only "Increase NPS from 30 to 45", "Churn von 5 % auf 3 % senken",
 * "Passer le NPS de 30 à 45" or "Reducir el churn del 5 % al 3 %", imports it from 30 to 45
 * (not as a percentage from 0 to 100) and says so in the dry run, in the reader's language.
 * What is not clearly a range (years, quarters, versions, dates, "Top 3 to 5 customers", a
 * target alone) stays as before; the file's own columns win over the title.
 */
import { statedRange } from '../../src/core/coaching/stated-range';

/** [title, start, target, unit, kind of key result]. */
const ranges: readonly (readonly [string, number, number, string, string])[] = [
  ['Increase NPS from 30 to 45', 30, 45, '', 'increase'],
  ['Grow ARR from $1.2M to $2M', 1_200_000, 2_000_000, '$', 'increase'],
  ['Reduce churn from 5% to 3%', 5, 3, '%', 'decrease'],
  ['Cut response time from 48h to 24h', 48, 24, 'h', 'decrease'],
  ['Grow revenue from €500k to €800k', 500_000, 800_000, '€', 'increase'],
  ['Grow weekly users from 10,000 to 15,000', 10_000, 15_000, '', 'increase'],
  ['NPS von 30 auf 45 steigern', 30, 45, '', 'increase'],
  ['Churn von 5 % auf 3 % senken', 5, 3, '%', 'decrease'],
  ['Umsatz von 1,2 Mio. € auf 2 Mio. € steigern', 1_200_000, 2_000_000, '€', 'increase'],
  ['Bewertung von 4,2 auf 4,6 verbessern', 4.2, 4.6, '', 'increase'],
  ['Passer le NPS de 30 à 45', 30, 45, '', 'increase'],
  ['Réduire le churn de 5 % à 3 %', 5, 3, '%', 'decrease'],
  ['Faire passer le CA de 1,2 M€ à 2 M€', 1_200_000, 2_000_000, '€', 'increase'],
  ['Utilisateurs actifs de 10 000 à 15 000', 10_000, 15_000, '', 'increase'],
  ['Aumentar el NPS de 30 a 45', 30, 45, '', 'increase'],
  ['Reducir el churn del 5 % al 3 %', 5, 3, '%', 'decrease'],
  ['Reducir el tiempo de respuesta de 48 h a 24 h', 48, 24, 'h', 'decrease'],
  ['Usuarios de 10.000 a 15.000', 10_000, 15_000, '', 'increase'],
  ['30 → 45', 30, 45, '', 'increase'],
  ['NPS 30 -> 45', 30, 45, '', 'increase'],
  ['Zufriedenheit 1,5 → 2,5', 1.5, 2.5, '', 'increase'],
];

/** Titles that are not a clear range: each is measured as before, a percentage from 0 to 100. */
const notRanges = [
  'Launch the new plan from 2024 to 2025',
  'Roll out from Q1 to Q2',
  'Upgrade the API from v2 to v3',
  'Run the pilot from 1 March to 30 June',
  'Staff the desk from 9:00 to 17:00',
  'Onboard from 01/03 to 30/06',
  'Top 3 to 5 customers',
  'Reach 45 NPS',
  'Increase NPS from X to Y',
  'Move from Java 8 to Java 17',
  'Cut lead time from 2 days to 12 hours',
  'Projekt von 2024 auf 2025 verschieben',
  'Déployer de T1 à T2',
  'Pasar de 2024 a 2025',
  'Keep NPS from 30 to 30',
  'Score 1.500 → 2.000',
  'Grow revenue from €500k to £800k',
];

describe('the quantity reader', () => {
  it.each(ranges)('reads "%s" as a range', (title, start, target) => {
    const range = statedRange(title);
    expect([range?.start.value, range?.target.value]).toEqual([start, target]);
  });

  it.each(notRanges)('reads no range in "%s"', (title) => {
    expect(statedRange(title)).toBeUndefined();
  });
});
