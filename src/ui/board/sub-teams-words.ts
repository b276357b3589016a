/**
 * What a parent team's board says of the teams under it (`SubTeams`), in its own chunk: the board's
 * first screen carries none of it.
 */
import { createCatalogue, type MessageParams } from '../../core/i18n';

const subTeamsWords = createCatalogue(
  {
    '{team} has no objectives in {cycle}': '{team} has no objectives in {cycle}',
    'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.':
      'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.',
    'Showing {team} with the teams under it: {teams}.':
      'Showing {team} with the teams under it: {teams}.',
    'Show the teams under {team}': 'Show the teams under {team}',
    'Only {team}': 'Only {team}',
  },
  {
    de: {
      '{team} has no objectives in {cycle}': '{team} hat keine Objectives in {cycle}',
      'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.':
        'Die Teams unter {team} haben {count} {count|Objective|Objectives} in {cycle}: {teams}.',
      'Showing {team} with the teams under it: {teams}.':
        'Angezeigt wird {team} mit den Teams darunter: {teams}.',
      'Show the teams under {team}': 'Teams unter {team} anzeigen',
      'Only {team}': 'Nur {team}',
    },
    fr: {
      '{team} has no objectives in {cycle}': '{team} n’a aucun objectif dans {cycle}',
      'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.':
        'Les équipes sous {team} ont {count} {count|objectif|objectifs} dans {cycle}\u00a0: {teams}.',
      'Showing {team} with the teams under it: {teams}.':
        '{team} est affichée avec les équipes qui en dépendent\u00a0: {teams}.',
      'Show the teams under {team}': 'Afficher les équipes sous {team}',
      'Only {team}': 'Seulement {team}',
    },
    es: {
      '{team} has no objectives in {cycle}': '{team} no tiene objetivos en {cycle}',
      'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.':
        'Los equipos bajo {team} tienen {count} {count|objetivo|objetivos} en {cycle}: {teams}.',
      'Showing {team} with the teams under it: {teams}.':
        'Se muestra {team} con los equipos que dependen de él: {teams}.',
      'Show the teams under {team}': 'Mostrar los equipos bajo {team}',
      'Only {team}': 'Solo {team}',
    },
  },
);

export type SubTeamsText = (typeof subTeamsWords.keys)[number];

/** The sub-teams' words in the reader's locale (English where it has none of its own). */
export const saySubTeams =
  (locale: string) =>
  (text: SubTeamsText, params?: MessageParams): string =>
    subTeamsWords.format(text, params, locale);

/** "Alpha, Beta and Gamma", as the locale joins a list. */
export const listOf = (names: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
