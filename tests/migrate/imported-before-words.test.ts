/**
 * The note a file imported before gets in the dry run, the one a returning user sees every time,
 * in the reader's language: each count's noun agreeing with its number (one or many, as the
 * language has it) and the counts listed as the language joins them. The CLI's English is as it
 * was.
 */
import { unchangedSummary } from '../../src/migrate/imported-before';
import type { ImportPlan, Planned } from '../../src/migrate/plan';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';

/** A plan whose file an earlier import wrote: `count` of each kind found again, unchanged. */
function importedBefore(count: Partial<Record<keyof ImportPlan, number>>): ImportPlan {
  const found = (n = 0) =>
    Array.from(
      { length: n },
      (_, i) =>
        ({ sourceId: String(i), at: { file: 'okrs.csv' }, importedBefore: true }) as Planned<never>,
    );
  return {
    format: 'ownSheet',
    teams: found(count.teams),
    cycles: found(count.cycles),
    objectives: found(count.objectives),
    keyResults: found(count.keyResults),
    initiatives: found(count.initiatives),
    checkIns: found(count.checkIns),
    people: new Map(),
    problems: [],
  };
}

const some = importedBefore({ teams: 1, cycles: 1, objectives: 2, keyResults: 1, checkIns: 3 });
const many = importedBefore({ teams: 2, cycles: 2, objectives: 1, keyResults: 4, checkIns: 1 });

function summaryIn(plan: ImportPlan, translation?: typeof german, locale = 'en') {
  const [summary] = unchangedSummary(plan);
  return problemMessage(summary!, reportReader(translation, locale));
}

it('says it in English as the CLI always has', () => {
  const [summary] = unchangedSummary(some);
  expect(summary!.message).toBe(
    'This file was imported before. Already imported, unchanged: 1 team, 1 cycle, 2 objectives, 1 key result, and 3 check-ins, left as they are; only what differs is written, updating what the earlier import made.',
  );
  expect(summaryIn(some)).toBe(summary!.message);
});

it('says it in German, each noun agreeing with its count', () => {
  expect(summaryIn(some, german, 'de-DE')).toBe(
    'Diese Datei wurde schon einmal importiert. Bereits importiert, unverändert: 1 Team, 1 Zyklus, 2 Objectives, 1 Key Result und 3 Check-ins; sie bleiben, wie sie sind. Nur was abweicht, wird geschrieben und aktualisiert, was der frühere Import angelegt hat.',
  );
  expect(summaryIn(many, german, 'de-DE')).toContain(
    'unverändert: 2 Teams, 2 Zyklen, 1 Objective, 4 Key Results und 1 Check-in;',
  );
});

it('says it in French, each noun agreeing with its count', () => {
  expect(summaryIn(some, french, 'fr-FR')).toBe(
    'Ce fichier a déjà été importé. Déjà importés, inchangés\u00a0: 1 équipe, 1 cycle, 2 objectifs, 1 résultat clé et 3 check-ins, laissés tels quels\u00a0; seul ce qui diffère est écrit, en mettant à jour ce que l’importation précédente a créé.',
  );
  expect(summaryIn(many, french, 'fr-FR')).toContain(
    'inchangés\u00a0: 2 équipes, 2 cycles, 1 objectif, 4 résultats clés et 1 check-in,',
  );
});

it('says it in Spanish, each noun agreeing with its count', () => {
  expect(summaryIn(some, spanish, 'es-ES')).toBe(
    'Este archivo ya se importó antes. Ya importados, sin cambios: 1 equipo, 1 ciclo, 2 objetivos, 1 resultado clave y 3 check-ins, se dejan como están; solo se escribe lo que difiere, actualizando lo que creó la importación anterior.',
  );
  expect(summaryIn(many, spanish, 'es-ES')).toContain(
    'sin cambios: 2 equipos, 2 ciclos, 1 objetivo, 4 resultados clave y 1 check-in,',
  );
});
