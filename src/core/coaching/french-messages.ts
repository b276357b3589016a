import type { FindingTemplateKey } from './messages';

/**
 * The coaching catalogue in French: one text for every key the rules can produce. Typed as a
 * full record, so a rule added to the English catalogue does not compile until it is said here.
 */
export const frenchFindingTemplates: Readonly<Record<FindingTemplateKey, string>> = {
  'objective.metric.message':
    'Cet objectif se lit comme un résultat clé : il porte une cible ({metric}). Un objectif dit où vous allez et pourquoi cela compte ; les chiffres vont dans ses résultats clés.',
  'objective.metric.suggestion':
    'Déplacer « {metric} » dans un résultat clé (« Augmenter <indicateur> de <aujourd’hui> à <cible> ») et reformuler l’objectif comme le changement voulu, p. ex. « Faire que <les clients> <aiment / choisissent> <notre offre> ».',
  'objective.task.message':
    '« {text} » nomme un livrable, pas une destination. Une fois livré, qu’est-ce qui sera différent, et pour qui ?',
  'objective.task.suggestion':
    'Écrire la raison du travail comme objectif (que pourront faire les clients ou les collègues ensuite ?) et garder « {text} » comme initiative sous l’un de ses résultats clés.',
  'objective.vague.message':
    '« {text} » pourrait être l’objectif de cette équipe chaque trimestre : il ne dit pas ce qui sera différent à la fin de celui-ci.',
  'objective.vague.suggestion':
    'Nommer le changement précis et qui le ressent, p. ex. « <Les clients du segment X> <tirent de la valeur dès la première semaine> », puis laisser les résultats clés dire combien.',
  'objective.period-label.message':
    '« {text} » est le titre d’une liste, pas un objectif : il nomme une période et un type de cible, pas ce qui sera différent à la fin.',
  'objective.period-label.suggestion':
    'Écrire le résultat que l’équipe veut d’ici là, p. ex. « <Les clients du segment X> <nous préfèrent à Y> », et laisser le cycle porter la période.',
  'objective.compound.message':
    'Cet objectif poursuit deux buts à la fois (« … {joint} … »). Deux buts dispersent l’attention et brouillent ce que réussir veut dire.',
  'objective.compound.suggestion':
    'Garder comme objectif le but qui compte le plus ce cycle ; mesurer l’autre comme l’un de ses résultats clés ou lui donner son propre objectif.',
  'objective.negative.message':
    'L’objectif est formulé comme une chose à arrêter ou à éviter (« {word} »). Un objectif attire vers un endroit que l’on veut atteindre.',
  'objective.negative.suggestion':
    'Le retourner en l’état voulu : « Arrêter de décevoir au support » → « Offrir un support dont nos clients parlent avec enthousiasme ».',
  'objective.business-as-usual.message':
    '« {text} » garde les choses en l’état. Le fonctionnement courant relève des indicateurs de santé, pas d’un objectif.',
  'objective.business-as-usual.suggestion':
    'Se demander ce qui serait différent si cela allait extraordinairement bien, et l’écrire : « Maintenir la disponibilité » → « Rendre la plateforme si fiable que les clients n’y pensent jamais ».',
  'objective.length.message':
    'Avec {words} {words|mot|mots}, « {text} » est trop court pour dire où va l’équipe.',
  'objective.length.suggestion':
    'Dire en une phrase courte ce qui doit devenir vrai : « Responsabilité » → « Construire une culture de la responsabilité ».',
  'objective.too-long.message':
    'Avec {words} mots, l’objectif est difficile à retenir ; on répète les objectifs, plus court est plus fort.',
  'objective.too-long.suggestion':
    'Garder l’objectif sur une ligne mémorable et déplacer le détail dans sa description ou ses résultats clés.',

  'key-result.measurable.message':
    '« {text} » n’a pas de chiffre : personne ne pourra dire à la fin du cycle s’il est atteint.',
  'key-result.measurable.suggestion':
    'Ajouter l’indicateur, son point de départ et sa cible : « <Indicateur> de <valeur de départ> à <cible> ».',
  'key-result.activity.message':
    '« {text} » décrit du travail à faire (un livrable), pas le résultat que ce travail doit produire. Que se passe-t-il une fois qu’il est fait ?',
  'key-result.activity.suggestion':
    'Garder « {text} » comme initiative et mesurer son effet : « Si nous réussissons {object}, nous aurons plus de <…> ou moins de <…> » → « Augmenter <indicateur> de <X> à <Y> ».',
  'key-result.vague.message':
    '« {text} » donne une direction (« {vague} ») mais pas de chiffre : personne ne pourra dire à la fin du cycle si l’on est allé assez loin.',
  'key-result.vague.suggestion':
    'Dire de combien et à partir d’où : « {text} » → « <Indicateur> de <valeur de départ> à <cible> d’ici <date> ».',
  'key-result.baseline.message':
    'La cible est là, mais pas le point de départ : sans valeur de départ, l’ampleur du changement est inconnue.',
  'key-result.baseline.suggestion':
    'Ajouter où en est l’indicateur aujourd’hui : « … de <valeur de départ> à <cible> ».',
  'key-result.multiplier.message':
    '« {multiplier} » n’a pas de point de départ : le double ou la moitié de quoi ? Sans valeur de départ, personne ne peut évaluer la progression en cours de cycle.',
  'key-result.multiplier.suggestion':
    'Écrire le début et la fin : « <Indicateur> de <aujourd’hui> à <{scaled} d’aujourd’hui> ».',
  'key-result.milestone.message':
    '« {text} » est un jalon daté : acceptable comme résultat clé si un autre résultat clé montre l’effet attendu.',
  'key-result.milestone.suggestion':
    'L’associer à un indicateur qui bouge quand le jalon est atteint : « <Indicateur> de <valeur de départ> à <cible> ».',
  'key-result.binary.message':
    '« {text} » est fait / pas fait. Un chiffre montrerait la progression partielle et l’effet recherché.',
  'key-result.binary.suggestion':
    'Mesurer ce que cela doit changer une fois fait : « <N> <utilisateurs / clients> l’utilisent chaque semaine » ou « <indicateur> de <X> à <Y> ».',
  'key-result.binary-kind.message':
    'Ce résultat clé est suivi en fait / pas fait, alors que son titre mentionne quelque chose de mesurable ({noun}).',
  'key-result.binary-kind.suggestion':
    'Le suivre en « augmentation » ou « diminution » avec un départ et une cible pour {noun}, afin que la progression se voie pendant le cycle.',

  'set.key-result-count.message':
    'Cet objectif a {count} {count|résultat clé|résultats clés} ; le modèle de fonctionnement en demande {min} à {max}.',
  'set.key-result-count.suggestion':
    'Trop peu : se demander si l’objectif est vraiment atteint quand tous les résultats clés atteignent 1,0. Trop : garder les {max} qui montrent le mieux la réussite et suivre les autres comme indicateurs de santé.',
  'set.objective-count.message':
    'L’équipe a {count} objectifs ce cycle ; le modèle de fonctionnement en autorise {max}.',
  'set.objective-count.suggestion':
    'Moins, c’est mieux : classer les objectifs, garder les {max} premiers et remettre les autres à un cycle ultérieur.',
  'set.alignment.message':
    'Cet objectif n’est aligné sur aucun objectif de l’équipe parente, alors qu’elle a {count} {count|objectif|objectifs} ce cycle.',
  'set.alignment.suggestion':
    'Le relier à l’objectif parent qu’il sert, ou écrire pourquoi il est autonome (un pari délibéré, un sujet local).',
  'set.duplicate-key-results.message':
    'Deux résultats clés mesurent presque la même chose : « {first} » et « {second} ».',
  'set.duplicate-key-results.suggestion':
    'Les fusionner en un seul, ou remplacer l’un par un contre-indicateur qui garde l’autre honnête (la qualité à côté de la quantité).',

  'rhythm.stale-check-in.message':
    'Aucun point d’avancement depuis {days} jours (l’équipe en fait un tous les {cadence} jours).',
  'rhythm.stale-check-in.suggestion':
    'Mettre à jour la valeur et la confiance maintenant, même si rien n’a bougé : « pas de changement » est une information utile.',
  'rhythm.falling-confidence.message':
    'La confiance est passée de {from} à {to} au fil des derniers points d’avancement.',
  'rhythm.falling-confidence.suggestion':
    'En parler cette semaine : qu’est-ce qui a changé, qu’est-ce qui ramènerait la confiance, et qui peut aider ?',
  'rhythm.no-owner.message': 'Personne n’est responsable de ce résultat clé.',
  'rhythm.no-owner.suggestion':
    'Nommer un responsable qui fait le point chaque semaine ; d’autres peuvent contribuer, mais une personne en répond.',
  'rhythm.high-score-mid-cycle.message':
    'Déjà à {score} alors qu’il reste {remaining} % du cycle : la cible était peut-être trop basse.',
  'rhythm.high-score-mid-cycle.suggestion':
    'Célébrer, puis se demander si la cible était ambitieuse. Au prochain cycle, la placer là où vous êtes confiants à environ 50 %.',
  'rhythm.behind-pace-confident.message':
    'La progression est de {progress} % contre {expected} % attendus à ce stade, et pourtant la confiance est de {confidence}/{max}.',
  'rhythm.behind-pace-confident.suggestion':
    'Confronter la confiance aux chiffres : qu’est-ce qui rend l’équipe sûre de rattraper son retard ? Si rien, baisser la confiance et discuter des options.',
};
