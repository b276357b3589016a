/**
 * Sheets and goal lists whose headers are German, French or Spanish, as teams and tools in those
 * languages write them: every column read (due dates, last updates, progress, e-mails, parents),
 * also where a tool wrote the names without their accents; German Excel's CSV (semicolons,
 * Windows-1252, dd.mm.yyyy, a date cell saved as its serial number) read as written. And your
 * own sheet read by the English names goal lists give the same columns (Lead, Goal cycle, …).
 */
import { toCsv } from '../../src/core/csv';
import type { ImportPlan } from '../../src/migrate';
import { keyResultRows, planSheet, utf8 } from './support/sheet-plan';

const notRead = (plan: ImportPlan) =>
  plan.problems.filter((p) => /not read|is not one of|not a number/.test(p.message));
const checkIns = (plan: ImportPlan) =>
  plan.checkIns.map((c) => [c.draft.value, c.draft.status, c.draft.at.slice(0, 10), c.draft.note]);

/** Text as Windows-1252 writes it: its letters below U+0100 as one byte each. */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('a German Excel CSV (semicolons, Windows-1252)', () => {
  it('reads the owner, department, due date, last update, unit and confidence by their German names', async () => {
    const csv = [
      'Ziel;Schlüsselergebnis;Verantwortlich;E-Mail-Adresse;Abteilung;Zyklus;Startwert;Sollwert;Istwert;Maßeinheit;Ampel;Zuversicht;Fälligkeitsdatum;Letzte Aktualisierung;Kommentar',
      'Umsatz steigern;Neukunden gewinnen;Anna Müller;anna@contoso.com;Vertrieb;Q1 2026;10;50;25;Kunden;Grün;7;31.03.2026;15.02.2026;läuft gut',
      ';Kündigungen senken;Jörg Weiß;;Vertrieb;Q1 2026;5;3;4;%;Gelb;6;31.03.2026;46069;',
    ].join('\r\n');
    const plan = await planSheet('okr.csv', windows1252(csv));
    expect(keyResultRows(plan)).toEqual([
      ['Umsatz steigern', 'Neukunden gewinnen', 10, 50, 25, 'Kunden', 'Anna Müller'],
      ['Umsatz steigern', 'Kündigungen senken', 5, 3, 4, '%', 'Jörg Weiß'],
    ]);
    expect(plan.keyResults[0]!.draft.owner?.email).toBe('anna@contoso.com');
    expect(checkIns(plan)).toEqual([
      [25, 'onTrack', '2026-02-15', 'läuft gut'],
      [4, 'atRisk', '2026-02-16', ''],
    ]);
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Vertrieb']);
    expect(notRead(plan)).toEqual([]);
    expect(plan.problems.map((p) => p.message)).not.toContainEqual(
      expect.stringMatching(/ignored|due date/),
    );
  });
});

describe('headers written without their accents', () => {
  it('reads "Resultat cle", "Echeance", "Derniere mise a jour" and "Avancement" as the French names', async () => {
    const plan = await planSheet(
      'okr.csv',
      utf8(
        toCsv([
          [
            'Objectif',
            'Resultat cle',
            'Proprietaire',
            'Equipe',
            'Periode',
            'Avancement',
            'Echeance',
            'Derniere mise a jour',
          ],
          [
            'Croissance',
            'Nouveaux clients',
            'Anne Dupont',
            'Ventes',
            'T1 2026',
            '45 %',
            '31/03/2026',
            '15/02/2026',
          ],
        ]),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Croissance', 'Nouveaux clients', 0, 100, 45, '%', 'Anne Dupont'],
    ]);
    expect(checkIns(plan)).toEqual([[45, undefined, '2026-02-15', '']]);
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Ventes']);
    expect(notRead(plan)).toEqual([]);
    expect(plan.problems.map((p) => p.message)).not.toContainEqual(
      expect.stringMatching(/ignored/),
    );
  });
});

describe('a goal list in Spanish', () => {
  it('places each goal under its "Objetivo padre" and reads its dates, values and status', async () => {
    const plan = await planSheet(
      'objetivos.csv',
      utf8(
        toCsv([
          [
            'Objetivo',
            'Objetivo padre',
            'Responsable',
            'Correo electrónico',
            'Departamento',
            'Fecha de inicio',
            'Fecha de vencimiento',
            'Valor inicial',
            'Meta',
            'Valor actual',
            'Estado',
            'Última actualización',
          ],
          [
            'Crecer',
            '',
            'Ana García',
            'ana@contoso.com',
            'Ventas',
            '01/01/2026',
            '31/03/2026',
            '',
            '',
            '',
            '',
            '',
          ],
          [
            'Clientes nuevos',
            'Crecer',
            'Luis Pérez',
            '',
            'Ventas',
            '01/01/2026',
            '31/03/2026',
            '10',
            '50',
            '25',
            'En riesgo',
            '15/02/2026',
          ],
        ]),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Crecer', 'Clientes nuevos', 10, 50, 25, '', 'Luis Pérez'],
    ]);
    expect(plan.objectives[0]!.draft.owner?.email).toBe('ana@contoso.com');
    expect(checkIns(plan)).toEqual([[25, 'atRisk', '2026-02-15', '']]);
    expect(plan.cycles.map((c) => [c.draft.name, c.draft.start, c.draft.end])).toEqual([
      ['Q1 2026', '2026-01-01', '2026-03-31'],
    ]);
    expect(notRead(plan)).toEqual([]);
  });
});

describe('the names goal lists give their columns, in your own sheet', () => {
  it('reads a Lead, Teams, a goal cycle, a starting value, a % completion, due on and updated at', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        toCsv([
          [
            'Objective',
            'Key result',
            'Lead',
            'Teams',
            'Goal cycle',
            'Starting value',
            'Target',
            '% completion',
            'Due on',
            'Updated at',
            'Details',
          ],
          [
            'Grow',
            'New customers',
            'Ana Silva',
            'Sales',
            'Q1 2026',
            '10',
            '50',
            '50%',
            '2026-03-31',
            '2026-02-15',
            'Why it matters',
          ],
        ]),
      ),
    );
    expect(keyResultRows(plan)).toEqual([['Grow', 'New customers', 10, 50, 30, '', 'Ana Silva']]);
    expect(checkIns(plan)).toEqual([[30, undefined, '2026-02-15', '']]);
    expect(plan.teams.map((t) => t.draft.name)).toEqual(['Sales']);
    expect(plan.objectives[0]!.draft.description).toBe('Why it matters');
    expect(notRead(plan)).toEqual([]);
  });
});
