import type { ProgrammeText } from '../../programme/programme-words';

/** The Programme area in German, with the board's terms (`de.ts`): Zyklus, Objective, Check-in. */
export const programme: Readonly<Record<ProgrammeText, string>> = {
  'Teams, cycles, people and roles, and how your organisation runs OKRs':
    'Teams, Zyklen, Personen und Rollen und wie Ihre Organisation mit OKRs arbeitet',
  'Back to OKRs': 'Zurück zu den OKRs',
  'Nobody is named as an admin of this OKR programme yet. As an owner of the OKR site (or one of its OKR admins) you may become its admin, and name other admins and coaches.':
    'Für dieses OKR-Programm ist noch niemand als Administrator benannt. Als Besitzer der OKR-Website (oder einer ihrer OKR-Administratoren) können Sie die Administration übernehmen und weitere Administratoren und Coaches benennen.',
  'Become the admin': 'Administration übernehmen',
  'You can read the programme here. Its admins and coaches (the OKR site\'s "OKR admins" and "OKR coaches" groups) change it.':
    'Sie können das Programm hier lesen. Ändern können es seine Administratoren und Coaches (die Gruppen „OKR admins“ und „OKR coaches“ der OKR-Website).',
  'Checking your role': 'Ihre Rolle wird geprüft',
  'You are now the admin of this OKR programme.':
    'Sie haben jetzt die Administration dieses OKR-Programms übernommen.',
  'Loading {section}': '{section} wird geladen',
  'Programme sections': 'Bereiche des Programms',
  '{count} more {count|section|sections}': '{count} {count|weiterer Bereich|weitere Bereiche}',
  'Get started': 'Erste Schritte',
  Teams: 'Teams',
  Cycles: 'Zyklen',
  'People and roles': 'Personen und Rollen',
  'Operating model': 'Betriebsmodell',
  'Close a cycle': 'Zyklus abschließen',
  'Next cycle': 'Nächster Zyklus',
  'Cycle review': 'Zyklusrückblick',
  'Import and export': 'Import und Export',
  // Get started
  'your answers': 'Ihren Antworten',
  'Type the number of teams, a whole number from 1 to {max}.':
    'Geben Sie die Anzahl der Teams ein, eine ganze Zahl von 1 bis {max}.',
  'The operating model and the coaching plan of {cycle} are saved.':
    'Das Betriebsmodell und der Coaching-Plan für {cycle} sind gespeichert.',
  'The first run is for admins': 'Die Ersteinrichtung ist für Administratoren',
  'An admin answers a few questions about your organisation, with the coach, and saves the proposed operating model and coaching plan (only OKR admins change the operating model). You can read the result under Operating model and Cycles.':
    'Eine Administratorin oder ein Administrator beantwortet mit dem Coach einige Fragen zu Ihrer Organisation und speichert das vorgeschlagene Betriebsmodell und den Coaching-Plan (nur OKR-Administratoren ändern das Betriebsmodell). Das Ergebnis lesen Sie unter „Betriebsmodell“ und „Zyklen“.',
  'Create the first cycle': 'Ersten Zyklus anlegen',
  'The coaching plan dates the rituals of a cycle. Create the quarter you are planning, then come back.':
    'Der Coaching-Plan legt die Termine der Rituale eines Zyklus fest. Legen Sie das Quartal an, das Sie planen, und kehren Sie dann hierher zurück.',
  'Go to Cycles': 'Zu den Zyklen',
  'Get started: your operating model and coaching plan':
    'Erste Schritte: Ihr Betriebsmodell und Ihr Coaching-Plan',
  'Answer a few questions about your organisation. The coach proposes how to run OKRs here and dates the rituals of your first cycle.':
    'Beantworten Sie einige Fragen zu Ihrer Organisation. Der Coach schlägt vor, wie Sie hier mit OKRs arbeiten, und legt die Termine der Rituale Ihres ersten Zyklus fest.',
  'How many people will use OKRs?': 'Wie viele Personen werden mit OKRs arbeiten?',
  'Up to 50': 'Bis zu 50',
  '51 to 500': '51 bis 500',
  'More than 500': 'Mehr als 500',
  'How many teams will set OKRs?': 'Wie viele Teams werden OKRs festlegen?',
  'How often will teams check in?': 'Wie oft werden die Teams einchecken?',
  'Every week': 'Jede Woche',
  'Every 2 weeks': 'Alle 2 Wochen',
  'Check-in day': 'Check‑in-Tag',
  'Are OKRs new here?': 'Sind OKRs hier neu?',
  'This site holds closed cycles with objectives, so OKRs are not new here.':
    'Diese Website enthält abgeschlossene Zyklen mit Objectives, OKRs sind hier also nicht neu.',
  'Yes, this is our first cycle': 'Ja, dies ist unser erster Zyklus',
  'No, we have run OKRs before': 'Nein, wir haben schon mit OKRs gearbeitet',
  'Committed and aspirational OKRs?': 'Verbindliche und ambitionierte OKRs?',
  'Both: some OKRs stretch, some are promises':
    'Beides: manche OKRs sind ambitioniert, manche sind Zusagen',
  'Committed only: every OKR is a promise': 'Nur verbindliche: jedes OKR ist eine Zusage',
  'Cycle to plan': 'Zu planender Zyklus',
  'Proposed operating model': 'Vorgeschlagenes Betriebsmodell',
  'Check in every week: a short weekly rhythm keeps OKRs alive (Wodtke, Radical Focus).':
    'Checken Sie jede Woche ein: ein kurzer wöchentlicher Rhythmus hält OKRs lebendig (Wodtke, Radical Focus).',
  'Check in every two weeks, as you asked; KRs go stale after two missed check-ins.':
    'Checken Sie wie gewünscht alle zwei Wochen ein; Key Results veralten nach zwei verpassten Check‑ins.',
  'OKRs are new here: start small, with at most 3 objectives per team and 2–4 key results each (Doerr, Measure What Matters: fewer is better).':
    'OKRs sind hier neu: Beginnen Sie klein, mit höchstens 3 Objectives je Team und je 2–4 Key Results (Doerr, Measure What Matters: weniger ist mehr).',
  'Committed and aspirational OKRs both: committed ones are kept in full, aspirational ones succeed at 0.6–0.7 (Google re:Work).':
    'Verbindliche und ambitionierte OKRs: verbindliche werden vollständig erfüllt, ambitionierte gelten ab 0,6–0,7 als Erfolg (Google re:Work).',
  'Committed OKRs only: every OKR is a promise to deliver in full, scored against 1.0.':
    'Nur verbindliche OKRs: jedes OKR ist die Zusage, es vollständig zu erreichen, bewertet gegen 1,0.',
  'Many teams: align team objectives to the company’s, and name coaches so each team has someone to ask.':
    'Viele Teams: Richten Sie die Objectives der Teams auf die des Unternehmens aus und benennen Sie Coaches, damit jedes Team eine Ansprechperson hat.',
  'Coaching plan': 'Coaching-Plan',
  'Coaching plan for {cycle}': 'Coaching-Plan für {cycle}',
  Ritual: 'Ritual',
  Past: 'Vorbei',
  'Use this operating model and coaching plan':
    'Dieses Betriebsmodell und diesen Coaching-Plan übernehmen',
  // Cycles
  Name: 'Name',
  Dates: 'Zeitraum',
  State: 'Zustand',
  Time: 'Zeit',
  None: 'Keiner',
  '{count} {count|ritual|rituals}': '{count} {count|Ritual|Rituale}',
  'the cycle': 'dem Zyklus',
  'New cycle': 'Neuer Zyklus',
  Save: 'Speichern',
  'Create cycle': 'Zyklus anlegen',
  Template: 'Vorlage',
  'A quarter of a year': 'Ein Quartal eines Jahres',
  'A whole year (annual cycle)': 'Ein ganzes Jahr (Jahreszyklus)',
  'A quarter of the fiscal year': 'Ein Quartal des Geschäftsjahres',
  'A whole fiscal year (annual cycle)': 'Ein ganzes Geschäftsjahr (Jahreszyklus)',
  'Fiscal year': 'Geschäftsjahr',
  'Custom dates': 'Eigener Zeitraum',
  Year: 'Jahr',
  Quarter: 'Quartal',
  Starts: 'Beginnt',
  Ends: 'Endet',
  'Dates change only while the cycle is being planned.':
    'Der Zeitraum ändert sich nur, solange der Zyklus geplant wird.',
  'No cycles yet': 'Noch keine Zyklen',
  'Create the quarter you plan next. Annual and quarterly cycles may run side by side.':
    'Legen Sie das Quartal an, das Sie als Nächstes planen. Jahres- und Quartalszyklen können nebeneinander laufen.',
  'Start {cycle}': '{cycle} starten',
  'Start…': 'Starten…',
  'Put {cycle} back to planning': '{cycle} zurück in die Planung',
  'Back to planning': 'Zurück in die Planung',
  '{cycle} is back in planning: its dates can change again.':
    '{cycle} ist wieder in Planung: Sein Zeitraum kann sich wieder ändern.',
  'Close {cycle}': '{cycle} abschließen',
  'Close…': 'Abschließen…',
  'Reopen {cycle}': '{cycle} wieder öffnen',
  Reopen: 'Wieder öffnen',
  '{cycle} is open again.': '{cycle} ist wieder geöffnet.',
  'Delete…': 'Löschen…',
  'Start {cycle}?': '{cycle} starten?',
  'Start cycle': 'Zyklus starten',
  'Starting…': 'Wird gestartet…',
  '{cycle} is started: it is upcoming until {day}.':
    '{cycle} ist gestartet: Bis zum {day} ist er bevorstehend.',
  '{cycle} is active.': '{cycle} ist aktiv.',
  '{cycle} ({dates}) becomes active: it is the running cycle on every board when its dates come, and check-ins and reminders follow its dates. Its dates no longer change once it is active.':
    '{cycle} ({dates}) wird aktiv: In seinem Zeitraum ist er auf jedem Board der laufende Zyklus, und Check‑ins und Erinnerungen richten sich nach ihm. Sobald er aktiv ist, ändert sich sein Zeitraum nicht mehr.',
  'It starts on {day}, {when}. Until then, an admin can put it back to planning.':
    'Er beginnt am {day}, {when}. Bis dahin kann eine Administratorin oder ein Administrator ihn zurück in die Planung setzen.',
  '{cycle} is deleted.': '{cycle} ist gelöscht.',
  '{cycle} is saved.': '{cycle} ist gespeichert.',
  '{cycle} is created.': '{cycle} ist angelegt.',
  'Checking what {cycle} holds…': 'Es wird geprüft, was {cycle} enthält…',
  'Delete {cycle}': '{cycle} löschen',
  'Holds {things}. They stay with it as its history: close it instead, and it keeps them, read-only.':
    'Enthält {things}. Sie bleiben als seine Geschichte bei ihm: Schließen Sie ihn stattdessen ab, dann behält er sie schreibgeschützt.',
  'Holds {things}. Delete its objectives on its board first (their key results go with them), then delete the cycle.':
    'Enthält {things}. Löschen Sie zuerst seine Objectives auf seinem Board (ihre Key Results werden mit gelöscht), dann den Zyklus.',
  objectives: 'Objectives',
  'key results': 'Key Results',
  initiatives: 'Initiativen',
  'check-ins': 'Check‑ins',
  'meeting check-in rounds': 'Check‑in-Runden in Besprechungen',
  'Delete {cycle}?': '{cycle} löschen?',
  'Delete cycle': 'Zyklus löschen',
  '{cycle} ({dates}) is deleted for good, with its coaching plan.':
    '{cycle} ({dates}) wird mit seinem Coaching-Plan endgültig gelöscht.',
  // The cycle, as '{who} changed {what}' says it
  'this cycle': 'diesen Zyklus',
  // Teams
  'the team': 'dem Team',
  'this team': 'dieses Team',
  'New team': 'Neues Team',
  'Create team': 'Team anlegen',
  'Parent team': 'Übergeordnetes Team',
  'None (top level)': 'Keines (oberste Ebene)',
  'Microsoft 365 group id (optional)': 'Microsoft 365-Gruppen-ID (optional)',
  "Links the team to its Teams team: a tab added to that team's channels offers this team first. Paste the id, or the team's link from Teams (Get link to team).":
    'Verknüpft das Team mit seinem Team in Teams: Eine Registerkarte, die in den Kanälen dieses Teams hinzugefügt wird, bietet zuerst dieses Team an. Fügen Sie die ID oder den Link des Teams aus Teams ein (Link zum Team abrufen).',
  // Owners of an OKR team, as of a KR on the board (its column "Verantwortlich": "Verantwortliche"
  // broke after its 14th letter in a 320 px tab). "Besitzer" stays SharePoint's word for a site's
  // owners (its "Besitzer" group), a role in Microsoft 365 rather than in the OKRs.
  'Team owners': 'Verantwortliche des Teams',
  Owners: 'Verantwortlich',
  'Microsoft 365 group': 'Microsoft 365-Gruppe',
  Archived: 'Archiviert',
  'Give the team a name.': 'Geben Sie dem Team einen Namen.',
  'Keep the name to {max} characters or fewer (it has {length}).':
    'Der Name darf höchstens {max} Zeichen lang sein (er hat {length}).',
  '“{name}” is an archived team: restore it, or give this team another name.':
    '„{name}“ ist ein archiviertes Team: Stellen Sie es wieder her, oder geben Sie diesem Team einen anderen Namen.',
  'There is already a team called “{name}”: give this one another name.':
    'Es gibt bereits ein Team namens „{name}“: Geben Sie diesem einen anderen Namen.',
  'A Microsoft 365 group id looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Teams admin center → the team → Group id), or paste the team’s link (in Teams: … beside the team → Get link to team).':
    'Eine Microsoft 365-Gruppen-ID sieht so aus: 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Teams Admin Center → das Team → Gruppen-ID). Oder fügen Sie den Link des Teams ein (in Teams: … neben dem Team → Link zum Team abrufen).',
  'This team': 'Dieses Team',
  '{team} is active again: it is offered for channel tabs and as a parent team.':
    '{team} ist wieder aktiv: Es wird für Kanalregisterkarten und als übergeordnetes Team angeboten.',
  '{team} is archived. Its objectives are kept as they were.':
    '{team} ist archiviert. Seine Objectives bleiben, wie sie waren.',
  '{team} is archived. Its objectives in {cycles} are kept as they were.':
    '{team} ist archiviert. Seine Objectives in {cycles} bleiben, wie sie waren.',
  '{team} is archived. It had no objectives; nothing else changed.':
    '{team} ist archiviert. Es hatte keine Objectives; sonst hat sich nichts geändert.',
  'No teams yet': 'Noch keine Teams',
  'Start with the company itself, then the teams under it. Each team gets its own board.':
    'Beginnen Sie mit dem Unternehmen selbst, dann mit den Teams darunter. Jedes Team erhält sein eigenes Board.',
  Parent: 'Übergeordnet',
  'Linked Teams team': 'Verknüpftes Team in Teams',
  Linked: 'Verknüpft',
  'Restore {team}': '{team} wiederherstellen',
  'Archive {team}': '{team} archivieren',
  Restore: 'Wiederherstellen',
  Archive: 'Archivieren',
  '{team} is saved.': '{team} ist gespeichert.',
  '{team} is created.': '{team} ist angelegt.',
  'Archive {team}?': '{team} archivieren?',
  'Archiving…': 'Wird archiviert…',
  'Reading where {team} has objectives…': 'Es wird gelesen, wo {team} Objectives hat…',
  'Whatever objectives {team} has are kept as they are.':
    'Alle Objectives von {team} bleiben, wie sie sind.',
  '{team} has objectives in {cycles}. They are kept as they are: nothing is deleted or made read-only, and they still show on its board, in All OKRs and in the roll-ups of the teams above it.':
    '{team} hat Objectives in {cycles}. Sie bleiben, wie sie sind: Nichts wird gelöscht oder schreibgeschützt, und sie erscheinen weiter auf seinem Board, unter „Alle OKRs“ und in den Rollups der übergeordneten Teams.',
  '{team} has no objectives in any cycle.': '{team} hat in keinem Zyklus Objectives.',
  'Once archived, {team} is no longer offered when a channel tab is set up, as a parent team, or when a cycle is closed by team. Channel tabs already showing its board keep showing it.':
    'Archiviert wird {team} nicht mehr angeboten, wenn eine Kanalregisterkarte eingerichtet wird, als übergeordnetes Team oder wenn ein Zyklus nach Teams abgeschlossen wird. Kanalregisterkarten, die sein Board bereits zeigen, zeigen es weiter.',
  'The teams under it stay active: {teams}.': 'Die Teams darunter bleiben aktiv: {teams}.',
  'Restore brings {team} back at any time, here under Teams.':
    'Mit „Wiederherstellen“ holen Sie {team} jederzeit zurück, hier unter „Teams“.',
  // People and roles
  'the admins and coaches': 'den Administratoren und Coaches',
  'Admins and coaches are saved.': 'Administratoren und Coaches sind gespeichert.',
  "Admins set up teams, cycles and the operating model, and run the first run. Coaches close cycles and start the next, correct check-ins and delete OKRs; they also see the coach view of health across teams. These are the OKR site's SharePoint groups: only admins and the site's owners (who are admins too) change them.":
    'Administratoren richten Teams, Zyklen und das Betriebsmodell ein und führen die Ersteinrichtung durch. Coaches schließen Zyklen ab und starten den nächsten, korrigieren Check‑ins und löschen OKRs; sie sehen auch die Coach-Ansicht mit dem Zustand über Teams hinweg. Dies sind die SharePoint-Gruppen der OKR-Website: Nur Administratoren und die Besitzer der Website (die ebenfalls Administratoren sind) ändern sie.',
  'Looking up admins and coaches': 'Administratoren und Coaches werden gesucht',
  Admins: 'Administratoren',
  'Nobody yet': 'Noch niemand',
  'Site owners': 'Besitzer der Website',
  "Admins too, as owners of the OKR site: they are named in the site's permissions in SharePoint.":
    'Als Besitzer der OKR-Website ebenfalls Administratoren: Sie sind in den Websiteberechtigungen in SharePoint benannt.',
  Nobody: 'Niemand',
  Coaches: 'Coaches',
  'Save roles': 'Rollen speichern',
  // Operating model
  'Check-ins': 'Check‑ins',
  'Reminders follow these settings: on each check-in day, at 09:00 in their own time zone, every key result owner who has not checked in yet gets one notice in their Teams activity feed, and coaches a weekly digest. Anyone can snooze or turn off their own reminders in My OKRs.':
    'Die Erinnerungen folgen diesen Einstellungen: Am Check‑in-Tag um 09:00 Uhr in ihrer eigenen Zeitzone erhält jede verantwortliche Person eines Key Results, die noch nicht eingecheckt hat, einen Hinweis in ihrem Teams-Aktivitätsfeed, und Coaches erhalten eine wöchentliche Zusammenfassung. Jede Person kann ihre eigenen Erinnerungen in „Meine OKRs“ pausieren oder deaktivieren.',
  'Days between check-ins': 'Tage zwischen Check‑ins',
  'A KR is stale after (days)': 'Ein Key Result veraltet nach (Tagen)',
  'Confidence and scores': 'Zuversicht und Bewertungen',
  'Lowest confidence': 'Niedrigste Zuversicht',
  'Highest confidence': 'Höchste Zuversicht',
  'Top score': 'Höchste Bewertung',
  'Sweet spot from (fraction of the top)': 'Idealbereich ab (Anteil der höchsten Bewertung)',
  'Sweet spot to (fraction of the top)': 'Idealbereich bis (Anteil der höchsten Bewertung)',
  Pace: 'Tempo',
  'At risk when behind by (fraction)': 'Gefährdet bei einem Rückstand von (Anteil)',
  'Off track when behind by (fraction)': 'Im Verzug bei einem Rückstand von (Anteil)',
  Limits: 'Grenzen',
  'Objectives per team, at most': 'Objectives je Team, höchstens',
  'Key results per objective, at least': 'Key Results je Objective, mindestens',
  'Key results per objective, at most': 'Key Results je Objective, höchstens',
  'Longest title (characters)': 'Längster Titel (Zeichen)',
  'Longest description (characters)': 'Längste Beschreibung (Zeichen)',
  'Longest check-in note (characters)': 'Längste Check‑in-Notiz (Zeichen)',
  'Fiscal year starts in': 'Das Geschäftsjahr beginnt im',
  'Fiscal years are named by': 'Geschäftsjahre heißen nach',
  'The year they end in': 'dem Jahr, in dem sie enden',
  'The year they start in': 'dem Jahr, in dem sie beginnen',
  'The year they end in: FY{year} starts in {month}':
    'dem Jahr, in dem sie enden: GJ {year} beginnt im {month}',
  'The year they start in: FY{year} starts in {month}':
    'dem Jahr, in dem sie beginnen: GJ {year} beginnt im {month}',
  'Starting in January, the fiscal year is the calendar year: FY{year} either way.':
    'Beginnt es im Januar, ist das Geschäftsjahr das Kalenderjahr: GJ {year} in beiden Fällen.',
  'Commitment, language and story': 'Verbindlichkeit, Sprache und Geschichte',
  'Allow aspirational OKRs (besides committed ones)':
    'Ambitionierte OKRs erlauben (neben verbindlichen)',
  'Language the OKRs and the coach’s messages are in': 'Sprache der OKRs und der Coaching-Hinweise',
  'Why we use OKRs (the story)': 'Warum wir OKRs nutzen (die Geschichte)',
  on: 'ein',
  off: 'aus',
  'the built-in story': 'die mitgelieferte Geschichte',
  'Default: {value}': 'Standard: {value}',
  'weekly Monday commitments': 'wöchentliche Zusagen am Montag',
  'confidence out of 10, starting at 5/10': 'Zuversicht von 1 bis 10, zu Beginn 5/10',
  'grade 0.0–1.0, sweet spot 0.6–0.7': 'Bewertung 0,0–1,0, ideal 0,6–0,7',
  'compare progress with the time elapsed': 'Fortschritt mit der verstrichenen Zeit vergleichen',
  'three to five objectives, three to five key results':
    'drei bis fünf Objectives, drei bis fünf Key Results',
  'committed and aspirational OKRs': 'verbindliche und ambitionierte OKRs',
  'the operating model': 'dem Betriebsmodell',
  'this operating model': 'dieses Betriebsmodell',
  'The operating model is saved.': 'Das Betriebsmodell ist gespeichert.',
  'How your organisation runs OKRs. Every setting shows its default and where that default comes from.':
    'Wie Ihre Organisation mit OKRs arbeitet. Jede Einstellung zeigt ihren Standardwert und woher er stammt.',
  'What changes in {cycle}': 'Was sich in {cycle} ändert',
  'What changes in the current cycle': 'Was sich im aktuellen Zyklus ändert',
  'Save the operating model': 'Betriebsmodell speichern',
  '{count} {count|objective now exceeds|objectives now exceed} the limit of {limit} {limit|KR|KRs} ({before} with the saved model).':
    '{count} {count|Objective überschreitet|Objectives überschreiten} jetzt die Grenze von {limit} {limit|Key Result|Key Results} ({before} mit dem gespeicherten Modell).',
  '{count} {count|objective has|objectives have} fewer than {limit} {limit|KR|KRs} ({before} with the saved model).':
    '{count} {count|Objective hat|Objectives haben} weniger als {limit} {limit|Key Result|Key Results} ({before} mit dem gespeicherten Modell).',
  '{count} {count|team has|teams have} more than {limit} {limit|objective|objectives} ({before} with the saved model).':
    '{count} {count|Team hat|Teams haben} mehr als {limit} {limit|Objective|Objectives} ({before} mit dem gespeicherten Modell).',
  '{count} {count|key result counts|key results count} as stale ({before} with the saved model).':
    '{count} {count|Key Result gilt|Key Results gelten} als veraltet ({before} mit dem gespeicherten Modell).',
  '{count} {count|aspirational objective|aspirational objectives} would have to become committed before their next save.':
    '{count} {count|ambitioniertes Objective müsste|ambitionierte Objectives müssten} vor dem nächsten Speichern verbindlich werden.',
  'Check-ins come every {count} {count|day|days} instead of {before}; coaching plans made from now on use the new rhythm.':
    'Check‑ins finden jetzt alle {count} {count|Tag|Tage} statt (bisher alle {before}); ab jetzt erstellte Coaching-Pläne nutzen den neuen Rhythmus.',
  'With {count} days between check-ins, the check-in day moves through the week ({days}), and reminders with it. They keep to {weekday} with 7, 14 or 21 days, or 30 for the first {weekday} of each month.':
    'Mit {count} Tagen zwischen Check‑ins wandert der Check‑in-Tag durch die Woche ({days}), und die Erinnerungen mit ihm. Auf den {weekday} fallen sie bei 7, 14 oder 21 Tagen, oder bei 30 auf den ersten {weekday} jedes Monats.',
  // Close a cycle
  'the scores and learnings': 'die Bewertungen und Erkenntnisse',
  'A team not found': 'Ein nicht gefundenes Team',
  '{cycle} is closed. Its OKRs are read-only now.':
    '{cycle} ist abgeschlossen. Seine OKRs sind jetzt schreibgeschützt.',
  'Scores and learnings are saved.': 'Die Bewertungen und Erkenntnisse sind gespeichert.',
  '{length} of {max} characters': '{length} von {max} Zeichen',
  'Close {cycle}?': '{cycle} abschließen?',
  'Closing…': 'Wird abgeschlossen…',
  "The scores and answers here are saved, and every team's OKRs in {cycle} become read-only: no more check-ins or changes. An admin can reopen it under Cycles.":
    'Die Bewertungen und Antworten hier werden gespeichert, und die OKRs aller Teams in {cycle} werden schreibgeschützt: keine Check‑ins und Änderungen mehr. Eine Administratorin oder ein Administrator kann den Zyklus unter „Zyklen“ wieder öffnen.',
  '{cycle} becomes read-only: no objectives can be added to it. An admin can reopen it under Cycles.':
    '{cycle} wird schreibgeschützt: Es können keine Objectives mehr hinzugefügt werden. Eine Administratorin oder ein Administrator kann den Zyklus unter „Zyklen“ wieder öffnen.',
  '{cycle} still runs: it ends {when}, on {end:day}.':
    '{cycle} läuft noch: Der Zyklus endet {when}, am {end:day}.',
  '{count} {count|team has|teams have} no retrospective yet: {teams}.':
    '{count} {count|Team hat|Teams haben} noch keine Retrospektive: {teams}.',
  '{cycle} is closed': '{cycle} ist abgeschlossen',
  'Its scores and learnings are kept, and its OKRs are read-only. Next, carry the unfinished OKRs into the next cycle, and look back at how this one ran in the cycle review.':
    'Seine Bewertungen und Erkenntnisse bleiben erhalten, und seine OKRs sind schreibgeschützt. Übernehmen Sie als Nächstes die offenen OKRs in den nächsten Zyklus, und sehen Sie sich im Zyklusrückblick an, wie dieser Zyklus gelaufen ist.',
  'Start the next cycle': 'Nächsten Zyklus beginnen',
  'Open the cycle review': 'Zyklusrückblick öffnen',
  'No cycle to close': 'Kein Zyklus zum Abschließen',
  'Only an active cycle is closed. Closed cycles are read-only; an admin can reopen one under Cycles.':
    'Abgeschlossen wird nur ein aktiver Zyklus. Abgeschlossene Zyklen sind schreibgeschützt; eine Administratorin oder ein Administrator kann sie unter „Zyklen“ wieder öffnen.',
  'Committed · score {score}': 'Verbindlich · Bewertung {score}',
  'Aspirational · score {score}': 'Ambitioniert · Bewertung {score}',
  'Scores of {title}': 'Bewertungen von {title}',
  Proposed: 'Vorgeschlagen',
  Score: 'Bewertung',
  'Reason for a changed score': 'Grund für eine geänderte Bewertung',
  'Score of {title}': 'Bewertung von {title}',
  'Reason for the score of {title}': 'Grund für die Bewertung von {title}',
  'What went well, and why?': 'Was lief gut, und warum?',
  'What got in the way?': 'Was hat uns behindert?',
  'What will we do differently next cycle?': 'Was machen wir im nächsten Zyklus anders?',
  'Each key result gets a score from 0 to {max}, proposed from its progress. Change it with a reason; objectives roll up by weight. Then answer the retrospective questions.':
    'Jedes Key Result erhält eine Bewertung von 0 bis {max}, vorgeschlagen anhand seines Fortschritts. Ändern Sie sie mit einer Begründung; Objectives ergeben sich gewichtet aus ihren Key Results. Beantworten Sie dann die Fragen der Retrospektive.',
  'All teams': 'Alle Teams',
  'Loading the cycle’s OKRs': 'Die OKRs des Zyklus werden geladen',
  'No objectives to score': 'Keine Objectives zu bewerten',
  'This cycle has no objectives for the chosen team.':
    'Dieser Zyklus hat keine Objectives für das ausgewählte Team.',
  '{cycle} holds no objectives. Close it to make it read-only, or delete it if it was made by mistake.':
    '{cycle} enthält keine Objectives. Schließen Sie den Zyklus ab, um ihn schreibgeschützt zu machen, oder löschen Sie ihn, wenn er versehentlich angelegt wurde.',
  'Close {cycle}…': '{cycle} abschließen…',
  'Delete {cycle}…': '{cycle} löschen…',
  'Sandbagging signal': 'Hinweis auf zu vorsichtige Ziele',
  'score.committed.met': 'Verbindlich und erreicht: {score} ist das erwartete Ergebnis.',
  'score.committed.missed':
    'Verbindlich, aber mit {score} bewertet: Ein verbindliches OKR soll {max} erreichen. Erläutern Sie, was im Weg stand und was sich ändert.',
  'score.aspirational.belowSweetSpot':
    'Mit {score} bewertet, unter dem Idealbereich von {low}–{high}. Sehen Sie es als Information: War das Ziel außer Reichweite, oder haben sich die Prioritäten verschoben?',
  'score.aspirational.sweetSpot':
    'Mit {score} bewertet: im Idealbereich von {low}–{high} für ein ambitioniertes OKR. Gut gestreckt.',
  'score.aspirational.aboveSweetSpot':
    'Mit {score} bewertet, über dem Idealbereich von {low}–{high}. Ein starkes Ergebnis; kann das nächste noch ehrgeiziger sein?',
  'score.aspirational.fullyAchieved':
    'Ein ambitioniertes OKR mit {score} bewertet. Wenn das immer wieder vorkommt, sind die Ziele vielleicht nicht ehrgeizig genug.',
  'score.sandbagging':
    'Ambitionierte OKRs wurden {cycles} Zyklen in Folge mit {max} bewertet; das deutet darauf hin, dass die Ziele zu vorsichtig gesetzt werden.',
  'Someone else changed some of these meanwhile':
    'Jemand anderes hat einige davon inzwischen geändert',
  '{who} changed “{title}” since you opened it.':
    '{who} hat „{title}“ geändert, seit Sie es geöffnet haben.',
  'The rest is saved. Reload to see their changes, then save these again.':
    'Der Rest ist gespeichert. Laden Sie neu, um die Änderungen zu sehen, und speichern Sie diese dann erneut.',
  Reload: 'Neu laden',
  'Some scores or answers need fixing (see the fields above). Nothing was saved.':
    'Einige Bewertungen oder Antworten müssen korrigiert werden (siehe die Felder oben). Es wurde nichts gespeichert.',
  'Save scores and learnings': 'Bewertungen und Erkenntnisse speichern',
  'Save and close {cycle}': 'Speichern und {cycle} abschließen',
  'To close {cycle}, choose All teams: it closes for every team, and each key result not scored yet gets the score its progress earns.':
    'Um {cycle} abzuschließen, wählen Sie „Alle Teams“: Der Zyklus wird für alle Teams abgeschlossen, und jedes noch nicht bewertete Key Result erhält die Bewertung, die sein Fortschritt ergibt.',
  'Start the next cycle…': 'Nächsten Zyklus beginnen…',
  // Next cycle
  'All are in {cycle} already': 'Alle sind bereits in {cycle}',
  '{chosen} of {count} {count|objective|objectives}':
    '{chosen} von {count} {count|Objective|Objectives}',
  '{chosen} of {count} {count|key result|key results}':
    '{chosen} von {count} {count|Key Result|Key Results}',
  'Chosen: {what}': 'Ausgewählt: {what}',
  'Chosen: {what}; the others are in {cycle} already':
    'Ausgewählt: {what}; die übrigen sind bereits in {cycle}',
  'Select all of {team}’s objectives and key results':
    'Alle auswählen: Objectives und Key Results von {team}',
  'Select all objectives and key results': 'Alle auswählen: alle Objectives und Key Results',
  'Select none of {team}’s objectives and key results':
    'Keine auswählen: Objectives und Key Results von {team}',
  'Select none of the objectives and key results':
    'Keine auswählen: keines der Objectives und Key Results',
  '{count} open {count|initiative|initiatives}':
    '{count} {count|offene Initiative|offene Initiativen}',
  'In {cycle} now: {what}.': 'Jetzt in {cycle}: {what}.',
  'Nothing was carried into {cycle}.': 'Nichts wurde in {cycle} übernommen.',
  'Carry {what} into {cycle}': '{what} in {cycle} übernehmen',
  'Nothing chosen to carry into {cycle}': 'Nichts zum Übernehmen in {cycle} ausgewählt',
  'Not carried: {titles}. They are still chosen below; carrying again adds only what is missing.':
    'Nicht übernommen: {titles}. Sie bleiben unten ausgewählt; erneutes Übernehmen ergänzt nur, was fehlt.',
  'Not in {cycle} yet, under what it holds already: {titles}. They are chosen below; untick a key result to leave it in {source}.':
    'Noch nicht in {cycle}, unter dem, was es bereits enthält: {titles}. Sie sind unten ausgewählt; wählen Sie ein Key Result ab, um es in {source} zu lassen.',
  '{cycle} is created, in planning.': '{cycle} ist angelegt, in Planung.',
  // The visible words begin each name (label in name, WCAG 2.5.3).
  'Select all': 'Alle auswählen',
  'Select none': 'Keine auswählen',
  'Already in {cycle}': 'Bereits in {cycle}',
  'Left out of {cycle}': 'Für {cycle} ausgelassen',
  'Left out of {cycle} for every coach: {what}.':
    'Für {cycle} ausgelassen, für alle Coaches: {what}.',
  'Offered again for {cycle}: they are chosen below.':
    'Wieder für {cycle} angeboten: Sie sind unten ausgewählt.',
  'Left out of {cycle} by choice: {titles}. Tick one to carry it after all, or offer them all again.':
    'Bewusst für {cycle} ausgelassen: {titles}. Wählen Sie eines aus, um es doch zu übernehmen, oder bieten Sie alle wieder an.',
  'Offer them again': 'Wieder anbieten',
  'What you left out is not kept: this OKR site has no column for it yet (RolloverLeftOut in OKR Cycles). An admin adds it by running the site set-up again (npm run provision-lists); until then, a reload offers it again.':
    'Was Sie ausgelassen haben, wird nicht gespeichert: Diese OKR-Website hat noch keine Spalte dafür (RolloverLeftOut in OKR Cycles). Ein Admin fügt sie hinzu, indem er die Einrichtung der Website erneut ausführt (npm run provision-lists); bis dahin wird es nach einem Neuladen wieder angeboten.',
  'Coaches and admins start the next cycle':
    'Coaches und Administratoren beginnen den nächsten Zyklus',
  'They carry unfinished objectives and key results over, each starting where it ended.':
    'Sie übernehmen offene Objectives und Key Results, jedes mit dem Stand, mit dem es endete.',
  'Nothing to roll over yet': 'Noch nichts zu übernehmen',
  'Once a cycle has run, its unfinished OKRs can carry over into the next.':
    'Sobald ein Zyklus gelaufen ist, können seine offenen OKRs in den nächsten übernommen werden.',
  'Unfinished objectives and key results are chosen for you. Each key result starts where it ended, with its phased targets and open initiatives; an alignment is kept when what it points to comes along too or runs on in a cycle spanning the next.':
    'Offene Objectives und Key Results sind bereits ausgewählt. Jedes Key Result beginnt mit dem Stand, mit dem es endete, mit seinen Zwischenzielen und offenen Initiativen; eine Ausrichtung bleibt erhalten, wenn ihr Ziel mitkommt oder in einem Zyklus weiterläuft, der den nächsten umfasst.',
  Into: 'Ziel',
  'No cycle follows {cycle} yet.': 'Auf {cycle} folgt noch kein Zyklus.',
  'No cycle follows {cycle} yet: an admin creates it under Cycles.':
    'Auf {cycle} folgt noch kein Zyklus: Eine Administratorin oder ein Administrator legt ihn unter „Zyklen“ an.',
  'Create {cycle} ({start:day} to {end:day})': '{cycle} anlegen ({start:day} bis {end:day})',
  'Objectives and key results to carry over': 'Zu übernehmende Objectives und Key Results',
  'Key results of {title}': 'Key Results von {title}',
  'Carry over': 'Übernehmen',
  'Alignments and roll-ups': 'Ausrichtungen und Roll-ups',
  Kept: 'Bleiben erhalten',
  'Cannot be kept': 'Gehen verloren',
  '“{from}” stays aligned to “{to}”, carried too':
    '„{from}“ bleibt an „{to}“ ausgerichtet, das mitkommt',
  '“{from}” stays aligned to “{to}” in {cycle}':
    '„{from}“ bleibt an „{to}“ in {cycle} ausgerichtet',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}':
    '„{from}“ verliert die Ausrichtung an „{to}“, das in {cycle} bleibt',
  '“{from}” loses its alignment to an objective no longer found':
    '„{from}“ verliert die Ausrichtung an ein Objective, das nicht mehr zu finden ist',
  '“{from}” still rolls up from “{to}”, carried too':
    '„{from}“ wird weiter aus „{to}“ berechnet, das mitkommt',
  '“{from}” still rolls up from “{to}” in {cycle}':
    '„{from}“ wird weiter aus „{to}“ in {cycle} berechnet',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}':
    '„{from}“ wird nicht mehr aus „{to}“ berechnet, das in {cycle} bleibt',
  '“{from}” no longer rolls up from an item no longer found':
    '„{from}“ wird nicht mehr aus einem Element berechnet, das nicht mehr zu finden ist',
  '{count} open {count|initiative comes|initiatives come} along with {count|its key result|their key results}.':
    '{count} {count|offene Initiative kommt|offene Initiativen kommen} mit {count|ihrem Key Result|ihren Key Results} mit.',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, a closed cycle':
    '„{from}“ verliert die Ausrichtung an „{to}“, das in {cycle} bleibt, einem abgeschlossenen Zyklus',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends':
    '„{from}“ verliert die Ausrichtung an „{to}“, das in {cycle} bleibt, der am {end:day} endet, vor dem Ende von {next}',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts':
    '„{from}“ verliert die Ausrichtung an „{to}“, das in {cycle} bleibt, der am {start:day} beginnt, nach dem Beginn von {next}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, a closed cycle':
    '„{from}“ wird nicht mehr aus „{to}“ berechnet, das in {cycle} bleibt, einem abgeschlossenen Zyklus',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends':
    '„{from}“ wird nicht mehr aus „{to}“ berechnet, das in {cycle} bleibt, der am {end:day} endet, vor dem Ende von {next}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts':
    '„{from}“ wird nicht mehr aus „{to}“ berechnet, das in {cycle} bleibt, der am {start:day} beginnt, nach dem Beginn von {next}',
  // Cycle review
  'No committed objective was scored when this cycle closed':
    'Beim Abschluss dieses Zyklus wurde kein verbindliches Objective bewertet',
  'No committed objective is scored yet: scores come when the cycle closes':
    'Noch ist kein verbindliches Objective bewertet: Bewertungen kommen mit dem Abschluss des Zyklus',
  '{hit} of {count} {count|scored committed objective|scored committed objectives} reached a score of {top}':
    '{hit} von {count} {count|bewerteten verbindlichen Objective|bewerteten verbindlichen Objectives} {hit|erreichte|erreichten} die Bewertung {top}',
  'Does not apply: this cycle was imported, and its check-ins show no regular rhythm to judge them by':
    'Trifft nicht zu: Dieser Zyklus wurde importiert, und seine Check‑ins zeigen keinen regelmäßigen Rhythmus, an dem sie sich messen ließen',
  '{onTime} of {count} {count|check-in|check-ins} due came on time':
    '{onTime} von {count} fälligen {count|Check‑in|Check‑ins} {onTime|kam|kamen} rechtzeitig',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the weekly rhythm its imported check-ins show':
    '{onTime} von {count} fälligen {count|Check‑in|Check‑ins} {onTime|kam|kamen} rechtzeitig, gemessen am wöchentlichen Rhythmus, den seine importierten Check‑ins zeigen',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the fortnightly rhythm its imported check-ins show':
    '{onTime} von {count} fälligen {count|Check‑in|Check‑ins} {onTime|kam|kamen} rechtzeitig, gemessen am zweiwöchentlichen Rhythmus, den seine importierten Check‑ins zeigen',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the monthly rhythm its imported check-ins show':
    '{onTime} von {count} fälligen {count|Check‑in|Check‑ins} {onTime|kam|kamen} rechtzeitig, gemessen am monatlichen Rhythmus, den seine importierten Check‑ins zeigen',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the rhythm of every {days} days its imported check-ins show':
    '{onTime} von {count} fälligen {count|Check‑in|Check‑ins} {onTime|kam|kamen} rechtzeitig, gemessen am Rhythmus von {days} Tagen, den seine importierten Check‑ins zeigen',
  'Key results per score band': 'Key Results je Bewertungsbereich',
  '{from} to under {to}': '{from} bis unter {to}',
  '{from} to {to}': '{from} bis {to}',
  'No cycle to review yet': 'Noch kein Zyklus für einen Rückblick',
  'A cycle shows here once it has started.': 'Ein Zyklus erscheint hier, sobald er begonnen hat.',
  'The whole organisation': 'Die gesamte Organisation',
  'Working out the review': 'Der Rückblick wird erstellt',
  'No key results to review in {cycle}': 'Keine Key Results für einen Rückblick in {cycle}',
  '{team} has no key results in this cycle. Choose another team, or the whole organisation.':
    '{team} hat in diesem Zyklus keine Key Results. Wählen Sie ein anderes Team oder die gesamte Organisation.',
  'The review shows check-ins, confidence and scores once the cycle holds key results.':
    'Der Rückblick zeigt Check‑ins, Zuversicht und Bewertungen, sobald der Zyklus Key Results enthält.',
  'Check-ins on time': 'Rechtzeitige Check‑ins',
  'Committed OKRs met': 'Erreichte verbindliche OKRs',
  'Average confidence over time': 'Durchschnittliche Zuversicht im Zeitverlauf',
  'The first check-in day is still ahead.': 'Der erste Check‑in-Tag steht noch bevor.',
  'No key result has been given a confidence at a check-in yet.':
    'Bei einem Check‑in wurde noch für kein Key Result eine Zuversicht angegeben.',
  'Score distribution': 'Verteilung der Bewertungen',
  'Key result scores': 'Bewertungen der Key Results',
  'No key result was scored when this cycle closed.':
    'Beim Abschluss dieses Zyklus wurde kein Key Result bewertet.',
  'No key result is scored yet: scores come when the cycle closes.':
    'Noch ist kein Key Result bewertet: Bewertungen kommen mit dem Abschluss des Zyklus.',
  '{day:day}: {average} of {max}': '{day:day}: {average} von {max}',
  'Average confidence {point}.': 'Durchschnittliche Zuversicht {point}.',
  'Average confidence from {earliest} to {latest}, over {count} {count|check-in day|check-in days}.':
    'Durchschnittliche Zuversicht von {earliest} bis {latest}, über {count} {count|Check‑in-Tag|Check‑in-Tage}.',
  'No confidence given yet.': 'Noch keine Zuversicht angegeben.',
  'Average confidence of the key results, from 0 to {max}, at each check-in day':
    'Durchschnittliche Zuversicht der Key Results, von 0 bis {max}, an jedem Check‑in-Tag',
  'Confidence table': 'Tabelle der Zuversicht',
  'Average confidence per check-in day': 'Durchschnittliche Zuversicht je Check‑in-Tag',
  'Average confidence': 'Durchschnittliche Zuversicht',
  'None given yet': 'Noch keine angegeben',
};
