/**
 * A team's own sheet in German, French or Spanish: its notes column ("Bemerkung", "Remarques",
 * "Observaciones") is read as the check-in's note, and its traffic-light words ("Grün", "Gelb",
 * "Rot"; "Vert", "Orange", "Rouge"; "Verde", "Ámbar", "Rojo") as the check-in's status, from
 * the tables every sheet reader shares (they were "not read" and "not one of …").
 */
import { toCsv } from '../../src/core/csv';
import type { ImportPlan } from '../../src/migrate';
import { planSheet, utf8 } from './support/sheet-plan';

const checkIns = (plan: ImportPlan) =>
  plan.checkIns.map((c) => [
    plan.keyResults.find((k) => k.sourceId === c.draft.keyResultId)?.draft.title,
    c.draft.status,
    c.draft.note,
  ]);

describe('a sheet in German, French or Spanish', () => {
  it.each([
    [
      [
        'Ziel',
        'Schlüsselergebnis',
        'Quartal',
        'Startwert',
        'Zielwert',
        'Istwert',
        'Status  (RAG)',
        'Bemerkung',
      ],
      ['Grün', 'Gelb', 'Rot'],
    ],
    [
      [
        'Objectif',
        'Résultat clé',
        'Trimestre',
        'Valeur initiale',
        'Valeur cible',
        'Valeur actuelle',
        'Statut',
        'Remarques',
      ],
      ['Vert', 'Orange', 'Rouge'],
    ],
    [
      [
        'Objetivo',
        'Resultado clave',
        'Trimestre',
        'Valor inicial',
        'Meta',
        'Valor actual',
        'Estado',
        'Observaciones',
      ],
      ['Verde', 'Ámbar', 'Rojo'],
    ],
  ])('reads its notes and its colours as statuses: %j', async (header, [green, amber, red]) => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        toCsv([
          header,
          ['Neukunden', 'Umsatz', 'Q4 2026', '0', '100', '40', green!, 'Zwei Deals\nverschoben'],
          ['', 'Demos', 'Q4 2026', '0', '100', '20', amber!, ''],
          ['', 'Win rate', 'Q4 2026', '0', '100', '10', red!, 'Tickets aus Jira'],
        ]),
      ),
    );
    expect(checkIns(plan)).toEqual([
      ['Umsatz', 'onTrack', 'Zwei Deals\nverschoben'],
      ['Demos', 'atRisk', ''],
      ['Win rate', 'behind', 'Tickets aus Jira'],
    ]);
    expect(plan.problems.map((p) => p.message)).not.toContainEqual(
      expect.stringMatching(/not read|is not one of/),
    );
  });
});
