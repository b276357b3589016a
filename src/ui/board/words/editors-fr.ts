import type { EditorText } from '../editor-words';

/**
 * The OKR editors in French, in the board's words (`fr.ts`): « objectif », « résultat clé »,
 * « cible ».
 */
export const editors: Readonly<Record<EditorText, string>> = {
  // Both editors
  Coaching: 'Coaching',
  'Coaching on the objective': 'Coaching sur l’objectif',
  'Coaching on the key result': 'Coaching sur le résultat clé',
  Delete: 'Supprimer',
  // « Vos modifications {what} … » and « {who} a modifié {what} ».
  'the objective': 'de l’objectif',
  'the key result': 'du résultat clé',
  'this objective': 'cet objectif',
  'this key result': 'ce résultat clé',
  Description: 'Description',
  Weight: 'Poids',
  // The objective editor
  'Create objective': 'Créer l’objectif',
  'Save objective': 'Enregistrer l’objectif',
  'The coach reads your objective when you pause or leave the field.':
    'Le coach lit votre objectif dès que vous marquez une pause ou quittez le champ.',
  'Nothing to add: this reads like a good objective.':
    'Rien à ajouter : cela ressemble à un bon objectif.',
  Objective: 'Objectif',
  'Where do you want to be at the end of the cycle, and why does it matter?':
    'Où voulez-vous être à la fin du cycle, et pourquoi est-ce important ?',
  'Why it matters (optional)': 'Pourquoi c’est important (facultatif)',
  'Aligns to': 'Aligné sur',
  'Nothing (a top-level objective)': 'Aucun (premier niveau)',
  'Owner of the objective': 'Responsable de l’objectif',
  Commitment: 'Engagement',
  'Committed: we will meet it in full': 'Engagé : nous l’atteindrons entièrement',
  'Aspirational: a stretch, {score} is success': 'Ambitieux : un défi, {score} est un succès',
  'an objective on another board': 'un objectif d’un autre tableau',
  '{title} ({percent})': '{title} ({percent})',
  'Aligned to {count} objectives by weight: {weighted}. Kept while the first stays chosen here.':
    'Aligné sur {count} objectifs pondérés : {weighted}. Conservé tant que le premier reste choisi ici.',
  'Saving aligns it to the chosen objective alone, in place of {count} weighted alignments: {weighted}.':
    'L’enregistrement l’aligne sur le seul objectif choisi, à la place de {count} alignements pondérés : {weighted}.',
  'Loading other teams’ objectives…': 'Chargement des objectifs des autres équipes…',
  'Other teams’ objectives could not be read: only this board’s are offered. Close and reopen to try again.':
    'Impossible de lire les objectifs des autres équipes : seuls ceux de ce tableau sont proposés. Fermez et rouvrez pour réessayer.',
  'Aligned to now': 'Aligné actuellement sur',
  'No team': 'Aucune équipe',
  'No team (a team no longer on the site)': 'Aucune équipe (une équipe qui n’est plus sur le site)',
  'another cycle': 'un autre cycle',
  'Loading {cycle}’s objectives…': 'Chargement des objectifs de {cycle}…',
  'Could not be read: close and reopen to try again':
    'Lecture impossible : fermez et rouvrez pour réessayer',
  '{cycle} has no objectives yet': '{cycle} n’a pas encore d’objectifs',
  'The cycles around {cycle} (its year) could not be read, so only {cycle}’s objectives are offered. Close and reopen to try again.':
    'Les cycles autour de {cycle} (son année) n’ont pas pu être lus : seuls les objectifs de {cycle} sont proposés. Fermez et rouvrez pour réessayer.',
  'The objectives of {cycles} could not be read: only {cycle}’s are offered. Close and reopen to try again.':
    'Les objectifs de {cycles} n’ont pas pu être lus : seuls ceux de {cycle} sont proposés. Fermez et rouvrez pour réessayer.',
  'Cycles around {cycle}': 'Cycles autour de {cycle}',
  'Loading their objectives…': 'Chargement de leurs objectifs…',
  'Another cycle': 'Autre cycle',
  // The key result editor
  'New key result': 'Nouveau résultat clé',
  'Edit the key result': 'Modifier le résultat clé',
  'Create key result': 'Créer le résultat clé',
  'Save key result': 'Enregistrer le résultat clé',
  'The coach reads your key result when you pause or leave the field.':
    'Le coach lit votre résultat clé dès que vous marquez une pause ou quittez le champ.',
  'Nothing to add: this reads like a measurable outcome.':
    'Rien à ajouter : cela ressemble à un résultat mesurable.',
  'For the objective: {title}': 'Pour l’objectif : {title}',
  'An outcome you can measure, from where you are to where you want to be.':
    'Un résultat mesurable, de là où vous êtes à là où vous voulez arriver.',
  '“{title}” is added as an initiative under this key result when you save it.':
    '« {title} » est ajouté comme initiative sous ce résultat clé lorsque vous l’enregistrez.',
  'How it is measured': 'Mode de mesure',
  'Increase to a target': 'Augmenter jusqu’à une cible',
  'Decrease to a target': 'Diminuer jusqu’à une cible',
  'Stay at or above a line': 'Rester au niveau d’un seuil ou au-dessus',
  'Stay at or below a line': 'Rester au niveau d’un seuil ou en dessous',
  'Milestones (steps done)': 'Jalons (étapes terminées)',
  'Done or not done': 'Fait ou pas fait',
  Unit: 'Unité',
  'e.g. customers, %, days': 'p. ex. clients, %, jours',
  'e.g. {example}': 'p. ex. {example}',
  'Start (baseline)': 'Valeur de départ (référence)',
  'Details (optional)': 'Détails (facultatif)',
  'What counts, where the number comes from.': 'Ce qui compte, d’où vient le chiffre.',
  'Owner of the key result': 'Responsable du résultat clé',
  Measure: 'Mesure',
  '{kind}: {start} → {target}': '{kind} : {start} → {target}',
  'Current value': 'Valeur actuelle',
  // Move a key result's work to initiatives
  'Move to initiatives': 'Déplacer vers les initiatives',
  'Keep “{title}” as an initiative': 'Conserver « {title} » comme initiative',
  'Where the initiative goes': 'Où placer l’initiative',
  'Under “{title}”': 'Sous « {title} »',
  'Under this key result, rewritten as “{text}”': 'Sous ce résultat clé, reformulé en « {text} »',
  'Moving…': 'Déplacement…',
  'Move it': 'Déplacer',
  // A key result's initiatives
  Initiatives: 'Initiatives',
  'The work you do to move this key result. Initiatives never count towards its progress.':
    'Le travail que vous menez pour faire avancer ce résultat clé. Les initiatives ne comptent jamais dans sa progression.',
  'Loading initiatives': 'Chargement des initiatives',
  'No initiatives yet.': 'Pas encore d’initiative.',
  'Status of {title}': 'Statut de {title}',
  'Remove {name}': 'Retirer {name}',
  'New initiative': 'Nouvelle initiative',
  'Owner of the new initiative': 'Responsable de la nouvelle initiative',
  'Due (optional)': 'Échéance (facultatif)',
  'Link (optional)': 'Lien (facultatif)',
  'Where the work is tracked: a plan, a board, a document (https://…).':
    'Où le travail est suivi : un plan, un tableau, un document (https://…).',
  'Add initiative': 'Ajouter l’initiative',
  'Initiative “{title}” added.': 'Initiative « {title} » ajoutée.',
  'Status of “{title}”: {status}.': 'Statut de « {title} » : {status}.',
  '“{title}” removed.': 'Initiative « {title} » retirée.',
  // The people picker
  'Chosen people': 'Personnes choisies',
  'Search people': 'Rechercher des personnes',
  'Show suggestions': 'Afficher les suggestions',
  'Show suggestions for {field}': 'Afficher les suggestions pour « {field} »',
  'Type a name or an email address.': 'Tapez un nom ou une adresse e-mail.',
  'Searching for “{text}”…': 'Recherche de « {text} »…',
  'No one in your organisation matches “{text}”.':
    'Personne dans votre organisation ne correspond à « {text} ».',
  'Everyone matching “{text}” is already chosen.':
    'Toutes les personnes correspondant à « {text} » sont déjà choisies.',
  '{count} {count|person matches|people match} “{text}”.':
    '{count} {count|personne correspond|personnes correspondent} à « {text} ».',
  'Could not search the directory. {why}': 'Impossible de rechercher dans l’annuaire. {why}',
  '“{text}” is not chosen: pick a person from the list, or clear the text.':
    '« {text} » n’est pas choisi : choisissez une personne dans la liste, ou effacez le texte.',
  // The coach's findings
  'Needs fixing': 'À corriger',
  'Likely weak': 'Probablement faible',
  Tip: 'Conseil',
  'Rewrite as an outcome': 'Reformuler en résultat',
  'Add a baseline': 'Ajouter une référence',
  'Try: {suggestion}': 'Essayez : {suggestion}',
  'Source: {citation}': 'Source : {citation}',
  'Changes the title to “{text}”': 'Remplace le titre par « {text} »',
};
