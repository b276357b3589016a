/**
 * The French words the coach reads. A French key result opens with its verb as an infinitive
 * ("Lancer le nouveau site", "Mettre en place un CRM") or as a noun ("Lancement du site",
 * "Augmentation du CA de 10 %"); a state ends on a participle ("Nouveau site lancé"). Each verb
 * is mapped to the English verb of the same class in `text-verbs.ts` and `text-lexicon.ts`.
 */
import {
  isTeam,
  presentIsRead,
  verbFirst,
  verbLexicon,
  type LexiconVerb,
  type Passive,
  type PresentVerb,
} from './text-reader';

/** `infinitive participle noun english`; `-` where the form is not used in OKRs. */
const verbTable = `
lancer lancé lancement launch
relancer relancé relance launch
démarrer démarré démarrage launch
mettre-en-ligne mis-en-ligne mise-en-ligne launch
organiser organisé organisation organize
mettre-en-place mis-en-place mise-en-place implement
mettre-à-jour mis-à-jour mise-à-jour update
actualiser actualisé actualisation update
mettre-en-œuvre mis-en-œuvre mise-en-œuvre implement
implémenter implémenté implémentation implement
réaliser réalisé réalisation conduct
mener mené - conduct
conduire conduit - conduct
effectuer effectué - conduct
faire fait - do
créer créé création create
développer développé développement develop
élaborer élaboré élaboration develop
construire construit construction build
concevoir conçu conception design
rédiger rédigé rédaction write
écrire écrit - write
publier publié publication publish
poster posté - post
déployer déployé déploiement deploy
migrer migré migration migrate
intégrer intégré intégration integrate
automatiser automatisé automatisation automate
digitaliser digitalisé digitalisation digitize
standardiser standardisé standardisation standardize
former formé formation train
recruter recruté recrutement recruit
embaucher embauché embauche hire
animer animé animation facilitate
tenir tenu - hold
participer - participation attend
présenter présenté présentation present
envoyer envoyé envoi send
distribuer distribué distribution distribute
appeler appelé - call
contacter contacté - contact
parler parlé - talk
discuter discuté discussion talk
visiter visité - visit
rencontrer rencontré - meet
analyser analysé analyse analyze
étudier étudié étude study
auditer audité - audit
évaluer évalué évaluation evaluate
tester testé - test
sonder sondé sondage survey
interviewer interviewé - interview
collecter collecté collecte collect
recueillir recueilli recueil collect
récolter récolté - collect
rassembler rassemblé - collect
suivre suivi - track
mesurer mesuré - track
planifier planifié planification plan
préparer préparé préparation prepare
installer installé installation install
configurer configuré configuration configure
documenter documenté - document
définir défini définition define
produire produit production produce
traduire traduit traduction translate
refondre refondu refonte redesign
finaliser finalisé finalisation finalize
terminer terminé - finish
achever achevé achèvement finish
certifier certifié - certify
établir établi - establish
accompagner accompagné accompagnement support
aider aidé - help
piloter piloté - pilot
investir investi investissement invest
dépenser dépensé - spend
livrer livré livraison deliver
augmenter augmenté augmentation increase
accroître accru accroissement increase
réduire réduit réduction reduce
diminuer diminué diminution reduce
baisser baissé baisse reduce
améliorer amélioré amélioration improve
optimiser optimisé optimisation optimize
renforcer renforcé renforcement strengthen
accélérer accéléré accélération accelerate
maximiser maximisé maximisation maximize
minimiser minimisé minimisation minimize
doubler doublé doublement double
tripler triplé triplement triple
gagner gagné - win
conquérir conquis conquête win
atteindre atteint - reach
obtenir obtenu obtention achieve
signer signé signature sign
conclure conclu - close
conserver conservé - keep
garder gardé - keep
maintenir maintenu maintien maintain
générer généré - generate
acquérir acquis acquisition acquire
fidéliser fidélisé fidélisation retain
convertir converti - convert
vendre vendu vente sell
ouvrir ouvert ouverture open
passer passé - go
devenir devenu - become
être - - be
`;

const lexicon = verbLexicon(verbTable);

/** "lancée", "lancés", "mises-en-place": the participle as the table has it. */
function participleOf(word: string): LexiconVerb | undefined {
  return (
    lexicon.byParticiple.get(word) ??
    lexicon.byParticiple.get(word.replace(/e?s?$/, '')) ??
    lexicon.byParticiple.get(word.replace(/^mise?s?-/, 'mis-').replace(/-(.*)e?s?$/, '-$1'))
  );
}

/** Words after a verbal noun that make it the head of the sentence: "Lancement du site". */
const nounComplement = /^(du|de|des|d'|d’|la|le|les|l'|l’|d)$/;

/** Present forms whose infinitive the endings below do not give. */
const irregularPresent = new Map(
  Object.entries({
    mettre: ['mettons', 'met', 'mettent'],
    faire: ['faisons', 'fait', 'font'],
    conduire: ['conduisons', 'conduit', 'conduisent'],
    construire: ['construisons', 'construit', 'construisent'],
    écrire: ['écrivons', 'écrit', 'écrivent'],
    concevoir: ['concevons', 'conçoit', 'conçoivent'],
  }).flatMap(([infinitive, forms]) => forms.map((form) => [form, infinitive])),
);

/**
 * "organisons", "organise", "organisent", "lançons", "réussit", "mettons-en-place"; to the team
 * addressed "organisez", "publies", "réussissez".
 */
function infinitiveOfPresent(word: string): LexiconVerb | undefined {
  const [head = '', ...joined] = word.split('-');
  const tail = joined.length > 0 ? `-${joined.join('-')}` : '';
  const candidates = [
    irregularPresent.get(head),
    head.replace(/issons$|issez$|issent$|it$/, 'ir'),
    head.replace(/çons$/, 'cer'),
    head.replace(/eons$/, 'er'),
    head.replace(/ons$|ez$|ent$|es$|e$/, 'er'),
    // "génère", "mène", "appelle": the stem's vowel or consonant as the infinitive has it.
    head.replace(/è(?=[^aeiouéè]+(e|es|ent)$)/, 'é').replace(/(e|es|ent)$/, 'er'),
    head.replace(/è(?=[^aeiouéè]+(e|es|ent)$)/, 'e').replace(/(e|es|ent)$/, 'er'),
    head.replace(/(ll|tt)(e|es|ent)$/, (_, double: string) => `${double[0]}er`),
  ];
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === head) continue;
    const verb = lexicon.byInfinitive.get(`${candidate}${tail}`);
    if (verb) return verb;
  }
  return undefined;
}

/** A unit of the organisation, named as the subject: "RH", "Le marketing", "La DSI". */
const department =
  'rh|marketing|ventes|commercial|commerciale|support|dsi|informatique|it|finance|finances|juridique|achats|communication|comptabilité|logistique|production|produit|ingénierie|technique|tech|recrutement';

/**
 * Words a French subject opens with: "Nous", "On", "L'équipe", "Notre support", "Les ventes",
 * "RH", or the team addressed: "Vous", "Tu".
 */
const subjectStart = new RegExp(
  `^(nous|vous|tu|on|l'|l’|le|la|les|notre|nos|chaque|tout|toute|tous|toutes|${department})$`,
  'u',
);

/** The auxiliary of the passé composé with "avoir": the subject did what the participle names. */
const avoir = /^(ai|as|a|avons|avez|ont)$/;
/**
 * A subject that is the team or a unit of its organisation ("Nous", "On", "L'équipe", "Les
 * équipes RH", "Le service marketing"), or the team addressed ("Vous organisez 12 ateliers",
 * "Tu publies 5 articles"): a department's work is work, whichever team writes it
 * down. What others did or do ("500 clients ont participé", "Les clients testent 2 prototypes")
 * is their behaviour, an outcome.
 */
const ourselves = new RegExp(
  `^(nous|vous|tu|on|l'|l’|le|la|les|notre|nos|des|du|de|d'|équipe|équipes|service|services|département|direction|pôle|${department})$`,
  'u',
);

/** Work counted before the people it is for: "5 Workshops mit Kunden", "5 ateliers clients". */
export const frenchWorkNouns =
  /(ateliers?|réunions?|webinaires?|articles?|sessions?|événements?|workshops?|entretiens?|appels?|campagnes?|formations?|démos?|rendez-vous|visites?|enquêtes?|interviews?)(?!\p{L})/u;

/** The passive: "3 ateliers sont organisés" says the same work as "Organiser 3 ateliers". */
const frenchPassive: Passive = {
  auxiliary: /^(est|sont|sera|seront|été|était|étaient)$/,
  perfect: avoir,
  workNouns: frenchWorkNouns,
};

/**
 * "Nous organisons 3 ateliers", "L'équipe organise 3 ateliers": the present after its subject;
 * "Nous avons organisé 3 ateliers" reports the team's same work done, so it is read as that verb.
 */
function frenchPresent(words: readonly string[]): PresentVerb | undefined {
  if (!subjectStart.test(words[0] ?? '')) return undefined;
  // Up to four words, elisions counted apart: "le chiffre d' affaires augmente".
  for (let after = 1; after <= Math.min(4, words.length - 2); after++) {
    const subject = words.slice(0, after);
    const ours = isTeam(subject, ourselves);
    const done = ours && avoir.test(words[after]!) ? participleOf(words[after + 1]!) : undefined;
    if (done) return { verb: done, after: after + 1 };
    const verb = infinitiveOfPresent(words[after]!);
    if (verb) return presentIsRead(verb, subject, ourselves) ? { verb, after } : undefined;
  }
  return undefined;
}

/**
 * The verb that carries a French line: an infinitive or a verbal noun first, else the present
 * after its subject, else a participle last.
 */
export const frenchMainVerbOf = verbFirst(
  lexicon,
  participleOf,
  nounComplement,
  frenchPresent,
  frenchPassive,
);

/** "mettre en place" → "mettre-en-place"; "l'équipe" → "l' équipe": one verb, one word each. */
export function joinFrench(body: string): string {
  return body
    .replace(
      /(?<!\p{L})(mettre|mis|mise|mises|mettons|met|mettent)\s+en\s+(place|œuvre|oeuvre|ligne)(?!\p{L})/gu,
      '$1-en-$2',
    )
    .replace(
      /(?<!\p{L})(mettre|mis|mise|mises|mettons|met|mettent)\s+à\s+jour(?!\p{L})/gu,
      '$1-à-jour',
    )
    .replace(/(?<!\p{L})([ldjnsc]|qu)['’](?=\p{L})/gu, "$1' ");
}

export const frenchFiller =
  /^(\s*([-*•·]|\d+[.)]\s|kr\s*\d*\s*[:.)-]|key result\s*\d*\s*[:.)-]|o\s*\d*\s*[:.)-]|objectif\s*\d*\s*[:.)-]|résultat clé\s*\d*\s*[:.)-]))*\s*((nous|on|l'équipe|l’équipe)\s+(allons|voulons|devons|va|veut|doit|souhaitons|visons à)\s+)?/i;

const letter = (words: string) => `(?<![\\p{L}])(${words})(?![\\p{L}])`;

export const frenchAudience =
  /[\p{L}-]*(clients?|clientes?|utilisateurs?|utilisatrices?|abonnés?|abonnées?|membres|collaborateurs|collaboratrices|salariés|employés|partenaires|entreprises|sociétés|comptes|visiteurs|lecteurs|lectrices|acheteurs|magasins|boutiques|écoles|pays|marchés|développeurs|patients|étudiants|équipes|distributeurs|revendeurs|adhérents)(?![\p{L}])/u;

export const frenchVagueWords = new RegExp(
  letter(
    'améliorer|amélioré|améliorée|amélioration|optimiser|optimisation|renforcer|renforcement|augmenter|augmentation|accroître|réduire|réduction|diminuer|diminution|baisser|maximiser|minimiser|accélérer|développer le|plus de|moins de|davantage|meilleure?s?|mieux|plus rapide|plus élevée?|significativement|fortement|nettement|autant que possible',
  ),
  'u',
);

export const frenchBaselineWords = new RegExp(
  letter(
    "actuellement|aujourd' hui|aujourd'hui|par rapport à|comparé à|vs\\.?|versus|référence|l' an dernier|l' année dernière|trimestre précédent|sur un an|actuelle?s?",
  ),
  'u',
);

export const frenchThresholdWords = new RegExp(
  `${letter(
    "au moins|au plus|au minimum|au maximum|moins de|plus de|sous|en dessous de|au-dessus de|inférieure? à|supérieure? à|maximum|minimum|jusqu' à|ne dépasse pas",
  )}|[<>≤≥]`,
  'u',
);

export const frenchOutcomeClause = new RegExp(
  letter(
    'afin que|de sorte que|pour que|ce qui|mesuré par|mesurée par|avec (zéro|aucun|aucune|au moins|moins de|plus de)',
  ),
  'u',
);

export const frenchSteadyState = new RegExp(
  `${letter('stable|stables|constant|constante|inchangée?|ne pas dépasser|ne dépasse pas')}` +
    `|${letter('maintenir|garder|conserver|rester|reste|plafonner|contenir')}.{0,40}?${letter('sous|en dessous de|au-dessus de|à|au|inférieure? à|supérieure? à')}\\s+([\\p{L}-]+\\s+){0,3}?[$€£]?(\\d|[XYZN](?!\\p{L}))`,
  'iu',
);

const frenchMonths =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
export const frenchDeadline = new RegExp(
  `${letter("d' ici|avant|au|à|en|fin|pour|dans|pendant|au cours|le")}\\s+(la\\s+|le\\s+|l'\\s+|les\\s+)?(fin\\s+(du\\s+|de\\s+l'\\s+|de\\s+la\\s+|de\\s+|d'\\s+)?)?(t[1-4]|q[1-4]|s[12]|h[12]|\\d(er|e|ème)\\s+(trimestre|semestre)|trimestre|semestre|année|an|mois|exercice|\\d{1,2}(er)?\\s+(${frenchMonths})|${frenchMonths}|(19|20)\\d\\d|\\d+\\s+(jours|semaines|mois)|(premiers|prochains)\\s+\\d+\\s+(jours|semaines|mois))`,
  'u',
);
export const frenchTrailingDate =
  /\s+(d' ici|avant|au|à|en|fin|pour|dans|pendant|le)\s+[^,;]{1,30}$/u;

export const frenchCompletion = new RegExp(
  `${letter('est|sont|soit|être|sera|seront')}\\s+(en ligne|en production|opérationnel|opérationnelle|lancée?|livrée?|terminée?|achevée?|certifiée?|validée?|signée?|déployée?|disponible|approuvée?|finalisée?|mise?-en-place)` +
    `|(^|\\s)(en ligne|en production|opérationnelle?s?|disponibles?|validée?s?|signée?s?|approuvée?s?|certifiée?s?|terminée?s?|achevée?s?|finalisée?s?|livrée?s?|lancée?s?|déployée?s?)$` +
    `|^(obtenir|décrocher|réussir|passer)\\s+.*(certification|accréditation|audit|homologation|agrément)` +
    `|^atteindre\\s+(le\\s+|l' )?(seuil de rentabilité|point mort|break-even|équilibre)`,
  'u',
);

export const frenchNoneOf = /^(aucun|aucune|zéro)\s+\p{L}/u;
export const frenchFirstOf = new RegExp(
  `${letter('premiers?|premières?')}\\s+([\\p{L}-]+\\s+){0,2}?${frenchAudience.source}`,
  'u',
);
/** "Passer de mensuel à hebdomadaire": a baseline and a target in words. */
export const frenchStatesInWords =
  /(?<!\p{L})(passer|passage)\s+d[e']\s*([\p{L}-]+\s+){0,3}?[\p{L}-]+\s+à\s+\p{L}|(?<!\p{L})de\s+(mensuel|hebdomadaire|quotidien|annuel|trimestriel|manuel|automatique)\S*\s+à\s+\p{L}/u;

// "pour conquérir", "pour que", "pour nous démarquer" state why; "pour les PME", "pour le T4" say
// for whom or when, and a project for someone is still a project.
export const frenchPurpose =
  /(?<!\p{L})(pour\s+(qu'|(que|((se|s'|nous|vous|y|en|mieux|bien)\s*)?(?!(notre|votre|autre)(?!\p{L}))\p{L}+(er|ir|re|oir))(?!\p{L}))|(afin de|afin que|qui|car|dont)(?!\p{L}))|(?<!\p{L})(réussie?|exceptionnel(le)?|incroyable|remarquable|adorée?|aimée?|leader|meilleure?|succès)(?!\p{L})/u;

export const frenchGenericObjectiveWords: ReadonlySet<string> = new Set(
  `communication qualité efficacité efficience marketing performance performances processus ventes
  chiffre d' affaires ca croissance fidélisation rétention satisfaction produit produits expérience
  opérations innovation productivité collaboration résultats site service services clients client
  rentabilité marges coûts visibilité notoriété marque engagement motivation sécurité stabilité
  fiabilité équipe équipes entreprise organisation culture stratégie exécution pipeline leads trafic
  conversion utilisateurs collaborateurs la le les l' de du des notre nos et en globale global
  générale interne client`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Progresser", "Être plus innovants", "Devenir les meilleurs": no destination, or anyone's. */
export const frenchAimless =
  /^(progresser|faire des progrès|être (plus|meilleure?s?)|faire (plus|mieux)|en faire plus|travailler sur|(se|nous) concentrer sur|(s'|nous )améliorer)(?!\p{L})|^(être|devenir|rester)(\s+(les?|la|l'|un|une|des|du|de|numéro|n°|1|meilleure?s?|leaders?|premiers?|premières?|champions?|excellente?s?|top|référence|incontournables?|en|ce|que|nous|faisons))+$/u;

export const frenchCompoundAim = new RegExp(
  `${letter('et|ainsi que|tout en')}\\s+(\\S+\\s+)?(augmenter|accroître|améliorer|réduire|diminuer|renforcer|développer|optimiser|gagner|lancer|créer|construire|atteindre|maximiser|minimiser|accélérer|conquérir|livrer|fidéliser|baisser)(?![\\p{L}])`,
  'u',
);

export const frenchNegativeFraming = new RegExp(
  `${letter('arrêter|cesser|éviter|empêcher|ne plus|plus jamais|finis? les?|en finir avec|ne pas')}|^moins(?!\\p{L})`,
  'u',
);

export const frenchBusinessAsUsual = new RegExp(
  `^(maintenir|conserver|poursuivre|continuer|préserver|garder)(?!\\p{L})|${letter("statu quo|comme d' habitude|comme d'habitude")}`,
  'u',
);

export const frenchPeriodWord =
  /^(t[1-4]|q[1-4]|s[12]|h[12]|fy\d*|(19|20)\d{2}|trimestre|semestre|année|an|exercice|cycle|sprint|mois|ce|cette|prochain|prochaine)$/;
export const frenchAimListNouns: ReadonlySet<string> = new Set([
  'objectifs',
  'objectif',
  'okr',
  'okrs',
  'priorités',
  'axes',
  'chantiers',
  'feuille',
]);
export const frenchLabelFiller: ReadonlySet<string> = new Set([
  'nos',
  'notre',
  'pour',
  'du',
  'de',
  'la',
  'le',
  'les',
  "l'",
  "d'",
  'en',
  'équipe',
  'principaux',
  'principales',
  'clés',
  'top',
  'route',
]);
