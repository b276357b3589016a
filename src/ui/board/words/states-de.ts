import { describeErrorIn } from '../../errors/error-words';
import type { StatesTranslation } from '../../errors/state-words';

/** Every page's shared states in German, with the board's terms (`de.ts`). */
export const states: StatesTranslation = {
  texts: {
    'Loading the Import page': 'Die Importseite wird geladen',
    'Loading the programme': 'Das Programm wird geladen',
    'Checking the OKR site': 'Die OKR-Website wird geprüft',
    'Set up the OKR site': 'OKR-Website einrichten',
    'Your OKRs live in SharePoint lists on your organisation’s OKR site. Some are not there yet. Setting them up adds what is missing and never changes or removes anything.':
      'Ihre OKRs liegen in SharePoint-Listen auf der OKR-Website Ihrer Organisation. Einige davon gibt es dort noch nicht. Beim Einrichten wird hinzugefügt, was fehlt; nichts Vorhandenes wird geändert oder entfernt.',
    'Missing from the OKR site': 'Was auf der OKR-Website fehlt',
    'The list “{list}”': 'Die Liste „{list}“',
    'The column “{column}” in {list}': 'Die Spalte „{column}“ in {list}',
    'An index with unique values on “{column}” in {list}':
      'Ein Index mit eindeutigen Werten für „{column}“ in {list}',
    'An index on “{column}” in {list}': 'Ein Index für „{column}“ in {list}',
    'This needs the “{manageLists}” permission, usually held by a Microsoft 365 admin. Reading and writing OKRs afterwards needs “{readWriteItems}”.':
      'Dafür ist die Berechtigung „{manageLists}“ nötig, die meist eine Microsoft 365-Administratorin oder ein Microsoft 365-Administrator hat. Zum Lesen und Schreiben von OKRs ist danach „{readWriteItems}“ nötig.',
    'Setting up…': 'Wird eingerichtet…',
    'The OKR site is set up': 'Die OKR-Website ist eingerichtet',
    'Added {what}; nothing that was there was changed.':
      'Hinzugefügt: {what}; nichts Vorhandenes wurde geändert.',
    '{count} {count|list|lists}': '{count} {count|Liste|Listen}',
    '{count} {count|column|columns}': '{count} {count|Spalte|Spalten}',
    '{count} {count|index|indexes}': '{count} {count|Index|Indizes}',
    'Open OKR Coach': 'OKR Coach öffnen',
  },
  titles: {
    'OKR board · OKR Coach': 'OKR-Board · OKR Coach',
    'Tab configuration · OKR Coach': 'Registerkarte einrichten · OKR Coach',
    'Meeting side panel · OKR Coach': 'Seitenbereich der Besprechung · OKR Coach',
    'Meeting stage · OKR Coach': 'Besprechungsphase · OKR Coach',
  },
  describeError: describeErrorIn,
};
