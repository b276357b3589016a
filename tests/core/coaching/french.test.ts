import {
  builtInRuleSets,
  coachingMessages,
  frenchRules,
  lintText,
  type LintKind,
} from '../../../src/core/coaching';
import { readFrench } from '../../../src/core/coaching/french';
import { findFrenchQuantities } from '../../../src/core/coaching/french-quantities';
import { defaultOperatingModel } from '../../../src/core/operating-model';

const kinds = (text: string) => findFrenchQuantities(text).map((q) => `${q.kind}:${q.value}`);
const french = { ...defaultOperatingModel, locale: 'fr-FR' };
const verdict = (kind: LintKind, text: string, model = french) =>
  lintText(kind, text, { model, locale: model.locale })
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.severity}:${finding.rule}`);

describe('reading French quantities', () => {
  it.each([
    ['Atteindre 1 000 clients', ['count:1000']],
    ['Atteindre 1 000 clients', ['count:1000']],
    ['Note moyenne de 4,5 sur l’App Store', ['count:4.5']],
    ['Réduire le taux de désabonnement de 20 %', ['percent:20']],
    ['Augmenter le taux de conversion de 2 points', ['percent:2']],
    ['Augmenter le chiffre d’affaires de 1,2 M€ à 2 M€', ['currency:1200000', 'currency:2000000']],
    ['Générer 2 millions d’euros de revenus', ['currency:2000000']],
    ['Signer 500 k€ de nouveaux contrats', ['currency:500000']],
    ['Gagner dix nouveaux grands comptes', ['count:10']],
    ['Vingt-cinq nouveaux partenaires', ['count:25']],
    ['Quatre-vingt-dix clients actifs', ['count:90']],
    ['Deux cents abonnés', ['count:200']],
    ['Un million de visiteurs', ['count:1000000']],
    ['Temps de réponse sous 4 heures', ['duration:4']],
    ['Un tiers des clients utilisent l’application', ['percent:33.33333333333333']],
    ['Réduire le délai de livraison de moitié', ['multiplier:0.5']],
    ['Doubler le nombre de clients actifs', ['multiplier:2']],
    ['Doublement des ventes en ligne', ['multiplier:2']],
    ['Diviser par deux le temps de traitement', ['multiplier:0.5']],
    ['Obtenir 3 fois plus de leads qualifiés', ['multiplier:3']],
    ['Publier 30 fois sur Instagram', ['count:30']],
    ['Publier 2 fois par semaine sur le blog', ['count:2']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Livrer la version 2 d’ici fin T3',
    'Aucun incident P1 au 2e trimestre',
    'En ligne avant le 30 juin',
    'Obtenir la certification ISO 27001 en 2026',
  ])('%s names periods and things, it counts nothing', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('reading French verbs', () => {
  it.each([
    ['Lancer le nouveau site web', 'launch'],
    ['Organiser 5 ateliers clients', 'organize'],
    ['Mettre en place un CRM', 'implement'],
    ['Réaliser une enquête client', 'conduct'],
    ['Lancement de la nouvelle offre', 'launch'],
    ['KR2 : Nous allons publier 10 articles', 'publish'],
  ])('“%s” is work (%s)', (text, verb) => {
    expect(readFrench(text)).toMatchObject({ leadingVerb: verb, startsWithActivity: true });
  });

  it.each([
    ['Doubler le nombre de clients actifs', 'double'],
    ['Réduire le taux de désabonnement de 20 %', 'reduce'],
    ['Atteindre 1 000 clients', 'reach'],
    ['Gagner dix nouveaux grands comptes', 'win'],
  ])('“%s” is an outcome (%s)', (text, verb) => {
    expect(readFrench(text)).toMatchObject({ leadingVerb: verb, startsWithActivity: false });
  });

  it('quotes the work without its verb, however many words the verb has', () => {
    expect(readFrench('Mettre en place un CRM').restAsWritten).toBe('un CRM');
  });

  it.each([
    ['Nous organisons 3 ateliers clients', 'organize', '3 ateliers clients'],
    ['L’équipe organise 3 ateliers', 'organize', '3 ateliers'],
    ['Nous mettons en place un CRM', 'implement', 'un CRM'],
    ['Notre équipe lance la nouvelle offre', 'launch', 'la nouvelle offre'],
    ['On réalise 20 démos', 'conduct', '20 démos'],
    ['On fait 10 réunions', 'do', '10 réunions'],
    ['Nous avons organisé 4 ateliers clients', 'organize', '4 ateliers clients'],
    ['L’équipe a publié 12 fiches pratiques', 'publish', '12 fiches pratiques'],
    ['On a mis en place un CRM', 'implement', 'un CRM'],
  ])(
    '“%s”, a verb after its subject (present, or passé composé with “avoir”), is work (%s) on “%s”',
    (text, verb, rest) => {
      expect(readFrench(text)).toMatchObject({
        leadingVerb: verb,
        startsWithActivity: true,
        restAsWritten: rest,
      });
    },
  );

  it('reads what others did, in the passé composé, as their behaviour, not the team’s work', () => {
    expect(readFrench('300 locataires ont testé le nouveau portail').startsWithActivity).toBe(
      false,
    );
    expect(readFrench('Les clients ont testé 2 prototypes').startsWithActivity).toBe(false);
  });

  it.each([
    'Les locataires testent le nouveau portail',
    'Nos partenaires organisent 30 événements',
    'Les collaborateurs participent à 2 formations',
    // Salespeople, as employees, may be whose behaviour a team sets out to change.
    'Les commerciaux réalisent 20 démos',
  ])(
    'reads what others do, in the present, as their behaviour, not the team’s work: “%s”',
    (text) => {
      expect(readFrench(text).startsWithActivity).toBe(false);
    },
  );

  it.each([
    ['RH organise 4 ateliers', 'organize', '4 ateliers'],
    ['L’équipe RH organise 4 ateliers', 'organize', '4 ateliers'],
    ['Le service marketing organise 5 webinaires', 'organize', '5 webinaires'],
    ['Les équipes RH forment 200 managers', 'train', '200 managers'],
  ])(
    '“%s”: a department of the organisation as the subject, its work is work (%s) on “%s”',
    (text, verb, rest) => {
      expect(readFrench(text)).toMatchObject({
        leadingVerb: verb,
        startsWithActivity: true,
        restAsWritten: rest,
      });
    },
  );

  it.each([
    ['Des ateliers sont organisés', 'Des ateliers'],
    ['3 ateliers sont organisés', '3 ateliers'],
    ['3 ateliers ont été organisés', '3 ateliers'],
    ['3 ateliers organisés', '3 ateliers'],
  ])('“%s”, counted work in the passive, is that work on “%s”', (text, rest) => {
    expect(readFrench(text)).toMatchObject({
      leadingVerb: 'organize',
      startsWithActivity: true,
      restAsWritten: rest,
    });
  });

  it('reads a single deliverable reported done as work, and others’ passé composé as their behaviour', () => {
    expect(readFrench('Nouveau site lancé')).toMatchObject({
      startsWithActivity: true,
      completion: true,
    });
    expect(readFrench('300 clients ont testé').startsWithActivity).toBe(false);
  });

  it.each([
    ['Le marketing génère 500 leads qualifiés', 'generate'],
    ['L’équipe mène 10 entretiens', 'conduct'],
    ['Le support appelle 50 clients', 'call'],
  ])('“%s”, a verb whose stem changes in the present, is read (%s)', (text, verb) => {
    expect(readFrench(text).leadingVerb).toBe(verb);
  });

  it.each([
    ['Nous gagnons 10 nouveaux clients', 'win'],
    ['Le chiffre d’affaires augmente de 10 %', 'increase'],
  ])('“%s”, a verb in the present after its subject, is an outcome (%s)', (text, verb) => {
    expect(readFrench(text)).toMatchObject({ leadingVerb: verb, startsWithActivity: false });
  });
});

describe('French verdicts', () => {
  it.each<[LintKind, string, string[]]>([
    ['key_result', 'RH organise 4 ateliers', ['error:key-result.activity']],
    ['key_result', 'Des ateliers sont organisés', ['error:key-result.activity']],
    ['key_result', 'Les ventes signent 20 nouveaux contrats', []],
    ['key_result', 'Atteindre 1 000 clients payants d’ici fin T3', []],
    ['key_result', 'Gagner dix nouveaux grands comptes', []],
    ['key_result', 'Augmenter le chiffre d’affaires de 1,2 M€ à 2 M€', []],
    ['key_result', 'Passer le NPS de 30 à 45', []],
    ['key_result', 'Générer X MQL (leads qualifiés marketing).', []],
    ['key_result', 'Maintenir le taux d’attrition sous 2 %', []],
    ['key_result', 'Un tiers des clients utilisent l’application chaque semaine', []],
    ['key_result', 'Les étudiants organisent 15 ateliers', []],
    ['key_result', 'L’équipe organise 15 ateliers', ['error:key-result.activity']],
    ['key_result', 'Vous organisez 4 réunions de parents', ['error:key-result.activity']],
    ['key_result', 'Tu publies 6 notes de version par mois', ['error:key-result.activity']],
    ['objective', 'Moins de pannes au centre de données', ['warning:objective.negative']],
    ['objective', 'Des systèmes fiables au centre de données', []],
    ['key_result', 'Aucun incident P1 au 2e trimestre', []],
    ['key_result', 'Lancement de la nouvelle application auprès de 50 clients pilotes', []],
    ['key_result', 'Réduire le taux de désabonnement de 20 %', []],
    ['key_result', 'Doubler le nombre de clients actifs', ['warning:key-result.multiplier']],
    ['key_result', 'Lancer le nouveau site web', ['error:key-result.activity']],
    ['key_result', 'Organiser 5 ateliers clients', ['error:key-result.activity']],
    ['key_result', 'Mettre en place un CRM', ['error:key-result.activity']],
    ['key_result', 'Publier 10 articles de blog', ['error:key-result.activity']],
    ['key_result', 'Publier 30 fois sur Instagram', ['error:key-result.activity']],
    ['key_result', 'Parler à 5 clients', ['error:key-result.activity']],
    ['key_result', 'Recueillir 1 000 réponses', ['error:key-result.activity']],
    ['key_result', 'Mettre à jour 10 articles de blog', ['error:key-result.activity']],
    ['key_result', 'Améliorer la satisfaction client', ['error:key-result.vague']],
    ['key_result', 'Le nouveau site est en ligne', ['warning:key-result.binary']],
    ['key_result', 'Nouveau site lancé d’ici fin T3', ['warning:key-result.activity']],
    ['key_result', 'Nouveau site lancé', ['error:key-result.activity']],
    ['objective', 'Nos clients adorent notre support', []],
    ['objective', 'Nos clients lancent leurs campagnes sans notre aide', []],
    ['objective', 'L’équipe lance la nouvelle offre', ['warning:objective.task']],
    ['objective', 'Lancer le nouveau site pour conquérir les PME', []],
    ['objective', 'Augmenter le CA de 20 %', ['warning:objective.metric']],
    ['objective', 'Lancer le nouveau site', ['warning:objective.task']],
    ['objective', 'Lancer avec succès le nouveau produit', []],
    ['objective', 'Mettre en place le SSO pour les grands comptes', ['warning:objective.task']],
    ['objective', 'Terminer les éléments de la roadmap pour le T4', ['warning:objective.task']],
    ['objective', 'Refondre le site pour qu’il convertisse mieux', []],
    ['objective', 'Lancer la nouvelle offre pour nous démarquer de la concurrence', []],
    ['objective', 'Améliorer la communication', ['warning:objective.vague']],
    ['objective', 'Être les meilleurs', ['warning:objective.vague']],
    ['objective', 'Être plus innovants', ['warning:objective.vague']],
    ['objective', 'Progresser avec nos clients', ['warning:objective.vague']],
    ['objective', 'Être le premier choix des PME en Bretagne', []],
    ['objective', 'Augmenter le CA et réduire les coûts', ['warning:objective.compound']],
    ['objective', 'Objectifs T3', ['warning:objective.period-label']],
    ['objective', 'Maintenir notre position', ['warning:objective.business-as-usual']],
    ['objective', 'Arrêter de perdre des clients', ['warning:objective.negative']],
  ])('%s “%s” → %j', (kind, text, expected) => {
    expect(verdict(kind, text)).toEqual(expected);
  });

  it('no longer flags good French key results as having no number, as the English reader did', () => {
    for (const text of [
      'Doubler le nombre de clients actifs',
      'Gagner dix nouveaux grands comptes',
    ]) {
      expect(verdict('key_result', text, defaultOperatingModel)).toEqual([
        'error:key-result.measurable',
      ]);
      expect(verdict('key_result', text)).not.toContain('error:key-result.measurable');
    }
  });
});

describe('French coaching words', () => {
  it('is a built-in language, picked for a French operating model', () => {
    expect(builtInRuleSets.for('fr-FR')).toBe(frenchRules);
    expect(builtInRuleSets.for('fr-CA')).toBe(frenchRules);
  });

  it('has a French text for every message key, with the English text’s placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of coachingMessages.keys) {
      const text = frenchRules.messages?.[key];
      expect([key, typeof text]).toEqual([key, 'string']);
      expect(text).not.toBe(coachingMessages.template(key));
      expect([key, placeholders(text!)]).toEqual([
        key,
        placeholders(coachingMessages.template(key)),
      ]);
    }
  });

  it('says a French team’s findings in French, with a rewrite the French reader reads as measured', () => {
    const [finding] = lintText('key_result', 'Améliorer la satisfaction client', { model: french });
    expect(finding!.message).toBe(
      '« Améliorer la satisfaction client » donne une direction (« améliorer ») mais pas de chiffre : personne ne pourra dire à la fin du cycle si l’on est allé assez loin.',
    );
    const rewrite = finding!.fixes.find((fix) => fix.kind === 'rewriteAsOutcome');
    expect(rewrite?.text).toBe('Améliorer la satisfaction client (de X à Y)');
    expect(verdict('key_result', rewrite!.text)).toEqual([]);
  });
});
