import { kindWordsFor } from '../../../core/kind-words';
import { sayIssue } from '../../../core/issue-words';
import { statusWordsFor } from '../../../core/status-words';
import type { LocaleWords } from '../locale-words';
import { meeting } from './meeting-de';
import { states } from './states-de';
import { coach } from './coach-de';
import { config } from './config-de';
import { programme } from './programme-de';
import { editors } from './editors-de';

/**
 * The board in German, as Microsoft 365 writes German: formal „Sie“, „Objective“, „Key Result“
 * and „Check-in“ kept as the add-in's words and the core's messages keep them. Viva Goals' German
 * documentation (machine-translated) wavers between „Ziele“, „wichtige Ergebnisse“ and
 * „Schlüsselergebnisse“; its check-in button is „Einchecken“, as the board's rows say:
 * https://learn.microsoft.com/de-de/viva/goals/configure-okr-model,
 * https://support.microsoft.com/de-de/topic/viva-goals-schnellstart-web-app-1b39a4b9-fcf1-4078-9f81-49593e667e9d
 * Its views of OKRs across teams are their „Ausrichtung“, as the tab's Alignment view is:
 * https://support.microsoft.com/de-de/topic/zusammenarbeiten-mit-viva-goals-43673d1c-0dd7-42ba-97aa-6e712db171d1
 */
export const words: LocaleWords = {
  language: 'de',
  board: {
    // Every page of the tab
    'Try again': 'Erneut versuchen',
    'Why we use OKRs': 'Warum wir OKRs nutzen',
    // The board and its states
    'Loading the OKR board': 'Das OKR-Board wird geladen',
    'Objectives and key results': 'Objectives und Key Results',
    'My OKRs': 'Meine OKRs',
    'All OKRs': 'Alle OKRs',
    'OKR board': 'OKR-Board',
    '{board}, {cycle}': '{board}, {cycle}',
    'New objective': 'Neues Objective',
    'No OKR cycle is running': 'Derzeit läuft kein OKR-Zyklus',
    'When your organisation starts a cycle (a quarter, say), its OKRs show up here.':
      'Sobald Ihre Organisation einen Zyklus startet (etwa ein Quartal), werden seine OKRs hier angezeigt.',
    'Create the first cycle in the Programme, or bring in the OKRs you already have from Viva Goals or a spreadsheet.':
      'Erstellen Sie den ersten Zyklus im Programm, oder übernehmen Sie Ihre vorhandenen OKRs aus Viva Goals oder einer Tabelle.',
    'Create a cycle': 'Zyklus erstellen',
    'Import OKRs': 'OKRs importieren',
    'Nothing matches': 'Keine Treffer',
    'No objective or key result on this board matches the search and filters.':
      'Kein Objective und kein Key Result auf diesem Board entspricht der Suche und den Filtern.',
    'Clear filters': 'Filter löschen',
    'No objectives': 'Keine Objectives',
    'This cycle is closed.': 'Dieser Zyklus ist abgeschlossen.',
    'No objectives yet': 'Noch keine Objectives',
    'Start with one objective: where do you want to be at the end of the cycle, and why does it matter?':
      'Beginnen Sie mit einem Objective: Wo möchten Sie am Ende des Zyklus stehen, und warum ist das wichtig?',
    'Create the first objective': 'Erstes Objective erstellen',
    '{count} {count|objective|objectives}': '{count} {count|Objective|Objectives}',
    // Objective cards and key result rows
    Aspirational: 'Ambitioniert',
    Committed: 'Verbindlich',
    Draft: 'Entwurf',
    'Aligns to {title}': 'Ausgerichtet auf {title}',
    'Aligns to {title} ({cycle})': 'Ausgerichtet auf {title} ({cycle})',
    '{count} {count|key result|key results}': '{count} {count|Key Result|Key Results}',
    'Key results of {title}': 'Key Results von {title}',
    'Show the key results': 'Key Results anzeigen',
    'Hide the key results': 'Key Results ausblenden',
    'Add a key result': 'Key Result hinzufügen',
    'Add a key result to {title}': 'Key Result zu {title} hinzufügen',
    'Edit the objective': 'Objective bearbeiten',
    'No key results yet: how will you know this objective is met?':
      'Noch keine Key Results: Woran erkennen Sie, dass dieses Objective erreicht ist?',
    'Set the status': 'Status festlegen',
    'Set the status of {title}': 'Status von {title} festlegen',
    'Copy link': 'Link kopieren',
    'Copy a link to {title}': 'Link zu {title} kopieren',
    'Edit {title}': '{title} bearbeiten',
    'no owner': 'niemand verantwortlich',
    'needs a check-in': 'Check‑in fällig',
    'Check-ins open on {day}': 'Check‑ins ab dem {day} möglich',
    'Rolled up: check in on its sources': 'Aggregiert: Check‑ins bei den Quellen',
    'Check in': 'Einchecken',
    'Check in on {title}': 'Für {title} einchecken',
    History: 'Verlauf',
    'History of {title}': 'Verlauf von {title}',
    'Nudge owner': 'Verantwortliche Person erinnern',
    'Nudge {owner} to check in on {title}': '{owner} an den Check‑in für {title} erinnern',
    'the owner': 'die verantwortliche Person',
    Edit: 'Bearbeiten',
    '{title}: {percent} progress': '{title}: {percent} Fortschritt',
    'No confidence given yet': 'Noch keine Zuversicht angegeben',
    'Confidence {confidence} of {max}': 'Zuversicht {confidence} von {max}',
    'Confidence {confidence} of {max}, {trend}': 'Zuversicht {confidence} von {max}, {trend}',
    '{status} (set by {name}: {reason})': '{status} (festgelegt von {name}: {reason})',
    '{status} · set by hand': '{status} · manuell festgelegt',
    'Show more': 'Mehr anzeigen',
    'Show less': 'Weniger anzeigen',
    'Show more of the details of {title}': 'Mehr Details zu {title} anzeigen',
    'Show less of the details of {title}': 'Weniger Details zu {title} anzeigen',
    Overdue: 'Überfällig',
    'Initiatives of {title}': 'Initiativen von {title}',
    'due {date}': 'fällig am {date}',
    'Show fewer initiatives': 'Weniger Initiativen anzeigen',
    'Show all {count} initiatives': 'Alle {count} Initiativen anzeigen',
    'Show all {count} initiatives ({overdue} more overdue)':
      'Alle {count} Initiativen anzeigen ({overdue} weitere überfällig)',
    // My OKRs and its header
    Programme: 'Programm',
    'Your objectives and key results this cycle, across teams':
      'Ihre Objectives und Key Results in diesem Zyklus, teamübergreifend',
    'You own no OKRs in this cycle': 'Sie sind in diesem Zyklus für keine OKRs verantwortlich',
    'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are in the app’s All OKRs tab.':
      'Objectives und Key Results, für die Sie in einem beliebigen Team verantwortlich sind, werden hier angezeigt, damit Sie in Sekunden einchecken können. Die OKRs aller Teams finden Sie auf der Registerkarte „Alle OKRs“ der App.',
    'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are on the All OKRs board.':
      'Objectives und Key Results, für die Sie in einem beliebigen Team verantwortlich sind, werden hier angezeigt, damit Sie in Sekunden einchecken können. Die OKRs aller Teams finden Sie auf dem Board „Alle OKRs“.',
    'Open All OKRs': 'Alle OKRs öffnen',
    'Reminders…': 'Erinnerungen…',
    'Reminders on': 'Erinnerungen an',
    'Reminders off': 'Erinnerungen aus',
    'Reminders snoozed until {date}': 'Erinnerungen pausiert bis {date}',
    // Links to the board
    'the objective “{title}”': 'das Objective „{title}“',
    'the key result “{title}” of “{objective}”': 'das Key Result „{title}“ von „{objective}“',
    'Link to the objective “{title}”': 'Link zum Objective „{title}“',
    'Link to the key result “{title}”': 'Link zum Key Result „{title}“',
    'Link to this view of the board': 'Link zu dieser Ansicht des Boards',
    'Opened: {what}.': 'Geöffnet: {what}.',
    'Opened from a link: {what}.': 'Über einen Link geöffnet: {what}.',
    'Back to My OKRs': 'Zurück zu „Meine OKRs“',
    'Back to this tab’s board': 'Zurück zum Board dieser Registerkarte',
    // The cycle switcher
    Cycle: 'Zyklus',
    Planning: 'In Planung',
    Active: 'Aktiv',
    Closed: 'Abgeschlossen',
    Upcoming: 'Bevorstehend',
    '{state} · starts {day}': '{state} · beginnt am {day}',
    'ended early': 'vorzeitig beendet',
    'ended {count} {count|day|days} ago': 'vor {count} {count|Tag|Tagen} beendet',
    'starts in {count} {count|day|days}': 'beginnt in {count} {count|Tag|Tagen}',
    '{count} {count|day|days} left': 'noch {count} {count|Tag|Tage}',
    'ends today': 'endet heute',
    today: 'heute',
    tomorrow: 'morgen',
    'in {count} {count|day|days}': 'in {count} {count|Tag|Tagen}',
    'next: {ritual} {when}': 'als Nächstes: {ritual} {when}',
    // A board with no objectives whose teams have OKRs in other cycles
    'No objectives in {cycle}': 'Keine Objectives in {cycle}',
    '{team}’s OKRs are in {cycles}.': 'Die OKRs von {team} sind in {cycles}.',
    '{team}’ OKRs are in {cycles}.': 'Die OKRs von {team} sind in {cycles}.',
    'These teams’ OKRs are in {cycles}.': 'Die OKRs dieser Teams sind in {cycles}.',
    'The OKRs are in {cycles}.': 'Die OKRs sind in {cycles}.',
    '{cycle} ({state})': '{cycle} ({state})',
    '{first} and {last}': '{first} und {last}',
    'Show {cycle}': '{cycle} anzeigen',
    // A closed cycle's board: final scores and learnings
    'Closed · not scored': 'Abgeschlossen · nicht bewertet',
    'Closed · {score}': 'Abgeschlossen · {score}',
    'Show why {title} closed at {score}': 'Anzeigen, warum {title} mit {score} abgeschlossen wurde',
    'Hide why {title} closed at {score}':
      'Ausblenden, warum {title} mit {score} abgeschlossen wurde',
    'Final score {score}.': 'Endgültige Bewertung {score}.',
    'Why:': 'Grund:',
    '{cycle} is closed: scores are final':
      '{cycle} ist abgeschlossen: Die Bewertungen sind endgültig',
    Learnings: 'Erkenntnisse',
    'Learnings of {cycle}': 'Erkenntnisse aus {cycle}',
    'No learnings were written for these objectives when the cycle closed. They are written in the retrospective, in Programme › Close a cycle.':
      'Beim Abschluss des Zyklus wurden für diese Objectives keine Erkenntnisse festgehalten. Sie werden in der Retrospektive festgehalten, unter „Programm › Zyklus abschließen“.',
    // Toasts and notices of what was done on the board
    '{link} copied': '{link} kopiert',
    'The {format} export failed': 'Der {format}-Export ist fehlgeschlagen',
    'Try the CSV export instead.': 'Versuchen Sie stattdessen den CSV-Export.',
    'Check the connection and try again.':
      'Prüfen Sie die Verbindung, und versuchen Sie es erneut.',
    'Nothing to export': 'Nichts zu exportieren',
    'No objective or key result matches the search and filters. Clear them to export the whole board.':
      'Kein Objective und kein Key Result entspricht der Suche und den Filtern. Löschen Sie sie, um das ganze Board zu exportieren.',
    'Status of {title} set by hand: {reason}.': 'Status von {title} manuell festgelegt: {reason}.',
    'Status of {title} follows the pace again.':
      'Der Status von {title} folgt wieder dem Zeitplan.',
    'Objective deleted.': 'Objective gelöscht.',
    'Objective deleted, with {count} {count|key result|key results}.':
      'Objective gelöscht, mit {count} {count|Key Result|Key Results}.',
    'Key result deleted.': 'Key Result gelöscht.',
    '{count} {count|key result|key results} deleted.':
      '{count} {count|Key Result|Key Results} gelöscht.',
    'Objective saved: {title}.': 'Objective gespeichert: {title}.',
    'Objective created: {title}.': 'Objective erstellt: {title}.',
    'Objective saved: {title}. It now belongs to {team}, a team this tab does not show.':
      'Objective gespeichert: {title}. Es gehört jetzt zu {team}, einem Team, das diese Registerkarte nicht anzeigt.',
    'Objective created: {title}. It now belongs to {team}, a team this tab does not show.':
      'Objective erstellt: {title}. Es gehört jetzt zu {team}, einem Team, das diese Registerkarte nicht anzeigt.',
    'Key result saved: {title}.': 'Key Result gespeichert: {title}.',
    'Key result created: {title}.': 'Key Result erstellt: {title}.',
    '“{initiative}” is now an initiative under “{under}”.':
      '„{initiative}“ ist jetzt eine Initiative unter „{under}“.',
    'Nudge sent to {owner}': 'Erinnerung an {owner} gesendet',
    'They were asked to check in on “{title}”.':
      'Es wurde um einen Check‑in für „{title}“ gebeten.',
    '{owner} was already nudged today': '{owner} wurde heute bereits erinnert',
    'A nudge about “{title}” went out at {time}; one a day is enough.':
      'Eine Erinnerung zu „{title}“ wurde um {time} gesendet; eine pro Tag genügt.',
    'The nudge to {owner} was not sent': 'Die Erinnerung an {owner} wurde nicht gesendet',
    'Reminders snoozed for {count} {count|day|days}.':
      'Erinnerungen für {count} {count|Tag|Tage} pausiert.',
    'Check-in reminders are on.': 'Check‑in-Erinnerungen sind aktiviert.',
    'Check-in reminders are off. Turn them on again here any time.':
      'Check‑in-Erinnerungen sind deaktiviert. Sie können sie hier jederzeit wieder aktivieren.',
    'Your reminder settings were not saved. {why}':
      'Ihre Einstellungen für Erinnerungen wurden nicht gespeichert. {why}',
    // The tab's views, and the board's toolbar and its menus
    'Every team’s objectives and key results': 'Objectives und Key Results aller Teams',
    Views: 'Ansichten',
    Board: 'Board',
    'Key results': 'Key Results',
    Alignment: 'Ausrichtung',
    'Coach view': 'Coach-Ansicht',
    '{count} more {count|view|views}': '{count} {count|weitere Ansicht|weitere Ansichten}',
    'Loading the view': 'Die Ansicht wird geladen',
    'Find and shape the board': 'Board durchsuchen und anpassen',
    Search: 'Suchen',
    'Search objectives, key results and owners':
      'Objectives, Key Results und Verantwortliche durchsuchen',
    'Clear the search': 'Suche löschen',
    Filters: 'Filter',
    'Filters ({count})': 'Filter ({count})',
    'Filters, {count} on': 'Aktive Filter: {count}',
    'Needs a check-in': 'Check‑in fällig',
    Sort: 'Sortieren',
    'Sort: {order}': 'Sortieren: {order}',
    Export: 'Exportieren',
    'Expand all objectives': 'Alle Objectives aufklappen',
    'Collapse all objectives': 'Alle Objectives zuklappen',
    'Copy a link to this view': 'Link zu dieser Ansicht kopieren',
    'More actions': 'Weitere Aktionen',
    'Loading check-in history…': 'Check‑in-Verlauf wird geladen…',
    'Showing {shown} of {count} key results': '{shown} von {count} Key Results angezeigt',
    'Low confidence': 'Niedrige Zuversicht',
    'Medium confidence': 'Mittlere Zuversicht',
    'High confidence': 'Hohe Zuversicht',
    Owner: 'Verantwortlich',
    'No owner': 'Niemand verantwortlich',
    'Over {percent}': 'Über {percent}',
    'No check-in yet': 'Noch kein Check‑in',
    'Find an owner': 'Verantwortliche suchen',
    'No owner on this board matches “{text}”.': 'Auf diesem Board passt niemand zu „{text}“.',
    Team: 'Team',
    'Excel workbook (.xlsx)': 'Excel-Arbeitsmappe (.xlsx)',
    CSV: 'CSV',
    'The {shown} of {count} key results shown': 'Die {shown} angezeigten von {count} Key Results',
    // The orders of the board and the Key results list
    'Sort by': 'Sortieren nach',
    Order: 'Reihenfolge',
    Ascending: 'Aufsteigend',
    Descending: 'Absteigend',
    '{direction} ({which})': '{direction} ({which})',
    '{sort}, {direction}': '{sort}, {direction}',
    'Board order': 'Reihenfolge des Boards',
    Progress: 'Fortschritt',
    'Last check-in': 'Letzter Check‑in',
    'as on the board': 'wie auf dem Board',
    reversed: 'umgekehrt',
    'lowest first': 'niedrigste zuerst',
    'highest first': 'höchste zuerst',
    'off track first': '„Im Verzug“ zuerst',
    'achieved first': '„Erreicht“ zuerst',
    'oldest first': 'älteste zuerst',
    'newest first': 'neueste zuerst',
    'A to Z': 'A bis Z',
    'Z to A': 'Z bis A',
    // The Key results list
    'Loading the key results': 'Die Key Results werden geladen',
    'Key result': 'Key Result',
    Actions: 'Aktionen',
    'Objective: {title}': 'Objective: {title}',
    Never: 'Nie',
    'Rolled up': 'Aggregiert',
    'Its progress comes from its sources: check in on them.':
      'Der Fortschritt ergibt sich aus den Quellen: Checken Sie dort ein.',
    'Sorted by {order}. {count} {count|key result|key results}.':
      'Sortiert nach {order}. {count} {count|Key Result|Key Results}.',
    'No key result matches': 'Kein Key Result entspricht der Suche',
    'No key result on this board matches the search and filters.':
      'Kein Key Result auf diesem Board entspricht der Suche und den Filtern.',
    'No key results yet': 'Noch keine Key Results',
    'The objectives on this board have no key results yet. Add them on the Board.':
      'Die Objectives auf diesem Board haben noch keine Key Results. Fügen Sie sie in der Ansicht „Board“ hinzu.',
    // The Alignment view, and what the Alignment and Coach views say while they load
    'Loading the alignment across teams': 'Die Ausrichtung über Teams hinweg wird geladen',
    'Loading the coach view': 'Die Coach-Ansicht wird geladen',
    'Start a cycle to see this view.': 'Starten Sie einen Zyklus, um diese Ansicht zu sehen.',
    'Nothing to align yet': 'Noch nichts auszurichten',
    "Once teams write objectives for this cycle, you see here how they connect to the company's.":
      'Sobald Teams Objectives für diesen Zyklus schreiben, sehen Sie hier, wie sie mit denen des Unternehmens zusammenhängen.',
    'Search objectives by title, owner or team':
      'Objectives nach Titel, verantwortlicher Person oder Team durchsuchen',
    'Search objectives': 'Objectives suchen',
    '{count} {count|objective matches|objectives match} “{query}”':
      '{count} {count|Objective entspricht|Objectives entsprechen} „{query}“',
    'No objective matches': 'Kein Objective entspricht der Suche',
    'No objective of this cycle has “{query}” in its title, its owner’s name or its team’s.':
      'Kein Objective dieses Zyklus hat „{query}“ im Titel, im Namen der verantwortlichen Person oder im Namen des Teams.',
    'In {cycle}': 'In {cycle}',
    'These objectives align to each other in a circle: {loop}.':
      'Diese Objectives sind im Kreis aufeinander ausgerichtet: {loop}.',
    'Alignment of objectives across teams': 'Ausrichtung der Objectives über Teams hinweg',
    'aligns to {objectives}': 'ausgerichtet auf {objectives}',
    'an objective of another cycle': 'ein Objective eines anderen Zyklus',
    'Unknown team': 'Unbekanntes Team',
    // Names the core gives: the coaching plan's rituals, a confidence trend
    'planning week': 'Planungswoche',
    'check-in': 'Check‑in',
    'mid-cycle review': 'Halbzeit-Review',
    'close and score': 'Abschluss und Bewertung',
    retrospective: 'Retrospektive',
    rising: 'steigend',
    steady: 'gleichbleibend',
    falling: 'fallend',
  },
  dialogs: {
    // Every dialog
    Cancel: 'Abbrechen',
    Close: 'Schließen',
    Done: 'Fertig',
    'Saving…': 'Wird gespeichert…',
    'Retrying…': 'Neuer Versuch…',
    Dismiss: 'Schließen',
    '{length} of {max} characters': '{length} von {max} Zeichen',
    // Check in
    'Check in: {title}': 'Check‑in: {title}',
    'Someone checked in on this key result since you opened it: it is now {value}. Nothing was saved.':
      'Jemand hat seit dem Öffnen für dieses Key Result eingecheckt: Es steht jetzt bei {value}. Es wurde nichts gespeichert.',
    'Someone checked in on this key result since you opened it: it is now {value} with confidence {confidence}. Nothing was saved.':
      'Jemand hat seit dem Öffnen für dieses Key Result eingecheckt: Es steht jetzt bei {value} mit Zuversicht {confidence}. Es wurde nichts gespeichert.',
    'Check in on the latest': 'Mit dem neuesten Stand einchecken',
    'Yes, this value is right': 'Ja, dieser Wert stimmt',
    'How sure are you that the target will be met?':
      'Wie sicher sind Sie, dass der Zielwert erreicht wird?',
    Note: 'Notiz',
    'Note (optional)': 'Notiz (optional)',
    'What changed? What will you do next?': 'Was hat sich geändert? Was tun Sie als Nächstes?',
    'Save check-in': 'Check‑in speichern',
    'Check-in date': 'Check‑in-Datum',
    'Choose a day from {start} to today ({today}).':
      'Wählen Sie einen Tag vom {start} bis heute ({today}).',
    'Choose a day from {start} to {end}.': 'Wählen Sie einen Tag vom {start} bis zum {end}.',
    'the check-in': 'dem Check‑in',
    // A check-in's value and confidence
    'New value': 'Neuer Wert',
    Value: 'Wert',
    '{label} ({unit})': '{label} ({unit})',
    'Is it done?': 'Ist es erledigt?',
    'Which step is complete?': 'Welcher Schritt ist abgeschlossen?',
    'None yet': 'Noch keiner',
    'Confidence ({min} to {max})': 'Zuversicht ({min} bis {max})',
    '{value} of {max}': '{value} von {max}',
    // Correct or delete a check-in
    'Edit check-in: {title}': 'Check‑in bearbeiten: {title}',
    'Delete check-in: {title}': 'Check‑in löschen: {title}',
    '{value}, checked in {when}': '{value}, eingecheckt {when}',
    '{time} by {name}': 'am {time} von {name}',
    someone: 'jemandem',
    'The check-in leaves the record and the key result goes back to its latest remaining check-in. It stays in the list’s version history with your reason.':
      'Der Check‑in wird aus dem Verlauf entfernt, und das Key Result kehrt zum neuesten verbleibenden Check‑in zurück. Mit Ihrer Begründung bleibt er im Versionsverlauf der Liste erhalten.',
    'Why correct it?': 'Warum korrigieren?',
    'Why delete it?': 'Warum löschen?',
    'Typed 900 for 90': '900 statt 90 eingegeben',
    'Entered on the wrong key result': 'Beim falschen Key Result eingetragen',
    'Save correction': 'Korrektur speichern',
    'Delete check-in': 'Check‑in löschen',
    // Toasts of the dialogs
    'Check-in saved: {title}. Its check-in of {day} is later and stays the latest, so it is still at {value}.':
      'Check‑in gespeichert: {title}. Der Check‑in vom {day} ist später und bleibt der neueste, daher steht es weiter bei {value}.',
    'Check-in saved: {title} is now {value}.':
      'Check‑in gespeichert: {title} steht jetzt bei {value}.',
    'Check-in for {day} saved: {title} is now {value}.':
      'Check‑in für den {day} gespeichert: {title} steht jetzt bei {value}.',
    'Check-in for {day} saved: {title}. Its check-in of {later} is later and stays the latest, so it is still at {value}.':
      'Check‑in für den {day} gespeichert: {title}. Der Check‑in vom {later} ist später und bleibt der neueste, daher steht es weiter bei {value}.',
    'Check-in corrected: {title} is now {value}.':
      'Check‑in korrigiert: {title} steht jetzt bei {value}.',
    'Check-in deleted: {title} is now {value}.':
      'Check‑in gelöscht: {title} steht jetzt bei {value}.',
    'Check-in undone: {title} is back at {value}.':
      'Check‑in rückgängig gemacht: {title} steht wieder bei {value}.',
    'The check-in was not undone': 'Der Check‑in wurde nicht rückgängig gemacht',
    Undo: 'Rückgängig',
    'Press Ctrl+M to reach Undo.': 'Drücken Sie Strg+M, um „Rückgängig“ zu erreichen.',
    'Exported {what} to {file}': '{what} nach {file} exportiert',
    'Exported {keyResults} and {objectives} to {file}':
      '{keyResults} und {objectives} nach {file} exportiert',
    '{count} {count|objective|objectives} without key results':
      '{count} {count|Objective|Objectives} ohne Key Results',
    // A key result's history
    'History: {title}': 'Verlauf: {title}',
    'Loading the check-in history': 'Der Check‑in-Verlauf wird geladen',
    'No check-ins yet: the history starts with the first one.':
      'Noch keine Check‑ins: Der Verlauf beginnt mit dem ersten.',
    'No check-ins yet.': 'Noch keine Check‑ins.',
    '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest}.':
      '{count} {count|Check‑in|Check‑ins}. Von {start} in Richtung {target}; zuletzt {latest}.',
    '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest} with confidence {confidence} of {max}.':
      '{count} {count|Check‑in|Check‑ins}. Von {start} in Richtung {target}; zuletzt {latest} mit Zuversicht {confidence} von {max}.',
    '{date}: {value}': '{date}: {value}',
    ', confidence {confidence} of {max}': ', Zuversicht {confidence} von {max}',
    ', by {name}': ', von {name}',
    'Value (left scale)': 'Wert (linke Skala)',
    'Value in {unit} (left scale)': 'Wert in {unit} (linke Skala)',
    'Confidence (right scale)': 'Zuversicht (rechte Skala)',
    Target: 'Zielwert',
    'Check-ins table': 'Tabelle der Check‑ins',
    'Check-ins of {title}, newest first': 'Check‑ins von {title}, neueste zuerst',
    Date: 'Datum',
    Confidence: 'Zuversicht',
    Status: 'Status',
    By: 'Von',
    From: 'Quelle',
    Correct: 'Korrigieren',
    Unknown: 'Unbekannt',
    'Corrected by {name}: {reason}': 'Korrigiert von {name}: {reason}',
    'Edit the check-in of {date}': 'Check‑in vom {date} bearbeiten',
    'Delete the check-in of {date}': 'Check‑in vom {date} löschen',
    Teams: 'Teams',
    Excel: 'Excel',
    Meeting: 'Besprechung',
    'Viva Goals': 'Viva Goals',
    'Imported file': 'Importierte Datei',
    // Set the status
    'Set the status: {title}': 'Status festlegen: {title}',
    'From the pace, it is {status}.': 'Nach dem Zeitplan ist der Status {status}.',
    'When you know better (a risk the numbers do not show yet), set the status and say why: your name and the date go with it, and it stays until it is cleared.':
      'Wenn Sie es besser wissen (ein Risiko, das die Zahlen noch nicht zeigen), legen Sie den Status fest und begründen Sie ihn: Ihr Name und das Datum werden dazu gespeichert, und er bleibt, bis er aufgehoben wird.',
    'Set now: {status}': 'Derzeit festgelegt: {status}',
    Why: 'Begründung',
    'What the team knows that the numbers do not show.':
      'Was das Team weiß, die Zahlen aber nicht zeigen.',
    'Set status': 'Status festlegen',
    'Clear the override': 'Manuellen Status aufheben',
    'None: the status follows the pace': 'Keiner: Der Status folgt dem Zeitplan',
    'the status of “{title}”': 'den Status von „{title}“',
    Title: 'Titel',
    'Status override': 'Manuell gesetzter Status',
    // Someone saved first
    '{who} changed {what}': '{who} hat {what} geändert',
    'Someone else': 'Jemand anderes',
    '{who} saved {fields} while you were editing. Nothing of yours is lost yet: choose which version to keep.':
      '{who} hat {fields} gespeichert, während Sie bearbeitet haben. Noch ist nichts von Ihnen verloren: Wählen Sie, welche Version bleiben soll.',
    '{who} saved {fields} at {time} while you were editing. Nothing of yours is lost yet: choose which version to keep.':
      '{who} hat um {time} {fields} gespeichert, während Sie bearbeitet haben. Noch ist nichts von Ihnen verloren: Wählen Sie, welche Version bleiben soll.',
    it: 'es',
    'Your version and theirs': 'Ihre Version und die andere',
    Field: 'Feld',
    Yours: 'Ihre Version',
    Theirs: 'Andere Version',
    '{who}’s': 'Version von {who}',
    'Keep mine': 'Meine behalten',
    'Take theirs': 'Andere übernehmen',
    // Discard changes
    'Discard your changes?': 'Änderungen verwerfen?',
    'Your changes to {what} are not saved.': 'Ihre Änderungen an {what} sind nicht gespeichert.',
    'Keep editing': 'Weiter bearbeiten',
    'Discard changes': 'Änderungen verwerfen',
    // Delete an objective or key result
    'Finding what goes with it…': 'Es wird ermittelt, was dazugehört…',
    '1 objective aligns to it:': '1 Objective ist darauf ausgerichtet:',
    '{count} objectives align to it:': '{count} Objectives sind darauf ausgerichtet:',
    'Align them to another objective (or to none) first; then this one can be deleted.':
      'Richten Sie diese zuerst auf ein anderes Objective (oder auf keines) aus; danach kann dieses gelöscht werden.',
    'Someone else changed “{title}” since you loaded it, so nothing more was deleted. Delete their version anyway, or cancel to keep it.':
      'Jemand anderes hat „{title}“ geändert, seit Sie es geladen haben, daher wurde nichts weiter gelöscht. Löschen Sie die andere Version trotzdem, oder brechen Sie ab, um sie zu behalten.',
    'The key result “{title}” will be deleted. Its past check-ins stay in the store’s history but no longer show anywhere. This cannot be undone in the app.':
      'Das Key Result „{title}“ wird gelöscht. Seine bisherigen Check‑ins bleiben im Verlauf des Speichers, werden aber nirgends mehr angezeigt. Dies kann in der App nicht rückgängig gemacht werden.',
    'The objective “{title}” will be deleted. It has no key results.':
      'Das Objective „{title}“ wird gelöscht. Es hat keine Key Results.',
    'The objective “{title}” will be deleted, with its key result (deleted first):':
      'Das Objective „{title}“ wird gelöscht, mit seinem Key Result (das zuerst gelöscht wird):',
    'The objective “{title}” will be deleted, with its {count} key results (deleted first):':
      'Das Objective „{title}“ wird gelöscht, mit seinen {count} Key Results (die zuerst gelöscht werden):',
    'Past check-ins stay in the store’s history but no longer show. This cannot be undone in the app.':
      'Bisherige Check‑ins bleiben im Verlauf des Speichers, werden aber nicht mehr angezeigt. Dies kann in der App nicht rückgängig gemacht werden.',
    'Delete the key result?': 'Key Result löschen?',
    'Delete the objective?': 'Objective löschen?',
    'This objective cannot be deleted yet': 'Dieses Objective kann noch nicht gelöscht werden',
    'Delete key result': 'Key Result löschen',
    'Delete objective': 'Objective löschen',
    'Delete objective and {count} {count|key result|key results}':
      'Objective und {count} {count|Key Result|Key Results} löschen',
    'Deleting…': 'Wird gelöscht…',
    'Delete anyway': 'Trotzdem löschen',
    '{count} {count|key result was|key results were} added to the objective meanwhile, so it was not deleted. Delete the objective with {count} {count|key result|key results} now?':
      'Dem Objective {count|wurde|wurden} inzwischen {count} {count|Key Result|Key Results} hinzugefügt, daher wurde es nicht gelöscht. Das Objective jetzt mit {count} {count|Key Result|Key Results} löschen?',
    // Copy a link by hand
    'Copy the link': 'Link kopieren',
    'This app may not use the clipboard here: the link is selected, copy it with Ctrl+C (⌘C on a Mac).':
      'Diese App darf die Zwischenablage hier nicht verwenden: Der Link ist markiert, kopieren Sie ihn mit STRG+C (⌘C auf einem Mac).',
    // Where a link led
    'Finding the linked objective or key result…':
      'Das verknüpfte Objective oder Key Result wird gesucht…',
    'Opened from a link': 'Über einen Link geöffnet',
    '{what} is on the board of {where}, shown here.':
      '{what} befindet sich auf dem Board von {where} und wird hier angezeigt.',
    '{team}, {cycle}': '{team}, {cycle}',
    'Another team': 'Ein anderes Team',
    'The link leads nowhere': 'Der Link führt ins Leere',
    'No board holds the objective it points to: it was deleted, or it is on a site you cannot see.':
      'Kein Board enthält das Objective, auf das er verweist: Es wurde gelöscht oder befindet sich auf einer Website, die Sie nicht sehen können.',
    'No board holds the key result it points to: it was deleted, or it is on a site you cannot see.':
      'Kein Board enthält das Key Result, auf das er verweist: Es wurde gelöscht oder befindet sich auf einer Website, die Sie nicht sehen können.',
    'The objective “{title}”': 'Das Objective „{title}“',
    'The key result “{title}” of “{objective}”': 'Das Key Result „{title}“ von „{objective}“',
    // The reminders' menu
    'Turn reminders on': 'Erinnerungen aktivieren',
    'Snooze for a week': 'Für eine Woche pausieren',
    'Turn reminders off': 'Erinnerungen deaktivieren',
    // The organisation's story, in its drawer (Why we use OKRs)
    'Close the story': 'Geschichte schließen',
    'The organisation has not written its story yet.':
      'Ihre Organisation hat ihre Geschichte noch nicht geschrieben.',
    'The organisation has not written its story yet. Use Edit to tell people why you use OKRs.':
      'Ihre Organisation hat ihre Geschichte noch nicht geschrieben. Erzählen Sie unter „Bearbeiten“, warum Sie OKRs nutzen.',
    'The story, in plain text (# for headings, - for bullets)':
      'Die Geschichte als reiner Text (# für Überschriften, - für Aufzählungen)',
    'Save the story': 'Geschichte speichern',
    'The story is saved.': 'Die Geschichte ist gespeichert.',
    // A date field's calendar
    'Calendar for {field}': 'Kalender für {field}',
    'Go to today': 'Zu heute',
    'Previous month': 'Vorheriger Monat',
    'Next month': 'Nächster Monat',
    'Previous year': 'Vorheriges Jahr',
    'Next year': 'Nächstes Jahr',
    'Earlier years': 'Frühere Jahre',
    'Later years': 'Spätere Jahre',
    'Chosen: {day}': 'Gewählt: {day}',
    'Today: {day}': 'Heute: {day}',
    '{year}, choose another year': '{year}, anderes Jahr wählen',
    '{month}, choose another month': '{month}, anderen Monat wählen',
  },
  editors,
  initiativeStatuses: {
    notStarted: 'Nicht begonnen',
    inProgress: 'In Bearbeitung',
    done: 'Erledigt',
    dropped: 'Verworfen',
  },
  measure: {
    done: kindWordsFor('de').done,
    notDone: kindWordsFor('de').notDone,
    notDoneYet: 'Noch nicht erledigt',
    ofTarget: '{value} von {target}',
    step: 'Schritt {value} von {target}',
    stepNamed: '{step}: {name}',
    allSteps: 'alle {count} {count|Schritt|Schritte}',
    atOrAbove: 'mindestens {target}',
    atOrBelow: 'höchstens {target}',
    stay: '{current} (zu halten: {target})',
    nowAndTarget: 'Jetzt {now} · Zielwert {target}',
    fromExcel: 'aus Excel: {place}',
    otherBoards: '{count} {count|OKR|OKRs} auf anderen Boards',
    rollsUpFromOthers: 'aggregiert aus {others}; der letzte Check‑in wird angezeigt',
    rolledUpSource: '{title} (Gewichtung {weight}) bei {progress}',
    rolledUpFrom: 'aggregiert aus {sources}',
    andOthers: '{sources} · und {others}',
  },
  statuses: statusWordsFor('de'),
  nudges: {
    confidenceDroppedWithoutNote:
      'Die Zuversicht ist von {previous} auf {current} gesunken. Notieren Sie, was sich geändert hat, damit das Team helfen kann.',
    valueWentBackwards:
      'Der Wert hat sich vom Ziel entfernt ({previous} → {current}). Stimmt das? Eine Notiz hilft, es zu erklären.',
    lineCrossed:
      'Der Wert liegt jetzt auf der falschen Seite von {target}. Notieren Sie, was passiert ist und was Sie tun werden.',
  },
  sayIssue,
  meeting,
  states,
  coach,
  config,
  programme,
};
