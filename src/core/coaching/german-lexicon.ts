/**
 * The German words the coach reads. A German key result puts its verb at the end as an
 * infinitive ("Kundenumfrage durchführen"), at the start as a noun ("Durchführung von 10
 * Workshops", "Steigerung des Umsatzes um 10 %") or, for a state, as a participle at the end
 * ("CRM eingeführt"). Each verb is mapped to the English verb of the same class in
 * `text-verbs.ts` and `text-lexicon.ts`, so the rules that ask "is this work, a direction, a
 * task?" answer for German as they do for English.
 */

import {
  isTeam,
  participleLast,
  passiveWork,
  presentIsRead,
  verbLexicon,
  type LexiconVerb,
  type MainVerb,
  type Passive,
} from './text-reader';

/** `infinitive participle noun english`; `-` where the form is not used in OKRs. */
const verbTable = `
durchführen durchgeführt durchführung conduct
führen geführt - conduct
einführen eingeführt einführung introduce
erstellen erstellt erstellung create
entwickeln entwickelt entwicklung develop
erarbeiten erarbeitet erarbeitung develop
implementieren implementiert implementierung implement
umsetzen umgesetzt umsetzung implement
organisieren organisiert organisation organize
launchen gelauncht launch launch
relaunchen relauncht relaunch launch
starten gestartet start launch
abhalten abgehalten - hold
veranstalten veranstaltet veranstaltung host
moderieren moderiert moderation facilitate
veröffentlichen veröffentlicht veröffentlichung publish
ausschreiben ausgeschrieben ausschreibung publish
schreiben geschrieben - write
verfassen verfasst - write
posten gepostet - post
aufbauen aufgebaut aufbau build
bauen gebaut - build
programmieren programmiert programmierung build
gestalten gestaltet gestaltung design
konzipieren konzipiert konzeption design
designen designt - design
planen geplant planung plan
analysieren analysiert analyse analyze
prüfen geprüft prüfung review
überprüfen überprüft überprüfung review
evaluieren evaluiert evaluierung evaluate
untersuchen untersucht untersuchung investigate
recherchieren recherchiert recherche research
testen getestet - test
befragen befragt befragung survey
interviewen interviewt - interview
sammeln gesammelt sammlung collect
erheben erhoben erhebung collect
überwachen überwacht überwachung monitor
beobachten beobachtet beobachtung monitor
messen gemessen messung track
schulen geschult schulung train
trainieren trainiert - train
coachen gecoacht - coach
beraten beraten beratung consult
einstellen eingestellt einstellung hire
rekrutieren rekrutiert rekrutierung recruit
besuchen besucht besuch visit
anrufen angerufen - call
sprechen gesprochen - talk
machen gemacht - make
tätigen getätigt - make
reden geredet - talk
telefonieren telefoniert - call
kontaktieren kontaktiert kontaktierung contact
präsentieren präsentiert präsentation present
vorstellen vorgestellt vorstellung present
verhandeln verhandelt verhandlung negotiate
teilnehmen teilgenommen teilnahme attend
versenden versendet versand send
verschicken verschickt - send
verteilen verteilt verteilung distribute
liefern geliefert lieferung deliver
ausliefern ausgeliefert auslieferung deliver
ausrollen ausgerollt rollout roll
bereitstellen bereitgestellt bereitstellung provide
anbieten angeboten - provide
installieren installiert installation install
einrichten eingerichtet einrichtung setup
aufsetzen aufgesetzt - setup
migrieren migriert migration migrate
integrieren integriert integration integrate
automatisieren automatisiert automatisierung automate
digitalisieren digitalisiert digitalisierung digitize
standardisieren standardisiert standardisierung standardize
aktualisieren aktualisiert aktualisierung update
überarbeiten überarbeitet überarbeitung redesign
dokumentieren dokumentiert dokumentation document
definieren definiert definition define
ausarbeiten ausgearbeitet ausarbeitung draft
vorbereiten vorbereitet vorbereitung prepare
übersetzen übersetzt übersetzung translate
produzieren produziert produktion produce
onboarden onboardet onboarding onboard
pilotieren pilotiert pilotierung pilot
zertifizieren zertifiziert zertifizierung certify
fertigstellen fertiggestellt fertigstellung finish
etablieren etabliert etablierung establish
gründen gegründet gründung found
unterstützen unterstützt unterstützung support
helfen geholfen - help
beginnen begonnen - begin
fortsetzen fortgesetzt fortsetzung continue
investieren investiert investition invest
ausgeben ausgegeben - spend
steigern gesteigert steigerung increase
erhöhen erhöht erhöhung increase
vergrößern vergrößert vergrößerung increase
senken gesenkt senkung reduce
reduzieren reduziert reduzierung reduce
verringern verringert verringerung reduce
verkürzen verkürzt verkürzung reduce
verbessern verbessert verbesserung improve
optimieren optimiert optimierung optimize
stärken gestärkt stärkung strengthen
ausbauen ausgebaut ausbau expand
erweitern erweitert erweiterung expand
wachsen gewachsen - grow
beschleunigen beschleunigt beschleunigung accelerate
maximieren maximiert maximierung maximize
minimieren minimiert minimierung minimize
verdoppeln verdoppelt verdopplung double
verdreifachen verdreifacht verdreifachung triple
halbieren halbiert halbierung halve
gewinnen gewonnen - win
erobern erobert eroberung win
erreichen erreicht - reach
erzielen erzielt - achieve
generieren generiert generierung generate
akquirieren akquiriert akquise acquire
binden gebunden - retain
halten gehalten - keep
verkaufen verkauft - sell
abschließen abgeschlossen abschluss complete
sichern gesichert - secure
beibehalten beibehalten - maintain
aufrechterhalten aufrechterhalten - maintain
werden geworden - become
sein - - be
`;

const { byInfinitive, byParticiple, byNoun } = verbLexicon(verbTable);
byNoun.set('reduktion', byInfinitive.get('reduzieren')!);
byNoun.set('verdoppelung', byInfinitive.get('verdoppeln')!);
byNoun.set('durchführen', byInfinitive.get('durchführen')!);

/**
 * "500 Story Points abschließen" completes work; "5 Verträge mit Firmenkunden abschließen" closes
 * deals, a sale as "Close 5 contracts" is in English.
 */
const closing: LexiconVerb = { infinitive: 'abschließen', english: 'close' };
const dealNouns =
  /^(\p{L}*verträge?|\p{L}*vertrages|\p{L}*verträgen|deals?|geschäfte?n?|abschlüsse)$/u;
function withDeals(verb: LexiconVerb, words: readonly string[]): LexiconVerb {
  return verb.infinitive === 'abschließen' && words.some((word) => dealNouns.test(word))
    ? closing
    : verb;
}

/** Separable prefixes left at the end of a sentence: "Wir führen 10 Interviews durch". */
const separablePrefixes =
  /^(ab|an|auf|aus|bei|durch|ein|fest|fort|her|los|mit|nach|vor|weg|zu|zurück|zusammen|weiter|bereit|fertig|um|teil)$/;

/** "führe", "führen", "steigere", "entwickle", "gewinn": the infinitive it stands for. */
function infinitiveOf(word: string): LexiconVerb | undefined {
  const candidates = [
    word,
    `${word}n`,
    `${word}en`,
    word.replace(/le$/, 'eln'),
    word.replace(/re$/, 'ern'),
  ];
  for (const candidate of candidates) {
    const verb = byInfinitive.get(candidate);
    if (verb) return verb;
  }
  return undefined;
}

/** The auxiliary of the active perfect: the subject did what the participle names. */
const haben = /^(haben|hat|habe|habt|hatten|hatte)$/;
/**
 * A subject that is the team or a unit of its organisation: "Wir" (left out by the filler),
 * "Das Team", "Unsere Teams", "Der Vertrieb", "Die Personalabteilung", "Das Marketing-Team", or
 * the team addressed ("Du veröffentlichst 5 Tutorials", "Ihr führt 12 Workshops durch").
 * A department's work is work, an output, whichever team writes it down; what customers,
 * tenants or employees do is the behaviour a team sets out to change.
 */
const ourselves =
  /^(wir|ich|du|ihr|das|die|der|unser|unsere|unserer|jedes|jede|jeder|alle|[\p{L}-]*teams?|[\p{L}-]*abteilung(en)?|bereich|fachbereich|referat|marketing|vertrieb|sales|hr|personal|personalwesen|it|einkauf|buchhaltung|finanzen|controlling|support|kundenservice|kundendienst|entwicklung|produktentwicklung|produktmanagement|produktion|logistik|recht|kommunikation|pr|redaktion|geschäftsführung|management|vorstand)$/u;

/** Words after a verbal noun that make it the head of the sentence: "Einführung eines CRM". */
const nounComplement =
  /^(von|des|der|eines|einer|dem|den|unserer|unseres|unseren|neuer|neuen|aller|zur|zum)$/;

/**
 * The verb that carries a German OKR line: the infinitive or participle at its end, else an
 * infinitive, imperative or verbal noun at its start (with a separable prefix at the end).
 */
export function mainVerbOf(words: readonly string[]): MainVerb | undefined {
  const main = mainVerbIn(words);
  return main && { ...main, verb: withDeals(main.verb, words) };
}

function mainVerbIn(words: readonly string[]): MainVerb | undefined {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1) {
    const atEnd = byInfinitive.get(last);
    if (atEnd && atEnd.english !== 'be' && atEnd.english !== 'become') {
      return { verb: atEnd, form: 'infinitive', at: 'last' };
    }
    const done = byParticiple.get(last);
    if (done) {
      const auxiliary = words.slice(0, 4).findIndex((word) => haben.test(word));
      // "Wir haben 12 Workshops durchgeführt" reports the team's work done, as "12 Workshops
      // durchführen" plans it; what others did ("500 Kunden haben teilgenommen") is their
      // behaviour, an outcome.
      if (auxiliary >= 0) {
        return auxiliary < words.length - 2 && isTeam(words.slice(0, auxiliary), ourselves)
          ? { verb: done, form: 'infinitive', at: 'last', after: auxiliary + 1 }
          : { verb: done, form: 'participle', at: 'last', byOthers: true };
      }
      // "3 Workshops werden durchgeführt", "Workshops durchgeführt": counted work in the
      // passive is that work; a single deliverable ("CRM eingeführt") is read by the reader.
      return passiveWork(done, words, germanPassive) ?? participleLast(done, words, germanPassive);
    }
    if (separablePrefixes.test(last)) {
      const verb = infinitiveOf(`${last}${first}`);
      if (verb) return { verb, form: 'infinitive', at: 'first', prefixLast: true };
    }
  }
  const leading = infinitiveOf(first);
  if (leading && leading.english !== 'be')
    return { verb: leading, form: 'infinitive', at: 'first' };
  const noun = byNoun.get(first);
  if (noun && nounComplement.test(words[1] ?? '')) return { verb: noun, form: 'noun', at: 'first' };
  return finiteVerbIn(words);
}

/**
 * A main clause's verb, second after its subject ("Das Team führt 10 Interviews durch",
 * "Jede Filiale gewinnt 20 Neukunden"): the present tense's third person of a verb of the
 * lexicon, after a subject of one to three words, with its separable prefix last. Work is read
 * only with the team as subject: "Die Mieterin testet 2 Prototypen" is her behaviour.
 */
function finiteVerbIn(words: readonly string[]): MainVerb | undefined {
  const last = words[words.length - 1] ?? '';
  const prefix = words.length > 2 && separablePrefixes.test(last) ? last : '';
  for (let after = 1; after <= Math.min(3, words.length - 2); after++) {
    const finite = words[after]!;
    // "führt", "organisiert", "arbeitet"; in the plural "schulen", "führen … durch", "sammeln";
    // to the team addressed "veröffentlichst", "arbeitest".
    const stems = finite.endsWith('est')
      ? [finite.slice(0, -3), finite.slice(0, -2)]
      : finite.endsWith('st')
        ? [finite.slice(0, -2)]
        : finite.endsWith('et')
          ? [finite.slice(0, -2), finite.slice(0, -1)]
          : finite.endsWith('t')
            ? [finite.slice(0, -1)]
            : finite.endsWith('n')
              ? [finite]
              : [];
    for (const stem of stems) {
      const separated = prefix ? infinitiveOf(`${prefix}${stem}`) : undefined;
      const verb = separated ?? infinitiveOf(stem);
      if (verb && verb.english !== 'be' && verb.english !== 'become') {
        if (!presentIsRead(verb, words.slice(0, after), ourselves)) return undefined;
        return {
          verb,
          form: 'infinitive',
          at: 'first',
          after,
          ...(separated ? { prefixLast: true } : {}),
        };
      }
    }
  }
  return undefined;
}

/** Leading words to skip: bullets, "KR1:", "Ziel:", "Wir werden", "Wir wollen". */
export const germanFiller =
  /^(\s*([-*•·]|\d+[.)]\s|kr\s*\d*\s*[:.)-]|key result\s*\d*\s*[:.)-]|o\s*\d*\s*[:.)-]|objective\s*\d*\s*[:.)-]|ziel\s*\d*\s*[:.)-]))*\s*((wir|ich|das team|unser team)\s+(werden|wollen|möchten|müssen|sollen|werden bis|planen)\s+|wir\s+)?/i;

const letter = (words: string) => `(?<![\\p{L}])(${words})(?![\\p{L}])`;

/** Nouns for people or organisations; as the end of a compound too ("Großkunden"). */
/** Work counted before the people it is for: "5 Workshops mit Kunden", "5 ateliers clients". */
export const germanWorkNouns =
  /(workshops?|meetings?|termine?|webinare?|artikel|sitzungen|veranstaltungen|gespräche|interviews|kampagnen|schulungen|besuche|umfragen|demos?)(?!\p{L})/u;

/** The passive: "3 Workshops werden durchgeführt" says the same work as "3 Workshops durchführen". */
const germanPassive: Passive = {
  auxiliary: /^(werden|wird|wurden|wurde)$/,
  perfect: haben,
  placeholder: /^es$/,
  workNouns: germanWorkNouns,
};

export const germanAudience =
  /[\p{L}-]*(kunden|kundinnen|nutzer|nutzerinnen|nutzende|anwender|anwenderinnen|user|mitarbeiter|mitarbeiterinnen|mitarbeitende|beschäftigte|teams|unternehmen|firmen|partner|partnerinnen|abonnenten|abonnentinnen|mitglieder|besucher|besucherinnen|käufer|käuferinnen|leser|leserinnen|händler|schulen|kliniken|krankenhäuser|länder|märkte|standorte|filialen|studierende|schüler|patienten|patientinnen|entwickler|entwicklerinnen|accounts|mandanten|gäste|fahrer|bürger|mitarbeitenden)(?![\p{L}])/u;

export const germanVagueWords = new RegExp(
  letter(
    'verbessern|verbessert|verbesserung|optimieren|optimiert|optimierung|stärken|gestärkt|stärkung|steigern|gesteigert|steigerung|erhöhen|erhöht|erhöhung|senken|gesenkt|senkung|reduzieren|reduziert|reduzierung|reduktion|verringern|verringert|verringerung|ausbauen|ausbau|erweitern|maximieren|minimieren|beschleunigen|wachsen|mehr|weniger|besser|bessere[nmrs]?|höher|höhere[nmrs]?|schneller|größer|stärker|niedriger|deutlich|signifikant|erheblich|möglichst (viele|viel|hoch|schnell)|so viele wie möglich',
  ),
  'u',
);

export const germanBaselineWords = new RegExp(
  letter(
    'aktuell|derzeit|momentan|heute|bisher|bislang|gegenüber|im vergleich zu|verglichen mit|vs\\.?|versus|ausgangswert|ausgangsbasis|basiswert|baseline|vorjahr|vorjahres|vorquartal|vorquartals|letzte[mn]? (quartal|jahr|monat)|im jahresvergleich',
  ),
  'u',
);

export const germanThresholdWords = new RegExp(
  `${letter(
    'mindestens|höchstens|maximal|minimal|unter|über|unterhalb|oberhalb|weniger als|mehr als|bis zu|nicht mehr als|nicht weniger als|innerhalb|min\\.|max\\.|oder mehr|oder weniger',
  )}|[<>≤≥]`,
  'u',
);

export const germanOutcomeClause = new RegExp(
  letter(
    'sodass|so dass|damit|was zu|wodurch|gemessen an|gemessen durch|gemessen als|mit (null|keinen?|mindestens|höchstens|unter|über|weniger als|mehr als)',
  ),
  'u',
);

/** "Churn unter 2 % halten", "Kosten stabil halten", "Budget nicht überschreiten". */
export const germanSteadyState = new RegExp(
  `${letter('stabil|konstant|unverändert|gleichbleibend|nicht (überschreiten|übersteigen|unterschreiten)')}` +
    `|${letter('unter|über|unterhalb|oberhalb|bei|auf|maximal|höchstens|mindestens')}\\s+([\\p{L}-]+\\s+){0,3}?[$€£]?(\\d|[XYZN]\\b).*?${letter('halten|hält|bleiben|bleibt|begrenzen|deckeln|gedeckelt|sichern')}`,
  'iu',
);

const germanMonths =
  'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
export const germanDeadline = new RegExp(
  `${letter('bis|vor|spätestens|im|in|innerhalb|während|zum|ende|zur')}\\s+(dem\\s+|der\\s+|des\\s+|zum\\s+|den\\s+|von\\s+)?(ende\\s+(des\\s+|der\\s+|von\\s+)?)?(q[1-4]|h[12]|\\d\\.\\s*(quartal|halbjahr)|quartals?|halbjahr(es)?|jahr(es)?|monats?|${germanMonths}|\\d{1,2}\\.\\s*(\\d{1,2}\\.|${germanMonths})|(19|20)\\d\\d|kw\\s*\\d+|\\d+\\s+(tagen|wochen|monaten)|ersten\\s+\\d+\\s+(tagen|wochen|monaten)|(diesem|nächsten|kommenden|dieses|nächstes)\\s+(quartal|jahr|monat|zyklus|zyklen)|gj|fy)`,
  'u',
);
/** "… bis Ende Q3", "… bis zum 30. Juni": a date the sentence ends on. */
export const germanTrailingDate =
  /\s+(bis|vor|spätestens|im|in|innerhalb|zum|ende|zur)\s+[^,;]{1,30}$/u;

/** A delivered, approved or reached state: "ist live", "abgeschlossen", "zertifiziert". */
export const germanCompletion = new RegExp(
  `${letter('ist|sind|wird|werden|geht|gehen')}\\s+(live|online|abgeschlossen|eingeführt|verfügbar|freigegeben|genehmigt|zertifiziert|produktiv|in betrieb|umgesetzt|fertig|fertiggestellt|unterschrieben|unterzeichnet)` +
    `|(^|\\s)(live|online|abgeschlossen|verfügbar|freigegeben|genehmigt|zertifiziert|eingeführt|ausgerollt|umgesetzt|fertiggestellt|veröffentlicht|produktiv|in betrieb|unterzeichnet|unterschrieben|bestanden|live geschaltet|go-live)$` +
    `|(zertifizierung|akkreditierung|zulassung|freigabe|audit|testat)\\s.*(erhalten|erreichen|bestehen|erlangen)$` +
    `|(break-even|gewinnzone|profitabilität)\\s+erreichen$|profitabel (sein|werden)$`,
  'u',
);

/** "Keine P1-Vorfälle", but not "Keine manuellen Deployments mehr" (a direction, no size). */
export const germanNoneOf = /^keine?\s+(?!.*\bmehr\b)\p{L}/u;
export const germanFirstOf = new RegExp(
  `${letter('ersten?|erstes')}\\s+([\\p{L}-]+\\s+){0,2}?${germanAudience.source}`,
  'u',
);

/** "Release-Frequenz von monatlich auf wöchentlich": a baseline and a target in words. */
export const germanStatesInWords =
  /(?<!\p{L})von\s+([\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(auf|zu)\s+\p{L}/u;

/** An objective's purpose or ambition that turns a deliverable into an aim. */
export const germanPurpose =
  /(?<!\p{L})(um\s.+\szu|damit|sodass|so dass|weil)(?!\p{L})|(?<!\p{L})(erfolgreich|großartig|begeisternd|herausragend|weltklasse|lieben|begeistern|beste[nmrs]?)(?!\p{L})/u;

/** Broad nouns: an objective made only of them and a direction says nothing about where. */
export const germanGenericObjectiveWords: ReadonlySet<string> = new Set(
  `kommunikation qualität effizienz effektivität marketing leistung performance prozess prozesse
  umsatz umsätze vertrieb geschäft wachstum kundenbindung kundenzufriedenheit zufriedenheit code
  produkt produkte erlebnis betrieb innovation produktivität zusammenarbeit teamarbeit ergebnisse
  website support service kundenservice kunden gewinn gewinne marge margen kosten sichtbarkeit
  bekanntheit markenbekanntheit marke engagement motivation abläufe dokumentation sicherheit
  stabilität zuverlässigkeit team teams unternehmen firma organisation kultur strategie umsetzung
  pipeline leads traffic conversion nutzer mitarbeiter interne interner internen allgemeine gesamte
  unsere unser unseren unserer die der das den dem des und im in für mit von bei alle allgemein`
    .split(/\s+/)
    .filter(Boolean),
);

/** Two aims joined: "Umsatz steigern und Kosten senken". */
export const germanCompoundAim = new RegExp(
  `${letter('und|sowie|sowie auch|gleichzeitig|während')}\\s+(\\S+\\s+){0,5}?(steigern|erhöhen|verbessern|senken|reduzieren|ausbauen|stärken|optimieren|gewinnen|aufbauen|entwickeln|launchen|erreichen|maximieren|minimieren|beschleunigen|schaffen|liefern)(?![\\p{L}])`,
  'u',
);

/** "Besser werden", "An unseren Prozessen arbeiten", "Die Besten sein": no destination, or anyone's. */
const anyonesAmbition =
  '(die|der|das|ein|eine|einer|nummer|nr|1|eins|beste[nrs]?|führende[nrs]?|spitze|top|erste[nrs]?|exzellent|immer|noch|am|in|dem|was|wir|tun)';
export const germanAimless = new RegExp(
  `^(besser werden|fortschritte machen)$|^(an|auf)\\s.+\\s(arbeiten|fokussieren|konzentrieren)$|^(sind|werden|bleiben)(\\s+${anyonesAmbition})+$|^(${anyonesAmbition}\\s+)+(sein|werden|bleiben)$`,
  'u',
);

export const germanNegativeFraming = new RegExp(
  `${letter(
    'aufhören|stoppen|vermeiden|verhindern|nie wieder|nicht mehr|keine? .{0,30}mehr|schluss mit',
  )}|^weniger(?!\\p{L})`,
  'u',
);

export const germanBusinessAsUsual = new RegExp(
  `^(weiterhin|weiter so)(?!\\p{L})|${letter('beibehalten|aufrechterhalten|weiterführen|fortführen|fortsetzen')}$|${letter('status quo|wie bisher|business as usual')}|(position|niveau|stand)\\s+(halten|sichern|verteidigen)$`,
  'u',
);

/** A period and what its list of aims is called: "Ziele Q3", "Unsere OKRs für 2026". */
export const germanPeriodWord =
  /^(q[1-4]|h[12]|fy\d*|gj\d*|(19|20)\d{2}|quartal|quartals|halbjahr|jahr|jahres|geschäftsjahr|zyklus|sprint|monat|dieses|diesen|nächstes|nächsten|erstes|zweites|drittes|viertes)$/;
export const germanAimListNouns: ReadonlySet<string> = new Set([
  'ziele',
  'ziel',
  'okr',
  'okrs',
  'prioritäten',
  'schwerpunkte',
  'vorhaben',
  'themen',
  'roadmap',
  'agenda',
  'fokus',
]);
export const germanLabelFiller: ReadonlySet<string> = new Set([
  'unsere',
  'unser',
  'für',
  'im',
  'in',
  'das',
  'die',
  'der',
  'des',
  'team',
  'wichtigste',
  'wichtigsten',
  'top',
]);
