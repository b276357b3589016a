import type { ImportTranslation } from '../import-words';

// The core's validation messages in this language, for a draft the core refuses.
export { sayIssue } from '../../../core/issue-words';

/**
 * The Import and export page and its reports in German, with the board's words (formal „Sie“,
 * „Objective“, „Key Result“, „Check-in“, „Zyklus“); Jira's issues are its German „Vorgänge“. The
 * source tools' column names and the products' names stay as they are written.
 */
export const words: ImportTranslation = {
  // The page
  'Move in from Viva Goals or a spreadsheet': 'Umzug aus Viva Goals oder einer Tabelle',
  'Import from Viva Goals or a spreadsheet': 'Import aus Viva Goals oder einer Tabelle',
  "A Viva Goals organisation export (.zip), a Viva Goals explorer export (.csv or .xlsx), the OKR Coach template, your own sheet with one row per key result (an Objective and a Key result column; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due and Notes if you have them) or one row per objective (its key results in numbered columns: KR1, KR1 Target, KR1 Current, KR2, …), a goal list exported from another OKR tool (one row per goal with a Parent goal column, an outline number such as 1.2, key results indented under their objective, or a Type of Objective, Key result or Initiative on each row), as .csv or .xlsx, or such goal records as JSON, as a tool's API gives them, or Jira issues (CSV), as Jira's Export CSV writes them. You see what would be imported before anything is written; importing the same file again updates what it wrote and adds nothing twice.":
    'Ein Viva-Goals-Organisationsexport (.zip), ein Viva-Goals-Explorer-Export (.csv oder .xlsx), die OKR-Coach-Vorlage, Ihre eigene Tabelle mit einer Zeile pro Key Result (eine Spalte „Objective“ und eine Spalte „Key result“; dazu Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due und Notes, falls vorhanden) oder mit einer Zeile pro Objective (die Key Results in nummerierten Spalten: KR1, KR1 Target, KR1 Current, KR2, …), eine Zielliste aus einem anderen OKR-Tool (eine Zeile pro Ziel mit einer Spalte „Parent goal“, einer Gliederungsnummer wie 1.2, unter ihrem Objective eingerückten Key Results oder einem Type „Objective“, „Key result“ oder „Initiative“ in jeder Zeile) als .csv oder .xlsx, solche Zieldatensätze als JSON, wie die API eines Tools sie liefert, oder Jira-Vorgänge (CSV), wie Jiras „Export CSV“ sie schreibt. Sie sehen, was importiert würde, bevor etwas geschrieben wird; wird dieselbe Datei noch einmal importiert, aktualisiert sie, was sie geschrieben hat, und legt nichts doppelt an.',
  'Drag a file here, or': 'Ziehen Sie eine Datei hierher, oder',
  'Choose a file': 'Datei auswählen',
  'Download the template (example)': 'Vorlage herunterladen (Beispiel)',
  'Reading {file}…': '{file} wird gelesen…',
  'This file cannot be imported': 'Diese Datei kann nicht importiert werden',
  'The import reads:': 'Der Import liest:',
  // The dry run
  '{format}: what the import writes': '{format}: Das schreibt der Import',
  'Teams: {count} new; {changed} {onSite}.': 'Teams: {count} neu; {changed} {onSite}.',
  'Everything maps': 'Alles lässt sich übernehmen',
  'What is changed or left out ({count})': 'Was geändert oder ausgelassen wird ({count})',
  'What happens': 'Was geschieht',
  'Where and why': 'Wo und warum',
  Changed: 'Geändert',
  'Left out': 'Ausgelassen',
  '{count} more {count|is|are} in the report.':
    '{count} {count|weiterer steht|weitere stehen} im Bericht.',
  'Not found in your directory': 'Nicht in Ihrem Verzeichnis gefunden',
  '{count} {count|person is|people are} kept by name only: {names}.':
    '{count} {count|Person wird|Personen werden} nur mit dem Namen übernommen: {names}.',
  // The run and its outcome
  'Importing {kind}: {done} of {total}': 'Import der {kind}: {done} von {total}',
  'Import stopped': 'Import angehalten',
  'Imported, with {count} not written': 'Importiert, {count} nicht geschrieben',
  'Not imported: {count} not written': 'Nicht importiert: {count} nicht geschrieben',
  Imported: 'Importiert',
  '{written}.': '{written}.',
  'Import the file again to continue; nothing is written twice.':
    'Importieren Sie die Datei noch einmal, um fortzufahren; nichts wird doppelt geschrieben.',
  'Each is listed below with why: correct the file and import it again. What was written is updated, not made twice.':
    'Jeder Eintrag steht unten mit dem Grund: Korrigieren Sie die Datei und importieren Sie sie noch einmal. Was schon geschrieben wurde, wird aktualisiert, nicht doppelt angelegt.',
  'Not written ({count})': 'Nicht geschrieben ({count})',
  'What happened': 'Was geschah',
  'Not written': 'Nicht geschrieben',
  'Nothing to import: this file would write nothing, as everything in it is already on your site as the file has it, left as your site has it, or skipped (each named above). Choose another file to import.':
    'Nichts zu importieren: Diese Datei würde nichts schreiben, denn alles darin ist schon so auf Ihrer Website, wie die Datei es hat, bleibt, wie Ihre Website es hat, oder wird übersprungen (alles oben genannt). Wählen Sie eine andere Datei zum Importieren.',
  'Only an admin of the OKR programme can import.':
    'Nur Administratoren des OKR-Programms können importieren.',
  Stop: 'Anhalten',
  Import: 'Importieren',
  'Import again': 'Erneut importieren',
  'See the imported OKRs': 'Importierte OKRs ansehen',
  'They open in All OKRs, every team’s board, on {cycle}.':
    'Sie öffnen sich in „Alle OKRs“, dem Board aller Teams, im Zyklus {cycle}.',
  'They open in All OKRs, every team’s board, on {cycle}: the latest of the {count} cycles imported. Its cycle switcher shows the others.':
    'Sie öffnen sich in „Alle OKRs“, dem Board aller Teams, im Zyklus {cycle}: dem neuesten der {count} importierten Zyklen. Die anderen wählen Sie mit seiner Zyklusauswahl.',
  'Download the report': 'Bericht herunterladen',
  'Choose another file': 'Andere Datei auswählen',
  // Export
  'Export everything': 'Alles exportieren',
  "Every cycle, team, objective, key result, initiative and check-in, in the Viva Goals export's JSON shape (which this page imports) or as the template spreadsheet (CSV or Excel). Edit the file and import it here again: the OKRs it names are updated, not made twice.":
    'Alle Zyklen, Teams, Objectives, Key Results, Initiativen und Check-ins, in der JSON-Form des Viva-Goals-Exports (die diese Seite importiert) oder als Tabelle der Vorlage (CSV oder Excel). Bearbeiten Sie die Datei und importieren Sie sie hier wieder: Die OKRs darin werden aktualisiert, nicht doppelt angelegt.',
  'Export as JSON (.zip)': 'Als JSON exportieren (.zip)',
  'Export as CSV': 'Als CSV exportieren',
  'Export as Excel': 'Als Excel exportieren',
  'Exporting…': 'Wird exportiert…',

  // The report: kinds counted, and as a count's label
  '{count} {count|team|teams}': '{count} {count|Team|Teams}',
  '{count} {count|cycle|cycles}': '{count} {count|Zyklus|Zyklen}',
  '{count} {count|objective|objectives}': '{count} {count|Objective|Objectives}',
  '{count} {count|key result|key results}': '{count} {count|Key Result|Key Results}',
  '{count} {count|initiative|initiatives}': '{count} {count|Initiative|Initiativen}',
  '{count} {count|check-in|check-ins}': '{count} {count|Check-in|Check-ins}',
  teams: 'Teams',
  cycles: 'Zyklen',
  objectives: 'Objectives',
  'key results': 'Key Results',
  initiatives: 'Initiativen',
  'check-ins': 'Check-ins',
  // The kinds of file
  'Viva Goals organisation export': 'Viva-Goals-Organisationsexport',
  'Viva Goals explorer export': 'Viva-Goals-Explorer-Export',
  'OKR Coach template': 'OKR-Coach-Vorlage',
  'Your own sheet (one row per key result)': 'Eigene Tabelle (eine Zeile pro Key Result)',
  'Your own sheet (one row per objective, its key results in columns)':
    'Eigene Tabelle (eine Zeile pro Objective, die Key Results in Spalten)',
  'Goal tree from another OKR tool (one row per goal)':
    'Zielbaum aus einem anderen OKR-Tool (eine Zeile pro Ziel)',
  'Jira issues (CSV)': 'Jira-Vorgänge (CSV)',
  '{first}; {then}': '{first}; {then}',
  '{first}: {then}': '{first}: {then}',
  '{rows} and {count} more': '{rows} und {count} weitere',
  // Teams already on the site
  'already on your site: {teams}': 'bereits auf Ihrer Website: {teams}',
  '"{team}" ({changes})': '„{team}“ ({changes})',
  "the file's owners given": 'Verantwortliche aus der Datei übernommen',
  'its Microsoft 365 group linked': 'seine Microsoft 365-Gruppe verknüpft',
  // What a run wrote
  'Nothing was written': 'Nichts wurde geschrieben',
  "the file's owners given to {count} {count|team|teams}":
    'die Verantwortlichen aus der Datei für {count} {count|Team|Teams} übernommen',
  "the file's Microsoft 365 groups linked to {count} {count|team|teams}":
    'die Microsoft 365-Gruppen aus der Datei mit {count} {count|Team|Teams} verknüpft',
  '{written}; {given} already on your site': '{written}; {given}, die schon auf Ihrer Website sind',
  'already imported, unchanged: {counts}': 'bereits importiert, unverändert: {counts}',
  '{count} of them updated': 'davon {count} aktualisiert',
  '{count} {count|check-in|check-ins} already here left as they were':
    '{count} {count|Check-in|Check-ins}, schon hier, belassen, wie {count|er war|sie waren}',
  '{count} more already as in the file left as they were':
    '{count} weitere, schon wie in der Datei, belassen, wie sie waren',
  '{count} more changed here since the export left as they are':
    '{count} weitere, hier seit dem Export geändert, belassen, wie sie sind',
  '{written}; the file came from this site: {onSite}':
    '{written}; die Datei stammt von dieser Website: {onSite}',
  // A write that failed
  'A team': 'Ein Team',
  'A cycle': 'Ein Zyklus',
  'An objective': 'Ein Objective',
  'A key result': 'Ein Key Result',
  'An initiative': 'Eine Initiative',
  'A check-in': 'Ein Check-in',
  'The team "{title}"': 'Das Team „{title}“',
  'The cycle "{title}"': 'Der Zyklus „{title}“',
  'The objective "{title}"': 'Das Objective „{title}“',
  'The key result "{title}"': 'Das Key Result „{title}“',
  'The initiative "{title}"': 'Die Initiative „{title}“',
  'A check-in on "{title}"': 'Ein Check-in zu „{title}“',
  // Where a problem is
  'row {row}': 'Zeile {row}',
  'field "{field}"': 'Feld „{field}“',
  'item {item}': 'Element {item}',
  // The reasons
  '"{text}" is not a number (accepted: {accepted}).':
    '„{text}“ ist keine Zahl (akzeptiert: {accepted}).',
  '"{text}" is not a confidence (accepted: {accepted}).':
    '„{text}“ ist keine Zuversicht (akzeptiert: {accepted}).',
  "The row's key result is left out.": 'Das Key Result der Zeile wird ausgelassen.',
  'The row is left out.': 'Die Zeile wird ausgelassen.',
  'The confidence is left out; the key result is imported.':
    'Die Zuversicht wird ausgelassen; das Key Result wird importiert.',
  'The due date is left out; the key result is imported.':
    'Das Fälligkeitsdatum wird ausgelassen; das Key Result wird importiert.',
  'The due date is left out; the initiative is imported.':
    'Das Fälligkeitsdatum wird ausgelassen; die Initiative wird importiert.',
  'The key result has no start (baseline); it starts from 0.':
    'Das Key Result hat keinen Startwert (Ausgangswert); es beginnt bei 0.',
  'Start {start} and target {target} are read from its title.':
    'Startwert {start} und Zielwert {target} werden aus dem Titel gelesen.',
  'Start {start} and target {target} ({unit}) are read from its title.':
    'Startwert {start} und Zielwert {target} ({unit}) werden aus dem Titel gelesen.',
  "The key result is imported without the row's check-in.":
    'Das Key Result wird ohne den Check-in der Zeile importiert.',
  'The score is left out; the key result is imported.':
    'Die Bewertung wird ausgelassen; das Key Result wird importiert.',
  "The objective's score is left out; the objective is imported.":
    'Die Bewertung des Objectives wird ausgelassen; das Objective wird importiert.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar month). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (ein Kalendermonat). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar quarter). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (ein Kalenderquartal). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar half). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (ein Kalenderhalbjahr). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (ein Kalenderjahr). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a quarter of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (ein Quartal Ihres Geschäftsjahres). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a half of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (ein Halbjahr Ihres Geschäftsjahres). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen (Ihr Geschäftsjahr). Fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day}, on a fiscal year starting in January. Set the month yours starts in under Programme › Operating model, or add "Cycle start" and "Cycle end" columns for other dates.':
    'Der Zyklus „{cycle}“ wird als {start:day} bis {end:day} gelesen, auf einem Geschäftsjahr, das im Januar beginnt. Legen Sie unter Programm › Betriebsmodell fest, in welchem Monat Ihres beginnt, oder fügen Sie für andere Daten die Spalten „Cycle start“ und „Cycle end“ hinzu.',
  'The current values become check-ins dated {day:day}, the file\'s date, as the sheet has no date column (add a "{column}" column to date each one).':
    'Die aktuellen Werte werden zu Check-ins vom {day:day}, dem Datum der Datei, da die Tabelle keine Datumsspalte hat (fügen Sie eine Spalte „{column}“ hinzu, um jeden einzeln zu datieren).',
  'The {count|column|columns} {columns} {count|is|are} not read by the import and {count|is|are} ignored.':
    '{count|Die Spalte|Die Spalten} {columns} {count|wird|werden} vom Import nicht gelesen und ignoriert.',
  'The sheet has no cycle column: everything is put in {cycle}, the quarter of the file\'s date ({day:day}). Add a "Quarter" column to say otherwise.':
    'Die Tabelle hat keine Zyklus-Spalte: Alles kommt in {cycle}, das Quartal des Dateidatums ({day:day}). Fügen Sie eine Spalte „Quarter“ hinzu, um es anders anzugeben.',
  '"{team}" is already a team on your site: its OKRs go there, and no second team of that name is made.':
    '„{team}“ ist bereits ein Team auf Ihrer Website: Seine OKRs kommen dorthin, und kein zweites Team dieses Namens wird angelegt.',
  'This file was imported before. Already imported, unchanged: {counts}, left as they are; only what differs is written, updating what the earlier import made.':
    'Diese Datei wurde schon einmal importiert. Bereits importiert, unverändert: {counts}; sie bleiben, wie sie sind. Nur was abweicht, wird geschrieben und aktualisiert, was der frühere Import angelegt hat.',
  '{file} is empty.': '{file} ist leer.',
  // Teams and cycles already on the site, a header written twice, why a write was refused, the
  // downloadable report's counts and people
  'The team "{team}" in the file is called "{onSite}" on your site now: its OKRs go there, and it keeps its name.':
    'Das Team „{team}“ aus der Datei heißt auf Ihrer Website jetzt „{onSite}“: Seine OKRs kommen dorthin, und es behält seinen Namen.',
  'The team "{team}" is on your site.': 'Das Team „{team}“ ist auf Ihrer Website.',
  'The team "{team}" was imported before.': 'Das Team „{team}“ wurde schon einmal importiert.',
  "It has no owners: the file's ({owners}) become its owners.":
    'Es hat keine Verantwortlichen: Die aus der Datei ({owners}) werden seine Verantwortlichen.',
  "The file's owners ({owners}) are not applied: the team has owners on your site ({onSite}), and they are kept.":
    'Die Verantwortlichen aus der Datei ({owners}) werden nicht übernommen: Das Team hat auf Ihrer Website Verantwortliche ({onSite}), und diese bleiben.',
  "It has no Microsoft 365 group on your site: it is linked to the file's ({group}), so who is in the team is that group's membership.":
    'Es hat auf Ihrer Website keine Microsoft 365-Gruppe: Es wird mit der aus der Datei ({group}) verknüpft, sodass die Mitglieder dieser Gruppe das Team bilden.',
  "The file links it to the Microsoft 365 group {group}, but your site links it to {onSite}: the site's group is kept and {group} is not linked (if the file is right, change it in Programme, Teams).":
    'Die Datei verknüpft es mit der Microsoft 365-Gruppe {group}, Ihre Website aber mit {onSite}: Die Gruppe der Website bleibt, und {group} wird nicht verknüpft (wenn die Datei richtig ist, ändern Sie es unter Programm › Teams).',
  '"{cycle}" is already a cycle on your site with the same dates: its OKRs go there, and no second cycle of that name is made.':
    '„{cycle}“ ist bereits ein Zyklus mit denselben Daten auf Ihrer Website: Seine OKRs kommen dorthin, und kein zweiter Zyklus dieses Namens wird angelegt.',
  'The cycle "{cycle}" in the file is called "{onSite}" on your site now: its OKRs go there, and no second cycle is made.':
    'Der Zyklus „{cycle}“ aus der Datei heißt auf Ihrer Website jetzt „{onSite}“: Seine OKRs kommen dorthin, und kein zweiter Zyklus wird angelegt.',
  'The cycle "{cycle}" in the file has other dates on your site: its OKRs go there.':
    'Der Zyklus „{cycle}“ aus der Datei hat auf Ihrer Website andere Daten: Seine OKRs kommen dorthin.',
  'The cycle "{cycle}" in the file is called "{onSite}" on your site now (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.':
    'Der Zyklus „{cycle}“ aus der Datei heißt auf Ihrer Website jetzt „{onSite}“ (seine Objectives sind dort, anhand ihrer IDs gefunden): Seine OKRs kommen dorthin, und kein zweiter Zyklus wird angelegt.',
  'Your site has more than one cycle called "{cycle}" with these dates: the file\'s OKRs go to the one its objectives are in (found by their ids), and no other cycle is made.':
    'Ihre Website hat mehr als einen Zyklus namens „{cycle}“ mit diesen Daten: Die OKRs der Datei kommen in den, in dem ihre Objectives sind (anhand ihrer IDs gefunden), und kein weiterer Zyklus wird angelegt.',
  'The cycle "{cycle}" in the file has other dates on your site (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.':
    'Der Zyklus „{cycle}“ aus der Datei hat auf Ihrer Website andere Daten (seine Objectives sind dort, anhand ihrer IDs gefunden): Seine OKRs kommen dorthin, und kein zweiter Zyklus wird angelegt.',
  'Its dates on your site ({start:day} to {end:day}) are kept.':
    'Seine Daten auf Ihrer Website ({start:day} bis {end:day}) bleiben.',
  // What matching a file to the site says of the site's own OKRs
  '{count} {count|objective is|objectives are} already on your site with the same title, cycle and team, and not from an import of this file: {objectives}. The import makes a second {count|one|of each} beside {count|it|them}, with {count|its|their} key results and check-ins. To change OKRs here from a file, export them from this site and edit that file (it names them by their ids, so they are updated), change them on the board, or take these rows out of the file and import the rest.':
    '{count} {count|Objective ist|Objectives sind} bereits auf Ihrer Website, mit demselben Titel, Zyklus und Team, und nicht aus einem Import dieser Datei: {objectives}. Der Import legt neben {count|ihm|ihnen} {count|ein zweites|je ein zweites} an, mit {count|seinen|ihren} Key Results und Check-ins. Um OKRs hier aus einer Datei zu ändern, exportieren Sie sie von dieser Website und bearbeiten diese Datei (sie nennt sie bei ihren IDs, sodass sie aktualisiert werden), ändern Sie sie auf dem Board, oder nehmen Sie diese Zeilen aus der Datei und importieren Sie den Rest.',
  '"{title}" (row {row})': '„{title}“ (Zeile {row})',
  '"{title}"': '„{title}“',
  '{objectives} and {count} more': '{objectives} und {count} weitere',
  'Moved from the team "{from}" to "{to}", as the file has it: this objective goes to the team "{to}" with its key results and initiatives. To keep it in "{from}", give its row that team in the file.':
    'Aus dem Team „{from}“ nach „{to}“ verschoben, wie die Datei es angibt: Dieses Objective kommt mit seinen Key Results und Initiativen in das Team „{to}“. Um es in „{from}“ zu lassen, geben Sie seiner Zeile in der Datei dieses Team.',
  'Moved from the objective "{from}" to "{to}", as the file has it: this key result goes to the objective "{to}" with its initiatives. To keep it in "{from}", give its row that objective in the file.':
    'Aus dem Objective „{from}“ nach „{to}“ verschoben, wie die Datei es angibt: Dieses Key Result kommt mit seinen Initiativen unter das Objective „{to}“. Um es in „{from}“ zu lassen, geben Sie seiner Zeile in der Datei dieses Objective.',
  'Moved from the key result "{from}" to "{to}", as the file has it: this initiative goes to the key result "{to}". To keep it in "{from}", give its row that key result in the file.':
    'Aus dem Key Result „{from}“ nach „{to}“ verschoben, wie die Datei es angibt: Diese Initiative kommt unter das Key Result „{to}“. Um sie in „{from}“ zu lassen, geben Sie ihrer Zeile in der Datei dieses Key Result.',
  'The cycle "{cycle}" in the file is not one of your site\'s, and its objectives are in {count} cycles on your site now: {cycles}. Which one it is is not guessed, so its OKRs are not imported. Give its rows the name of the cycle they belong to (or export again) and import the file again.':
    'Der Zyklus „{cycle}“ aus der Datei ist keiner Ihrer Website, und seine Objectives liegen dort jetzt in {count} Zyklen: {cycles}. Welcher es ist, wird nicht geraten, daher werden seine OKRs nicht importiert. Geben Sie seinen Zeilen den Namen des Zyklus, zu dem sie gehören (oder exportieren Sie erneut), und importieren Sie die Datei noch einmal.',
  '"{cycle}" ({count} {count|objective|objectives})':
    '„{cycle}“ ({count} {count|Objective|Objectives})',
  'This file was exported from this site, so what it names by its ids here is updated, not made again: {outcomes}.':
    'Diese Datei wurde von dieser Website exportiert, daher wird, was sie hier bei seiner ID nennt, aktualisiert und nicht neu angelegt: {outcomes}.',
  '{count} {count|objective, key result or initiative|objectives, key results and initiatives} updated from the file':
    '{count} {count|Objective, Key Result oder Initiative|Objectives, Key Results und Initiativen} aus der Datei aktualisiert',
  '{count} {count|item|items} already as in the file, left as {count|it is|they are}':
    '{count} {count|Element|Elemente} bereits wie in der Datei, unverändert gelassen',
  '{count} {count|item|items} changed on your site since the export and different in the file, left as your site has {count|it|them} (named below)':
    '{count} {count|Element|Elemente} seit dem Export auf Ihrer Website geändert und in der Datei anders, so gelassen, wie Ihre Website {count|es|sie} hat (unten genannt)',
  '{count} {count|check-in|check-ins} already here, left as they are':
    '{count} {count|Check-in|Check-ins} bereits hier, unverändert gelassen',
  '{count} {count|new item|new items}': '{count} {count|neues Element|neue Elemente}',
  'This file was exported from your site, but your site no longer has this objective (its id {id}) in that cycle: it is imported as a new objective.':
    'Diese Datei wurde von Ihrer Website exportiert, aber Ihre Website hat dieses Objective (ID {id}) in diesem Zyklus nicht mehr: Es wird als neues Objective importiert.',
  'This file was exported from your site, but your site no longer has this key result (its id {id}) in that cycle: it is imported as a new key result.':
    'Diese Datei wurde von Ihrer Website exportiert, aber Ihre Website hat dieses Key Result (ID {id}) in diesem Zyklus nicht mehr: Es wird als neues Key Result importiert.',
  'This file was exported from your site, but your site no longer has this initiative (its id {id}) in that cycle: it is imported as a new initiative.':
    'Diese Datei wurde von Ihrer Website exportiert, aber Ihre Website hat diese Initiative (ID {id}) in diesem Zyklus nicht mehr: Sie wird als neue Initiative importiert.',
  'This file was exported from your site, but your site no longer has this check-in (its id {id}) in that cycle: it is imported as a new check-in.':
    'Diese Datei wurde von Ihrer Website exportiert, aber Ihre Website hat diesen Check-in (ID {id}) in diesem Zyklus nicht mehr: Er wird als neuer Check-in importiert.',
  'It updates the objective "{title}" an earlier import made from its issues\' Parent summary (issue {issue}): no second objective is made.':
    'Es aktualisiert das Objective „{title}“, das ein früherer Import aus der Parent summary seiner Vorgänge angelegt hat (Vorgang {issue}): Kein zweites Objective wird angelegt.',
  'It may be the objective "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).':
    'Es könnte das Objective „{title}“ sein, das ein früherer Import im selben Zyklus und Team aus der Parent summary von Vorgängen angelegt hat{rivals}: Das wird nicht geraten, daher wird es als eigenes Objective importiert. Um das richtige zu aktualisieren, exportieren Sie mit der Spalte „Issue id“ (Export CSV (all fields)).',
  'It may be any of the {count} objectives "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).':
    'Es könnte jedes der {count} Objectives „{title}“ sein, die ein früherer Import im selben Zyklus und Team aus der Parent summary von Vorgängen angelegt hat{rivals}: Das wird nicht geraten, daher wird es als eigenes Objective importiert. Um das richtige zu aktualisieren, exportieren Sie mit der Spalte „Issue id“ (Export CSV (all fields)).',
  ', as may another epic of that title in the file':
    ', wie auch ein weiteres Epic dieses Titels in der Datei',
  ', as may {count} other epics of that title in the file':
    ', wie auch {count} weitere Epics dieses Titels in der Datei',
  'It updates the objective "{title}" an earlier import made in the same cycle and team from its issues\' Parent summary (issue {issue}), the only one of that title: no second objective is made. The file has no "Issue id" column to find it by its number.':
    'Es aktualisiert das Objective „{title}“, das ein früherer Import im selben Zyklus und Team aus der Parent summary seiner Vorgänge angelegt hat (Vorgang {issue}), das einzige dieses Titels: Kein zweites Objective wird angelegt. Die Datei hat keine Spalte „Issue id“, um es über seine Nummer zu finden.',
  'The header "{header}" is written twice, in columns {read} and {unread}: column {read} is read and column {unread} is not. If column {unread} holds what should be imported, rename or remove column {read} and import again.':
    'Die Spaltenüberschrift „{header}“ steht zweimal da, in den Spalten {read} und {unread}: Spalte {read} wird gelesen, Spalte {unread} nicht. Wenn Spalte {unread} enthält, was importiert werden soll, benennen Sie Spalte {read} um oder entfernen Sie sie, und importieren Sie erneut.',
  'It was changed on your site while the import ran, so it was not written over. Import the file again to write it.':
    'Es wurde auf Ihrer Website geändert, während der Import lief, und deshalb nicht überschrieben. Importieren Sie die Datei erneut, um es zu schreiben.',
  'Your site was busy or could not be reached when it was written. Import the file again to write it.':
    'Ihre Website war ausgelastet oder nicht erreichbar, als es geschrieben wurde. Importieren Sie die Datei erneut, um es zu schreiben.',
  'Your account may not write it to the OKR lists. Ask an admin of the OKR site for access.':
    'Ihr Konto darf es nicht in die OKR-Listen schreiben. Bitten Sie eine Administration der OKR-Website um Zugriff.',
  'What an earlier import wrote for it is gone from your site. Import the file again to write it anew.':
    'Was ein früherer Import dafür geschrieben hat, ist nicht mehr auf Ihrer Website. Importieren Sie die Datei erneut, um es neu zu schreiben.',
  'Your site refused it: {reason}': 'Ihre Website hat es abgelehnt: {reason}',
  'Its owners were not set.': 'Seine Verantwortlichen wurden nicht festgelegt.',
  'Its Microsoft 365 group was not set.': 'Seine Microsoft 365-Gruppe wurde nicht festgelegt.',
  'Its owners and Microsoft 365 group were not set.':
    'Seine Verantwortlichen und seine Microsoft 365-Gruppe wurden nicht festgelegt.',
  '{planned} planned': '{planned} geplant',
  '{planned} planned, {written} written': '{planned} geplant, {written} geschrieben',
  'owners of teams already on your site':
    'Verantwortliche von Teams, die bereits auf Ihrer Website sind',
  'Microsoft 365 groups of teams already on your site':
    'Microsoft 365-Gruppen von Teams, die bereits auf Ihrer Website sind',
  '{name} is not in the directory; kept by name.':
    '{name} ist nicht im Verzeichnis; nur mit Namen übernommen.',
  // The Viva Goals organisation export's rarer reasons
  'A team needs an ID and a Team Name.': 'Ein Team braucht eine ID und einen Team Name.',
  'A time period needs an ID, a name, a Start Date and an End Date.':
    'Ein Zeitraum braucht eine ID, einen Namen, ein Start Date und ein End Date.',
  'Weight "{weight}" is not a percentage; weighted equally.':
    'Die Gewichtung „{weight}“ ist kein Prozentwert; es wird gleich gewichtet.',
  'An item needs an ID and a Title.': 'Ein Element braucht eine ID und einen Title.',
  'Type "{type}" is not one the import knows (Big rock, Kpi, Project).':
    'Den Type „{type}“ kennt der Import nicht (Big rock, Kpi, Project).',
  'Its Outcome Type "{type}" is not one the import knows ({accepted}, or done / not done such as Achieved/Not achieved): it is measured from its Start to its Target as a metric. Check it on its board after the import.':
    'Den Outcome Type „{type}“ kennt der Import nicht ({accepted} oder erledigt / nicht erledigt wie Achieved/Not achieved): Es wird als Kennzahl von seinem Start bis zu seinem Target gemessen. Prüfen Sie es nach dem Import auf seinem Board.',
  "Weight {weight} is not above 0; the key result is weighted by its Alignment's share.":
    'Die Gewichtung {weight} ist nicht größer als 0; das Key Result wird nach seinem Anteil im Alignment gewichtet.',
  "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are.":
    'Die Bewertungen von Initiativen werden nicht übernommen: Viva Goals bewertet eine Initiative nach ihrem letzten Fortschritt, den ihr Status festhält; die Bewertungen von Objectives und Key Results werden übernommen.',
  'A check-in needs an ID and the OKR ID it belongs to.':
    'Ein Check-in braucht eine ID und die OKR ID, zu der er gehört.',
  '"{text}" is not a date and time (expected YYYY-MM-DD HH:MM:SS).':
    '„{text}“ ist kein Datum mit Uhrzeit (erwartet: JJJJ-MM-TT HH:MM:SS).',
  'A check-in needs its CheckIn Date.': 'Ein Check-in braucht sein CheckIn Date.',
  'A check-in dated {date:day}, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.':
    'Ein Check-in vom {date:day}, nach dem heutigen Tag, wird ausgelassen: Ein Check-in hält fest, was gemessen wurde. Korrigieren Sie sein Datum in der Datei und importieren Sie sie erneut.',
  'This file is not part of a Viva Goals organisation export (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); it was left out.':
    'Diese Datei gehört nicht zu einem Viva-Goals-Organisationsexport (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); sie wurde ausgelassen.',
  '{value} is read as done: its key result is done or not done (1 or 0), and a value of 1 or more is done.':
    '{value} wird als erledigt gelesen: Sein Key Result ist erledigt oder nicht erledigt (1 oder 0), und ein Wert ab 1 ist erledigt.',
  '{value} is read as not done: its key result is done or not done (1 or 0), and a value of 1 or more is done.':
    '{value} wird als nicht erledigt gelesen: Sein Key Result ist erledigt oder nicht erledigt (1 oder 0), und ein Wert ab 1 ist erledigt.',
  "The people in this file are not imported as such: everyone is in the organisation's directory (Microsoft Entra ID), and the owners and check-in authors the OKRs name are matched to it by email, then by name.":
    'Die Personen in dieser Datei werden nicht als solche importiert: Alle stehen im Verzeichnis der Organisation (Microsoft Entra ID), und die Verantwortlichen und Check-in-Autoren, die die OKRs nennen, werden dort per E-Mail, dann per Name zugeordnet.',
  'Tags are not imported: OKR Coach has no tags.':
    'Tags werden nicht importiert: OKR Coach hat keine Tags.',
  'The field "{field}" (filled in {count} {count|record|records}) is not imported.':
    'Das Feld „{field}“ (in {count} {count|Datensatz|Datensätzen} ausgefüllt) wird nicht importiert.',
  'The import does not read it.': 'Der Import liest es nicht.',
  'The check-ins themselves are imported from the checkins file.':
    'Die Check-ins selbst werden aus der Datei checkins importiert.',
  'OKR Coach has one owner per objective and key result, who checks in; the Owner field is imported.':
    'OKR Coach hat eine verantwortliche Person pro Objective und Key Result, die den Check-in macht; das Feld Owner wird importiert.',
  'OKR Coach has no tags: name what a tag grouped by a team or a cycle.':
    'OKR Coach hat keine Tags: Fassen Sie, was ein Tag gruppiert hat, in einem Team oder einem Zyklus zusammen.',
  'An OKR is dated by its cycle and its check-ins.':
    'Ein OKR wird durch seinen Zyklus und seine Check-ins datiert.',
  'It is left empty.': 'Es bleibt leer.',
  '"{text}" is not a date (expected YYYY-MM-DD).':
    '„{text}“ ist kein Datum (erwartet: JJJJ-MM-TT).',
  '"{text}" is not a score: write a grade from 0.0 to 1.0.':
    '„{text}“ ist keine Bewertung: Schreiben Sie eine Note von 0,0 bis 1,0.',
  'The score is left out; the item is imported.':
    'Die Bewertung wird ausgelassen; das Element wird importiert.',
  // A goal tree's and Jira's rarer reasons
  'The sprints ({count} "Sprint" columns) are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.':
    'Die Sprints ({count} Spalten „Sprint“) werden nicht importiert: Die Zeit eines Key Results ist sein Zyklus, aus Start- und Fälligkeitsdatum seines Epics, und ein Sprint ist kein Zyklus.',
  'The sprints (column "Sprint") are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.':
    'Die Sprints (Spalte „Sprint“) werden nicht importiert: Die Zeit eines Key Results ist sein Zyklus, aus Start- und Fälligkeitsdatum seines Epics, und ein Sprint ist kein Zyklus.',
  'The row has no goal name; it is left out.':
    'Die Zeile hat keinen Zielnamen; sie wird ausgelassen.',
  'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.':
    'Die Zeilen werden als Gliederung danach gelesen, wie weit jede in der Spalte „{column}“ eingerückt ist: Die am wenigsten eingerückten Zeilen sind Objectives, die darunter eingerückten deren Key Results und die noch tiefer eingerückten Initiativen des Key Results darüber.',
  'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, and the rows indented under them their key results.':
    'Die Zeilen werden als Gliederung danach gelesen, wie weit jede in der Spalte „{column}“ eingerückt ist: Die am wenigsten eingerückten Zeilen sind Objectives, die darunter eingerückten deren Key Results.',
  'Row {row} is indented less than row {sibling} above it, but more than row {parent}, so what it belongs under is not clear: indent it as far as row {parent} or as far as row {sibling}.':
    'Zeile {row} ist weniger eingerückt als Zeile {sibling} darüber, aber weiter als Zeile {parent}; daher ist nicht klar, wozu sie gehört: Rücken Sie sie so weit ein wie Zeile {parent} oder so weit wie Zeile {sibling}.',
  'Row {row} is indented, but no row above it is less indented for it to sit under: the least-indented rows are objectives, and a key result is indented under its objective. Move the row below its objective, or indent it less.':
    'Zeile {row} ist eingerückt, aber keine Zeile darüber ist weniger eingerückt, unter der sie stehen könnte: Die am wenigsten eingerückten Zeilen sind Objectives, und ein Key Result steht eingerückt unter seinem Objective. Verschieben Sie die Zeile unter ihr Objective, oder rücken Sie sie weniger ein.',
  '"{text}" is not an outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).':
    '„{text}“ ist keine Gliederungsnummer: Nummerieren Sie die obersten Ziele mit 1, 2, 3 und die Ziele darunter mit der Nummer ihres Ziels und einer eigenen (1.1, 1.2; 1.2.1).',
  'The goal has no outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).':
    'Das Ziel hat keine Gliederungsnummer: Nummerieren Sie die obersten Ziele mit 1, 2, 3 und die Ziele darunter mit der Nummer ihres Ziels und einer eigenen (1.1, 1.2; 1.2.1).',
  'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own (a number such as 1.10 that a spreadsheet keeps as a number shows as 1.1: format the column as text and type it again).':
    'Die Gliederungsnummer „{number}“ hat auch Zeile {row}: Jedes Ziel braucht eine eigene Nummer (eine Nummer wie 1.10, die eine Tabelle als Zahl speichert, erscheint als 1.1: Formatieren Sie die Spalte als Text und geben Sie sie erneut ein).',
  'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own.':
    'Die Gliederungsnummer „{number}“ hat auch Zeile {row}: Jedes Ziel braucht eine eigene Nummer.',
  'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or add the goal numbered {above}.':
    'Die Gliederungsnummer „{number}“ ordnet das Ziel unter {above} ein, aber kein Ziel in der Datei hat diese Nummer: Nummerieren Sie es unter der Nummer seines übergeordneten Ziels, oder fügen Sie das Ziel mit der Nummer {above} hinzu.',
  'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or give the goal at the top the number {above}.':
    'Die Gliederungsnummer „{number}“ ordnet das Ziel unter {above} ein, aber kein Ziel in der Datei hat diese Nummer: Nummerieren Sie es unter der Nummer seines übergeordneten Ziels, oder geben Sie dem obersten Ziel die Nummer {above}.',
  "The goal is at level {level}, but no goal at level {above} is above it: a goal sits under the nearest row above it one level up, so the rows must run in tree order (each goal's parent above it, levels going down one at a time).":
    'Das Ziel steht auf Ebene {level}, aber darüber steht kein Ziel auf Ebene {above}: Ein Ziel gehört unter die nächste Zeile darüber, die eine Ebene höher steht; die Zeilen müssen also in Baumreihenfolge stehen (das übergeordnete Ziel jeweils darüber, die Ebenen Schritt für Schritt absteigend).',
  'Row {row}, field "{field}":': 'Zeile {row}, Feld „{field}“:',
  'Nothing is imported until the goal tree holds.':
    'Es wird nichts importiert, bis der Zielbaum stimmig ist.',
  'Read as a Jira export with Objective and Key Result issue types: the issues under them (epics, stories, tasks) are initiatives of the key result, or objective, they sit under.':
    'Als Jira-Export mit den Vorgangstypen Objective und Key Result gelesen: Die Vorgänge darunter (Epics, Storys, Aufgaben) sind Initiativen des Key Results oder Objectives, unter dem sie stehen.',
  'Read as a Jira export: each epic is an objective, the issues in it (stories, tasks, bugs) its key results, done when their status is Done, and sub-tasks initiatives of their issue.':
    'Als Jira-Export gelesen: Jedes Epic ist ein Objective, die Vorgänge darin (Storys, Aufgaben, Bugs) seine Key Results, erledigt, wenn ihr Status Done ist, und Unteraufgaben Initiativen ihres Vorgangs.',
  'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out): an objective "{summary}" is made from its Parent summary to hold the issues under it. To import the parent\'s own details, export it too (add it to the filter) and import again.':
    'Sein übergeordneter Vorgang {issue} („{summary}“) ist nicht in der Datei (der Filter des Exports hat ihn ausgelassen): Aus seiner Parent summary wird ein Objective „{summary}“ angelegt, das die Vorgänge darunter aufnimmt. Um die eigenen Angaben des übergeordneten Vorgangs zu importieren, exportieren Sie ihn mit (nehmen Sie ihn in den Filter auf) und importieren Sie erneut.',
  'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.':
    'Sein übergeordneter Vorgang {issue} („{summary}“) ist nicht in der Datei (der Filter des Exports hat ihn ausgelassen), daher wird er importiert, als hätte er keinen. Um ihn unter seinem übergeordneten Vorgang zu halten, exportieren Sie diesen mit (nehmen Sie ihn in den Filter auf) und importieren Sie erneut.',
  "Its parent, issue {issue}, is not in the file (the export's filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.":
    'Sein übergeordneter Vorgang {issue} ist nicht in der Datei (der Filter des Exports hat ihn ausgelassen), daher wird er importiert, als hätte er keinen. Um ihn unter seinem übergeordneten Vorgang zu halten, exportieren Sie diesen mit (nehmen Sie ihn in den Filter auf) und importieren Sie erneut.',
  'The value is left out.': 'Der Wert wird ausgelassen.',
  'The confidence is left out; the goal is imported.':
    'Die Zuversicht wird ausgelassen; das Ziel wird importiert.',
  'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: fill in its "{start}" and "{due}".':
    'Das Ziel hat weder Start- noch Fälligkeitsdatum, auch kein Ziel darüber oder darunter hat sie, und die Datei hat kein Datum: Füllen Sie „{start}“ und „{due}“ aus.',
  'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: add "Start date" and "Due date" columns.':
    'Das Ziel hat weder Start- noch Fälligkeitsdatum, auch kein Ziel darüber oder darunter hat sie, und die Datei hat kein Datum: Fügen Sie die Spalten „Start date“ und „Due date“ hinzu.',
  'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of its due date. Give it start and due dates, or name the cycle so, to keep it in its own.':
    'Der Zyklus „{named}“ nennt keine Daten, die der Import lesen kann (er liest Namen wie Q3 2026, H2 2026, FY2026, 2026), und das Ziel hat weder Start- noch Fälligkeitsdatum: Es kommt in {cycle}, das Quartal seines Fälligkeitsdatums. Geben Sie ihm Start- und Fälligkeitsdatum oder benennen Sie den Zyklus so, damit es in seinem eigenen bleibt.',
  'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of the file\'s date ({day:day}). Give it start and due dates, or name the cycle so, to keep it in its own.':
    'Der Zyklus „{named}“ nennt keine Daten, die der Import lesen kann (er liest Namen wie Q3 2026, H2 2026, FY2026, 2026), und das Ziel hat weder Start- noch Fälligkeitsdatum: Es kommt in {cycle}, das Quartal des Dateidatums ({day:day}). Geben Sie ihm Start- und Fälligkeitsdatum oder benennen Sie den Zyklus so, damit es in seinem eigenen bleibt.',
  "Goals without start and due dates go in {cycle}, the quarter of the file's date ({day:day}).":
    'Ziele ohne Start- und Fälligkeitsdatum kommen in {cycle}, das Quartal des Dateidatums ({day:day}).',
  // A goal list typed as an outline without a header row
  'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, and the rows indented under them their key results.':
    'Die Datei hat keine Kopfzeile: Sie wird als Gliederung danach gelesen, wie weit jede Zeile eingerückt ist, die erste Zeile als erstes Objective. Die am wenigsten eingerückten Zeilen sind Objectives, die darunter eingerückten deren Key Results.',
  'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.':
    'Die Datei hat keine Kopfzeile: Sie wird als Gliederung danach gelesen, wie weit jede Zeile eingerückt ist, die erste Zeile als erstes Objective. Die am wenigsten eingerückten Zeilen sind Objectives, die darunter eingerückten deren Key Results und die noch tiefer eingerückten Initiativen des Key Results darüber.',
  // Confidences on the organisation's scale
  'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result is imported.':
    'Die Zuversicht {confidence} liegt außerhalb Ihrer Skala von {min} bis {max}: Die Zuversicht wird ausgelassen; das Key Result wird importiert.',
  'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result and its check-in are imported.':
    'Die Zuversicht {confidence} liegt außerhalb Ihrer Skala von {min} bis {max}: Die Zuversicht wird ausgelassen; das Key Result und sein Check-in werden importiert.',
  "Confidences written as words are put on your scale of {min} to {max} at the middle of the third each names, the third the board's Confidence filter calls so: {placed}.":
    'Als Wörter geschriebene Zuversichten kommen auf Ihrer Skala von {min} bis {max} in die Mitte des Drittels, das jedes nennt, des Drittels, das der Zuversichtsfilter des Boards so nennt: {placed}.',
  'The confidences are shares of one (all 1 or less, such as 0.7): each is read out of ten, 0.7 as 7 and 1.0 as 10.':
    'Die Zuversichten sind Anteile von eins (alle 1 oder weniger, etwa 0,7): Jede wird von zehn gelesen, 0,7 als 7 und 1,0 als 10.',
  // Dates and numbers as read
  '"{text}" is not a date (accepted: {accepted}).':
    '„{text}“ ist kein Datum (akzeptiert: {accepted}).',
  '"{text}" could be {dmy} or {mdy}: column "{column}" has dates written day first and others month first. Write it as YYYY-MM-DD.':
    '„{text}“ könnte {dmy} oder {mdy} sein: Die Spalte „{column}“ hat Daten mit dem Tag zuerst und andere mit dem Monat zuerst. Schreiben Sie es als JJJJ-MM-TT.',
  '"{text}" could be {dmy} or {mdy}: no date in column "{column}" has a day above 12, and the file\'s other columns write dates both day first and month first. Write it as YYYY-MM-DD.':
    '„{text}“ könnte {dmy} oder {mdy} sein: Kein Datum in der Spalte „{column}“ hat einen Tag über 12, und die anderen Spalten der Datei schreiben Daten sowohl mit dem Tag als auch mit dem Monat zuerst. Schreiben Sie es als JJJJ-MM-TT.',
  '"{text}" could be {dmy} or {mdy}: no date in column "{column}" or elsewhere in the file has a day above 12 to tell day/month from month/day. Write it as YYYY-MM-DD.':
    '„{text}“ könnte {dmy} oder {mdy} sein: Kein Datum in der Spalte „{column}“ oder anderswo in der Datei hat einen Tag über 12, der Tag/Monat von Monat/Tag unterscheidet. Schreiben Sie es als JJJJ-MM-TT.',
  'Numbers like "{text}" are read with "{mark}" as the decimal mark ({value}).':
    'Zahlen wie „{text}“ werden mit „{mark}“ als Dezimalzeichen gelesen ({value}).',
  'Numbers like "{text}" are read with "{mark}" as the thousands separator ({value}).':
    'Zahlen wie „{text}“ werden mit „{mark}“ als Tausendertrennzeichen gelesen ({value}).',
  'Dates like "{text}" are read as day/month ({day}).':
    'Daten wie „{text}“ werden als Tag/Monat gelesen ({day}).',
  'Dates like "{text}" are read as month/day ({day}).':
    'Daten wie „{text}“ werden als Monat/Tag gelesen ({day}).',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and import it again.':
    'Nichts in der Datei zeigt, was gemeint ist, daher werden sie gelesen, wie {locale} sie schreibt. Wenn sie anders geschrieben wurde, schreiben Sie diese Zahlen ohne Tausendertrennzeichen und importieren Sie sie erneut.',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those dates as YYYY-MM-DD and import it again.':
    'Nichts in der Datei zeigt, was gemeint ist, daher werden sie gelesen, wie {locale} sie schreibt. Wenn sie anders geschrieben wurde, schreiben Sie diese Daten als JJJJ-MM-TT und importieren Sie sie erneut.',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and those dates as YYYY-MM-DD and import it again.':
    'Nichts in der Datei zeigt, was gemeint ist, daher werden sie gelesen, wie {locale} sie schreibt. Wenn sie anders geschrieben wurde, schreiben Sie diese Zahlen ohne Tausendertrennzeichen und diese Daten als JJJJ-MM-TT und importieren Sie sie erneut.',
  'Amounts written with a magnitude are read in full: "{text}" as {value} (k is a thousand, M or mn a million, bn or B a billion).':
    'Beträge mit Größenangabe werden ausgeschrieben gelesen: „{text}“ als {value} (k steht für Tausend, M oder mn für eine Million, bn oder B für eine Milliarde).',
  '"{text}" is read as {value} with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write {number}M for {value} million.':
    '„{text}“ wird als {value} mit der Einheit m (Meter, Minuten) gelesen: Ein kleines m steht nur neben einer Währung oder einer Einheit für eine Million, oder wenn die Einheit der Zeile eine Währung ist (€3.5m, 12m users). Schreiben Sie {number}M für {value} Millionen.',
  // Not written, as what it refers to was not
  'Not imported: its parent team "{title}" was not written (it is listed here too).':
    'Nicht importiert: Das übergeordnete Team „{title}“ wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  'Not imported: its cycle "{title}" was not written (it is listed here too).':
    'Nicht importiert: Der zugehörige Zyklus „{title}“ wurde nicht geschrieben (er steht ebenfalls in dieser Liste).',
  'Not imported: its team "{title}" was not written (it is listed here too).':
    'Nicht importiert: Das zugehörige Team „{title}“ wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  'Not imported: the objective it aligns to "{title}" was not written (it is listed here too).':
    'Nicht importiert: Das Objective „{title}“, auf das es ausgerichtet ist, wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  'Not imported: an objective it aligns to "{title}" was not written (it is listed here too).':
    'Nicht importiert: Ein Objective, auf das es ausgerichtet ist, „{title}“, wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  'Not imported: its objective "{title}" was not written (it is listed here too).':
    'Nicht importiert: Das zugehörige Objective „{title}“ wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  'Not imported: an OKR it rolls up from "{title}" was not written (it is listed here too).':
    'Nicht importiert: Ein OKR, aus dem sein Fortschritt kommt, „{title}“, wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  'Not imported: its key result "{title}" was not written (it is listed here too).':
    'Nicht importiert: Das zugehörige Key Result „{title}“ wurde nicht geschrieben (es steht ebenfalls in dieser Liste).',
  // A header below a title row
  'The header is on row {row}; the rows above it are not read.':
    'Die Kopfzeile steht in Zeile {row}; die Zeilen darüber werden nicht gelesen.',
  // An item the file gives more than once; a score above the top kept at the top
  "It appears more than once (first in {file}, row {row}): this row's check-in is kept in its history, and the rest of the row is the first's.":
    'Es kommt mehrfach vor (zuerst in {file}, Zeile {row}): Der Check-in dieser Zeile bleibt in seinem Verlauf, für den Rest der Zeile gilt die erste.',
  "It appears more than once (first in {file}): this row's check-in is kept in its history, and the rest of the row is the first's.":
    'Es kommt mehrfach vor (zuerst in {file}): Der Check-in dieser Zeile bleibt in seinem Verlauf, für den Rest der Zeile gilt die erste.',
  'It appears more than once (first in {file}, row {row}); the first is kept.':
    'Es kommt mehrfach vor (zuerst in {file}, Zeile {row}); das erste wird übernommen.',
  'It appears more than once (first in {file}); the first is kept.':
    'Es kommt mehrfach vor (zuerst in {file}); das erste wird übernommen.',
  '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.':
    '{percent} % liegt über dem oberen Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %). Übernommen wird 1,0, der Höchstwert.',
  '{score} ({percent}%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.':
    '{score} ({percent} %) liegt über dem oberen Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %). Übernommen wird 1,0, der Höchstwert.',
  // Objectives that name no team
  '{count} {count|objective|objectives} ({count|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.':
    '{count} {count|Objective|Objectives} ({count|Zeile|Zeilen} {rows}) {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in ein Team namens „{team}“, das der Import anlegt, sofern Ihre Website keines dieses Namens hat. Tragen Sie in der Datei {count|sein|ihr} Team ein, um {count|es|sie} in ein eigenes Team zu legen.',
  // A goal tree's and Jira's notes on rows
  '"Individual" ({count|row|rows} {rows}) marks a person\'s own OKRs, and your site keeps every OKR in a team: they go where OKRs that name no team go.':
    '„Individual“ ({count|Zeile|Zeilen} {rows}) kennzeichnet die eigenen OKRs einer Person, und Ihre Website führt jedes OKR in einem Team: Sie kommen dorthin, wohin OKRs ohne Team kommen.',
  'The latest comment on an issue (row {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Der neueste Kommentar zu einem Vorgang (Zeile {rows}) wird zur Notiz seines Check-ins. Frühere Kommentare und wer sie geschrieben hat (Jira schreibt eine Konto-ID) werden nicht importiert.',
  'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Der neueste Kommentar zu jedem von {count} Vorgängen (Zeilen {rows}) wird zur Notiz seines Check-ins. Frühere Kommentare und wer sie geschrieben hat (Jira schreibt eine Konto-ID) werden nicht importiert.',
  'The latest comment on an issue (row {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date (row {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Der neueste Kommentar zu einem Vorgang (Zeile {rows}) wird zur Notiz seines Check-ins, datiert nach dem Kommentar, wo der Vorgang kein Datum in „{column}“ hat (Zeile {dated}). Frühere Kommentare und wer sie geschrieben hat (Jira schreibt eine Konto-ID) werden nicht importiert.',
  'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date ({datedCount|row|rows} {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Der neueste Kommentar zu jedem von {count} Vorgängen (Zeilen {rows}) wird zur Notiz seines Check-ins, datiert nach dem Kommentar, wo der Vorgang kein Datum in „{column}“ hat ({datedCount|Zeile|Zeilen} {dated}). Frühere Kommentare und wer sie geschrieben hat (Jira schreibt eine Konto-ID) werden nicht importiert.',
  "The comments on an issue (row {rows}) are not imported: a comment becomes the note of a key result's check-in, and this issue is an objective or an initiative (an epic, a sub-task).":
    'Die Kommentare zu einem Vorgang (Zeile {rows}) werden nicht importiert: Ein Kommentar wird zur Notiz des Check-ins eines Key Results, und dieser Vorgang ist ein Objective oder eine Initiative (ein Epic, eine Unteraufgabe).',
  "The comments on {count} issues (rows {rows}) are not imported: a comment becomes the note of a key result's check-in, and these issues are objectives or initiatives (epics, sub-tasks).":
    'Die Kommentare zu {count} Vorgängen (Zeilen {rows}) werden nicht importiert: Ein Kommentar wird zur Notiz des Check-ins eines Key Results, und diese Vorgänge sind Objectives oder Initiativen (Epics, Unteraufgaben).',
  "The progress written on goals that are objectives ({count|row|rows} {rows}) is not imported: an objective's progress follows from its key results.":
    'Der Fortschritt, der bei Zielen steht, die Objectives sind ({count|Zeile|Zeilen} {rows}), wird nicht importiert: Der Fortschritt eines Objectives ergibt sich aus seinen Key Results.',
  'Its parent, issue {issue} ("{summary}"), is not found in the file: an objective "{summary}" is made from its Parent summary to hold the issues under it.':
    'Sein übergeordneter Vorgang {issue} („{summary}“) wird in der Datei nicht gefunden: Aus seiner Parent summary wird ein Objective „{summary}“ angelegt, das die Vorgänge darunter aufnimmt.',
  'The file has no "Issue id" column to find the epic by its number, and {count} epics in it are named "{summary}" (rows {rows}), so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.':
    'Die Datei hat keine Spalte „Issue id“, um das Epic über seine Nummer zu finden, und {count} Epics darin heißen „{summary}“ (Zeilen {rows}), daher wird nicht geraten, welches sein übergeordnetes ist: Exportieren Sie mit der Spalte „Issue id“ (Export CSV (all fields)), um es einzuordnen.',
  'The file has no "Issue id" column to find the epic by its number, and the one epic of that name (row {row}) is taken to be issue {issue}, the parent of other issues, so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.':
    'Die Datei hat keine Spalte „Issue id“, um das Epic über seine Nummer zu finden, und das einzige Epic dieses Namens (Zeile {row}) gilt als Vorgang {issue}, der übergeordnete Vorgang anderer Vorgänge, daher wird nicht geraten, welches sein übergeordnetes ist: Exportieren Sie mit der Spalte „Issue id“ (Export CSV (all fields)), um es einzuordnen.',
  'The issue whose parent is issue {issue} (row {rows}) goes under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.':
    'Der Vorgang, dessen übergeordneter Vorgang {issue} ist (Zeile {rows}), kommt unter das Epic „{epic}“ (Zeile {row}), das seine Parent summary nennt: Die Datei hat keine Spalte „Issue id“, um es über seine Nummer zu finden.',
  'The issues whose parent is issue {issue} (rows {rows}) go under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.':
    'Die Vorgänge, deren übergeordneter Vorgang {issue} ist (Zeilen {rows}), kommen unter das Epic „{epic}“ (Zeile {row}), das ihre Parent summary nennt: Die Datei hat keine Spalte „Issue id“, um es über seine Nummer zu finden.',
  'The {type} "{name}" comes before any objective or key result: in a sheet without a parent column, an initiative belongs to the nearest key result (or objective) above it. Move it below them, or add a parent column; the row is left out.':
    '„{name}“ (Typ „{type}“) steht vor jedem Objective und Key Result: In einer Tabelle ohne übergeordnete Spalte gehört eine Initiative zum nächsten Key Result (oder Objective) darüber. Verschieben Sie sie darunter oder fügen Sie eine übergeordnete Spalte hinzu; die Zeile wird ausgelassen.',
  'The type "{type}" says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.':
    'Der Typ „{type}“ sagt weder Objective noch Key Result noch Initiative (akzeptiert: {accepted}), und die Tabelle hat keine übergeordnete Spalte, um die Zeile einzuordnen; sie wird ausgelassen.',
  'The row has no type: it says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.':
    'Die Zeile hat keinen Typ: Sie sagt weder Objective noch Key Result noch Initiative (akzeptiert: {accepted}), und die Tabelle hat keine übergeordnete Spalte, um sie einzuordnen; sie wird ausgelassen.',
  // What planning an import says of teams, cycles, OKRs, check-ins and comments
  'Its parent team "{parent}" is not in the file; it is kept at the top level.':
    'Sein übergeordnetes Team „{parent}“ ist nicht in der Datei; es bleibt auf oberster Ebene.',
  'Its parent teams form a loop; "{team}" is kept at the top level.':
    'Seine übergeordneten Teams bilden eine Schleife; „{team}“ bleibt auf oberster Ebene.',
  'The time period "{period}" ends ({end:day}) before it starts ({start:day}).':
    'Der Zeitraum „{period}“ endet ({end:day}), bevor er beginnt ({start:day}).',
  'The title is longer than {max} characters; it is shortened (the full title is kept in the report).':
    'Der Titel ist länger als {max} Zeichen; er wird gekürzt (der vollständige Titel steht im Bericht).',
  'It belongs to {count} teams; it is kept in the first, "{team}".':
    'Es gehört zu {count} Teams; es wird im ersten geführt, „{team}“.',
  'Its time period "{period}" is not in the file.':
    'Sein Zeitraum „{period}“ ist nicht in der Datei.',
  'It has no time period.': 'Es hat keinen Zeitraum.',
  'It aligns to "{parent}", which is not in the file; that alignment is left out.':
    'Es ist auf „{parent}“ ausgerichtet, das nicht in der Datei ist; diese Ausrichtung wird ausgelassen.',
  'The objective it aligns to, "{parent}", is left out (see that row); so is this alignment.':
    'Das Objective, auf das es ausgerichtet ist, „{parent}“, wird ausgelassen (siehe dessen Zeile); ebenso diese Ausrichtung.',
  'Its alignments form a loop ({loop}); its alignment to "{parent}" is left out.':
    'Seine Ausrichtungen bilden eine Schleife ({loop}); seine Ausrichtung auf „{parent}“ wird ausgelassen.',
  'It is a sub-key result of "{parent}"; it is placed beside it, under the same objective, and rolls up into it.':
    'Es ist ein untergeordnetes Key Result von „{parent}“; es wird daneben unter dasselbe Objective gestellt, und sein Fortschritt fließt in dieses ein.',
  'It is a sub-key result of "{parent}", whose progress was updated by hand; it is placed beside it, under the same objective, and counts towards that objective.':
    'Es ist ein untergeordnetes Key Result von „{parent}“, dessen Fortschritt von Hand aktualisiert wurde; es wird daneben unter dasselbe Objective gestellt und zählt für dieses Objective.',
  'Its parent "{parents}" is not in the file, and it has no time period of its own to be placed under "{objective}".':
    'Sein übergeordnetes Element „{parents}“ ist nicht in der Datei, und es hat keinen eigenen Zeitraum, um unter „{objective}“ gestellt zu werden.',
  'It has no parent objective and no time period to place one in.':
    'Es hat kein übergeordnetes Objective und keinen Zeitraum, in dem eines angelegt werden könnte.',
  'It had no parent objective; it is placed under a new objective "{objective}".':
    'Es hatte kein übergeordnetes Objective; es wird unter ein neues Objective „{objective}“ gestellt.',
  'It has no metric target; it is measured as a percentage from 0 to 100 %.':
    'Es hat keinen Kennzahl-Zielwert; es wird als Prozentsatz von 0 bis 100 % gemessen.',
  'The unit is longer than {max} characters; it is shortened to “{unit}”.':
    'Die Einheit ist länger als {max} Zeichen; sie wird auf „{unit}“ gekürzt.',
  'The due date of 1 key result is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'Das Fälligkeitsdatum von 1 Key Result wird nicht übernommen: Ein Key Result ist fällig, wenn sein Zyklus endet ({end:day}). Um ein Datum zu behalten, geben Sie dem Key Result einen Zwischenzielwert an diesem Tag oder eine Initiative darunter, die dann fällig ist.',
  'The due dates of {count} key results are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'Die Fälligkeitsdaten von {count} Key Results werden nicht übernommen: Ein Key Result ist fällig, wenn sein Zyklus endet ({end:day}). Um ein Datum zu behalten, geben Sie dem Key Result einen Zwischenzielwert an diesem Tag oder eine Initiative darunter, die dann fällig ist.',
  'The due date of 1 key result (row {rows}) is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'Das Fälligkeitsdatum von 1 Key Result (Zeile {rows}) wird nicht übernommen: Ein Key Result ist fällig, wenn sein Zyklus endet ({end:day}). Um ein Datum zu behalten, geben Sie dem Key Result einen Zwischenzielwert an diesem Tag oder eine Initiative darunter, die dann fällig ist.',
  'The due dates of {count} key results ({rowCount|row|rows} {rows}) are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'Die Fälligkeitsdaten von {count} Key Results ({rowCount|Zeile|Zeilen} {rows}) werden nicht übernommen: Ein Key Result ist fällig, wenn sein Zyklus endet ({end:day}). Um ein Datum zu behalten, geben Sie dem Key Result einen Zwischenzielwert an diesem Tag oder eine Initiative darunter, die dann fällig ist.',
  'It rolls up from "{source}", which is not an objective or another key result imported from the file; that source is left out.':
    'Sein Fortschritt kommt aus „{source}“, das weder ein Objective noch ein anderes aus der Datei importiertes Key Result ist; diese Quelle wird ausgelassen.',
  'None of what it rolls up from is imported; it moves with its own check-ins.':
    'Nichts, woraus sein Fortschritt kommt, wird importiert; er folgt seinen eigenen Check-ins.',
  'Its progress in the file, {written}%, is not kept: an initiative has a status, not a progress.':
    'Der Fortschritt in der Datei, {written} %, wird nicht übernommen: Eine Initiative hat einen Status, keinen Fortschritt.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from the OKRs it rolls up from, which give {shows}%.':
    'Der Fortschritt in der Datei, {written} %, wird nicht übernommen: OKR Coach berechnet den Fortschritt aus den OKRs, aus denen er sich zusammensetzt, und diese ergeben {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give {shows}%.':
    'Der Fortschritt in der Datei, {written} %, wird nicht übernommen: OKR Coach berechnet den Fortschritt aus Startwert, Zielwert und letztem Check-in, und diese ergeben {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results and the objectives aligned to it, which give {shows}%.':
    'Der Fortschritt in der Datei, {written} %, wird nicht übernommen: OKR Coach berechnet den Fortschritt aus den Key Results und den daran ausgerichteten Objectives, und diese ergeben {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results, which give {shows}%.':
    'Der Fortschritt in der Datei, {written} %, wird nicht übernommen: OKR Coach berechnet den Fortschritt aus den Key Results, und diese ergeben {shows} %.',
  'Its progress came from its children in Viva Goals, and none of them is in the file; here it moves with its own check-ins (their history is imported).':
    'Sein Fortschritt kam in Viva Goals aus seinen untergeordneten Elementen, und keines davon ist in der Datei; hier folgt er seinen eigenen Check-ins (deren Verlauf wird importiert).',
  "It sat under an objective; it is kept under that objective's first key result.":
    'Es stand unter einem Objective; es kommt unter das erste Key Result dieses Objectives.',
  'An initiative belongs under a key result, and it has none (nor an objective with one).':
    'Eine Initiative gehört unter ein Key Result, und sie hat keines (auch kein Objective mit einem).',
  'Its task belongs under a key result, and it has none.':
    'Seine Aufgabe gehört unter ein Key Result, und es hat keines.',
  'Its {count} tasks belong under a key result, and it has none.':
    'Seine {count} Aufgaben gehören unter ein Key Result, und es hat keines.',
  'A check-in for "{item}", which is not in the file.':
    'Ein Check-in für „{item}“, das nicht in der Datei ist.',
  'Its objective or project is left out (see that row), so its check-in is too.':
    'Sein Objective oder Projekt wird ausgelassen (siehe dessen Zeile), daher auch sein Check-in.',
  'Its key result is left out (see that row), so its check-in is too.':
    'Sein Key Result wird ausgelassen (siehe dessen Zeile), daher auch sein Check-in.',
  'A check-in on a key result needs its Current Value.':
    'Ein Check-in zu einem Key Result braucht seinen Current Value.',
  'A check-in note is longer than {max} characters; it is shortened.':
    'Eine Check-in-Notiz ist länger als {max} Zeichen; sie wird gekürzt.',
  'A check-in\'s status "{status}" is not one of {statuses}; the check-in is kept without a status.':
    'Der Status „{status}“ eines Check-ins ist keiner von {statuses}; der Check-in wird ohne Status übernommen.',
  'The item it is on is left out (see that row), so the comment is too.':
    'Das Element, zu dem er gehört, wird ausgelassen (siehe dessen Zeile), daher auch der Kommentar.',
  'A comment on "{item}", which is not in the file.':
    'Ein Kommentar zu „{item}“, das nicht in der Datei ist.',
  'Its description with the check-in notes and comments is longer than {max} characters; the oldest notes are cut.':
    'Seine Beschreibung mit den Check-in-Notizen und Kommentaren ist länger als {max} Zeichen; die ältesten Notizen werden gekürzt.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.':
    '{count} {count|Objective|Objectives} {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in das Team „{team}“ der Datei, das eigene der Organisation ({file}), und kein zweites Team dieses Namens wird angelegt.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.':
    '{count} {count|Objective|Objectives} ({rowCount|Zeile|Zeilen} {rows}) {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in das Team „{team}“ der Datei, das eigene der Organisation ({file}), und kein zweites Team dieses Namens wird angelegt.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.':
    '{count} {count|Objective|Objectives} {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in das Team „{team}“ der Datei, das eigene der Organisation ({file}, Zeile {row}), und kein zweites Team dieses Namens wird angelegt.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.':
    '{count} {count|Objective|Objectives} ({rowCount|Zeile|Zeilen} {rows}) {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in das Team „{team}“ der Datei, das eigene der Organisation ({file}, Zeile {row}), und kein zweites Team dieses Namens wird angelegt.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.':
    '{count} {count|Objective|Objectives} {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in ein Team namens „{team}“, das der Import anlegt, sofern Ihre Website keines dieses Namens hat. Tragen Sie in der Datei {count|sein|ihr} Team ein, um {count|es|sie} in ein eigenes Team zu legen.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.':
    '{count} {count|Objective|Objectives} {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in ein Team namens „{team}“ für die eigenen Objectives der Organisation, das der Import anlegt, sofern Ihre Website keines dieses Namens hat.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.':
    '{count} {count|Objective|Objectives} ({rowCount|Zeile|Zeilen} {rows}) {count|nennt|nennen} kein Team: {count|Es kommt|Sie kommen} in ein Team namens „{team}“ für die eigenen Objectives der Organisation, das der Import anlegt, sofern Ihre Website keines dieses Namens hat.',
  // Viva Goals' teams, the explorer export's notes, and scores off the scale
  'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership.':
    'Das Team „{team}“ ist wie in Viva Goals mit seiner Microsoft 365-Gruppe ({group}) verknüpft: Wer zum Team gehört, ergibt sich aus der Mitgliedschaft dieser Gruppe.',
  'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership, so its {count} {count|member|members} in the file {count|is|are} not imported one by one.':
    'Das Team „{team}“ ist wie in Viva Goals mit seiner Microsoft 365-Gruppe ({group}) verknüpft: Wer zum Team gehört, ergibt sich aus der Mitgliedschaft dieser Gruppe, daher {count|wird|werden} {count|sein|seine} {count} {count|Mitglied|Mitglieder} in der Datei nicht einzeln importiert.',
  'Team "{team}" was linked to the Microsoft 365 group "{group}" in Viva Goals; the export names the group but not its id: link the team to that group (Programme, Teams, "Microsoft 365 group id").':
    'Das Team „{team}“ war in Viva Goals mit der Microsoft 365-Gruppe „{group}“ verknüpft; der Export nennt die Gruppe, aber nicht ihre ID: Verknüpfen Sie das Team mit dieser Gruppe (Programm › Teams, „Microsoft 365-Gruppen-ID“).',
  'Team "{team}": its {count} {count|member|members} {count|is|are} not imported. OKR Coach keeps a team\'s owners (imported); who is in a team is its Microsoft 365 group\'s membership.':
    'Team „{team}“: {count|Sein|Seine} {count} {count|Mitglied wird|Mitglieder werden} nicht importiert. OKR Coach führt die Verantwortlichen eines Teams (importiert); wer zu einem Team gehört, ergibt sich aus der Mitgliedschaft seiner Microsoft 365-Gruppe.',
  'In Viva Goals it was linked to the Microsoft 365 group "{group}": link the team to that group (Programme, Teams, "Microsoft 365 group id") and its members come from there.':
    'In Viva Goals war es mit der Microsoft 365-Gruppe „{group}“ verknüpft: Verknüpfen Sie das Team mit dieser Gruppe (Programm › Teams, „Microsoft 365-Gruppen-ID“), dann kommen seine Mitglieder von dort.',
  'Link the team to its Microsoft 365 group (Programme, Teams, "Microsoft 365 group id") and its members come from there.':
    'Verknüpfen Sie das Team mit seiner Microsoft 365-Gruppe (Programm › Teams, „Microsoft 365-Gruppen-ID“), dann kommen seine Mitglieder von dort.',
  'The export has no Id column (add it to the explorer view to keep every item apart): items are known by the id their children name in "Aligned To", or else by title and period.':
    'Der Export hat keine Spalte Id (fügen Sie sie der Explorer-Ansicht hinzu, um alle Elemente auseinanderzuhalten): Elemente werden an der ID erkannt, die ihre untergeordneten Elemente in „Aligned To“ nennen, sonst an Titel und Zeitraum.',
  'A row needs an Id and a Title.': 'Eine Zeile braucht eine Id und einen Title.',
  '"{type}" is not Objective, Key result or Deliverable (nor a term Viva Goals offered instead: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).':
    '„{type}“ ist weder Objective noch Key result noch Deliverable (auch kein Begriff, den Viva Goals stattdessen anbot: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).',
  'A check-in needs a "Checkin Date: YYYY-MM-DD HH:MM:SS"; found "{found}".':
    'Ein Check-in braucht ein „Checkin Date: JJJJ-MM-TT HH:MM:SS“; gefunden: „{found}“.',
  'Current Value "{text}" is not a number (accepted: {accepted}).':
    'Current Value „{text}“ ist keine Zahl (akzeptiert: {accepted}).',
  'The scores (column "Score") are kept as the closing scores Viva Goals gave: a key result\'s is the one Close a cycle proposes (where its progress earns another, the reason says Viva Goals scored it), an objective\'s is its score, and Cycle review counts them.':
    'Die Bewertungen (Spalte „Score“) werden als die abschließenden Bewertungen übernommen, die Viva Goals vergeben hat: Die eines Key Results schlägt „Zyklus abschließen“ vor (wo sein Fortschritt eine andere ergibt, nennt die Begründung Viva Goals als Quelle), die eines Objectives ist seine Bewertung, und der Zyklusrückblick zählt sie.',
  'The score is left out; the objective is imported.':
    'Die Bewertung wird ausgelassen; das Objective wird importiert.',
  'The score is left out; the row is imported.':
    'Die Bewertung wird ausgelassen; die Zeile wird importiert.',
  '{percent}% is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{percent} % liegt unter dem unteren Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %).',
  '{score} ({percent}%) is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{score} ({percent} %) liegt unter dem unteren Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %).',
  '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{percent} % liegt über dem oberen Ende der Skala; Bewertungen reichen von 0,0 bis 1,0 (0–100 %).',
  '{score} is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign ({score}%).':
    '{score} ist keine Bewertung: Bewertungen reichen von 0,0 bis 1,0 (0–100 %); ein Prozentwert wird mit seinem Zeichen geschrieben ({score} %).',
  // How the sheets' readers read a cell, a row or a column otherwise, or leave it out
  'The key result "{name}" comes before any objective: in a sheet without a parent column, a key result belongs to the nearest row above it whose type says Objective. Move it below its objective, or add a parent column.':
    'Das Key Result „{name}“ steht vor jedem Objective: In einer Tabelle ohne Spalte für das übergeordnete Ziel gehört ein Key Result zur nächsten Zeile darüber, deren Typ „Objective“ lautet. Verschieben Sie es unter sein Objective, oder fügen Sie eine Spalte für das übergeordnete Ziel hinzu.',
  'The id "{id}" is also the id of row {row}: each goal needs an id of its own.':
    'Die ID „{id}“ ist auch die ID von Zeile {row}: Jedes Ziel braucht eine eigene ID.',
  'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or name the parent by its id (column "{idColumn}").':
    'Das übergeordnete Ziel „{parent}“ könnte jedes der {count} Ziele dieses Namens sein (Zeilen {rows}): Geben Sie jedem Ziel einen eigenen Namen, oder nennen Sie das übergeordnete Ziel mit seiner ID (Spalte „{idColumn}“).',
  'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or add a "Goal ID" column and name each parent by its id.':
    'Das übergeordnete Ziel „{parent}“ könnte jedes der {count} Ziele dieses Namens sein (Zeilen {rows}): Geben Sie jedem Ziel einen eigenen Namen, oder fügen Sie eine Spalte „Goal ID“ hinzu und nennen Sie jedes übergeordnete Ziel mit seiner ID.',
  'The parent goal "{parent}" is not in the file: a parent is named by its id, as written in column "{idColumn}"; leave the cell empty for a goal at the top.':
    'Das übergeordnete Ziel „{parent}“ ist nicht in der Datei: Ein übergeordnetes Ziel wird mit seiner ID genannt, wie sie in der Spalte „{idColumn}“ steht; lassen Sie die Zelle für ein Ziel auf oberster Ebene leer.',
  'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}" or by its id (column "{idColumn}"); leave the cell empty for a goal at the top.':
    'Das übergeordnete Ziel „{parent}“ ist nicht in der Datei: Ein übergeordnetes Ziel wird mit seinem Zielnamen genannt, wie er in der Spalte „{nameColumn}“ steht, oder mit seiner ID (Spalte „{idColumn}“); lassen Sie die Zelle für ein Ziel auf oberster Ebene leer.',
  'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}"; leave the cell empty for a goal at the top.':
    'Das übergeordnete Ziel „{parent}“ ist nicht in der Datei: Ein übergeordnetes Ziel wird mit seinem Zielnamen genannt, wie er in der Spalte „{nameColumn}“ steht; lassen Sie die Zelle für ein Ziel auf oberster Ebene leer.',
  'The parent goals form a loop: {loop}. A goal cannot be its own parent or ancestor: clear the parent of the goal that belongs at the top.':
    'Die übergeordneten Ziele bilden eine Schleife: {loop}. Ein Ziel kann nicht sein eigenes übergeordnetes Ziel oder dessen Vorfahre sein: Leeren Sie das übergeordnete Ziel des Ziels, das auf die oberste Ebene gehört.',
  '"{name}" (row {row})': '„{name}“ (Zeile {row})',
  'It names {count} teams ({teams}); it is kept in the first, "{team}".':
    'Es nennt {count} Teams ({teams}); es bleibt im ersten, „{team}“.',
  'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of "{above}".':
    'Es steht unter „{initiative}“, selbst einer Initiative; Initiativen lassen sich nicht verschachteln, daher wird es eine Initiative von „{above}“.',
  'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of no key result.':
    'Es steht unter „{initiative}“, selbst einer Initiative; Initiativen lassen sich nicht verschachteln, daher wird es eine Initiative ohne Key Result.',
  '"{status}" is not a status the import knows (accepted: On track, At risk, Behind, Not started, Closed, Postponed, and the words your own sheet reads for them); the objective is imported as active.':
    '„{status}“ ist kein Status, den der Import kennt (akzeptiert: On track, At risk, Behind, Not started, Closed, Postponed und die Wörter, die Ihre eigene Tabelle dafür liest); das Objective wird als aktiv importiert.',
  'A key result belongs to one objective: it is placed under "{parent}", the first parent named; {others} {count|is|are} left out.':
    'Ein Key Result gehört zu einem Objective: Es wird unter „{parent}“ eingeordnet, das erste genannte übergeordnete Ziel; {others} {count|wird|werden} ausgelassen.',
  '"{name}"': '„{name}“',
  '"{type}" is not a kind of key result (accepted: {accepted}); it is measured by its values.':
    '„{type}“ ist keine Art von Key Result (akzeptiert: {accepted}); es wird an seinen Werten gemessen.',
  'The current value is taken from the progress ({percent}% of the way from start to target).':
    'Der aktuelle Wert wird aus dem Fortschritt übernommen ({percent} % des Wegs vom Start- zum Zielwert).',
  'The current values are not imported as check-ins: the sheet has no date column and the file no date. Add a "{column}" column.':
    'Die aktuellen Werte werden nicht als Check-ins importiert: Die Tabelle hat keine Datumsspalte und die Datei kein Datum. Fügen Sie eine Spalte „{column}“ hinzu.',
  '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}): {count|its current value becomes a check-in|their current values become check-ins} dated {day:day}, the file\'s date. Fill in "{column}" to date {count|it|each one}.':
    '{count} {count|Zeile|Zeilen} mit einem aktuellen Wert {count|hat|haben} kein Datum in „{column}“ ({count|Zeile|Zeilen} {rows}): {count|Ihr aktueller Wert wird ein Check-in|Ihre aktuellen Werte werden Check-ins} mit dem Datum {day:day}, dem Datum der Datei. Tragen Sie „{column}“ ein, um {count|ihn|jeden} zu datieren.',
  '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}), and the file has no date: {count|its current value is|their current values are} not imported as check-ins. Fill in "{column}" to import {count|it|them}.':
    '{count} {count|Zeile|Zeilen} mit einem aktuellen Wert {count|hat|haben} kein Datum in „{column}“ ({count|Zeile|Zeilen} {rows}), und die Datei hat kein Datum: {count|Ihr aktueller Wert wird|Ihre aktuellen Werte werden} nicht als Check-in importiert. Tragen Sie „{column}“ ein, um {count|ihn|sie} zu importieren.',
  'one start': 'einen einzigen Startwert',
  'one target': 'einen einzigen Zielwert',
  'one current': 'einen einzigen aktuellen Wert',
  'one progress': 'einen einzigen Fortschritt',
  'one score': 'eine einzige Bewertung',
  '"{heading}" is read as the heading of the key results listed under it, not as one of them.':
    '„{heading}“ wird als Überschrift der darunter aufgeführten Key Results gelesen, nicht als eines davon.',
  'The cell lists {lines} lines for the {count} key results in "{column}": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.':
    'Die Zelle enthält {lines} Zeilen für die {count} Key Results in „{column}“: Welche Zeile zu welchem gehört, ist nicht zu erkennen, daher wird keine gelesen. Schreiben Sie für jedes Key Result eine Zeile, ein „-“ für keines.',
  'The cell holds {one} for the {count} key results in "{column}": which one it is for cannot be told, so it is not read. Write one line for each key result, a "-" for none.':
    'Die Zelle enthält {one} für die {count} Key Results in „{column}“: Für welches Key Result der Wert gilt, ist nicht zu erkennen, daher wird die Zelle nicht gelesen. Schreiben Sie für jedes Key Result eine Zeile, ein „-“ für keines.',
  'one initiative': 'eine einzige Initiative',
  'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before), as "{listing}" lists {count} lines too. If they are one title, write it on one line.':
    'Die {lines} Zeilen von „{column}“ werden als {count} Key Results gelesen, eines pro Zeile (eine Zeile, die kleingeschrieben beginnt, setzt die vorige fort), da „{listing}“ ebenfalls {count} Zeilen enthält. Wenn sie ein einziger Titel sind, schreiben Sie ihn in eine Zeile.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line, as "{listing}" lists {count} lines too. If they are one title, write it on one line.':
    'Die {lines} Zeilen von „{column}“ werden als {count} Key Results gelesen, eines pro Zeile, da „{listing}“ ebenfalls {count} Zeilen enthält. Wenn sie ein einziger Titel sind, schreiben Sie ihn in eine Zeile.',
  'The {lines} lines of "{column}" are read as one key result, "{title}", its title broken over lines, as "{single}" holds {one} for it. To list several key results in one cell, start each line with "1.", "•" or "-" and give each its line in "{single}".':
    'Die {lines} Zeilen von „{column}“ werden als ein Key Result gelesen, „{title}“, dessen Titel über mehrere Zeilen umbrochen ist, da „{single}“ {one} dafür enthält. Um mehrere Key Results in einer Zelle aufzuführen, beginnen Sie jede Zeile mit „1.“, „•“ oder „-“ und geben Sie jedem seine Zeile in „{single}“.',
  'The {lines} lines of "{column}" are read as one key result, "{title}", as each line after the first starts in lower case, carrying on the one before.':
    'Die {lines} Zeilen von „{column}“ werden als ein Key Result gelesen, „{title}“, da jede Zeile nach der ersten kleingeschrieben beginnt und die vorige fortsetzt.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before): nothing else on the row says whether they are one title. If they are, write it on one line.':
    'Die {lines} Zeilen von „{column}“ werden als {count} Key Results gelesen, eines pro Zeile (eine Zeile, die kleingeschrieben beginnt, setzt die vorige fort): Nichts sonst in der Zeile sagt, ob sie ein einziger Titel sind. Wenn ja, schreiben Sie ihn in eine Zeile.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line: nothing else on the row says whether they are one title. If they are, write it on one line.':
    'Die {lines} Zeilen von „{column}“ werden als {count} Key Results gelesen, eines pro Zeile: Nichts sonst in der Zeile sagt, ob sie ein einziger Titel sind. Wenn ja, schreiben Sie ihn in eine Zeile.',
  "The current value is left out; the key result is imported without the row's check-in.":
    'Der aktuelle Wert wird ausgelassen; das Key Result wird ohne den Check-in der Zeile importiert.',
  "The progress is left out; the key result is imported without the row's check-in.":
    'Der Fortschritt wird ausgelassen; das Key Result wird ohne den Check-in der Zeile importiert.',
  'The row has no objective, and no row above names one: write the objective in column "{column}".':
    'Die Zeile hat kein Objective, und keine Zeile darüber nennt eines: Schreiben Sie das Objective in die Spalte „{column}“.',
  'The sheet has no cycle column: its rows go in the cycle "{cycle}", the sheet\'s name.':
    'Die Tabelle hat keine Zyklus-Spalte: Ihre Zeilen kommen in den Zyklus „{cycle}“, den Namen des Tabellenblatts.',
  'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row {row}: {cycle}). Add a "Quarter" column to say otherwise.':
    'Die Tabelle hat keine Zyklus-Spalte: Jedes Objective kommt in den Zyklus, den die Daten seiner ersten Zeile ergeben (Zeile {row}: {cycle}). Fügen Sie eine Spalte „Quarter“ hinzu, um es anders anzugeben.',
  'The row has no cycle, and the file has no date to take one from: add a "Quarter" column (e.g. Q1 2026).':
    'Die Zeile hat keinen Zyklus, und die Datei hat kein Datum, aus dem einer folgen könnte: Fügen Sie eine Spalte „Quarter“ hinzu (z. B. Q1 2026).',
  'The cycle "{cycle}" has no dates: name it like "Q1 2026", "H1 2026" or "2026", or add "Cycle start" and "Cycle end" columns. The row is left out.':
    'Der Zyklus „{cycle}“ hat keine Daten: Benennen Sie ihn wie „Q1 2026“, „H1 2026“ oder „2026“, oder fügen Sie die Spalten „Cycle start“ und „Cycle end“ hinzu. Die Zeile wird ausgelassen.',
  '"{group}" is not a Microsoft 365 group id (one looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams admin center, the team, Group id). The team "{team}" is imported without its group: link it in Programme, Teams.':
    '„{group}“ ist keine Microsoft 365-Gruppen-ID (eine sieht aus wie 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams Admin Center, das Team, Gruppen-ID). Das Team „{team}“ wird ohne seine Gruppe importiert: Verknüpfen Sie sie unter Programm › Teams.',
  'The team "{team}" is given the group {given} on row {row}; {group} is not linked.':
    'Dem Team „{team}“ wird in Zeile {row} die Gruppe {given} zugewiesen; {group} wird nicht verknüpft.',
  '"{commitment}" is not Committed or Aspirational; the objective is imported as committed.':
    '„{commitment}“ ist weder Committed noch Aspirational; das Objective wird als verbindlich importiert.',
  'The objectives\' scores (column "{column}") are kept as their closing scores, on your scale; Cycle review counts them.':
    'Die Bewertungen der Objectives (Spalte „{column}“) werden als ihre abschließenden Bewertungen auf Ihrer Skala übernommen; der Zyklusrückblick zählt sie.',
  '{score} differs from the score {kept} given to "{objective}" on row {row}; that one is kept.':
    '{score} weicht von der Bewertung {kept} ab, die „{objective}“ in Zeile {row} erhalten hat; jene wird beibehalten.',
  '"{text}" is read as {percent}%, as the row writes its other values as percentages.':
    '„{text}“ wird als {percent} % gelesen, da die Zeile ihre anderen Werte als Prozentwerte schreibt.',
  '{values} {count|is|are} read as {percents}. If {count|it is a share|they are shares} of one (0.45 for 45 %), write {count|it|them} as a percentage (45%) and import again.':
    '{values} {count|wird|werden} als {percents} gelesen. Wenn {count|es ein Anteil|es Anteile} von eins {count|ist|sind} (0,45 für 45 %), schreiben Sie {count|ihn|sie} als Prozentwert (45 %) und importieren Sie erneut.',
  'The column "{column}" says statuses (such as "{status}"), not a confidence from 1 to 10: each is kept as its check-in\'s status, as a status column would be.':
    'Die Spalte „{column}“ enthält Status (etwa „{status}“), keine Zuversicht von 1 bis 10: Jeder wird als Status seines Check-ins übernommen, wie es eine Status-Spalte würde.',
  'The scores (column "{column}") are kept as the key results\' closing scores: Close a cycle proposes each in place of the score its progress earns (the reason says it was graded in this file), and Cycle review counts it; an objective of a cycle that has ended is scored from them as closing the cycle would.':
    'Die Bewertungen (Spalte „{column}“) werden als abschließende Bewertungen der Key Results übernommen: „Zyklus abschließen“ schlägt jede anstelle der Bewertung vor, die ihr Fortschritt ergibt (die Begründung nennt diese Datei als Quelle), und der Zyklusrückblick zählt sie; ein Objective eines beendeten Zyklus wird daraus bewertet, wie es das Abschließen des Zyklus täte.',
  'The key result has no current value, so its status and notes have no check-in to go with and are left out.':
    'Das Key Result hat keinen aktuellen Wert, daher haben sein Status und seine Notizen keinen Check-in, zu dem sie gehören, und werden ausgelassen.',
  'It aligns to "{title}" of the cycle "{cycle}", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "{cycle}" in the same file.':
    'Es ist auf „{title}“ im Zyklus „{cycle}“ ausgerichtet, dessen Objectives nicht in der Datei sind; das Objective wird ohne diese Ausrichtung importiert. Um die Ausrichtung zu behalten, importieren Sie die Zeilen von „{cycle}“ in derselben Datei.',
  'No objective "{title}" is in the file\'s cycle "{cycle}"; the objective is imported without aligning to it.':
    'Im Zyklus „{cycle}“ der Datei gibt es kein Objective „{title}“; das Objective wird ohne diese Ausrichtung importiert.',
  '{count} objectives "{title}" are in the cycle "{cycle}" (in several teams): which one is meant cannot be told, so the objective is imported without aligning to it.':
    '{count} Objectives „{title}“ sind im Zyklus „{cycle}“ (in mehreren Teams): Welches gemeint ist, ist nicht zu erkennen, daher wird das Objective ohne diese Ausrichtung importiert.',
  '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "{name}".':
    '„{address}“ ist keine E-Mail-Adresse (akzeptiert: ana@contoso.com oder ein Name mit seiner E-Mail-Adresse, Ana Silva <ana@contoso.com>): Die verantwortliche Person wird in Ihrem Verzeichnis über den Namen „{name}“ gesucht.',
  '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): it is kept as the owner\'s name, and the directory is searched by that name.':
    '„{address}“ ist keine E-Mail-Adresse (akzeptiert: ana@contoso.com oder ein Name mit seiner E-Mail-Adresse, Ana Silva <ana@contoso.com>): Sie wird als Name der verantwortlichen Person übernommen, und das Verzeichnis wird nach diesem Namen durchsucht.',
  'It names {count} owners ({owners}); the first, "{first}", owns it, as each objective and key result has one owner. Name the others in its description or as owners of its key results.':
    'Es nennt {count} Verantwortliche ({owners}); die erste Person, „{first}“, ist verantwortlich, da jedes Objective und jedes Key Result eine verantwortliche Person hat. Nennen Sie die anderen in der Beschreibung oder als Verantwortliche seiner Key Results.',
  '"{text}" is the error a formula gave in the spreadsheet, not a value: fix the formula (or type the value) and import again.':
    '„{text}“ ist der Fehler einer Formel in der Tabelle, kein Wert: Korrigieren Sie die Formel (oder tippen Sie den Wert ein) und importieren Sie erneut.',
  '"{text}" could be {point} or {comma}: the file writes decimals both with "." and with ",". Write it without the thousands separator (e.g. {point}).':
    '„{text}“ könnte {point} oder {comma} sein: Die Datei schreibt Dezimalzahlen sowohl mit „.“ als auch mit „,“. Schreiben Sie die Zahl ohne Tausendertrennzeichen (z. B. {point}).',
  '"{text}" could be {point} or {comma}: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. {point}).':
    '„{text}“ könnte {point} oder {comma} sein: Keine andere Zahl in der Datei zeigt, ob „,“ oder „.“ die Dezimalstellen trennt. Schreiben Sie die Zahl ohne Tausendertrennzeichen (z. B. {point}).',
  '"{text}" is out of nothing: write progress as done out of all (3/10), as a percentage (30%) or as a share (0.3).':
    '„{text}“ ist ein Anteil von nichts: Schreiben Sie den Fortschritt als Erledigtes von allem (3/10), als Prozentwert (30 %) oder als Anteil (0,3).',
  // The template's, a wide sheet's and the lists' column limits
  'Its {column} is {length} characters long, and your site holds at most {max} there':
    'Das Feld „{column}“ ist {length} Zeichen lang, und Ihre Website fasst dort höchstens {max}',
  'Its column {column} is {length} characters long, and your site holds at most {max} there':
    'Die Spalte {column} ist {length} Zeichen lang, und Ihre Website fasst dort höchstens {max}',
  '{overlong}: the team is not imported, with its objectives. Shorten it in the file and import the file again.':
    '{overlong}: Das Team wird nicht importiert, ebenso seine Objectives. Kürzen Sie den Text in der Datei und importieren Sie die Datei erneut.',
  '{overlong}: the cycle is not imported, with its objectives. Shorten it in the file and import the file again.':
    '{overlong}: Der Zyklus wird nicht importiert, ebenso seine Objectives. Kürzen Sie den Text in der Datei und importieren Sie die Datei erneut.',
  '{overlong}: the objective is not imported, with its key results. Shorten it in the file and import the file again.':
    '{overlong}: Das Objective wird nicht importiert, ebenso seine Key Results. Kürzen Sie den Text in der Datei und importieren Sie die Datei erneut.',
  '{overlong}: the key result is not imported, with its initiatives and check-ins. Shorten it in the file and import the file again.':
    '{overlong}: Das Key Result wird nicht importiert, ebenso seine Initiativen und Check-ins. Kürzen Sie den Text in der Datei und importieren Sie die Datei erneut.',
  '{overlong}: the initiative is not imported. Shorten it in the file and import the file again.':
    '{overlong}: Die Initiative wird nicht importiert. Kürzen Sie den Text in der Datei und importieren Sie die Datei erneut.',
  '{overlong}: the check-in is not imported. Shorten it in the file and import the file again.':
    '{overlong}: Der Check-in wird nicht importiert. Kürzen Sie den Text in der Datei und importieren Sie die Datei erneut.',
  '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there: {why}. "{column}" is read on {readBy} rows.':
    '„{column}“ ist in {count} {count|Zeile|Zeilen} vom Typ {type} ausgefüllt ({count|Zeile|Zeilen} {rows}) und wird dort nicht gelesen: {why}. „{column}“ wird in Zeilen vom Typ {readBy} gelesen.',
  '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there. "{column}" is read on {readBy} rows.':
    '„{column}“ ist in {count} {count|Zeile|Zeilen} vom Typ {type} ausgefüllt ({count|Zeile|Zeilen} {rows}) und wird dort nicht gelesen. „{column}“ wird in Zeilen vom Typ {readBy} gelesen.',
  'The file is missing the {count|column|columns} {missing}. The template has the columns {columns}.':
    'Der Datei {count|fehlt die Spalte|fehlen die Spalten} {missing}. Die Vorlage hat die Spalten {columns}.',
  '"{type}" is not Objective, Key result, Initiative or Check-in.':
    '„{type}“ ist weder Objective noch Key result, Initiative oder Check-in.',
  "An objective's row has both a Score and an Objective score: its Objective score ({score}) is its score; the Score is not read.":
    'Die Zeile eines Objectives hat sowohl „Score“ als auch „Objective score“: Sein Objective score ({score}) ist seine Bewertung; „Score“ wird nicht gelesen.',
  'A check-in needs its date.': 'Ein Check-in braucht sein Datum.',
  'A check-in needs a value.': 'Ein Check-in braucht einen Wert.',
  'A {type} row needs an Id and a Title.':
    'Eine Zeile vom Typ {type} braucht eine Id und einen Title.',
  'A cycle needs a start and an end date (YYYY-MM-DD).':
    'Ein Zyklus braucht ein Start- und ein Enddatum (JJJJ-MM-TT).',
  '"{kind}" is not one of {kinds}.': '„{kind}“ ist keiner von {kinds}.',
  '"{text}" is not accepted for an objective: write "{aligned}" to roll up the objectives aligned to it beside its key results, or leave it empty.':
    '„{text}“ wird für ein Objective nicht akzeptiert: Schreiben Sie „{aligned}“, damit die darauf ausgerichteten Objectives neben seinen Key Results einfließen, oder lassen Sie das Feld leer.',
  'An initiative does not roll up: leave "Rolls up from" empty (only objectives and key results roll up).':
    'Eine Initiative fließt nicht aus anderen ein: Lassen Sie „Rolls up from“ leer (nur Objectives und Key Results fassen andere zusammen).',
  'Only a key result has phased targets: leave it empty on this row.':
    'Nur ein Key Result hat Etappenziele: Lassen Sie das Feld in dieser Zeile leer.',
  '"{text}" is not a dated target: write each as YYYY-MM-DD: value, separated by ";" (e.g. 2026-01-31: 40; 2026-02-28: 55).':
    '„{text}“ ist kein datiertes Ziel: Schreiben Sie jedes als JJJJ-MM-TT: Wert, getrennt durch „;“ (z. B. 2026-01-31: 40; 2026-02-28: 55).',
  'The columns "{first}" and "{second}" both give key result {group}\'s {field}: keep one, or number them as the key results they belong to.':
    'Die Spalten „{first}“ und „{second}“ geben beide „{field}“ von Key Result {group} an: Behalten Sie eine, oder nummerieren Sie sie nach den Key Results, zu denen sie gehören.',
  'The column "{column}" is for key result {group}, and no column holds key result {group}\'s title: add a "KR{group}" column with the titles, or number the column as the key result it belongs to.':
    'Die Spalte „{column}“ gehört zu Key Result {group}, aber keine Spalte enthält den Titel von Key Result {group}: Fügen Sie eine Spalte „KR{group}“ mit den Titeln hinzu, oder nummerieren Sie die Spalte nach dem Key Result, zu dem sie gehört.',
  '"{name}" gives objectives a value of their own ({count|row|rows} {rows}), which is not imported: an objective\'s progress follows from its key results. To keep it, give each a key result measured by it.':
    '„{name}“ gibt Objectives einen eigenen Wert ({count|Zeile|Zeilen} {rows}), der nicht importiert wird: Der Fortschritt eines Objectives ergibt sich aus seinen Key Results. Um ihn zu behalten, geben Sie jedem ein Key Result, das daran gemessen wird.',
  'The column "{column}" has no key result number, so which key result it is for cannot be told and it is not read: name it as the key result\'s ("KR{group} {column}").':
    'Die Spalte „{column}“ hat keine Key-Result-Nummer, daher ist nicht zu erkennen, zu welchem Key Result sie gehört, und sie wird nicht gelesen: Benennen Sie sie nach dem Key Result („KR{group} {column}“).',
  'Key result {group} has no title, though {given} {count|is|are} filled in; it is left out.':
    'Key Result {group} hat keinen Titel, obwohl {given} ausgefüllt {count|ist|sind}; es wird ausgelassen.',
  'an initiative has no closing score (its Status keeps how it ended); only objectives and key results are scored':
    'Eine Initiative hat keine abschließende Bewertung (ihr Status hält fest, wie sie endete); nur Objectives und Key Results werden bewertet',
  'an initiative has no closing score (its Status keeps how it ended)':
    'Eine Initiative hat keine abschließende Bewertung (ihr Status hält fest, wie sie endete)',
  "a check-in has no score: a key result is scored when its cycle closes, by its own row's Score":
    'Ein Check-in hat keine Bewertung: Ein Key Result wird bewertet, wenn sein Zyklus abgeschlossen wird, über „Score“ in seiner eigenen Zeile',
  "a check-in has no score: an objective's is its own row's Objective score":
    'Ein Check-in hat keine Bewertung: Die eines Objectives ist „Objective score“ in seiner eigenen Zeile',
  'a check-in is told by its Parent and Date; write what it says in Note':
    'Ein Check-in wird an „Parent“ und „Date“ erkannt; schreiben Sie, was er sagt, in „Note“',
  "a key result's current value comes from its Check-in rows (Type Check-in, Parent the key result's Id, Date, Value)":
    'Der aktuelle Wert eines Key Results kommt aus seinen Check-in-Zeilen (Type Check-in, Parent die Id des Key Results, Date, Value)',
  'a note belongs on a Check-in row': 'Eine Notiz gehört in eine Check-in-Zeile',
  "a key result's dates are its cycle's": 'Die Daten eines Key Results sind die seines Zyklus',
  "an objective's progress comes from its key results":
    'Der Fortschritt eines Objectives ergibt sich aus seinen Key Results',
  'an initiative keeps a title, owner, status, date and link':
    'Eine Initiative hat einen Titel, eine verantwortliche Person, einen Status, ein Datum und einen Link',
  "an initiative's progress is its Status": 'Der Fortschritt einer Initiative ist ihr Status',
  "owner's name": 'Name der verantwortlichen Person',
  "owner's email": 'E-Mail-Adresse der verantwortlichen Person',
  "owner's id": 'ID der verantwortlichen Person',
  "author's name": 'Name des Verfassers',
  "author's email": 'E-Mail-Adresse des Verfassers',
  "author's id": 'ID des Verfassers',
  link: 'Link',
  unit: 'Einheit',
  'id in the file': 'ID in der Datei',
  'Microsoft 365 group id': 'Microsoft 365-Gruppen-ID',
  'meeting id': 'Besprechungs-ID',
  name: 'Name',
  title: 'Titel',
  owner: 'Verantwortliche Person',
  'owner email': 'E-Mail-Adresse der verantwortlichen Person',
  start: 'Startwert',
  target: 'Zielwert',
  current: 'Aktueller Wert',
  progress: 'Fortschritt',
  confidence: 'Zuversicht',
  status: 'Status',
  type: 'Art',
  due: 'Fälligkeit',
  date: 'Datum',
  notes: 'Notizen',
  score: 'Bewertung',
  // What the import reads
  'A Viva Goals organisation export: the .zip of JSON files as Viva Goals gave it.':
    'Ein Viva-Goals-Organisationsexport: die .zip-Datei mit JSON-Dateien, wie Viva Goals sie geliefert hat.',
  'A Viva Goals explorer export (.csv or .xlsx): "Title" and "Object Type" columns.':
    'Ein Viva-Goals-Explorer-Export (.csv oder .xlsx): Spalten „Title“ und „Object Type“.',
  'The OKR Coach template (.csv or .xlsx): "Type" and "Title" columns ("Download the template" has every column the import reads).':
    'Die OKR-Coach-Vorlage (.csv oder .xlsx): Spalten „Type“ und „Title“ („Vorlage herunterladen“ enthält jede Spalte, die der Import liest).',
  'Your own sheet, one row per key result: an "Objective" and a "Key result" (or "KR") column.':
    'Ihre eigene Tabelle, eine Zeile pro Key Result: eine Spalte „Objective“ und eine Spalte „Key result“ (oder „KR“).',
  'Your own sheet, one row per objective: an "Objective" column and numbered key result columns ("KR1", "KR2", …).':
    'Ihre eigene Tabelle, eine Zeile pro Objective: eine Spalte „Objective“ und nummerierte Key-Result-Spalten („KR1“, „KR2“, …).',
  'Jira issues (CSV): Jira\'s "Export CSV (all fields)" as it is (Summary, Issue key, Issue Type, Parent).':
    'Jira-Vorgänge (CSV): Jiras „Export CSV (all fields)“, wie er ist (Summary, Issue key, Issue Type, Parent).',
  'A goal list from another tool (Lattice, Asana, …), one row per goal: a goal column ("Goal name", "Summary") and a parent column ("Parent goal", "Parent ID"), an outline number ("Order": 1, 1.1), a level ("Level": 1, 2) or a type on each row (Objective, Key result); or a JSON file of such goal records, as a tool\'s API gives them.':
    'Eine Zielliste aus einem anderen Tool (Lattice, Asana, …), eine Zeile pro Ziel: eine Zielspalte („Goal name“, „Summary“) und eine übergeordnete Spalte („Parent goal“, „Parent ID“), eine Gliederungsnummer („Order“: 1, 1.1), eine Ebene („Level“: 1, 2) oder einen Typ in jeder Zeile (Objective, Key result); oder eine JSON-Datei solcher Zieldatensätze, wie die API eines Tools sie liefert.',
  // Whole files refused, what reading says of the whole file, a goal tree not placed
  'An outline of goals in one column (.txt, .csv or .xlsx), a header row or none: each objective on a line of its own, its key results indented under it.':
    'Eine Gliederung von Zielen in einer Spalte (.txt, .csv oder .xlsx), mit oder ohne Kopfzeile: jedes Objective in einer eigenen Zeile, seine Key Results darunter eingerückt.',
  '{file} is a Word document, not a spreadsheet. If your OKRs are in a table in it, copy the table into Excel and save that as an Excel Workbook (.xlsx).':
    '{file} ist ein Word-Dokument, keine Tabelle. Stehen Ihre OKRs darin in einer Tabelle, kopieren Sie diese nach Excel und speichern Sie sie als Excel-Arbeitsmappe (.xlsx).',
  '{file} is a PowerPoint presentation, not a spreadsheet.':
    '{file} ist eine PowerPoint-Präsentation, keine Tabelle.',
  '{file} is an Excel Binary Workbook (.xlsb), which the import cannot read. Open it in Excel and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".':
    '{file} ist eine Excel-Binärarbeitsmappe (.xlsb), die der Import nicht lesen kann. Öffnen Sie sie in Excel und speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als „CSV UTF-8“.',
  '{file} is an Apple Numbers spreadsheet, which the import cannot read. In Numbers, choose File > Export To > Excel (or CSV) and import that.':
    '{file} ist eine Apple-Numbers-Tabelle, die der Import nicht lesen kann. Wählen Sie in Numbers „Ablage > Exportieren > Excel“ (oder CSV) und importieren Sie diese Datei.',
  '{file} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) or as "CSV UTF-8" and import that.':
    '{file} ist eine OpenDocument-Tabelle (.ods). Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als „CSV UTF-8“ und importieren Sie diese Datei.',
  '{file} is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the import cannot read. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".':
    '{file} ist eine Excel-97-2003-Arbeitsmappe (.xls) oder eine kennwortgeschützte Arbeitsmappe, die der Import nicht lesen kann. Öffnen Sie sie in Excel, entfernen Sie ein etwaiges Kennwort und speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als „CSV UTF-8“.',
  '{file} is a PDF document, not a spreadsheet: the import cannot read OKRs from a PDF. Export them from the tool that made it as CSV or Excel.':
    '{file} ist ein PDF-Dokument, keine Tabelle: Aus einem PDF kann der Import keine OKRs lesen. Exportieren Sie sie aus dem Tool, das es erstellt hat, als CSV oder Excel.',
  '{file} is a PNG image, not a spreadsheet.': '{file} ist ein PNG-Bild, keine Tabelle.',
  '{file} is a JPEG image, not a spreadsheet.': '{file} ist ein JPEG-Bild, keine Tabelle.',
  '{file} is a GIF image, not a spreadsheet.': '{file} ist ein GIF-Bild, keine Tabelle.',
  '{file} is a web page (HTML), not a spreadsheet, though it may be named .xls: some tools\' "Export Excel" (Jira\'s among them) write one. Export as CSV instead (in Jira: Export, then "Export CSV (all fields)"), or open it in Excel and save it as an Excel Workbook (.xlsx).':
    '{file} ist eine Webseite (HTML), keine Tabelle, auch wenn sie auf .xls enden mag: Der „Export Excel“ mancher Tools (auch Jiras) schreibt eine solche. Exportieren Sie stattdessen als CSV (in Jira: Exportieren, dann „Export CSV (all fields)“), oder öffnen Sie sie in Excel und speichern Sie sie als Excel-Arbeitsmappe (.xlsx).',
  '{file} is one file of a Viva Goals organisation export. Import the whole export: the .zip file as Viva Goals gave it (it holds the objectives, check-ins, teams and time periods together), not one file taken out of it.':
    '{file} ist eine einzelne Datei eines Viva-Goals-Organisationsexports. Importieren Sie den ganzen Export: die .zip-Datei, wie Viva Goals sie geliefert hat (sie enthält Objectives, Check-ins, Teams und Zeiträume zusammen), nicht eine einzelne Datei daraus.',
  "{file} is a JSON file with no list of records in it: the import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them).":
    '{file} ist eine JSON-Datei ohne Liste von Datensätzen: Der Import liest JSON in einem Viva-Goals-Organisationsexport (.zip) oder eine Datei mit Zieldatensätzen (ein Array davon, ein Datensatz pro Ziel, wie die API eines Tools sie liefert).',
  '{file} cannot be opened: it is a ZIP file (as an Excel workbook (.xlsx) and a Viva Goals export are) that is damaged, cut off or password-protected. Download or save it again and import that. (Technical detail: {error})':
    '{file} kann nicht geöffnet werden: Es ist eine ZIP-Datei (wie eine Excel-Arbeitsmappe (.xlsx) und ein Viva-Goals-Export), die beschädigt, abgeschnitten oder kennwortgeschützt ist. Laden Sie sie erneut herunter oder speichern Sie sie erneut, und importieren Sie diese. (Technische Details: {error})',
  "{file} is not valid JSON: it may be cut off or damaged, so no goal records can be read from it. The import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them). (Technical detail: {error})":
    '{file} ist kein gültiges JSON: Die Datei ist vielleicht abgeschnitten oder beschädigt, daher können keine Zieldatensätze daraus gelesen werden. Der Import liest JSON in einem Viva-Goals-Organisationsexport (.zip) oder eine Datei mit Zieldatensätzen (ein Array davon, ein Datensatz pro Ziel, wie die API eines Tools sie liefert). (Technische Details: {error})',
  '{file} holds no Viva Goals objectives file (objectives_export_file_….json).':
    '{file} enthält keine Viva-Goals-Objectives-Datei (objectives_export_file_….json).',
  '{file} cannot be unpacked: its part {part} is damaged or cut off. Download or export the file again and import that. (Technical detail: {error})':
    '{file} kann nicht entpackt werden: Der Teil {part} ist beschädigt oder abgeschnitten. Laden Sie die Datei erneut herunter oder exportieren Sie sie erneut, und importieren Sie diese. (Technische Details: {error})',
  '{file} is empty: it has no rows with anything in them.':
    '{file} ist leer: Sie hat keine Zeilen mit Inhalt.',
  '{file} is empty: none of its sheets has rows with anything in them.':
    '{file} ist leer: Keines ihrer Blätter hat Zeilen mit Inhalt.',
  '{file} is empty: a goal tree starts with a header row (Goal name, Parent goal, …).':
    '{file} ist leer: Ein Zielbaum beginnt mit einer Kopfzeile (Goal name, Parent goal, …).',
  '{file} is empty: your own sheet starts with a header row (Objective, Key result, …).':
    '{file} ist leer: Ihre eigene Tabelle beginnt mit einer Kopfzeile (Objective, Key result, …).',
  '{file} is empty: the template starts with a header row ({columns}).':
    '{file} ist leer: Die Vorlage beginnt mit einer Kopfzeile ({columns}).',
  '{file} is empty: it starts with a header row (Objective, KR1, …).':
    '{file} ist leer: Sie beginnt mit einer Kopfzeile (Objective, KR1, …).',
  '{file} is empty: an explorer export starts with a header row.':
    '{file} ist leer: Ein Explorer-Export beginnt mit einer Kopfzeile.',
  'is {size}, more than the {max} an import takes at once. Export one time period (or one team) at a time and import each.':
    'ist {size} groß, mehr als die {max}, die ein Import auf einmal aufnimmt. Exportieren Sie jeweils einen Zeitraum (oder ein Team) und importieren Sie jeden einzeln.',
  'unpacks to more than {max} (at {part}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.':
    'wird entpackt größer als {max} (bei {part}); sie wird abgelehnt, da sie eine ZIP-Bombe sein könnte. Exportieren Sie weniger Zeiträume auf einmal.',
  'a cell in this row opens with a double quote (") that is never closed, so everything after it to the end of the file would be read as one cell. The file may have been cut off: export or save it again; or close the quote (a quote inside a quoted cell is written twice, "").':
    'Eine Zelle in dieser Zeile beginnt mit einem Anführungszeichen ("), das nie geschlossen wird; alles danach bis zum Dateiende würde daher als eine Zelle gelesen. Die Datei wurde vielleicht abgeschnitten: Exportieren oder speichern Sie sie erneut, oder schließen Sie das Anführungszeichen (ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben: "").',
  'has its header row but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.':
    'hat ihre Kopfzeile, aber darunter keine Zeilen mit etwas zu importieren. Füllen Sie die Zeilen unter der Kopfzeile aus, oder wählen Sie die Datei, die sie enthält.',
  'has its header row (sheet "{sheet}") but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.':
    'hat ihre Kopfzeile (Blatt „{sheet}“), aber darunter keine Zeilen mit etwas zu importieren. Füllen Sie die Zeilen unter der Kopfzeile aus, oder wählen Sie die Datei, die sie enthält.',
  'should hold a JSON array of records.': 'sollte ein JSON-Array von Datensätzen enthalten.',
  'is not valid JSON: the file is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})':
    'ist kein gültiges JSON: Die Datei ist beschädigt oder abgeschnitten. Der Export wurde vielleicht geändert oder nicht vollständig kopiert: Importieren Sie die .zip-Datei so, wie Viva Goals sie geliefert hat. (Technische Details: {error})',
  'is not valid JSON: record {record} is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})':
    'ist kein gültiges JSON: Datensatz {record} ist beschädigt oder abgeschnitten. Der Export wurde vielleicht geändert oder nicht vollständig kopiert: Importieren Sie die .zip-Datei so, wie Viva Goals sie geliefert hat. (Technische Details: {error})',
  'It is left out.': 'Sie wird ausgelassen.',
  'is missing the {count|column|columns} {missing}. An explorer export has the columns {columns}.':
    '{count|fehlt die Spalte|fehlen die Spalten} {missing}. Ein Explorer-Export hat die Spalten {columns}.',
  'The file\'s {count} JSON records are read as the rows of a sheet whose columns are their fields (a nested field\'s as "parentGoal id"): record 1 is row 2.':
    'Die {count} JSON-Datensätze der Datei werden als Zeilen einer Tabelle gelesen, deren Spalten ihre Felder sind (ein verschachteltes Feld als „parentGoal id“): Datensatz 1 ist Zeile 2.',
  'The file is not UTF-8; it is read as Windows-1252 (Western European), the encoding Excel uses for "CSV (Comma delimited)". If accented letters look wrong, save it from Excel as "CSV UTF-8" and import again.':
    'Die Datei ist nicht UTF-8-codiert; sie wird als Windows-1252 (Westeuropäisch) gelesen, die Codierung, die Excel für „CSV (Trennzeichen-getrennt)“ verwendet. Sehen Umlaute und Akzente falsch aus, speichern Sie sie aus Excel als „CSV UTF-8“ und importieren Sie erneut.',
  'Read from the {count|sheet|sheets} {read}.':
    'Gelesen {count|aus dem Blatt|aus den Blättern} {read}.',
  'Read from the {count|sheet|sheets} {read}; the {unreadCount|sheet|sheets} {unread} {unreadCount|is|are} not read (no header in that layout).':
    'Gelesen {count|aus dem Blatt|aus den Blättern} {read}; {unreadCount|das Blatt|die Blätter} {unread} {unreadCount|wird|werden} nicht gelesen (keine Kopfzeile in diesem Aufbau).',
  'The goals cannot be placed in a tree: {why}. Add {places}.':
    'Die Ziele lassen sich nicht in einen Baum einordnen: {why}. Ergänzen Sie {places}.',
  'it has no parent column': 'es gibt keine Spalte für das übergeordnete Ziel',
  'its column "{column}" numbers the goals without numbers under them (1.1, 1.2)':
    'die Spalte „{column}“ nummeriert die Ziele ohne Unternummern (1.1, 1.2)',
  'its column "{column}" does not give every goal a level as a number (1, 2, 3)':
    'die Spalte „{column}“ gibt nicht jedem Ziel eine Ebene als Zahl (1, 2, 3)',
  'its column "{column}" does not say which goals are objectives and which key results':
    'die Spalte „{column}“ sagt nicht, welche Ziele Objectives und welche Key Results sind',
  'a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column numbering the goals 1, 1.1, 1.2 ("Order", "Outline", "No.", "#", "WBS"); or a level column giving their depth 1, 2, 3 ("Level", "Depth", "Indent"), each goal below its parent; or a type column saying on each row whether it is an objective or a key result ({roles}), each key result below its objective (and an initiative, {initiatives}, below its key result)':
    'eine Spalte, die das übergeordnete Ziel jedes Ziels nennt („Parent goal“, „Parent“, „Contributes to“; oder „Parent ID“ mit seiner ID); oder eine Gliederungsspalte, die die Ziele 1, 1.1, 1.2 nummeriert („Order“, „Outline“, „No.“, „#“, „WBS“); oder eine Ebenenspalte mit ihrer Tiefe 1, 2, 3 („Level“, „Depth“, „Indent“), jedes Ziel unter seinem übergeordneten; oder eine Typspalte, die in jeder Zeile sagt, ob es ein Objective oder ein Key Result ist ({roles}), jedes Key Result unter seinem Objective (und eine Initiative, {initiatives}, unter ihrem Key Result)',
  'If the file is of another kind:': 'Ist die Datei von anderer Art:',
  'A Viva Goals explorer export needs "Title" and "Object Type" columns, the template "Type" and "Title" (Type, Id, Parent, Title, …), your own sheet an objective column ("Objective") and a key result column ("Key result" or "KR") or numbered key result columns ("KR1", "KR2", …), a goal tree a goal column ("Goal name") and a parent column ("Parent goal" or "Parent ID"), an outline column ("Order": 1, 1.1, 1.2), a level column ("Level": 1, 2) or a type column saying Objective or Key result on each row; the template ("Download the template" on the import page) has every column the import reads.':
    'Ein Viva-Goals-Explorer-Export braucht die Spalten „Title“ und „Object Type“, die Vorlage „Type“ und „Title“ (Type, Id, Parent, Title, …), Ihre eigene Tabelle eine Objective-Spalte („Objective“) und eine Key-Result-Spalte („Key result“ oder „KR“) oder nummerierte Key-Result-Spalten („KR1“, „KR2“, …), ein Zielbaum eine Zielspalte („Goal name“) und eine Spalte für das übergeordnete Ziel („Parent goal“ oder „Parent ID“), eine Gliederungsspalte („Order“: 1, 1.1, 1.2), eine Ebenenspalte („Level“: 1, 2) oder eine Typspalte, die in jeder Zeile Objective oder Key result sagt; die Vorlage („Vorlage herunterladen“ auf der Importseite) hat jede Spalte, die der Import liest.',
  // A file of no kind the import knows: what each sheet has, and lacks
  '{file} is not a file the import knows: {looked}.':
    '{file} ist keine Datei, die der Import kennt: {looked}.',
  'the file has the headers {headers}': 'Die Datei hat die Spaltenüberschriften {headers}',
  'the file has the headers {headers} (row {row})':
    'Die Datei hat die Spaltenüberschriften {headers} (Zeile {row})',
  'sheet "{sheet}" has the headers {headers}':
    'Blatt „{sheet}“ hat die Spaltenüberschriften {headers}',
  'sheet "{sheet}" has the headers {headers} (row {row})':
    'Blatt „{sheet}“ hat die Spaltenüberschriften {headers} (Zeile {row})',
  'the file is empty': 'Die Datei ist leer',
  'sheet "{sheet}" is empty': 'Blatt „{sheet}“ ist leer',
  '{headers}': '{headers}',
  '{headers} and {count} more': '{headers} und {count} weitere',
  '{what}: {needs}': '{what}: {needs}',
  'for your own sheet it also needs a key result column (named one of {names})':
    'als eigene Tabelle braucht sie auch eine Key-Result-Spalte (benannt als eine von {names})',
  'for your own sheet it also needs an objective column (named one of {names})':
    'als eigene Tabelle braucht sie auch eine Objective-Spalte (benannt als eine von {names})',
  'for one row per objective with its key results in columns it also needs an objective column (named one of {names})':
    'mit einer Zeile pro Objective und seinen Key Results in Spalten braucht sie auch eine Objective-Spalte (benannt als eine von {names})',
  'for a goal tree it also needs {places}': 'als Zielbaum braucht sie auch {places}',
};
