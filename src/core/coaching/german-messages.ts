import type { FindingTemplateKey } from './messages';

/**
 * The coaching catalogue in German: one text for every key the rules can produce. Typed as a
 * full record, so a rule added to the English catalogue does not compile until it is said here.
 */
export const germanFindingTemplates: Readonly<Record<FindingTemplateKey, string>> = {
  'objective.metric.message':
    'Dieses Objective liest sich wie ein Key Result: Es enthält eine Zielgröße ({metric}). Ein Objective sagt, wohin ihr wollt und warum es zählt; die Zahlen gehören in die Key Results.',
  'objective.metric.suggestion':
    '„{metric}“ in ein Key Result verschieben („<Kennzahl> von <heute> auf <Ziel> steigern“) und das Objective als gewünschte Veränderung formulieren, z. B. „<Kunden> <lieben / vertrauen / wählen> <unser Angebot>“.',
  'objective.task.message':
    '„{text}“ nennt ein Arbeitsergebnis, kein Ziel. Was ist anders, wenn es geliefert ist, und für wen?',
  'objective.task.suggestion':
    'Den Grund für die Arbeit als Objective schreiben (was können Kunden oder Kolleg:innen danach tun?) und „{text}“ als Initiative unter einem seiner Key Results führen.',
  'objective.vague.message':
    '„{text}“ könnte jedes Quartal das Objective dieses Teams sein: Es sagt nicht, was am Ende dieses Quartals anders ist.',
  'objective.vague.suggestion':
    'Die konkrete Veränderung nennen und wer sie spürt, z. B. „<Kunden in Segment X> <haben in der ersten Woche Nutzen>“; wie viel, sagen dann die Key Results.',
  'objective.period-label.message':
    '„{text}“ ist die Überschrift einer Liste, kein Objective: Es nennt einen Zeitraum und eine Art von Zielen, aber nicht, was am Ende anders ist.',
  'objective.period-label.suggestion':
    'Das Ergebnis schreiben, das das Team bis dahin will, z. B. „<Kunden in Segment X> <wählen uns statt Y>“; den Zeitraum trägt der Zyklus.',
  'objective.compound.message':
    'Dieses Objective verfolgt zwei Ziele zugleich („… {joint} …“). Zwei Ziele teilen den Fokus und verwischen, was Erfolg heißt.',
  'objective.compound.suggestion':
    'Das Ziel, das in diesem Zyklus am meisten zählt, als Objective behalten; das andere als eines seiner Key Results messen oder ihm ein eigenes Objective geben.',
  'objective.negative.message':
    'Das Objective ist als etwas formuliert, das aufhören oder vermieden werden soll („{word}“). Objectives ziehen Menschen zu einem Ort, den sie erreichen wollen.',
  'objective.negative.suggestion':
    'Es in den gewünschten Zustand umdrehen: „Keine Beschwerden mehr im Support“ → „Einen Support bieten, von dem unsere Kunden schwärmen“.',
  'objective.business-as-usual.message':
    '„{text}“ hält alles, wie es ist. Tagesgeschäft gehört in die Health-Metriken, nicht in ein Objective.',
  'objective.business-as-usual.suggestion':
    'Fragen, was anders wäre, wenn es außergewöhnlich gut liefe, und das schreiben: „Verfügbarkeit halten“ → „Die Plattform so zuverlässig machen, dass Kunden nie an sie denken“.',
  'objective.length.message':
    'Mit {words} {words|Wort|Wörtern} ist „{text}“ zu kurz, um jemandem zu sagen, wohin das Team will.',
  'objective.length.suggestion':
    'In einem kurzen Satz sagen, was wahr werden soll: „Verantwortung“ → „Eine Kultur der Verantwortung aufbauen“.',
  'objective.too-long.message':
    'Mit {words} Wörtern ist das Objective schwer zu merken; Objectives werden wiederholt, kürzer ist stärker.',
  'objective.too-long.suggestion':
    'Das Objective auf eine einprägsame Zeile kürzen und Details in die Beschreibung oder die Key Results verschieben.',

  'key-result.measurable.message':
    '„{text}“ hat keine Zahl, daher kann am Ende des Zyklus niemand sagen, ob es erreicht wurde.',
  'key-result.measurable.suggestion':
    'Kennzahl, Ausgangswert und Zielwert ergänzen: „<Kennzahl> von <Ausgangswert> auf <Zielwert>“.',
  'key-result.activity.message':
    '„{text}“ beschreibt Arbeit (einen Output), nicht das Ergebnis, das die Arbeit bewirken soll (einen Outcome). Was passiert, wenn sie erledigt ist?',
  'key-result.activity.suggestion':
    '„{text}“ als Initiative behalten und ihre Wirkung messen: „Wenn ‚{object}‘ gelingt, haben wir mehr <…> oder weniger <…>“ → „<Kennzahl> von <X> auf <Y> steigern“.',
  'key-result.vague.message':
    '„{text}“ nennt eine Richtung („{vague}“), aber keine Zahl, daher kann am Ende des Zyklus niemand sagen, ob es weit genug ging.',
  'key-result.vague.suggestion':
    'Sagen, wie viel und von wo aus: „{text}“ → „<Kennzahl> von <Ausgangswert> auf <Zielwert> bis <Datum>“.',
  'key-result.baseline.message':
    'Der Zielwert steht da, der Ausgangspunkt nicht: Ohne Ausgangswert ist die Größe der Veränderung unbekannt.',
  'key-result.baseline.suggestion':
    'Ergänzen, wo die Kennzahl heute steht: „… von <Ausgangswert> auf <Zielwert>“.',
  'key-result.multiplier.message':
    '„{multiplier}“ hat keinen Ausgangspunkt: das Doppelte oder die Hälfte wovon? Ohne Ausgangswert kann niemand den Fortschritt im Zyklus bewerten.',
  'key-result.multiplier.suggestion':
    'Anfang und Ende schreiben: „<Kennzahl> von <heute> auf <{scaled} von heute>“.',
  'key-result.milestone.message':
    '„{text}“ ist ein datierter Meilenstein: als Key Result in Ordnung, wenn ein anderes Key Result die Wirkung zeigt, die er haben soll.',
  'key-result.milestone.suggestion':
    'Eine Kennzahl danebenstellen, die sich bewegt, wenn der Meilenstein erreicht ist: „<Kennzahl> von <Ausgangswert> auf <Zielwert>“.',
  'key-result.binary.message':
    '„{text}“ ist erledigt / nicht erledigt. Eine Zahl würde Teilfortschritt und die angestrebte Wirkung zeigen.',
  'key-result.binary.suggestion':
    'Messen, was sich ändern soll, wenn es erledigt ist: „<N> <Nutzer / Kunden> nutzen es wöchentlich“ oder „<Kennzahl> von <X> auf <Y>“.',
  'key-result.binary-kind.message':
    'Dieses Key Result wird als erledigt / nicht erledigt verfolgt, sein Titel nennt aber etwas Zählbares ({noun}).',
  'key-result.binary-kind.suggestion':
    'Es als „steigern“ oder „senken“ mit Start- und Zielwert für {noun} verfolgen, damit Fortschritt im Zyklus sichtbar wird.',

  'set.key-result-count.message':
    'Dieses Objective hat {count} Key {count|Result|Results}; das Operating Model verlangt {min} bis {max}.',
  'set.key-result-count.suggestion':
    'Zu wenige: Fragen, ob das Objective wirklich erreicht ist, wenn alle Key Results 1,0 erreichen. Zu viele: Die {max} behalten, die Erfolg am besten zeigen, und den Rest als Health-Metriken verfolgen.',
  'set.objective-count.message':
    'Das Team hat in diesem Zyklus {count} Objectives; das Operating Model erlaubt {max}.',
  'set.objective-count.suggestion':
    'Weniger ist mehr: Die Objectives priorisieren, die besten {max} behalten und den Rest für einen späteren Zyklus parken.',
  'set.alignment.message':
    'Dieses Objective ist an kein Objective des übergeordneten Teams angebunden, obwohl das übergeordnete Team in diesem Zyklus {count} {count|Objective|Objectives} hat.',
  'set.alignment.suggestion':
    'Es mit dem übergeordneten Objective verknüpfen, dem es dient, oder festhalten, warum es allein steht (eine bewusste Wette, ein lokales Thema).',
  'set.duplicate-key-results.message':
    'Zwei Key Results messen fast dasselbe: „{first}“ und „{second}“.',
  'set.duplicate-key-results.suggestion':
    'Sie zu einem Key Result zusammenführen oder eines durch eine Gegenkennzahl ersetzen, die das andere ehrlich hält (Qualität neben Menge).',

  'rhythm.stale-check-in.message':
    'Seit {days} Tagen kein Check-in (das Team checkt alle {cadence} Tage ein).',
  'rhythm.stale-check-in.suggestion':
    'Wert und Zuversicht jetzt aktualisieren, auch wenn sich nichts bewegt hat: „keine Änderung“ ist eine nützliche Nachricht.',
  'rhythm.falling-confidence.message':
    'Die Zuversicht ist in den letzten Check-ins von {from} auf {to} gefallen.',
  'rhythm.falling-confidence.suggestion':
    'Diese Woche darüber sprechen: Was hat sich geändert, was würde die Zuversicht zurückbringen, und wer kann helfen?',
  'rhythm.no-owner.message': 'Niemand ist für dieses Key Result verantwortlich.',
  'rhythm.no-owner.suggestion':
    'Eine verantwortliche Person benennen, die jede Woche eincheckt; andere können beitragen, aber eine Person steht dafür ein.',
  'rhythm.high-score-mid-cycle.message':
    'Schon bei {score}, obwohl noch {remaining} % des Zyklus vor euch liegen: Das Ziel war vielleicht zu niedrig gesteckt.',
  'rhythm.high-score-mid-cycle.suggestion':
    'Feiern, dann fragen, ob das Ziel ambitioniert war. Im nächsten Zyklus das Ziel dort setzen, wo ihr zu etwa 50 % zuversichtlich seid.',
  'rhythm.behind-pace-confident.message':
    'Der Fortschritt liegt bei {progress} % gegenüber {expected} % erwartet, die Zuversicht aber bei {confidence}/{max}.',
  'rhythm.behind-pace-confident.suggestion':
    'Die Zuversicht an den Zahlen prüfen: Was macht das Team sicher, dass es aufholt? Wenn nichts, die Zuversicht senken und Optionen besprechen.',
};
