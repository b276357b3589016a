import { createCatalogue, type MessageParams } from './i18n';
import type { ValidationIssue } from './issues';
import { kindOfWord, kindWordsFor } from './kind-words';
import { coreMessages, type CoreMessageKey } from './messages';

/**
 * The core's validation messages and field names in German, French and Spanish, for a surface
 * that speaks the user's language (the Excel add-in). Apart from `messages.ts`, which holds them
 * in English, so the surfaces that speak English only do not carry them: only the add-in's sync
 * imports this. An issue keeps its code and params, so it is said again here from them.
 */
type IssueWordKey = Extract<CoreMessageKey, `validation.${string}` | `field.${string}`>;

const isIssueWordKey = (key: string): key is IssueWordKey =>
  coreMessages.has(key) && (key.startsWith('validation.') || key.startsWith('field.'));

/** Which side of its start a KR's target must be, as `validation.directionMismatch` says it. */
type Direction = 'direction.above' | 'direction.below';

type Translations = Readonly<Record<IssueWordKey | Direction, string>>;

const german: Translations = {
  'field.name': 'Name',
  'field.year': 'Jahr',
  'field.title': 'Titel',
  'field.description': 'Beschreibung',
  'field.note': 'Notiz',
  'field.start': 'Startwert',
  'field.target': 'Zielwert',
  'field.current': 'Aktueller Wert',
  'field.value': 'Wert',
  'field.weight': 'Gewichtung',
  'field.confidence': 'Zuversicht',
  'field.unit': 'Einheit',
  'field.owner': 'Verantwortlich',
  'field.kind': 'Art',
  'field.state': 'Zustand',
  'field.commitment': 'Verbindlichkeit',
  'field.parentId': 'Ausgerichtet auf',
  'field.cycleId': 'Zyklus',
  'field.teamId': 'Team',
  'field.objectiveId': 'Objective',
  'field.keyResultId': 'Key Result',
  'field.clientId': 'Client-ID',
  'field.author': 'Verfasser',
  'field.at': 'Zeitpunkt',
  'field.source': 'Quelle',
  'field.meetingId': 'Besprechung',
  'field.milestones': 'Meilensteine',
  'field.lastCheckInAt': 'Letzter Check-in',
  'field.statusOverride': 'Manuell gesetzter Status',
  'field.statusOverride.reason': 'Grund für den manuell gesetzten Status',
  'field.correctionReason': 'Grund für die Korrektur',
  'field.locale': 'Sprache',
  'field.story': 'Geschichte',
  'field.status': 'Status',
  'field.dueDate': 'Fälligkeitsdatum',
  'field.link': 'Link',
  'field.checkIn.cadenceDays': 'Tage zwischen Check-ins',
  'field.checkIn.day': 'Check-in-Tag',
  'field.checkIn.staleAfterDays': 'Tage, bis ein KR veraltet ist',
  'field.confidenceScale': 'Zuversicht',
  'field.confidenceScale.min': 'Niedrigste Zuversicht',
  'field.confidenceScale.max': 'Höchste Zuversicht',
  'field.scoring.max': 'Höchste Bewertung',
  'field.scoring.aspirationalSweetSpot': 'Idealbereich',
  'field.pace.atRiskBehind': 'Schwelle für „Gefährdet“',
  'field.pace.offTrackBehind': 'Schwelle für „Im Verzug“',
  'field.limits.keyResultsPerObjective': 'Anzahl der Key Results je Objective',
  'field.limits.keyResultsPerObjective.min': 'Wenigste Key Results je Objective',
  'field.limits.keyResultsPerObjective.max': 'Meiste Key Results je Objective',
  'field.limits.objectivesPerTeam.max': 'Meiste Objectives je Team',
  'field.limits.titleMaxLength': 'Längster Titel',
  'field.limits.descriptionMaxLength': 'Längste Beschreibung',
  'field.limits.noteMaxLength': 'Längste Notiz',
  'field.fiscalYear.firstMonth': 'Erster Monat des Geschäftsjahres',
  'field.fiscalYear.namedBy': 'Benennung der Geschäftsjahre',
  'field.score': 'Bewertung',
  'field.scoreReason': 'Grund für die Bewertung',
  'field.parentTeamId': 'Übergeordnetes Team',

  'validation.required': '„{field}“ ist erforderlich.',
  'validation.notText': '„{field}“ muss Text sein.',
  'validation.titleEmpty': 'Geben Sie einen Titel ein.',
  'validation.titleTooLong': 'Der Titel darf höchstens {max} Zeichen lang sein (er hat {length}).',
  'validation.nameEmpty': 'Geben Sie einen Namen ein.',
  'validation.nameTooLong': 'Der Name darf höchstens {max} Zeichen lang sein (er hat {length}).',
  'validation.tooLong': '„{field}“ darf höchstens {max} Zeichen lang sein (es hat {length}).',
  'validation.notANumber': '„{text}“ ist keine Zahl. Geben Sie eine Zahl wie {example} ein.',
  'validation.numberMisgrouped':
    '„{text}“ ist so keine Zahl: Ein Dezimaltrennzeichen steht höchstens einmal, Trennzeichen zwischen Ziffern stehen nach jeweils drei Ziffern. Schreiben Sie {thousands} oder {thousandsTyped} für achtzigtausend, {half} für anderthalb.',
  'validation.numberAmbiguous':
    '„{text}“ kann {decimal} oder {grouped} bedeuten. Geben Sie {groupedTyped} ein, wenn Sie {grouped} meinen, oder {decimalTyped}, wenn Sie {decimal} meinen.',
  'validation.numberReadOtherDecimalMark':
    '„{text}“ wird als {value} gelesen, mit „{mark}“ als Dezimaltrennzeichen.',
  'validation.numberReadOtherGrouping':
    '„{text}“ wird als {value} gelesen, mit „{mark}“ als Tausendertrennzeichen.',
  'validation.numberRequired': '„{field}“ ist leer. Geben Sie eine Zahl wie {example} ein.',
  'validation.numberTooLarge':
    '„{text}“ ist zu groß für „{field}“: Zahlen bis {max} in beide Richtungen sind erlaubt.',
  'validation.valueTooLarge':
    '{value} ist zu groß für „{keyResult}“: Werte bis {max} in beide Richtungen sind erlaubt.',
  'validation.valueBelowZero':
    '„{keyResult}“ kann nicht unter null fallen (es läuft von {start} bis {target}), daher ist {value} nicht erlaubt. Geben Sie 0 oder mehr ein.',
  'validation.percentOnUnit':
    '„{keyResult}“ wird in {unit} gemessen, nicht in %, daher ist „{text}“ nicht erlaubt. Geben Sie die Anzahl in {unit} ein.',
  'validation.percentOnPlainNumber':
    '„{keyResult}“ ist eine einfache Zahl, kein Prozentsatz, daher ist „{text}“ nicht erlaubt. Geben Sie die Zahl ohne % ein.',
  'validation.notAnAmount':
    '„{text}“ ist kein Betrag in {unit}. Geben Sie eine Zahl wie {example} ein, oder den Betrag mit seiner Währung, etwa {shown}.',
  'validation.farPastTargetUnconfirmed':
    '{value} ist das {times}-Fache des Ziels von {target} für „{keyResult}“ (Start {start}): höchstwahrscheinlich ein Tippfehler, etwa eine Ziffer zu viel oder ein falsch gesetztes Dezimalzeichen. Prüfen Sie den Wert; wenn er stimmt, bestätigen Sie ihn und notieren Sie, was ihn bewirkt hat.',
  'validation.bigJumpUnconfirmed':
    '{previous} → {value} ist ein großer Sprung für „{keyResult}“ ({share} oder mehr des Wegs vom Start zum Ziel). Bestätigen Sie, dass der Wert stimmt, und notieren Sie, was ihn bewirkt hat.',
  'validation.bigSetbackUnconfirmed':
    '{previous} → {value} ist ein großer Sprung in die falsche Richtung für „{keyResult}“ (zurück um {share} oder mehr des Wegs vom Start zum Ziel). Bestätigen Sie, dass der Wert stimmt, und notieren Sie, was ihn bewirkt hat.',
  'validation.bigJumpNeedsNote':
    'Ein großer Sprung bei „{keyResult}“ ({previous} → {value}) braucht eine Notiz, was ihn bewirkt hat.',
  'validation.pastWholeUnconfirmed':
    '{value} ist mehr als 100 % für „{keyResult}“ (von {start} bis {target}): Ein Anteil kann 100 % nicht überschreiten, ein Wachstum schon. Bestätigen Sie, dass der Wert stimmt, und notieren Sie, was er misst.',
  'validation.pastWholeNeedsNote':
    '{value} bei „{keyResult}“ ist mehr als 100 %: Notieren Sie, was der Wert misst.',
  'validation.notFinite': '„{field}“ muss eine endliche Zahl sein.',
  'validation.notInteger': '„{field}“ muss eine ganze Zahl sein, nicht {value}.',
  'validation.notPositive': '„{field}“ muss größer als null sein, nicht {value}.',
  'validation.outOfRange':
    '„{field}“: {value} liegt außerhalb von {min}–{max}. Geben Sie eine Zahl von {min} bis {max} ein.',
  'validation.rangeInverted':
    'Der niedrigste Wert für „{field}“ ({min}) muss unter dem höchsten ({max}) liegen.',
  'validation.notOneOf': '„{field}“: „{text}“ ist keiner dieser Werte: {allowed}.',
  'validation.targetEqualsStart':
    'Der Zielwert ist gleich dem Startwert ({start}), es gibt also nichts zu bewegen. Wählen Sie einen Zielwert, der vom Ausgangswert abweicht.',
  'validation.directionMismatch':
    'Ein Key Result der Art „{kind}“ braucht einen Zielwert {expected} seinem Startwert ({start}); der Zielwert ist {target}.',
  'validation.weightNotPositive': 'Die Gewichtung muss größer als null sein, nicht {value}.',
  'validation.personNotFound':
    '{field}: Im Verzeichnis gibt es nicht genau eine Person „{text}“. Geben Sie die geschäftliche E-Mail-Adresse einer Kollegin oder eines Kollegen ein (etwa {example}) oder den vollständigen Namen, wie ihn das Verzeichnis führt.',
  'validation.confidenceOutOfScale':
    'Die Zuversicht {value} liegt außerhalb von {min}–{max}. Geben Sie eine Zahl von {min} bis {max} ein.',
  'validation.confidenceRequired': 'Geben Sie eine Zuversicht an: eine Zahl von {min} bis {max}.',
  'validation.confidenceNotANumber':
    '„{text}“ ist keine Zuversicht. Geben Sie eine Zahl von {min} bis {max} ein.',
  'validation.confidenceNotWhole':
    'Die Zuversicht {value} ist keine ganze Zahl. Geben Sie eine ganze Zahl von {min} bis {max} ein.',
  'validation.binaryTargetNotOne':
    'Ein Key Result der Art „erledigt / nicht erledigt“ hat den Zielwert 1 (erledigt).',
  'validation.binaryStartNotZero':
    'Ein Key Result der Art „erledigt / nicht erledigt“ beginnt bei 0 (nicht erledigt).',
  'validation.binaryValueNotZeroOrOne':
    '„{value}“ ist nicht zulässig: Ein Key Result der Art „erledigt / nicht erledigt“ ist entweder 0 (nicht erledigt) oder 1 (erledigt).',
  'validation.milestoneStepsMismatch':
    'Der Zielwert ({target}) muss gleich der Anzahl der benannten Meilensteine ({count}) sein.',
  'validation.milestoneValueOutOfRange':
    'Der Fortschritt bei Meilensteinen muss zwischen {start} und {target} liegen, nicht bei {value}.',
  'validation.milestoneNotWholeStep':
    'Meilensteine werden in ganzen Schritten gezählt, nicht {value}.',
  'validation.dateInvalid': '„{field}“ ist kein gültiges Datum (erwartet: {expected}).',
  'validation.dateRequired': '„{field}“ ist leer. Wählen Sie einen Tag.',
  'validation.endBeforeStart':
    'Der Zyklus muss nach seinem Beginn enden ({start:day} bis {end:day}).',
  'validation.dateOutsideCycle':
    'Das Datum {date:day} liegt außerhalb des Zyklus ({start:day} bis {end:day}).',
  'validation.checkInsNotOpen':
    'Check-ins sind ab dem {start:day} möglich, wenn „{cycle}“ beginnt.',
  'validation.cycleClosed':
    'Der Zyklus „{cycle}“ ist abgeschlossen; öffnen Sie ihn wieder, um seine OKRs zu ändern.',
  'validation.parentSelf': 'Ein Objective kann nicht auf sich selbst ausgerichtet sein.',
  'validation.parentCycle':
    'Die Ausrichtung auf dieses Objective ergäbe einen Kreis: {chain}. Wählen Sie ein übergeordnetes Objective weiter oben.',
  'validation.parentNotFound': 'Das Objective, auf das es ausgerichtet ist, gibt es nicht mehr.',
  'validation.aspirationalNotAllowed':
    'Ihre Organisation arbeitet nur mit verbindlichen OKRs; kennzeichnen Sie dieses Objective als verbindlich.',
  'validation.meetingIdRequired':
    'Ein Check-in in einer Besprechung braucht die Besprechung, in der er entstand.',
  'validation.linkInvalid':
    '„{field}“ muss eine Webadresse sein, die mit https:// oder http:// beginnt (bis zu {max} Zeichen).',
  'validation.localeInvalid':
    '„{locale}“ ist keine Sprache, in der die Coaching-Hinweise geschrieben sind. Wählen Sie eine davon: {accepted}.',
  'validation.storyEmpty':
    'Die Geschichte ist leer. Schreiben Sie, warum Ihre Organisation OKRs nutzt: Das lesen alle, die „Warum wir OKRs nutzen“ öffnen.',
  'validation.staleBeforeCadence':
    'Ein Key Result kann nicht veralten ({stale} Tage), bevor sein nächster Check-in fällig ist ({cadence} Tage).',
  'validation.paceThresholdsInverted':
    'Die Schwelle für „Im Verzug“ ({offTrack}) muss weiter zurückliegen als die für „Gefährdet“ ({atRisk}).',
  'validation.scoreOutOfScale': 'Eine Bewertung ist eine Zahl von {min} bis {max}, nicht {value}.',
  'validation.scoreNotANumber':
    'Geben Sie eine Bewertung ein: eine Zahl von {min} bis {max}, etwa die {proposed}, die der Fortschritt ergibt.',
  'validation.scoreReasonRequired':
    'Sagen Sie, warum die Bewertung von den {proposed} abweicht, die der Fortschritt ergibt.',
  'validation.answerTooLong':
    'Diese Antwort hat {length} Zeichen, mehr als die {max}, die gespeichert werden: Kürzen Sie sie zum Speichern. Nichts wurde abgeschnitten.',
  'validation.reasonTooLong':
    'Dieser Grund hat {length} Zeichen, mehr als die {max}, die gespeichert werden: Kürzen Sie ihn zum Speichern. Nichts wurde abgeschnitten.',
  'validation.cyclesOverlap':
    'Diese Daten überschneiden sich teilweise mit „{other}“ ({start:day} bis {end:day}). Ein Zyklus darf ganz in einem anderen liegen (ein Quartal in seinem Jahr), aber nicht halb.',
  'validation.cycleSameDates':
    '„{other}“ läuft schon zu diesen Daten ({start:day} bis {end:day}): Ein Zyklus mit denselben Daten wäre eine zweite Kopie davon. Wählen Sie andere Daten, oder bearbeiten Sie stattdessen „{other}“.',
  'validation.cycleYearOutOfRange':
    '„{text}“ ist kein Jahr, das ein Zyklus haben kann. Geben Sie ein ganzes Jahr von {first} bis {last} ein, etwa {example}.',
  'validation.cycleDayOutOfRange':
    '„{field}“ {date:day} liegt außerhalb der Jahre, die ein Zyklus haben kann. Wählen Sie einen Tag vom {first:day} bis zum {last:day}.',
  'validation.cycleNameTaken':
    'Einen Zyklus namens „{name}“ gibt es schon ({start:day} bis {end:day}). Wählen Sie ein anderes Quartal oder andere Daten, oder geben Sie diesem Zyklus einen eigenen Namen.',
  'validation.cycleStarted':
    '„{name}“ hat am {start:day} begonnen: Ein Zyklus geht nur vor seinem ersten Tag zurück in die Planung, solange darin noch kein Check-in fällig sein kann. Seine Daten bleiben, wie sie sind.',
  'validation.teamOwnAncestor':
    'Ein Team kann nicht unter sich selbst oder einem seiner Unterteams stehen ({chain}). Wählen Sie ein anderes übergeordnetes Team.',
  'validation.rolledUpTakesNoCheckIn':
    '„{keyResult}“ ergibt sich aus den darauf ausgerichteten OKRs und nimmt daher keinen eigenen Check-in an: Checken Sie bei diesen ein, sein Fortschritt folgt.',
  'direction.above': 'über',
  'direction.below': 'unter',
};

/** In French, as the screens' words write it: a no-break space before : ; ! ? and », and after «. */
export const frenchIssueWords: Translations = {
  'field.name': 'Nom',
  'field.year': 'Année',
  'field.title': 'Titre',
  'field.description': 'Description',
  'field.note': 'Note',
  'field.start': 'Valeur de départ',
  'field.target': 'Cible',
  'field.current': 'Valeur actuelle',
  'field.value': 'Valeur',
  'field.weight': 'Poids',
  'field.confidence': 'Confiance',
  'field.unit': 'Unité',
  'field.owner': 'Responsable',
  'field.kind': 'Type',
  'field.state': 'État',
  'field.commitment': 'Engagement',
  'field.parentId': 'Aligné sur',
  'field.cycleId': 'Cycle',
  'field.teamId': 'Équipe',
  'field.objectiveId': 'Objectif',
  'field.keyResultId': 'Résultat clé',
  'field.clientId': 'ID client',
  'field.author': 'Auteur',
  'field.at': 'Moment',
  'field.source': 'Source',
  'field.meetingId': 'Réunion',
  'field.milestones': 'Jalons',
  'field.lastCheckInAt': 'Dernier check-in',
  'field.statusOverride': 'Statut forcé',
  'field.statusOverride.reason': 'Raison du statut forcé',
  'field.correctionReason': 'Raison de la correction',
  'field.locale': 'Langue',
  'field.story': 'Récit',
  'field.status': 'Statut',
  'field.dueDate': 'Échéance',
  'field.link': 'Lien',
  'field.checkIn.cadenceDays': 'Jours entre les check-ins',
  'field.checkIn.day': 'Jour du check-in',
  'field.checkIn.staleAfterDays': 'Jours avant qu’un KR soit ancien',
  'field.confidenceScale': 'confiance',
  'field.confidenceScale.min': 'Confiance la plus basse',
  'field.confidenceScale.max': 'Confiance la plus haute',
  'field.scoring.max': 'Note maximale',
  'field.scoring.aspirationalSweetSpot': 'Zone idéale',
  'field.pace.atRiskBehind': 'Seuil « À risque »',
  'field.pace.offTrackBehind': 'Seuil « En retard »',
  'field.limits.keyResultsPerObjective': 'nombre de résultats clés par objectif',
  'field.limits.keyResultsPerObjective.min': 'Nombre minimal de résultats clés par objectif',
  'field.limits.keyResultsPerObjective.max': 'Nombre maximal de résultats clés par objectif',
  'field.limits.objectivesPerTeam.max': 'Nombre maximal d’objectifs par équipe',
  'field.limits.titleMaxLength': 'Titre le plus long',
  'field.limits.descriptionMaxLength': 'Description la plus longue',
  'field.limits.noteMaxLength': 'Note la plus longue',
  'field.fiscalYear.firstMonth': 'Premier mois de l’exercice',
  'field.fiscalYear.namedBy': 'Nom des exercices',
  'field.score': 'Note',
  'field.scoreReason': 'Raison de la note',
  'field.parentTeamId': 'Équipe parente',

  'validation.required': '« {field} » est obligatoire.',
  'validation.notText': '« {field} » doit être du texte.',
  'validation.titleEmpty': 'Donnez-lui un titre.',
  'validation.titleTooLong': 'Le titre doit faire au plus {max} caractères (il en a {length}).',
  'validation.nameEmpty': 'Donnez-lui un nom.',
  'validation.nameTooLong': 'Le nom doit faire au plus {max} caractères (il en a {length}).',
  'validation.tooLong': '« {field} » doit faire au plus {max} caractères (il en a {length}).',
  'validation.notANumber': '« {text} » n’est pas un nombre. Saisissez un nombre comme {example}.',
  'validation.numberMisgrouped':
    '« {text} » n’est pas un nombre tel qu’il est écrit : le séparateur décimal figure une fois au plus, et les séparateurs de chiffres tous les trois chiffres. Écrivez {thousands} ou {thousandsTyped} pour quatre-vingt mille, {half} pour un et demi.',
  'validation.numberAmbiguous':
    '« {text} » peut signifier {decimal} ou {grouped}. Saisissez {groupedTyped} pour {grouped}, ou {decimalTyped} pour {decimal}.',
  'validation.numberReadOtherDecimalMark':
    '« {text} » est lu comme {value}, avec « {mark} » comme séparateur décimal.',
  'validation.numberReadOtherGrouping':
    '« {text} » est lu comme {value}, avec « {mark} » comme séparateur de milliers.',
  'validation.numberRequired': '« {field} » est vide. Saisissez un nombre comme {example}.',
  'validation.numberTooLarge':
    '« {text} » est trop grand pour « {field} » : les nombres jusqu’à {max} dans les deux sens sont acceptés.',
  'validation.valueTooLarge':
    '{value} est trop grand pour « {keyResult} » : les valeurs jusqu’à {max} dans les deux sens sont acceptées.',
  'validation.valueBelowZero':
    '« {keyResult} » ne peut pas descendre sous zéro (il va de {start} à {target}), donc {value} n’est pas accepté. Saisissez 0 ou plus.',
  'validation.percentOnUnit':
    '« {keyResult} » se mesure en {unit}, pas en %, donc « {text} » n’est pas accepté. Saisissez le nombre en {unit}.',
  'validation.percentOnPlainNumber':
    '« {keyResult} » est un nombre simple, pas un pourcentage, donc « {text} » n’est pas accepté. Saisissez le nombre sans %.',
  'validation.notAnAmount':
    '« {text} » n’est pas un montant en {unit}. Saisissez un nombre comme {example}, ou le montant avec sa devise, comme {shown}.',
  'validation.farPastTargetUnconfirmed':
    '{value} vaut {times} fois la cible de {target} pour « {keyResult} » (départ {start}) : très probablement une faute de frappe, comme un chiffre de trop ou un séparateur décimal mal placé. Vérifiez la valeur ; si elle est juste, confirmez-la et ajoutez une note sur ce qui l’explique.',
  'validation.bigJumpUnconfirmed':
    '{previous} → {value} est un grand saut pour « {keyResult} » ({share} ou plus du chemin entre le départ et la cible). Confirmez que la valeur est juste et ajoutez une note sur ce qui l’explique.',
  'validation.bigSetbackUnconfirmed':
    '{previous} → {value} est un grand saut dans le mauvais sens pour « {keyResult} » (un recul de {share} ou plus du chemin entre le départ et la cible). Confirmez que la valeur est juste et ajoutez une note sur ce qui l’explique.',
  'validation.bigJumpNeedsNote':
    'Un grand saut sur « {keyResult} » ({previous} → {value}) demande une note sur ce qui l’explique.',
  'validation.pastWholeUnconfirmed':
    '{value} dépasse 100 % pour « {keyResult} » (de {start} à {target}) : une part ne peut pas dépasser 100 %, une croissance si. Confirmez que la valeur est juste et ajoutez une note sur ce qu’elle mesure.',
  'validation.pastWholeNeedsNote':
    '{value} sur « {keyResult} » dépasse 100 % : ajoutez une note sur ce que la valeur mesure.',
  'validation.notFinite': '« {field} » doit être un nombre fini.',
  'validation.notInteger': '« {field} » doit être un nombre entier, pas {value}.',
  'validation.notPositive': '« {field} » doit être supérieur à zéro, pas {value}.',
  'validation.outOfRange':
    '« {field} » : {value} est hors de {min}–{max}. Saisissez un nombre de {min} à {max}.',
  'validation.rangeInverted':
    'La valeur la plus basse de « {field} » ({min}) doit être inférieure à la plus haute ({max}).',
  'validation.notOneOf': '« {field} » : « {text} » ne fait pas partie de ces valeurs : {allowed}.',
  'validation.targetEqualsStart':
    'La cible est égale à la valeur de départ ({start}) : il n’y a rien à faire bouger. Choisissez une cible différente de la valeur de référence.',
  'validation.directionMismatch':
    'Un résultat clé de type « {kind} » demande une cible {expected} sa valeur de départ ({start}) ; la cible est {target}.',
  'validation.weightNotPositive': 'Le poids doit être supérieur à zéro, pas {value}.',
  'validation.personNotFound':
    '{field} : l’annuaire n’a pas exactement une personne « {text} ». Saisissez l’adresse e-mail professionnelle d’un collègue (comme {example}) ou son nom complet tel que l’annuaire l’indique.',
  'validation.confidenceOutOfScale':
    'La confiance {value} est hors de {min}–{max}. Saisissez un nombre de {min} à {max}.',
  'validation.confidenceRequired': 'Indiquez une confiance : un nombre de {min} à {max}.',
  'validation.confidenceNotANumber':
    '« {text} » n’est pas une confiance. Saisissez un nombre de {min} à {max}.',
  'validation.confidenceNotWhole':
    'La confiance {value} n’est pas un nombre entier. Saisissez un nombre entier de {min} à {max}.',
  'validation.binaryTargetNotOne': 'Un résultat clé fait / pas fait a pour cible 1 (fait).',
  'validation.binaryStartNotZero': 'Un résultat clé fait / pas fait commence à 0 (pas fait).',
  'validation.binaryValueNotZeroOrOne':
    '« {value} » n’est pas accepté : un résultat clé fait / pas fait vaut soit 0 (pas fait), soit 1 (fait).',
  'validation.milestoneStepsMismatch':
    'La cible ({target}) doit être égale au nombre de jalons nommés ({count}).',
  'validation.milestoneValueOutOfRange':
    'L’avancement des jalons doit être compris entre {start} et {target}, pas {value}.',
  'validation.milestoneNotWholeStep': 'Les jalons se comptent en étapes entières, pas {value}.',
  'validation.dateInvalid': '« {field} » n’est pas une date valide (attendu : {expected}).',
  'validation.dateRequired': '« {field} » est vide. Choisissez un jour.',
  'validation.endBeforeStart':
    'Le cycle doit finir après avoir commencé ({start:day} à {end:day}).',
  'validation.dateOutsideCycle': 'La date {date:day} est hors du cycle ({start:day} à {end:day}).',
  'validation.checkInsNotOpen': 'Les check-ins ouvrent le {start:day}, quand « {cycle} » commence.',
  'validation.cycleClosed': 'Le cycle « {cycle} » est clos ; rouvrez-le pour modifier ses OKR.',
  'validation.parentSelf': 'Un objectif ne peut pas être aligné sur lui-même.',
  'validation.parentCycle':
    'S’aligner sur cet objectif créerait une boucle : {chain}. Choisissez un parent plus haut.',
  'validation.parentNotFound': 'L’objectif sur lequel il est aligné n’existe plus.',
  'validation.aspirationalNotAllowed':
    'Votre organisation n’utilise que des OKR engagés ; marquez cet objectif comme engagé.',
  'validation.meetingIdRequired':
    'Un check-in fait en réunion a besoin de la réunion où il a été fait.',
  'validation.linkInvalid':
    '« {field} » doit être une adresse web commençant par https:// ou http:// (jusqu’à {max} caractères).',
  'validation.localeInvalid':
    '« {locale} » n’est pas une langue dans laquelle les messages du coach sont écrits. Choisissez-en une : {accepted}.',
  'validation.storyEmpty':
    'Le récit est vide. Écrivez pourquoi votre organisation utilise les OKR : c’est ce que lit chacun qui ouvre « Pourquoi nous utilisons les OKR ».',
  'validation.staleBeforeCadence':
    'Un résultat clé ne peut pas devenir ancien ({stale} jours) avant que son prochain check-in soit dû ({cadence} jours).',
  'validation.paceThresholdsInverted':
    'Le seuil « En retard » ({offTrack}) doit être plus en arrière que le seuil « À risque » ({atRisk}).',
  'validation.scoreOutOfScale': 'Une note est un nombre de {min} à {max}, pas {value}.',
  'validation.scoreNotANumber':
    'Saisissez une note : un nombre de {min} à {max}, par exemple les {proposed} que son avancement lui vaut.',
  'validation.scoreReasonRequired':
    'Dites pourquoi la note diffère des {proposed} que son avancement lui vaut.',
  'validation.answerTooLong':
    'Cette réponse compte {length} caractères, plus que les {max} conservés : raccourcissez-la pour l’enregistrer. Rien n’a été coupé.',
  'validation.reasonTooLong':
    'Cette raison compte {length} caractères, plus que les {max} conservés : raccourcissez-la pour l’enregistrer. Rien n’a été coupé.',
  'validation.cyclesOverlap':
    'Ces dates chevauchent en partie « {other} » ({start:day} à {end:day}). Un cycle peut être entièrement dans un autre (un trimestre dans son année), mais pas à moitié.',
  'validation.cycleSameDates':
    '« {other} » couvre déjà ces dates ({start:day} à {end:day}) : un cycle aux mêmes dates en serait une seconde copie. Choisissez d’autres dates, ou modifiez plutôt « {other} ».',
  'validation.cycleYearOutOfRange':
    '« {text} » n’est pas une année possible pour un cycle. Saisissez une année entière de {first} à {last}, comme {example}.',
  'validation.cycleDayOutOfRange':
    '« {field} » {date:day} est en dehors des années possibles pour un cycle. Choisissez un jour du {first:day} au {last:day}.',
  'validation.cycleNameTaken':
    'Un cycle nommé « {name} » existe déjà ({start:day} à {end:day}). Choisissez un autre trimestre ou d’autres dates, ou donnez à ce cycle un nom qui lui soit propre.',
  'validation.cycleStarted':
    '« {name} » a commencé le {start:day} : un cycle ne revient en planification qu’avant son premier jour, tant qu’aucun check-in ne peut y être dû. Ses dates restent telles quelles.',
  'validation.teamOwnAncestor':
    'Une équipe ne peut pas être sous elle-même ni sous l’une de ses sous-équipes ({chain}). Choisissez un autre parent.',
  'validation.rolledUpTakesNoCheckIn':
    '« {keyResult} » se calcule à partir des OKR alignés sur lui, il ne prend donc pas de check-in propre : faites le check-in sur ceux-ci et son avancement suit.',
  'direction.above': 'au-dessus de',
  'direction.below': 'en dessous de',
};

const spanish: Translations = {
  'field.name': 'Nombre',
  'field.year': 'Año',
  'field.title': 'Título',
  'field.description': 'Descripción',
  'field.note': 'Nota',
  'field.start': 'Valor inicial',
  'field.target': 'Meta',
  'field.current': 'Valor actual',
  'field.value': 'Valor',
  'field.weight': 'Peso',
  'field.confidence': 'Confianza',
  'field.unit': 'Unidad',
  'field.owner': 'Responsable',
  'field.kind': 'Tipo',
  'field.state': 'Estado',
  'field.commitment': 'Compromiso',
  'field.parentId': 'Alineado con',
  'field.cycleId': 'Ciclo',
  'field.teamId': 'Equipo',
  'field.objectiveId': 'Objetivo',
  'field.keyResultId': 'Resultado clave',
  'field.clientId': 'ID de cliente',
  'field.author': 'Autor',
  'field.at': 'Momento',
  'field.source': 'Origen',
  'field.meetingId': 'Reunión',
  'field.milestones': 'Hitos',
  'field.lastCheckInAt': 'Último check-in',
  'field.statusOverride': 'Estado fijado a mano',
  'field.statusOverride.reason': 'Motivo del estado fijado a mano',
  'field.correctionReason': 'Motivo de la corrección',
  'field.locale': 'Idioma',
  'field.story': 'Historia',
  'field.status': 'Estado',
  'field.dueDate': 'Fecha límite',
  'field.link': 'Enlace',
  'field.checkIn.cadenceDays': 'Días entre check-ins',
  'field.checkIn.day': 'Día del check-in',
  'field.checkIn.staleAfterDays': 'Días hasta que un KR queda desactualizado',
  'field.confidenceScale': 'confianza',
  'field.confidenceScale.min': 'Confianza más baja',
  'field.confidenceScale.max': 'Confianza más alta',
  'field.scoring.max': 'Puntuación máxima',
  'field.scoring.aspirationalSweetSpot': 'Zona ideal',
  'field.pace.atRiskBehind': 'Umbral de «En riesgo»',
  'field.pace.offTrackBehind': 'Umbral de «Retrasado»',
  'field.limits.keyResultsPerObjective': 'número de resultados clave por objetivo',
  'field.limits.keyResultsPerObjective.min': 'Mínimo de resultados clave por objetivo',
  'field.limits.keyResultsPerObjective.max': 'Máximo de resultados clave por objetivo',
  'field.limits.objectivesPerTeam.max': 'Máximo de objetivos por equipo',
  'field.limits.titleMaxLength': 'Título más largo',
  'field.limits.descriptionMaxLength': 'Descripción más larga',
  'field.limits.noteMaxLength': 'Nota más larga',
  'field.fiscalYear.firstMonth': 'Primer mes del año fiscal',
  'field.fiscalYear.namedBy': 'Nombre de los años fiscales',
  'field.score': 'Puntuación',
  'field.scoreReason': 'Motivo de la puntuación',
  'field.parentTeamId': 'Equipo superior',

  'validation.required': '«{field}» es obligatorio.',
  'validation.notText': '«{field}» debe ser texto.',
  'validation.titleEmpty': 'Póngale un título.',
  'validation.titleTooLong': 'El título debe tener como máximo {max} caracteres (tiene {length}).',
  'validation.nameEmpty': 'Póngale un nombre.',
  'validation.nameTooLong': 'El nombre debe tener como máximo {max} caracteres (tiene {length}).',
  'validation.tooLong': '«{field}» debe tener como máximo {max} caracteres (tiene {length}).',
  'validation.notANumber': '«{text}» no es un número. Escriba un número como {example}.',
  'validation.numberMisgrouped':
    '«{text}» no es un número tal como está escrito: el separador decimal aparece una vez como mucho, y los separadores de cifras cada tres cifras. Escriba {thousands} o {thousandsTyped} para ochenta mil, {half} para uno y medio.',
  'validation.numberAmbiguous':
    '«{text}» puede significar {decimal} o {grouped}. Escriba {groupedTyped} si quiere decir {grouped}, o {decimalTyped} si quiere decir {decimal}.',
  'validation.numberReadOtherDecimalMark':
    '«{text}» se lee como {value}, con «{mark}» como separador decimal.',
  'validation.numberReadOtherGrouping':
    '«{text}» se lee como {value}, con «{mark}» como separador de miles.',
  'validation.numberRequired': '«{field}» está vacío. Escriba un número como {example}.',
  'validation.numberTooLarge':
    '«{text}» es demasiado grande para «{field}»: se aceptan números de hasta {max} en ambos sentidos.',
  'validation.valueTooLarge':
    '{value} es demasiado grande para «{keyResult}»: se aceptan valores de hasta {max} en ambos sentidos.',
  'validation.valueBelowZero':
    '«{keyResult}» no puede bajar de cero (va de {start} a {target}), así que {value} no se acepta. Escriba 0 o más.',
  'validation.percentOnUnit':
    '«{keyResult}» se mide en {unit}, no en %, así que «{text}» no se acepta. Escriba el número en {unit}.',
  'validation.percentOnPlainNumber':
    '«{keyResult}» es un número simple, no un porcentaje, así que «{text}» no se acepta. Escriba el número sin %.',
  'validation.notAnAmount':
    '«{text}» no es un importe en {unit}. Escriba un número como {example}, o el importe con su moneda, como {shown}.',
  'validation.farPastTargetUnconfirmed':
    '{value} es {times} veces la meta de {target} para «{keyResult}» (inicio {start}): lo más probable es un error de escritura, como un dígito de más o un separador decimal mal puesto. Compruebe el valor; si es correcto, confírmelo y añada una nota sobre qué lo impulsó.',
  'validation.bigJumpUnconfirmed':
    '{previous} → {value} es un gran salto para «{keyResult}» ({share} o más del camino del inicio a la meta). Confirme que el valor es correcto y añada una nota sobre qué lo impulsó.',
  'validation.bigSetbackUnconfirmed':
    '{previous} → {value} es un gran salto en la dirección equivocada para «{keyResult}» (un retroceso de {share} o más del camino del inicio a la meta). Confirme que el valor es correcto y añada una nota sobre qué lo impulsó.',
  'validation.bigJumpNeedsNote':
    'Un gran salto en «{keyResult}» ({previous} → {value}) necesita una nota sobre qué lo impulsó.',
  'validation.pastWholeUnconfirmed':
    '{value} supera el 100 % para «{keyResult}» (de {start} a {target}): una proporción no puede superar el 100 %, un crecimiento sí. Confirme que el valor es correcto y añada una nota sobre qué mide.',
  'validation.pastWholeNeedsNote':
    '{value} en «{keyResult}» supera el 100 %: añada una nota sobre qué mide el valor.',
  'validation.notFinite': '«{field}» debe ser un número finito.',
  'validation.notInteger': '«{field}» debe ser un número entero, no {value}.',
  'validation.notPositive': '«{field}» debe ser mayor que cero, no {value}.',
  'validation.outOfRange':
    '«{field}»: {value} está fuera de {min}–{max}. Escriba un número de {min} a {max}.',
  'validation.rangeInverted':
    'El valor más bajo de «{field}» ({min}) debe ser menor que el más alto ({max}).',
  'validation.notOneOf': '«{field}»: «{text}» no es uno de estos valores: {allowed}.',
  'validation.targetEqualsStart':
    'La meta es igual al valor inicial ({start}), así que no hay nada que mover. Fije una meta distinta del valor de partida.',
  'validation.directionMismatch':
    'Un resultado clave de tipo «{kind}» necesita una meta {expected} su valor inicial ({start}); la meta es {target}.',
  'validation.weightNotPositive': 'El peso debe ser mayor que cero, no {value}.',
  'validation.personNotFound':
    '{field}: en el directorio no hay exactamente una persona «{text}». Escriba el correo de trabajo de un compañero (como {example}) o su nombre completo tal como figura en el directorio.',
  'validation.confidenceOutOfScale':
    'La confianza {value} está fuera de {min}–{max}. Escriba un número de {min} a {max}.',
  'validation.confidenceRequired': 'Indique una confianza: un número de {min} a {max}.',
  'validation.confidenceNotANumber':
    '«{text}» no es una confianza. Escriba un número de {min} a {max}.',
  'validation.confidenceNotWhole':
    'La confianza {value} no es un número entero. Escriba un número entero de {min} a {max}.',
  'validation.binaryTargetNotOne': 'Un resultado clave hecho / no hecho tiene como meta 1 (hecho).',
  'validation.binaryStartNotZero': 'Un resultado clave hecho / no hecho empieza en 0 (no hecho).',
  'validation.binaryValueNotZeroOrOne':
    '«{value}» no se acepta: un resultado clave hecho / no hecho vale 0 (no hecho) o 1 (hecho).',
  'validation.milestoneStepsMismatch':
    'La meta ({target}) debe ser igual al número de hitos con nombre ({count}).',
  'validation.milestoneValueOutOfRange':
    'El avance de los hitos debe estar entre {start} y {target}, no {value}.',
  'validation.milestoneNotWholeStep': 'Los hitos se cuentan en pasos enteros, no {value}.',
  'validation.dateInvalid': '«{field}» no es una fecha válida (se espera {expected}).',
  'validation.dateRequired': '«{field}» está vacío. Elija un día.',
  'validation.endBeforeStart':
    'El ciclo debe terminar después de empezar ({start:day} a {end:day}).',
  'validation.dateOutsideCycle':
    'La fecha {date:day} está fuera del ciclo ({start:day} a {end:day}).',
  'validation.checkInsNotOpen': 'Los check-ins se abren el {start:day}, cuando empieza «{cycle}».',
  'validation.cycleClosed':
    'El ciclo «{cycle}» está cerrado; vuelva a abrirlo para cambiar sus OKR.',
  'validation.parentSelf': 'Un objetivo no puede alinearse consigo mismo.',
  'validation.parentCycle':
    'Alinearse con este objetivo crearía un bucle: {chain}. Elija un superior más arriba.',
  'validation.parentNotFound': 'El objetivo con el que se alinea ya no existe.',
  'validation.aspirationalNotAllowed':
    'Su organización solo usa OKR comprometidos; marque este objetivo como comprometido.',
  'validation.meetingIdRequired':
    'Un check-in hecho en una reunión necesita la reunión en la que se hizo.',
  'validation.linkInvalid':
    '«{field}» debe ser una dirección web que empiece por https:// o http:// (hasta {max} caracteres).',
  'validation.localeInvalid':
    '«{locale}» no es un idioma en el que estén escritos los mensajes del coach. Elija uno de estos: {accepted}.',
  'validation.storyEmpty':
    'La historia está vacía. Escriba por qué su organización usa OKR: es lo que lee quien abre «Por qué usamos OKR».',
  'validation.staleBeforeCadence':
    'Un resultado clave no puede quedar desactualizado ({stale} días) antes de que toque su próximo check-in ({cadence} días).',
  'validation.paceThresholdsInverted':
    'El umbral de «Retrasado» ({offTrack}) debe estar más atrás que el de «En riesgo» ({atRisk}).',
  'validation.scoreOutOfScale': 'Una puntuación es un número de {min} a {max}, no {value}.',
  'validation.scoreNotANumber':
    'Escriba una puntuación: un número de {min} a {max}, por ejemplo los {proposed} que le da su avance.',
  'validation.scoreReasonRequired':
    'Diga por qué la puntuación difiere de los {proposed} que le da su avance.',
  'validation.answerTooLong':
    'Esta respuesta tiene {length} caracteres, más de los {max} que se guardan: acórtela para guardarla. No se ha cortado nada.',
  'validation.reasonTooLong':
    'Este motivo tiene {length} caracteres, más de los {max} que se guardan: acórtelo para guardarlo. No se ha cortado nada.',
  'validation.cyclesOverlap':
    'Estas fechas se solapan en parte con «{other}» ({start:day} a {end:day}). Un ciclo puede estar dentro de otro (un trimestre en su año), pero no a medias.',
  'validation.cycleSameDates':
    '«{other}» ya abarca estas fechas ({start:day} a {end:day}): un ciclo con las mismas fechas sería una segunda copia. Elija otras fechas, o edite «{other}» en su lugar.',
  'validation.cycleYearOutOfRange':
    '«{text}» no es un año posible para un ciclo. Escriba un año entero de {first} a {last}, como {example}.',
  'validation.cycleDayOutOfRange':
    '«{field}» {date:day} está fuera de los años posibles para un ciclo. Elija un día del {first:day} al {last:day}.',
  'validation.cycleNameTaken':
    'Ya existe un ciclo llamado «{name}» ({start:day} a {end:day}). Elija otro trimestre u otras fechas, o dé a este ciclo un nombre propio.',
  'validation.cycleStarted':
    '«{name}» comenzó el {start:day}: un ciclo vuelve a la planificación solo antes de su primer día, mientras no pueda vencer ningún check-in en él. Sus fechas se quedan como están.',
  'validation.teamOwnAncestor':
    'Un equipo no puede estar bajo sí mismo ni bajo uno de sus subequipos ({chain}). Elija otro superior.',
  'validation.rolledUpTakesNoCheckIn':
    '«{keyResult}» se calcula a partir de los OKR alineados con él, así que no admite un check-in propio: haga el check-in en ellos y su avance lo sigue.',
  'direction.above': 'por encima de',
  'direction.below': 'por debajo de',
};

const english = {
  ...(Object.fromEntries(
    coreMessages.keys.filter(isIssueWordKey).map((key) => [key, coreMessages.template(key)]),
  ) as Record<IssueWordKey, string>),
  'direction.above': 'above',
  'direction.below': 'below',
};

const issueWords = createCatalogue<IssueWordKey | Direction>(english, {
  de: german,
  fr: frenchIssueWords,
  es: spanish,
});

/**
 * An issue said in the locale's language (English for any other) from its code and params; its
 * field by name. A direction check's kind and side are said in that language too.
 */
export function sayIssue(issue: ValidationIssue, locale: string): string {
  const fieldKey = `field.${issue.field}`;
  const field = isIssueWordKey(fieldKey) ? issueWords.format(fieldKey, {}, locale) : issue.field;
  const { kind, expected } = issue.params;
  // The core names the kind in English, as the editors do; its code is read too.
  const kindCode = typeof kind === 'string' ? kindOfWord(kind) : undefined;
  const params: MessageParams =
    issue.code === 'directionMismatch' && kindCode
      ? {
          ...issue.params,
          kind: kindWordsFor(locale).kinds[kindCode],
          expected: issueWords.format(
            expected === 'below' ? 'direction.below' : 'direction.above',
            {},
            locale,
          ),
        }
      : issue.params;
  return issueWords.format(`validation.${issue.code}`, { field, ...params }, locale);
}

/** Several issues said in the locale's language, one after the other. */
export function sayIssues(issues: readonly ValidationIssue[], locale: string): string {
  return issues.map((issue) => sayIssue(issue, locale)).join(' ');
}
