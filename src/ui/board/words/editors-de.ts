import type { EditorText } from '../editor-words';

/**
 * The OKR editors in German, in the board's words (`de.ts`): „Objective“, „Key Result“,
 * „Zielwert“.
 */
export const editors: Readonly<Record<EditorText, string>> = {
  // Both editors
  Coaching: 'Coaching',
  'Coaching on the objective': 'Coaching zum Objective',
  'Coaching on the key result': 'Coaching zum Key Result',
  Delete: 'Löschen',
  // „Ihre Änderungen an {what} …“ (dative) and „{who} hat {what} geändert“ (accusative).
  'the objective': 'dem Objective',
  'the key result': 'dem Key Result',
  'this objective': 'dieses Objective',
  'this key result': 'dieses Key Result',
  Description: 'Beschreibung',
  Weight: 'Gewichtung',
  // The objective editor
  'Create objective': 'Objective erstellen',
  'Save objective': 'Objective speichern',
  'The coach reads your objective when you pause or leave the field.':
    'Der Coach liest Ihr Objective, sobald Sie innehalten oder das Feld verlassen.',
  'Nothing to add: this reads like a good objective.':
    'Nichts hinzuzufügen: Das liest sich wie ein gutes Objective.',
  Objective: 'Objective',
  'Where do you want to be at the end of the cycle, and why does it matter?':
    'Wo möchten Sie am Ende des Zyklus stehen, und warum ist das wichtig?',
  'Why it matters (optional)': 'Warum es wichtig ist (optional)',
  'Aligns to': 'Ausgerichtet auf',
  'Nothing (a top-level objective)': 'Nichts (oberstes Objective)',
  'Owner of the objective': 'Verantwortliche Person für das Objective',
  Commitment: 'Verbindlichkeit',
  'Committed: we will meet it in full': 'Verbindlich: Wir erreichen es vollständig',
  'Aspirational: a stretch, {score} is success':
    'Ambitioniert: hoch gesteckt, {score} gilt als Erfolg',
  'an objective on another board': 'ein Objective auf einem anderen Board',
  '{title} ({percent})': '{title} ({percent})',
  'Aligned to {count} objectives by weight: {weighted}. Kept while the first stays chosen here.':
    'Gewichtet auf {count} Objectives ausgerichtet: {weighted}. Das bleibt so, solange hier das erste ausgewählt ist.',
  'Saving aligns it to the chosen objective alone, in place of {count} weighted alignments: {weighted}.':
    'Beim Speichern wird es nur noch auf das ausgewählte Objective ausgerichtet, statt auf {count} gewichtete Ausrichtungen: {weighted}.',
  'Loading other teams’ objectives…': 'Die Objectives anderer Teams werden geladen…',
  'Other teams’ objectives could not be read: only this board’s are offered. Close and reopen to try again.':
    'Die Objectives anderer Teams konnten nicht gelesen werden: Nur die dieses Boards stehen zur Auswahl. Schließen und öffnen Sie das Fenster erneut, um es noch einmal zu versuchen.',
  'Aligned to now': 'Derzeit ausgerichtet auf',
  'No team': 'Kein Team',
  'No team (a team no longer on the site)':
    'Kein Team (ein Team, das nicht mehr auf der Website ist)',
  'another cycle': 'ein anderer Zyklus',
  'Loading {cycle}’s objectives…': 'Objectives von {cycle} werden geladen…',
  'Could not be read: close and reopen to try again':
    'Nicht lesbar: zum erneuten Versuch schließen und wieder öffnen',
  '{cycle} has no objectives yet': '{cycle} hat noch keine Objectives',
  'The cycles around {cycle} (its year) could not be read, so only {cycle}’s objectives are offered. Close and reopen to try again.':
    'Die Zyklen um {cycle} (sein Jahr) konnten nicht gelesen werden, daher werden nur die Objectives von {cycle} angeboten. Zum erneuten Versuch schließen und wieder öffnen.',
  'The objectives of {cycles} could not be read: only {cycle}’s are offered. Close and reopen to try again.':
    'Die Objectives von {cycles} konnten nicht gelesen werden: Nur die von {cycle} werden angeboten. Zum erneuten Versuch schließen und wieder öffnen.',
  'Cycles around {cycle}': 'Zyklen um {cycle}',
  'Loading their objectives…': 'Ihre Objectives werden geladen…',
  'Another cycle': 'Anderer Zyklus',
  // The key result editor
  'New key result': 'Neues Key Result',
  'Edit the key result': 'Key Result bearbeiten',
  'Create key result': 'Key Result erstellen',
  'Save key result': 'Key Result speichern',
  'The coach reads your key result when you pause or leave the field.':
    'Der Coach liest Ihr Key Result, sobald Sie innehalten oder das Feld verlassen.',
  'Nothing to add: this reads like a measurable outcome.':
    'Nichts hinzuzufügen: Das liest sich wie ein messbares Ergebnis.',
  'For the objective: {title}': 'Für das Objective: {title}',
  'An outcome you can measure, from where you are to where you want to be.':
    'Ein messbares Ergebnis: von dort, wo Sie stehen, bis dorthin, wo Sie hinwollen.',
  '“{title}” is added as an initiative under this key result when you save it.':
    '„{title}“ wird beim Speichern als Initiative unter diesem Key Result hinzugefügt.',
  'How it is measured': 'Wie es gemessen wird',
  'Increase to a target': 'Auf einen Zielwert steigern',
  'Decrease to a target': 'Auf einen Zielwert senken',
  'Stay at or above a line': 'Mindestens auf einem Wert halten',
  'Stay at or below a line': 'Höchstens auf einem Wert halten',
  'Milestones (steps done)': 'Meilensteine (erledigte Schritte)',
  'Done or not done': 'Erledigt oder nicht erledigt',
  Unit: 'Einheit',
  'e.g. customers, %, days': 'z. B. Kunden, %, Tage',
  'e.g. {example}': 'z. B. {example}',
  'Start (baseline)': 'Startwert (Ausgangswert)',
  'Details (optional)': 'Details (optional)',
  'What counts, where the number comes from.': 'Was zählt und woher die Zahl stammt.',
  'Owner of the key result': 'Verantwortliche Person für das Key Result',
  Measure: 'Messung',
  '{kind}: {start} → {target}': '{kind}: {start} → {target}',
  'Current value': 'Aktueller Wert',
  // Move a key result's work to initiatives
  'Move to initiatives': 'In Initiativen verschieben',
  'Keep “{title}” as an initiative': '„{title}“ als Initiative behalten',
  'Where the initiative goes': 'Wohin die Initiative kommt',
  'Under “{title}”': 'Unter „{title}“',
  'Under this key result, rewritten as “{text}”':
    'Unter diesem Key Result, umformuliert als „{text}“',
  'Moving…': 'Wird verschoben…',
  'Move it': 'Verschieben',
  // A key result's initiatives
  Initiatives: 'Initiativen',
  'The work you do to move this key result. Initiatives never count towards its progress.':
    'Die Arbeit, mit der Sie dieses Key Result voranbringen. Initiativen zählen nie zu seinem Fortschritt.',
  'Loading initiatives': 'Die Initiativen werden geladen',
  'No initiatives yet.': 'Noch keine Initiativen.',
  'Status of {title}': 'Status von {title}',
  'Remove {name}': '{name} entfernen',
  'New initiative': 'Neue Initiative',
  'Owner of the new initiative': 'Verantwortliche Person für die neue Initiative',
  'Due (optional)': 'Fällig am (optional)',
  'Link (optional)': 'Link (optional)',
  'Where the work is tracked: a plan, a board, a document (https://…).':
    'Wo die Arbeit verfolgt wird: ein Plan, ein Board, ein Dokument (https://…).',
  'Add initiative': 'Initiative hinzufügen',
  'Initiative “{title}” added.': 'Initiative „{title}“ hinzugefügt.',
  'Status of “{title}”: {status}.': 'Status von „{title}“: {status}.',
  '“{title}” removed.': '„{title}“ entfernt.',
  // The people picker
  'Chosen people': 'Ausgewählte Personen',
  'Search people': 'Personen suchen',
  'Show suggestions': 'Vorschläge anzeigen',
  'Show suggestions for {field}': 'Vorschläge für „{field}“ anzeigen',
  'Type a name or an email address.': 'Geben Sie einen Namen oder eine E-Mail-Adresse ein.',
  'Searching for “{text}”…': 'Suche nach „{text}“…',
  'No one in your organisation matches “{text}”.':
    'Niemand in Ihrer Organisation entspricht „{text}“.',
  'Everyone matching “{text}” is already chosen.':
    'Alle Personen, die „{text}“ entsprechen, sind bereits ausgewählt.',
  '{count} {count|person matches|people match} “{text}”.':
    '{count} {count|Person entspricht|Personen entsprechen} „{text}“.',
  'Could not search the directory. {why}': 'Das Verzeichnis konnte nicht durchsucht werden. {why}',
  '“{text}” is not chosen: pick a person from the list, or clear the text.':
    '„{text}“ ist nicht ausgewählt: Wählen Sie eine Person aus der Liste, oder löschen Sie den Text.',
  // The coach's findings
  'Needs fixing': 'Korrektur nötig',
  'Likely weak': 'Wahrscheinlich schwach',
  Tip: 'Tipp',
  'Rewrite as an outcome': 'Als Ergebnis umformulieren',
  'Add a baseline': 'Ausgangswert ergänzen',
  'Try: {suggestion}': 'Vorschlag: {suggestion}',
  'Source: {citation}': 'Quelle: {citation}',
  'Changes the title to “{text}”': 'Ändert den Titel in „{text}“',
};
