import { join } from 'node:path';
import { readSplit } from '../../../bench/coaching-corpus';
import {
  builtInRuleSets,
  coachingMessages,
  coachSet,
  englishRules,
  germanRules,
  lintText,
  type LintKind,
} from '../../../src/core/coaching';
import { findGermanQuantities } from '../../../src/core/coaching/german-quantities';
import { readGerman } from '../../../src/core/coaching/german-text';
import { defaultOperatingModel } from '../../../src/core/operating-model';
import { keyResult, objective } from './builders';

const kinds = (text: string) => findGermanQuantities(text).map((q) => `${q.kind}:${q.value}`);
const german = { ...defaultOperatingModel, locale: 'de-DE' };
const verdict = (kind: LintKind, text: string, model = german) =>
  lintText(kind, text, { model, locale: model.locale })
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.severity}:${finding.rule}`);

describe('reading German quantities', () => {
  it.each([
    ['1.000,5 Kunden gewinnen', ['count:1000.5']],
    ['1.000 zahlende Kunden im 2. Quartal erreichen', ['count:1000']],
    ['Churn-Rate von 5,5 % auf 3 % senken', ['percent:5.5', 'percent:3']],
    ['Conversion-Rate um 2 Prozentpunkte steigern', ['percent:2']],
    ['Bruttomarge um 3 pp erhöhen', ['percent:3']],
    ['Umsatz von € 1,2 Mio. auf 2 Mio. € steigern', ['currency:1200000', 'currency:2000000']],
    ['500 Tsd. Euro Neuumsatz', ['currency:500000']],
    ['Zehn neue Großkunden gewinnen', ['count:10']],
    ['Zwölf Partner gewinnen', ['count:12']],
    ['Zweihundertfünfzig neue Abonnenten gewinnen', ['count:250']],
    ['Zwanzig Schulen gewinnen', ['count:20']],
    ['Zwei Millionen Downloads erreichen', ['count:2000000']],
    ['Eine Million aktive Nutzer erreichen', ['count:1000000']],
    ['Dreitausend Leser erreichen', ['count:3000']],
    ['Antwortzeit auf unter 4 Stunden senken', ['duration:4']],
    ['Ein Drittel der Kunden nutzt die App wöchentlich', ['percent:33.33333333333333']],
    ['Die Hälfte der Mitarbeitenden nutzt das neue Tool', ['percent:50']],
    ['Kosten um ein Drittel senken', ['multiplier:0.3333333333333333']],
    ['Aktive Nutzer verdoppeln', ['multiplier:2']],
    ['Verdopplung der aktiven Nutzer', ['multiplier:2']],
    ['Umsatz verdreifachen', ['multiplier:3']],
    ['Bearbeitungszeit halbieren', ['multiplier:0.5']],
    ['3 Mal so viele qualifizierte Leads gewinnen', ['multiplier:3']],
    ['Das 3-fache an Leads gewinnen', ['multiplier:3']],
    ['30 Mal auf Instagram posten', ['count:30']],
    ['Qualifizierte Leads x2 bis Jahresende', ['multiplier:2']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Version 2 bis Ende Q3 ausliefern',
    'Im 2. Quartal live gehen',
    'Bis zum 30. Juni abgeschlossen',
    'ISO 27001 Zertifizierung erhalten',
    'Keine P1-Vorfälle bis 2026',
    'Marktführer Nummer eins werden',
  ])('%s names periods and things, it counts nothing', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('quotes the quantity as written', () => {
    expect(findGermanQuantities('Umsatz auf 2 Mio. € steigern')[0]!.raw).toBe('2 Mio. €');
    expect(findGermanQuantities('Verdopplung der aktiven Nutzer')[0]!.raw).toBe('Verdopplung');
  });
});

describe('reading German verbs', () => {
  it.each([
    ['Kundenumfrage durchführen', 'conduct'],
    ['Neue Website launchen', 'launch'],
    ['Workshops abhalten', 'hold'],
    ['Neues CRM einführen', 'introduce'],
    ['Onboarding-Handbuch erstellen', 'create'],
    ['Mobile App entwickeln', 'develop'],
    ['SSO implementieren', 'implement'],
    ['Kundenevent organisieren', 'organize'],
    ['Führe 10 Kundeninterviews durch', 'conduct'],
    ['Durchführung von 5 Workshops', 'conduct'],
    ['KR1: Wir werden 3 Webinare veranstalten', 'host'],
  ])('“%s” is work (%s)', (text, verb) => {
    const read = readGerman(text);
    expect(read.leadingVerb).toBe(verb);
    expect(read.startsWithActivity).toBe(true);
  });

  it.each([
    ['Zehn neue Großkunden gewinnen', 'win'],
    ['Umsatz um 10 % steigern', 'increase'],
    ['Kosten um 5 % senken', 'reduce'],
    ['1.000 zahlende Kunden erreichen', 'reach'],
    ['Churn-Rate unter 2 % halten', 'keep'],
    ['Steigerung des Umsatzes um 15 %', 'increase'],
  ])('“%s” is an outcome (%s)', (text, verb) => {
    const read = readGerman(text);
    expect(read.leadingVerb).toBe(verb);
    expect(read.startsWithActivity).toBe(false);
  });

  it.each([
    ['Das Team führt 10 Interviews durch', 'conduct', '10 Interviews'],
    ['Unser Team organisiert 3 Workshops', 'organize', '3 Workshops'],
    ['Das Team erstellt ein Onboarding-Handbuch', 'create', 'ein Onboarding-Handbuch'],
    ['Wir führen 10 Interviews durch', 'conduct', '10 Interviews'],
    [
      'Wir haben 8 Schulungen für Filialleiter durchgeführt',
      'conduct',
      '8 Schulungen für Filialleiter',
    ],
    ['Das Team hat 30 Ratgeber-Artikel veröffentlicht', 'publish', '30 Ratgeber-Artikel'],
  ])(
    '“%s”, its verb after a subject (second, or a participle after “haben”), is work (%s) on “%s”',
    (text, verb, object) => {
      const read = readGerman(text);
      expect(read.leadingVerb).toBe(verb);
      expect(read.startsWithActivity).toBe(true);
      expect(read.restAsWritten).toBe(object);
      expect(read.rest).toBe(object.toLowerCase());
    },
  );

  it('reads what others did, in the perfect, as their behaviour, not the team’s work', () => {
    expect(readGerman('300 Mieter haben das neue Portal getestet').startsWithActivity).toBe(false);
    expect(readGerman('Alle Filialen haben 2 Schulungen besucht').startsWithActivity).toBe(false);
  });

  it.each([
    'Die Mieterin testet 2 Prototypen',
    'Jeder Mitarbeitende besucht 2 Schulungen',
    'Jede Schule führt das Programm ein',
    'Die Kunden testen 2 Prototypen',
  ])(
    'reads what others do, in the present, as their behaviour, not the team’s work: “%s”',
    (text) => {
      expect(readGerman(text).startsWithActivity).toBe(false);
    },
  );

  it.each([
    ['Marketing organisiert 3 Workshops', 'organize', '3 Workshops'],
    ['HR führt 5 Schulungen durch', 'conduct', '5 Schulungen'],
    ['Die Personalabteilung organisiert 4 Workshops', 'organize', '4 Workshops'],
    ['Der Vertrieb hat 20 Demos durchgeführt', 'conduct', '20 Demos'],
  ])(
    '“%s”: a department of the organisation as the subject, its work is work (%s) on “%s”',
    (text, verb, object) => {
      const read = readGerman(text);
      expect(read.leadingVerb).toBe(verb);
      expect(read.startsWithActivity).toBe(true);
      expect(read.restAsWritten).toBe(object);
    },
  );

  it.each([
    ['Die Teams schulen 200 Mitarbeitende', 'train', '200 Mitarbeitende'],
    ['Unsere Teams führen 10 Interviews durch', 'conduct', '10 Interviews'],
    ['Alle Teams sammeln 50 Kundenstimmen', 'collect', '50 Kundenstimmen'],
  ])('“%s”, a verb in the plural present, is work (%s) on “%s”', (text, verb, object) => {
    const read = readGerman(text);
    expect(read.leadingVerb).toBe(verb);
    expect(read.startsWithActivity).toBe(true);
    expect(read.restAsWritten).toBe(object);
  });

  it.each([
    ['3 Workshops werden durchgeführt', '3 Workshops'],
    ['Es werden 5 Schulungen durchgeführt', '5 Schulungen'],
    ['Workshops werden durchgeführt', 'Workshops'],
    ['Workshops durchgeführt', 'Workshops'],
  ])('“%s”, counted work in the passive, is that work on “%s”', (text, object) => {
    const read = readGerman(text);
    expect(read.leadingVerb).toBe('conduct');
    expect(read.startsWithActivity).toBe(true);
    expect(read.restAsWritten).toBe(object);
    expect(read.rest).toBe(object.toLowerCase());
  });

  it('reads a single deliverable reported done as the work of making it, a change as a state', () => {
    expect(readGerman('Das CRM wird eingeführt')).toMatchObject({
      startsWithActivity: true,
      restAsWritten: 'Das CRM',
    });
    expect(readGerman('Das CRM wird eingeführt').completion).toBe(true);
    expect(readGerman('Konzept erstellt')).toMatchObject({
      startsWithActivity: true,
      restAsWritten: 'Konzept',
    });
    expect(readGerman('Umsatz wird um 10 % gesteigert').startsWithActivity).toBe(false);
    expect(readGerman('Churn auf 5 % gesenkt').startsWithActivity).toBe(false);
  });

  it('reads a verb of change in the present whoever its subject', () => {
    expect(readGerman('Jede Filiale gewinnt 20 Neukunden').leadingVerb).toBe('win');
  });

  it.each([
    ['Unser Vertrieb gewinnt 5 neue Großkunden', 'win'],
    ['Der Vertrieb steigert den Umsatz von 1 auf 2 Mio. €', 'increase'],
    ['Unser Support senkt die Antwortzeit von 8 auf 4 Stunden', 'reduce'],
  ])('“%s”, its verb second after a subject, is an outcome (%s)', (text, verb) => {
    const read = readGerman(text);
    expect(read.leadingVerb).toBe(verb);
    expect(read.startsWithActivity).toBe(false);
  });

  it('reads no verb into a line of nouns whose second word ends in t', () => {
    expect(readGerman('Projekt Markt 5 Kunden').startsWithActivity).toBe(false);
    expect(readGerman('Umsatz Gesamt 2 Mio. €').startsWithActivity).toBe(false);
  });

  it('reads a participle at the end as a state, done or not, and a dated one too', () => {
    expect(readGerman('Neues CRM bis Ende Q3 eingeführt').completion).toBe(true);
    expect(readGerman('Die neue App ist live').completion).toBe(true);
    expect(readGerman('Zertifiziert bis Ende Q2').completion).toBe(true);
    expect(readGerman('Churn auf 5 % gesenkt').passiveOutcome).toBe(true);
  });
});

describe('German verdicts', () => {
  it.each<[LintKind, string, string[]]>([
    ['key_result', 'Zehn neue Großkunden gewinnen', []],
    ['key_result', 'X MQLs (Marketing Qualified Leads) generieren.', []],
    ['key_result', 'X ausliefern', ['error:key-result.activity']],
    ['key_result', 'Umsatz von 1,2 Mio. € auf 2 Mio. € steigern', []],
    ['key_result', 'Churn-Rate von 5 % auf 3 % senken', []],
    ['key_result', 'Churn-Rate unter 2 % halten', []],
    ['key_result', 'NPS von 30 auf 45 erhöhen bis Ende Q3', []],
    ['key_result', '1.000 zahlende Kunden im 2. Quartal erreichen', []],
    ['key_result', 'Antwortzeit im Support auf unter 4 Stunden senken', []],
    ['key_result', 'Die Hälfte der Mitarbeitenden nutzt das neue Tool wöchentlich', []],
    ['key_result', 'Keine P1-Vorfälle im Quartal', []],
    ['key_result', 'Neue App für 50 Pilotkunden launchen', []],
    ['key_result', 'Verdopplung der aktiven Nutzer', ['warning:key-result.multiplier']],
    ['key_result', '10 Bewerbungsgespräche durchführen', ['error:key-result.activity']],
    ['key_result', 'Kundenumfrage durchführen', ['error:key-result.activity']],
    ['key_result', 'Website launchen', ['error:key-result.activity']],
    ['key_result', '5 Workshops mit Kunden organisieren', ['error:key-result.activity']],
    ['key_result', '30 Mal auf Instagram posten', ['error:key-result.activity']],
    ['key_result', 'Mit 5 Kunden sprechen', ['error:key-result.activity']],
    ['key_result', '200 Akquise-Anrufe machen', ['error:key-result.activity']],
    ['key_result', 'Führe 10 Kundeninterviews durch', ['error:key-result.activity']],
    ['key_result', '500 Story Points abschließen', ['error:key-result.activity']],
    ['key_result', 'Abschluss des Projekts', ['error:key-result.activity']],
    ['key_result', '5 Verträge mit Firmenkunden abschließen', []],
    ['key_result', 'Abschluss von 5 Rahmenverträgen', []],
    ['key_result', 'Website bis Ende Q3 launchen', ['warning:key-result.activity']],
    ['key_result', 'Kundenzufriedenheit verbessern', ['error:key-result.vague']],
    ['key_result', 'Prozesse optimieren', ['error:key-result.vague']],
    ['key_result', 'Neues CRM bis Ende Q3 eingeführt', ['warning:key-result.activity']],
    ['key_result', 'Konzept erstellt', ['error:key-result.activity']],
    ['key_result', 'Legacy Applikation auf neuen Stack migriert', ['error:key-result.activity']],
    ['key_result', 'Die neue App ist live', ['warning:key-result.binary']],
    ['key_result', 'Kundenfeedback', ['error:key-result.measurable']],
    ['key_result', 'Wir haben 8 Schulungen durchgeführt', ['error:key-result.activity']],
    ['key_result', '300 Mieter haben 2 Infoabende besucht', []],
    ['key_result', 'Jede Mieterin besucht 2 Infoabende', []],
    ['key_result', 'Das Team organisiert 2 Infoabende', ['error:key-result.activity']],
    ['key_result', 'Marketing organisiert 3 Workshops', ['error:key-result.activity']],
    ['key_result', 'Die Teams schulen 200 Mitarbeitende', ['error:key-result.activity']],
    ['key_result', '3 Workshops werden durchgeführt', ['error:key-result.activity']],
    ['key_result', 'Der Vertrieb gewinnt 20 Neukunden', []],
    ['key_result', 'Der Vertrieb steigert den Neuumsatz auf 2 Mio. €', []],
    ['key_result', 'Das CRM wird eingeführt', ['error:key-result.activity']],
    ['objective', 'Wir haben das neue Ticketsystem eingeführt', ['warning:objective.task']],
    ['objective', 'Mitarbeiterzufriedenheit steigern', ['warning:objective.vague']],
    ['objective', 'Vertriebsleistung verbessern', ['warning:objective.vague']],
    ['objective', 'Prozess-Effizienz steigern', ['warning:objective.vague']],
    ['objective', 'Partnerportal verbessern', []],
    ['objective', 'Unsere Kunden lieben unseren Service', []],
    ['objective', 'Wir erobern den norddeutschen Markt', []],
    ['objective', 'Neue Website launchen, um mehr Leads zu gewinnen', []],
    ['objective', 'Umsatz um 20 % steigern', ['warning:objective.metric']],
    ['objective', 'Neue Website launchen', ['warning:objective.task']],
    ['objective', 'Neue Routen für die Müllabfuhr einführen', ['warning:objective.task']],
    ['objective', 'Die Roadmap-Punkte für Q4 abschließen.', ['warning:objective.task']],
    ['objective', 'Kommunikation verbessern', ['warning:objective.vague']],
    ['objective', 'Die Besten sein', ['warning:objective.vague']],
    ['objective', 'Die Nummer 1 werden', ['warning:objective.vague']],
    ['objective', 'Besser werden', ['warning:objective.vague']],
    ['objective', 'Die Nummer 1 für Schulen in Bayern werden', []],
    ['objective', 'Umsatz steigern und Kosten senken', ['warning:objective.compound']],
    ['objective', 'Unsere Q3-Ziele', ['warning:objective.period-label']],
    ['objective', 'Marktposition halten', ['warning:objective.business-as-usual']],
    ['objective', 'Nie wieder Ausfälle im Checkout', ['warning:objective.negative']],
    ['objective', 'Weniger Ausfälle im Rechenzentrum', ['warning:objective.negative']],
    ['objective', 'Stabile Systeme im Rechenzentrum', []],
    ['key_result', 'Du veröffentlichst 6 Fachartikel', ['error:key-result.activity']],
    ['key_result', 'Du führst 10 Kundeninterviews durch', ['error:key-result.activity']],
    ['key_result', 'Ihr organisiert 4 Elternabende', ['error:key-result.activity']],
  ])('%s “%s” → %j', (kind, text, expected) => {
    expect(verdict(kind, text)).toEqual(expected);
  });

  it('no longer flags good German key results as having no number, as the English reader did', () => {
    for (const text of ['Zehn neue Großkunden gewinnen', 'Keine P1-Vorfälle im Quartal']) {
      expect(verdict('key_result', text, defaultOperatingModel)).toEqual([
        'error:key-result.measurable',
      ]);
      expect(verdict('key_result', text)).toEqual([]);
    }
  });

  it('agrees with the publishers on the German lines of the tuning split, but for three it cannot read', () => {
    const lines = readSplit(join(__dirname, '../../fixtures/okr-corpus'), 'tuning').filter(
      (line) => line.language === 'de',
    );
    expect(lines.length).toBeGreaterThanOrEqual(17);
    // What makes the first two bad is not in their words: an evergreen cost cut on a
    // particular thing, a deliverable whose verb is not a delivery verb. The third doubles
    // without saying from what, which the coach asks for and its publisher did not.
    const missed = lines.filter(
      (line) => verdict(line.kind, line.text).length > 0 !== (line.label === 'bad'),
    );
    expect(missed.map((line) => `${line.label}: ${line.text}`)).toEqual([
      'bad: Webhosting-Kosten senken',
      'bad: Wir haben alle Formulare digitalisiert',
      'good: Die Anzahl der Kunden, die sich selbstständig durch das Onboarding klicken, verdoppelt sich.',
    ]);
  });
});

describe('German coaching words', () => {
  it('is a built-in language, picked for a German operating model', () => {
    expect(builtInRuleSets.for('de-DE')).toBe(germanRules);
    expect(builtInRuleSets.for('de-AT')).toBe(germanRules);
    expect(builtInRuleSets.for('en-US')).toBe(englishRules);
  });

  it('has a German text for every message key, with the English text’s placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of coachingMessages.keys) {
      const text = germanRules.messages?.[key];
      expect([key, typeof text]).toEqual([key, 'string']);
      expect(text).not.toBe(coachingMessages.template(key));
      expect([key, placeholders(text!)]).toEqual([
        key,
        placeholders(coachingMessages.template(key)),
      ]);
    }
  });

  it('says a German team’s findings in German, its wording and its set alike', () => {
    const [finding] = lintText('key_result', 'Kundenumfrage durchführen', {
      model: german,
    });
    expect(finding!.message).toBe(
      '„Kundenumfrage durchführen“ beschreibt Arbeit (einen Output), nicht das Ergebnis, das die Arbeit bewirken soll (einen Outcome). Was passiert, wenn sie erledigt ist?',
    );
    // The work's object is quoted as a name: German would want an article before it otherwise.
    expect(finding!.suggestion).toContain('„Wenn ‚Kundenumfrage‘ gelingt, haben wir mehr <…>');
    const loved = objective({ id: 'o1', title: 'Kunden lieben unseren Service' });
    const [count] = coachSet(
      { objectives: [loved], keyResults: [keyResult({ id: 'k1', objectiveId: 'o1' })] },
      { model: german, locale: 'de-DE' },
    );
    expect(count!.message).toBe(
      'Dieses Objective hat 1 Key Result; das Operating Model verlangt 3 bis 5.',
    );
  });

  it('offers German rewrites that the German reader then reads as measured', () => {
    const [vague] = lintText('key_result', 'Website-Traffic erhöhen.', { model: german });
    const rewrite = vague!.fixes.find((fix) => fix.kind === 'rewriteAsOutcome');
    expect(rewrite).toEqual({
      kind: 'rewriteAsOutcome',
      text: 'Website-Traffic von X auf Y erhöhen',
    });
    expect(verdict('key_result', rewrite!.text)).toEqual([]);
    const [multiplier] = lintText('key_result', 'Aktive Nutzer verdoppeln', { model: german });
    expect(multiplier!.fixes).toEqual([
      { kind: 'addBaseline', text: 'Aktive Nutzer von X auf Y verdoppeln' },
    ]);
  });
});
