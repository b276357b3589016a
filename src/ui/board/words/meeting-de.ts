import { facilitatorsSaveDrafts } from '../../../core/rituals/planning';
import { attendeesCannotShare } from '../../../core/rituals/roles';
import type { MeetingTranslation } from '../../meeting/meeting-words';

/**
 * The meeting's side panel and stage in German, with the board's terms (`de.ts`): formal „Sie“,
 * Objective, Key Result, Check-in, Zuversicht, Zyklus. Teams' German calls the meeting stage the
 * „Besprechungsphase“, sharing to it „für die Besprechungsphase freigeben“ (its button „Für
 * Besprechungsphase freigeben“, never „teilen“), and the organizer and presenters „organisierende
 * Person“ and „Referierende“: https://learn.microsoft.com/de-de/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
 */
export const meeting: MeetingTranslation = {
  texts: {
    'Drafts together': 'Gemeinsame Entwürfe',
    'Joining the meeting’s drafts': 'Die Entwürfe der Besprechung werden geöffnet',
    'Shared drafts': 'Geteilte Entwürfe',
    'No drafts yet. Start one: everyone in the meeting sees it, and the coach’s notes on it, as it is typed.':
      'Noch keine Entwürfe. Beginnen Sie einen: Alle in der Besprechung sehen ihn und die Hinweise des Coaches dazu, während er geschrieben wird.',
    'Start a draft': 'Entwurf beginnen',
    'Save {count} accepted drafts': '{count} angenommene Entwürfe speichern',
    'Save accepted drafts': 'Angenommene Entwürfe speichern',
    'Saving the accepted drafts…': 'Die angenommenen Entwürfe werden gespeichert…',
    '{count} already saved by someone else.': '{count} bereits von jemand anderem gespeichert.',
    'Nothing saved twice:': 'Nichts doppelt gespeichert:',
    'Accept a draft to save it to the board.':
      'Nehmen Sie einen Entwurf an, um ihn auf dem Board zu speichern.',
    '{count} {count|objective|objectives} saved to the board.':
      '{count} {count|Objective|Objectives} auf dem Board gespeichert.',
    'A draft': 'Ein Entwurf',
    'Draft {position}': 'Entwurf {position}',
    '{draft} (“{title}”) was not saved. {why}':
      '{draft} („{title}“) wurde nicht gespeichert. {why}',
    '{draft} was not saved. {why}': '{draft} wurde nicht gespeichert. {why}',
    'Draft {position}: objective': 'Entwurf {position}: Objective',
    'Started by {name}': 'Begonnen von {name}',
    'Draft {position}: team': 'Entwurf {position}: Team',
    'Editing now: {names}': 'Bearbeitet gerade: {names}',
    'Nobody is editing it now.': 'Niemand bearbeitet ihn gerade.',
    'Accepted by the team': 'Vom Team angenommen',
    'Being saved by {name}…': 'Wird von {name} gespeichert…',
    'Saved to the board by {name}': 'Von {name} auf dem Board gespeichert',
    'Coaching on draft {position}': 'Coaching zu Entwurf {position}',
    'Nothing to add: this reads like a good objective.':
      'Nichts hinzuzufügen: Das liest sich wie ein gutes Objective.',
    'Check-in round on the stage': 'Check‑in-Runde in der Besprechungsphase',
    'Whether a check-in round is running could not be checked.':
      'Ob eine Check‑in-Runde läuft, konnte nicht geprüft werden.',
    'Key result {position} of {count}': 'Key Result {position} von {count}',
    'Key result {position} of {count}: {title}': 'Key Result {position} von {count}: {title}',
    'Its title could not be read: {problem}': 'Der Titel konnte nicht gelesen werden: {problem}',
    'As the meeting last recorded it: not confirmed, as no stage or panel that ran it is open now.':
      'So, wie die Besprechung sie zuletzt festgehalten hat: nicht bestätigt, da keine Besprechungsphase und kein Bereich geöffnet ist, in dem sie lief.',
    'Facilitated by {names}': 'Moderiert von {names}',
    'Show it on the stage again': 'Wieder in der Besprechungsphase zeigen',
    'Voting: {votes} of {people} voted.': 'Abstimmung: {votes} von {people} haben abgestimmt.',
    'You have voted.': 'Sie haben abgestimmt.',
    'Vote on the stage: votes stay sealed until revealed.':
      'Stimmen Sie in der Besprechungsphase ab: Die Stimmen bleiben verdeckt, bis sie aufgedeckt werden.',
    'Votes revealed: save the outcome on the stage.':
      'Stimmen aufgedeckt: Speichern Sie das Ergebnis in der Besprechungsphase.',
    'Votes revealed: the facilitator is recording the outcome.':
      'Stimmen aufgedeckt: Die moderierende Person hält das Ergebnis fest.',
    'Check-in saved.': 'Check‑in gespeichert.',
    'key result {position} of {count}': 'Key Result {position} von {count}',
    'key result {position} of {count}, “{title}”': 'Key Result {position} von {count}, „{title}“',
    'Replace the running round?': 'Laufende Runde ersetzen?',
    'A check-in round may still be running, at {place}: the meeting last recorded it there, and no stage or panel that ran it is open now to confirm it.':
      'Eine Check‑in-Runde läuft möglicherweise noch, bei {place}: Dort hat die Besprechung sie zuletzt festgehalten, und keine Besprechungsphase und kein Bereich, in dem sie lief, ist geöffnet, um das zu bestätigen.',
    'A check-in round is still running, at {place}.':
      'Eine Check‑in-Runde läuft noch, bei {place}.',
    'A check-in round is on the meeting stage.':
      'In der Besprechungsphase wird eine Check‑in-Runde angezeigt.',
    'A check-in round may still be running: whether one is could not be checked ({problem}).':
      'Eine Check‑in-Runde läuft möglicherweise noch: Ob eine läuft, konnte nicht geprüft werden ({problem}).',
    'Sharing these key results ends it for everyone; what was saved stays saved.':
      'Wenn Sie diese Key Results für die Besprechungsphase freigeben, endet sie für alle; Gespeichertes bleibt gespeichert.',
    'Keep the current round': 'Aktuelle Runde behalten',
    'Replace the round': 'Runde ersetzen',
    'Replace the round’s summary?': 'Zusammenfassung der Runde ersetzen?',
    'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet. Sharing these key results replaces it for everyone, and the round is not recorded; its saved check-ins stay saved.':
      'In der Besprechungsphase wird die Zusammenfassung der beendeten Runde angezeigt, die noch nicht in „Meeting Sessions“ festgehalten ist. Wenn Sie diese Key Results für die Besprechungsphase freigeben, wird sie für alle ersetzt, und die Runde wird nicht festgehalten; ihre gespeicherten Check‑ins bleiben gespeichert.',
    'Keep the summary': 'Zusammenfassung behalten',
    'Replace the summary': 'Zusammenfassung ersetzen',
    'Meeting mode': 'Besprechungsmodus',
    '{count} more {count|mode|modes}': '{count} {count|weiterer Modus|weitere Modi}',
    'Check-in': 'Check‑in',
    'Loading the team’s OKRs': 'Die OKRs des Teams werden geladen',
    'No cycle': 'Kein Zyklus',
    'There is no OKR cycle for this meeting’s tab yet. Ask an admin to create one.':
      'Für die Registerkarte dieser Besprechung gibt es noch keinen OKR-Zyklus. Bitten Sie eine Administratorin oder einen Administrator, einen anzulegen.',
    'Planning prompts': 'Impulse für die Planung',
    'Weekly check-in prompts': 'Impulse für den wöchentlichen Check‑in',
    'Source: {source}': 'Quelle: {source}',
    'Draft objectives and key results in planning mode first.':
      'Entwerfen Sie zuerst im Planungsmodus Objectives und Key Results.',
    'Key results to review': 'Zu besprechende Key Results',
    'Search key results': 'Key Results durchsuchen',
    'No key result matches “{search}”.': 'Kein Key Result entspricht „{search}“.',
    'All teams': 'Alle Teams',
    'Sub-team of {team}': 'Team unter {team}',
    'All owners': 'Alle Verantwortlichen',
    'No key results in this filter': 'Keine Key Results in diesem Filter',
    'The team and owner chosen have no key results this cycle: there is nothing to prompt about or review. Clear the filters, or choose another team or owner.':
      'Das gewählte Team und der gewählte Verantwortliche haben in diesem Zyklus keine Key Results: Es gibt nichts zu hinterfragen oder zu besprechen. Löschen Sie die Filter, oder wählen Sie ein anderes Team oder einen anderen Verantwortlichen.',
    'All {count} of this objective': 'Alle {count} dieses Objectives',
    '{title} (rolled up: check in on its sources)':
      '{title} (aggregiert: Check‑ins bei den Quellen)',
    'Share to stage': 'Für Besprechungsphase freigeben',
    'Sharing to the meeting stage is not available here.':
      'Die Freigabe für die Besprechungsphase ist hier nicht verfügbar.',
    'Open the round in a new window': 'Runde in einem neuen Fenster öffnen',
    'Pick the key results to review.': 'Wählen Sie die zu besprechenden Key Results aus.',
    '{count} {count|key result|key results} picked.':
      '{count} {count|Key Result|Key Results} ausgewählt.',
    'Checking whether a check-in round is still running…':
      'Es wird geprüft, ob noch eine Check‑in-Runde läuft…',
    'Shared to the stage.': 'Für die Besprechungsphase freigegeben.',
    'Not on the stage now.': 'Derzeit nicht in der Besprechungsphase.',
    'Objectives this cycle': 'Objectives in diesem Zyklus',
    'No objectives yet: draft the first one together.':
      'Noch keine Objectives: Entwerfen Sie das erste gemeinsam.',
    'Opening the shared drafts': 'Die geteilten Entwürfe werden geöffnet',
    'Someone else saved this round’s check-in of this key result first, with other values: yours ({value}, confidence {confidence}) was not saved. Theirs is the round’s outcome: to change it, save a correction.':
      'Jemand anderes hat den Check‑in dieser Runde für dieses Key Result zuerst gespeichert, mit anderen Werten: Ihrer ({value}, Zuversicht {confidence}) wurde nicht gespeichert. Der andere ist das Ergebnis der Runde: Um ihn zu ändern, speichern Sie eine Korrektur.',
    'The check-in was not saved.': 'Der Check‑in wurde nicht gespeichert.',
    'A newer check-in was saved while you met: {title} is now {value}. Nothing was saved. Load it, agree again, then save.':
      'Während der Besprechung wurde ein neuerer Check‑in gespeichert: {title} steht jetzt bei {value}. Nichts wurde gespeichert. Laden Sie ihn, einigen Sie sich erneut, und speichern Sie dann.',
    'A newer check-in was saved while you met: {title} is now {value}, confidence {confidence}. Nothing was saved. Load it, agree again, then save.':
      'Während der Besprechung wurde ein neuerer Check‑in gespeichert: {title} steht jetzt bei {value}, Zuversicht {confidence}. Nichts wurde gespeichert. Laden Sie ihn, einigen Sie sich erneut, und speichern Sie dann.',
    'Key results in this round': 'Key Results dieser Runde',
    'under review': 'wird besprochen',
    saved: 'gespeichert',
    corrected: 'korrigiert',
    skipped: 'übersprungen',
    'not reviewed yet': 'noch nicht besprochen',
    'Go to {label} ({status}) for everyone': 'Für alle zu {label} ({status}) wechseln',
    '{count} {count|vote|votes}, median {median}':
      '{count} {count|Stimme|Stimmen}, Median {median}',
    'no votes kept': 'keine Stimmen erhalten',
    Votes: 'Stimmen',
    'Voted earlier in this round: {earlier}.': 'Früher in dieser Runde abgestimmt: {earlier}.',
    'No new vote: the correction starts from the check-in saved earlier ({earlier}).':
      'Keine neue Abstimmung: Die Korrektur geht vom früher gespeicherten Check‑in aus ({earlier}).',
    'Waiting for the votes to be revealed…': 'Warten, bis die Stimmen aufgedeckt werden…',
    'Revealed votes': 'Aufgedeckte Stimmen',
    'not revealed yet': 'noch nicht aufgedeckt',
    'invalid ({reason})': 'ungültig ({reason})',
    'Spread {min}–{max} · median {median} · mean {mean}':
      'Spanne {min}–{max} · Median {median} · Mittelwert {mean}',
    '{count} still to reveal': '{count} noch aufzudecken',
    'Discussion prompt': 'Gesprächsimpuls',
    Discuss: 'Besprechen',
    Outcome: 'Ergebnis',
    'Correcting a saved check-in': 'Einen gespeicherten Check‑in korrigieren',
    'Already saved in this round': 'In dieser Runde bereits gespeichert',
    'Saving adds a correction: both check-ins stay in the key result’s history, and the round keeps the correction.':
      'Speichern fügt eine Korrektur hinzu: Beide Check‑ins bleiben im Verlauf des Key Results, und die Runde übernimmt die Korrektur.',
    'Agreed value ({unit})': 'Vereinbarter Wert ({unit})',
    'Agreed value': 'Vereinbarter Wert',
    'Agreed confidence ({min} to {max})': 'Vereinbarte Zuversicht ({min} bis {max})',
    'Load the newer check-in': 'Neueren Check‑in laden',
    'Vote again': 'Erneut abstimmen',
    'Check-in saved by {name}: {value}, confidence {confidence}.':
      'Check‑in gespeichert von {name}: {value}, Zuversicht {confidence}.',
    'Correction saved by {name}: {value}, confidence {confidence}. It replaces {earlier}, confidence {earlierConfidence} (saved by {earlierName}) as the round’s outcome; both check-ins stay in the key result’s history.':
      'Korrektur gespeichert von {name}: {value}, Zuversicht {confidence}. Sie ersetzt {earlier}, Zuversicht {earlierConfidence} (gespeichert von {earlierName}) als Ergebnis der Runde; beide Check‑ins bleiben im Verlauf des Key Results.',
    Corrected: 'Korrigiert',
    Saved: 'Gespeichert',
    'Next key result': 'Nächstes Key Result',
    'Finish the round': 'Runde beenden',
    'Correct this check-in': 'Diesen Check‑in korrigieren',
    'Vote on it again': 'Erneut darüber abstimmen',
    'Ended too soon? Reopening takes everyone back to key result {position}, “{title}”. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.':
      'Zu früh beendet? Erneutes Öffnen bringt alle zurück zu Key Result {position}, „{title}“. Gespeichertes und Übersprungenes bleibt, und der Eintrag der Runde in „Meeting Sessions“ wird aktualisiert, wenn sie wieder endet.',
    'Ended too soon? Reopening takes everyone back to key result {position}. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.':
      'Zu früh beendet? Erneutes Öffnen bringt alle zurück zu Key Result {position}. Gespeichertes und Übersprungenes bleibt, und der Eintrag der Runde in „Meeting Sessions“ wird aktualisiert, wenn sie wieder endet.',
    'Reopen the round': 'Runde erneut öffnen',
    'Recording the round in Meeting Sessions…':
      'Die Runde wird in „Meeting Sessions“ festgehalten…',
    'Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.':
      'In „Meeting Sessions“ festgehalten: Der Coach sieht sie bei den früheren Runden des Teams.',
    'The round could not be recorded in Meeting Sessions.':
      'Die Runde konnte nicht in „Meeting Sessions“ festgehalten werden.',
    'Not recorded in Meeting Sessions yet: {name}’s stage records it.':
      'Noch nicht in „Meeting Sessions“ festgehalten: Die Besprechungsphase von {name} hält sie fest.',
    'Not recorded in Meeting Sessions yet: the facilitator’s stage records it.':
      'Noch nicht in „Meeting Sessions“ festgehalten: Die Besprechungsphase der moderierenden Person hält sie fest.',
    'Round complete': 'Runde abgeschlossen',
    'End the round': 'Runde beenden',
    'End the round now?': 'Runde jetzt beenden?',
    '{count} {count|key result|key results} will not be reviewed: the round’s summary and its record list {count|it|them} as not reviewed.':
      '{count} {count|Key Result wird|Key Results werden} nicht besprochen: Die Zusammenfassung der Runde und ihr Eintrag führen {count|es|sie} als nicht besprochen.',
    'Every key result is saved or skipped.': 'Jedes Key Result ist gespeichert oder übersprungen.',
    'The votes revealed on the key result under review are not saved: they are dropped.':
      'Die aufgedeckten Stimmen zum aktuellen Key Result sind nicht gespeichert: Sie werden verworfen.',
    'Saved outcomes and skips are kept, and everyone sees the round’s summary.':
      'Gespeicherte Ergebnisse und übersprungene Key Results bleiben erhalten, und alle sehen die Zusammenfassung der Runde.',
    'Keep going': 'Weitermachen',
    'Round ended': 'Runde beendet',
    'The round has ended: its summary is on the stage.':
      'Die Runde ist beendet: ihre Zusammenfassung ist in der Besprechungsphase zu sehen.',
    'The round has ended. Its summary was on the stage, which is no longer shared.':
      'Die Runde ist beendet. Ihre Zusammenfassung war in der Besprechungsphase zu sehen, die nicht mehr freigegeben ist.',
    'Show the summary on the stage again': 'Zusammenfassung wieder in der Besprechungsphase zeigen',
    'The organizer or a presenter can show the summary on the stage again.':
      'Die organisierende Person oder Referierende können die Zusammenfassung wieder für die Besprechungsphase freigeben.',
    'Ended by {name} at {time}': 'Beendet von {name} um {time}',
    'To run another round, pick key results below and share them to the stage.':
      'Für eine weitere Runde wählen Sie unten Key Results aus und geben sie für die Besprechungsphase frei.',
    'A new round starts when the organizer or a presenter shares key results to the stage.':
      'Eine neue Runde beginnt, wenn die organisierende Person oder Referierende Key Results für die Besprechungsphase freigeben.',
    '{saved} saved · {skipped} skipped': '{saved} gespeichert · {skipped} übersprungen',
    '{count} not reviewed': '{count} nicht besprochen',
    'average confidence change {change}': 'durchschnittliche Änderung der Zuversicht {change}',
    'Round outcome': 'Ergebnis der Runde',
    ' (corrected from {value}, confidence {confidence})':
      ' (korrigiert von {value}, Zuversicht {confidence})',
    Discussed: 'Besprochen',
    'Record the round again': 'Runde erneut festhalten',
    'Copy summary for the meeting chat': 'Zusammenfassung für den Besprechungschat kopieren',
    'Copied: paste it into the meeting chat.':
      'Kopiert: Fügen Sie sie in den Besprechungschat ein.',
    'Could not copy: select the text below and copy it.':
      'Kopieren nicht möglich: Markieren Sie den Text unten, und kopieren Sie ihn.',
    'Summary for the chat': 'Zusammenfassung für den Chat',
    'Skip this key result': 'Dieses Key Result überspringen',
    'Reason to skip': 'Grund für das Überspringen',
    'Say why it is skipped: the round’s summary keeps it.':
      'Geben Sie an, warum es übersprungen wird: Die Zusammenfassung der Runde hält es fest.',
    Skip: 'Überspringen',
    'median · owner': 'Median · verantwortlich',
    median: 'Median',
    owner: 'verantwortlich',
    '{count} {count|vote|votes}: {votes}.': '{count} {count|Stimme|Stimmen}: {votes}.',
    'Median {median}': 'Median {median}',
    'Median {median}, between {from} and {to}': 'Median {median}, zwischen {from} und {to}',
    '; owner’s confidence {confidence}.': '; Zuversicht der verantwortlichen Person {confidence}.',
    'One dot per vote; the solid line marks the median, {median}':
      'Ein Punkt pro Stimme; die durchgezogene Linie markiert den Median, {median}',
    'the dashed line with a diamond marks the owner’s confidence, {confidence}':
      'die gestrichelte Linie mit der Raute markiert die Zuversicht der verantwortlichen Person, {confidence}',
    'Key result {id}': 'Key Result {id}',
    'Joining the check-in round': 'Die Check‑in-Runde wird geöffnet',
    'Check-in round': 'Check‑in-Runde',
    'Check-in round · key result {position} of {total}':
      'Check‑in-Runde · Key Result {position} von {total}',
    '{count} {count|participant|participants}': '{count} {count|Teilnehmer|Teilnehmende}',
    'started at {time}': 'begonnen um {time}',
    'Key result not found': 'Key Result nicht gefunden',
    'This key result is no longer on the board. The facilitator can skip it.':
      'Dieses Key Result ist nicht mehr auf dem Board. Die moderierende Person kann es überspringen.',
    Now: 'Aktuell',
    'Owner’s confidence': 'Zuversicht der verantwortlichen Person',
    'The facilitator is recording the outcome.': 'Die moderierende Person hält das Ergebnis fest.',
    '{votes} of {people} voted. Votes are sealed until the facilitator reveals them.':
      '{votes} von {people} haben abgestimmt. Die Stimmen bleiben verdeckt, bis die moderierende Person sie aufdeckt.',
    'Who has voted': 'Wer abgestimmt hat',
    'How confident are you that we will reach it? ({min}–{max})':
      'Wie zuversichtlich sind Sie, dass wir es erreichen? ({min}–{max})',
    'Vote {value}': 'Stimme {value}',
    'Your vote: {vote}. You can change it until the votes are revealed.':
      'Ihre Stimme: {vote}. Sie können sie ändern, bis die Stimmen aufgedeckt werden.',
    'Saved earlier in this round by {name}: {value}, confidence {confidence}. Saving after this vote adds a correction.':
      'Früher in dieser Runde gespeichert von {name}: {value}, Zuversicht {confidence}. Speichern nach dieser Abstimmung fügt eine Korrektur hinzu.',
    'Skipped earlier in this round by {name}: {reason}. Vote to check it in now, or move on.':
      'Früher in dieser Runde übersprungen von {name}: {reason}. Stimmen Sie ab, um jetzt einzuchecken, oder machen Sie weiter.',
    'Reveal votes': 'Stimmen aufdecken',
    'Loading the round': 'Die Runde wird geladen',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its correction is not saved.':
      'Key Result {position}, „{title}“, hat {votes} {votes|aufgedeckte Stimme|aufgedeckte Stimmen}, und seine Korrektur ist nicht gespeichert.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its check-in is not saved.':
      'Key Result {position}, „{title}“, hat {votes} {votes|aufgedeckte Stimme|aufgedeckte Stimmen}, und sein Check‑in ist nicht gespeichert.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its correction is not saved.':
      'Key Result {position}, „{title}“, hat {votes} {votes|aufgedeckte Stimme|aufgedeckte Stimmen} (Median {median}), und seine Korrektur ist nicht gespeichert.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its check-in is not saved.':
      'Key Result {position}, „{title}“, hat {votes} {votes|aufgedeckte Stimme|aufgedeckte Stimmen} (Median {median}), und sein Check‑in ist nicht gespeichert.',
    'Voting again drops these votes for everyone: everyone votes again, sealed until revealed.':
      'Erneutes Abstimmen verwirft diese Stimmen für alle: Alle stimmen erneut ab, verdeckt bis zum Aufdecken.',
    'Skipping it (“{reason}”) drops these votes for everyone: coming back to it starts a new vote.':
      'Überspringen („{reason}“) verwirft diese Stimmen für alle: Wer darauf zurückkommt, beginnt eine neue Abstimmung.',
    'Skipping it (“{reason}”), which finishes the round, drops these votes for everyone: coming back to it starts a new vote.':
      'Überspringen („{reason}“), womit die Runde endet, verwirft diese Stimmen für alle: Wer darauf zurückkommt, beginnt eine neue Abstimmung.',
    'Going to key result {position}, “{title}”, drops these votes for everyone: coming back to it starts a new vote.':
      'Der Wechsel zu Key Result {position}, „{title}“, verwirft diese Stimmen für alle: Wer darauf zurückkommt, beginnt eine neue Abstimmung.',
    'Finishing the round drops these votes for everyone: coming back to it starts a new vote.':
      'Das Beenden der Runde verwirft diese Stimmen für alle: Wer darauf zurückkommt, beginnt eine neue Abstimmung.',
    'Skip without saving': 'Ohne Speichern überspringen',
    'Vote again without saving': 'Ohne Speichern erneut abstimmen',
    'Move on without saving': 'Ohne Speichern weitermachen',
    'Save the outcome first?': 'Zuerst das Ergebnis speichern?',
    'Save first': 'Zuerst speichern',
    'No check-in round': 'Keine Check‑in-Runde',
    'Open the OKR side panel in the meeting, pick the key results to review and share them to the stage.':
      'Öffnen Sie in der Besprechung den OKR-Seitenbereich, wählen Sie die zu besprechenden Key Results aus, und geben Sie sie für die Besprechungsphase frei.',
    [attendeesCannotShare]:
      'Nur die organisierende Person oder Referierende können eine Check‑in-Runde für die Besprechungsphase freigeben. Bitten Sie sie darum; Sie stimmen in der Besprechungsphase ab.',
    [facilitatorsSaveDrafts]:
      'Nur die organisierende Person oder Referierende speichern die angenommenen Entwürfe auf dem Board.',
    // The round's summary, for the stage and the meeting chat
    'OKR check-in round': 'OKR-Check-in-Runde',
    '{saved} saved, {skipped} skipped': '{saved} gespeichert, {skipped} übersprungen',
    ', {count} not reviewed': ', {count} nicht besprochen',
    '; average confidence change {change}': '; durchschnittliche Änderung der Zuversicht {change}',
    'Saved: {title}: {value}, confidence {confidence}':
      'Gespeichert: {title}: {value}, Zuversicht {confidence}',
    ' (was {confidence})': ' (vorher {confidence})',
    '; corrected from {value}, confidence {confidence}':
      '; korrigiert von {value}, Zuversicht {confidence}',
    'Skipped: {title}: {reason}': 'Übersprungen: {title}: {reason}',
    'Not reviewed: {title}': 'Nicht besprochen: {title}',
    'Discussed:': 'Besprochen:',
  },
  prompts: {
    'prompt.confidence-fell':
      'Die Zuversicht für „{kr}“ ist von {from} auf {to} gesunken. Was hat sich seit letzter Woche geändert?',
    'prompt.confidence-fell-help':
      'Was würde die Zuversicht für „{kr}“ wieder steigern, und wer könnte helfen?',
    'prompt.stale-check-in':
      '„{kr}“ hatte seit {days} Tagen keinen Check‑in. Was kam dazwischen, und wie lautet die Zahl heute?',
    'prompt.behind-pace':
      '„{kr}“ steht bei {progress} % bei {expected} % verstrichenem Zyklus. Was bräuchte es, um wieder im Plan zu sein, und was lassen wir dafür weg?',
    'prompt.high-score-early':
      '„{kr}“ erreicht bereits {score}. War das ambitioniert? Wie hätte ein ehrgeiziger Zielwert ausgesehen?',
    'prompt.no-owner': 'Wer übernimmt „{kr}“ und bringt seine Zahl zu jedem Check‑in mit?',
    'prompt.vote-spread':
      'Die Stimmen reichen von {min} bis {max}. Könnten die niedrigste und die höchste Stimme jeweils sagen, was sie sehen, was die anderen vielleicht nicht sehen?',
    'prompt.votes-below-owner':
      'Die Zuversicht des Teams ({mean}) liegt unter der der verantwortlichen Person ({owner}). Was weiß die verantwortliche Person, was das Team nicht weiß, oder was beunruhigt das Team, das sie noch nicht gehört hat?',
    'prompt.votes-above-owner':
      'Das Team ist zuversichtlicher ({mean}) als die verantwortliche Person ({owner}). Was beunruhigt die verantwortliche Person, und wie kann das Team helfen?',
    'prompt.votes-agree':
      'Alle liegen nahe bei {mean}. Was würde unsere Zuversicht bis nächste Woche um einen Punkt steigern?',
    'prompt.output-key-result':
      '„{kr}“ ist Arbeit, die wir erledigen. Na und? Was werden Kundschaft oder Kollegium anders machen, wenn sie erledigt ist, und wie würden wir das zählen?',
    'prompt.unmeasurable-key-result':
      'Woran erkennen wir am Ende des Zyklus, ob „{kr}“ eingetreten ist? Welche Zahl würde es uns sagen?',
    'prompt.metric-objective':
      '„{objective}“ enthält eine Zahl. Welche Veränderung steckt hinter dieser Zahl, in Worten, die andere zum Mitmachen bewegen?',
    'prompt.too-many-objectives':
      'Wir haben {count} Objectives. Wenn wir in diesem Zyklus nur eines erreichen könnten, welches wäre es, und wozu sind wir bereit, Nein zu sagen?',
    'prompt.key-result-count':
      '„{objective}“ hat {count} {count|Key Result|Key Results}. Wenn jedes Key Result 1,0 erreichte, wäre das Objective dann wirklich erreicht?',
    'prompt.unaligned':
      'Welchem Objective der übergeordneten Organisation dient „{objective}“? Falls keinem: Warum ist es trotzdem die richtige Wette?',
    'prompt.planning.story':
      'Bevor wir entwerfen, lesen wir noch einmal, warum wir OKRs nutzen: „{story}“ Was bedeutet das für unser Team in diesem Quartal?',
    'prompt.planning.writing':
      'Für jedes Key Result: Ist es ein messbares Ergebnis oder eine Aufgabe, die wir abschließen können? Wo beginnt es, und wo soll es enden?',
    'prompt.planning.facilitation':
      'Zuerst fünf Minuten stilles Schreiben: Alle entwerfen allein ein Objective, dann vergleichen wir zu zweit und danach in der ganzen Gruppe.',
    'prompt.planning.operations':
      'Wer ist für jedes Key Result verantwortlich, wann ist unser wöchentlicher Check‑in, und mit welcher Zuversicht beginnen wir (etwa 5 von 10 für ein ambitioniertes Ziel)?',
    'prompt.planning.critical-thinking':
      'Wozu sagen wir Nein, wenn wir diese Objectives wählen? Was müsste wahr sein, damit jedes davon das Wichtigste in diesem Quartal ist?',
    'prompt.weekly-check-in.story':
      'Wie hat uns die Arbeit der letzten Woche dem Objective nähergebracht, statt uns nur zu beschäftigen?',
    'prompt.weekly-check-in.writing':
      'Misst jede Zahl, die wir berichten, noch das, was uns wichtig ist, oder zählt sie inzwischen nur Aktivität?',
    'prompt.weekly-check-in.facilitation':
      'Alle geben ihre Zuversicht gleichzeitig ab; wir decken gemeinsam auf und beginnen mit der niedrigsten Stimme.',
    'prompt.weekly-check-in.operations':
      'Aktualisieren Sie Wert und Zuversicht jedes Key Results, und nennen Sie dann die drei wichtigsten Dinge für diese Woche.',
    'prompt.weekly-check-in.critical-thinking':
      'Welche Belege stützen unsere Zuversicht, jenseits von Hoffnung? Was würde unsere Meinung ändern?',
    'prompt.mid-cycle-review.story':
      'Ist das Objective mit dem, was wir gelernt haben, noch das richtige Ziel? Erzählen Sie in einem Satz neu, warum es wichtig ist.',
    'prompt.mid-cycle-review.writing':
      'Misst ein Key Result das Falsche? Formulieren Sie es jetzt neu, statt es am Ende zu bewerten.',
    'prompt.mid-cycle-review.facilitation':
      'Reihum: Jede verantwortliche Person hat eine Minute für das, was sie gelernt hat, bevor die Diskussion beginnt.',
    'prompt.mid-cycle-review.operations':
      'Welche Key Results sind gefährdet, und was werden wir beenden oder verschieben, um Zeit für sie zu schaffen?',
    'prompt.mid-cycle-review.critical-thinking':
      'Welche Annahme hinter unserem Plan hat sich als falsch erwiesen, und was folgt daraus?',
    'prompt.retrospective.story':
      'Erzählen Sie die Geschichte dieses Zyklus in drei Sätzen: was wir angestrebt haben, was passiert ist, was wir gelernt haben.',
    'prompt.retrospective.writing':
      'Welche Key Results ließen sich leicht bewerten und welche nicht? Was werden wir im nächsten Zyklus anders formulieren?',
    'prompt.retrospective.facilitation':
      'Jede Person schreibt allein ein „Beibehalten“, ein „Aufhören“ und ein „Ausprobieren“; dann gruppieren wir sie gemeinsam.',
    'prompt.retrospective.operations':
      'Bewerten Sie jedes Key Result von 0,0 bis 1,0. Verbindliche OKRs unter 1,0 erhalten eine kurze, schuldfreie Nachbetrachtung.',
    'prompt.retrospective.critical-thinking':
      'Lagen die ambitionierten OKRs bei etwa 0,6–0,7? Wenn alles 1,0 erreicht hat, waren wir ehrgeizig genug?',
  },
};
