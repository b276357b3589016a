import type { ProgrammeText } from '../../programme/programme-words';

/** The Programme area in French, with the board's terms (`fr.ts`): cycle, objectif, check-in. */
export const programme: Readonly<Record<ProgrammeText, string>> = {
  'Teams, cycles, people and roles, and how your organisation runs OKRs':
    'Équipes, cycles, personnes et rôles, et la façon dont votre organisation pratique les OKR',
  'Back to OKRs': 'Retour aux OKR',
  'Nobody is named as an admin of this OKR programme yet. As an owner of the OKR site (or one of its OKR admins) you may become its admin, and name other admins and coaches.':
    'Personne n’est encore désigné comme administrateur de ce programme OKR. En tant que propriétaire du site OKR (ou l’un de ses administrateurs OKR), vous pouvez en devenir l’administrateur et désigner d’autres administrateurs et coachs.',
  'Become the admin': 'Devenir l’administrateur',
  'You can read the programme here. Its admins and coaches (the OKR site\'s "OKR admins" and "OKR coaches" groups) change it.':
    'Vous pouvez consulter le programme ici. Ses administrateurs et ses coachs (les groupes « OKR admins » et « OKR coaches » du site OKR) le modifient.',
  'Checking your role': 'Vérification de votre rôle',
  'You are now the admin of this OKR programme.':
    'Vous êtes maintenant l’administrateur de ce programme OKR.',
  'Loading {section}': 'Chargement : {section}',
  'Programme sections': 'Sections du programme',
  '{count} more {count|section|sections}': '{count} {count|autre section|autres sections}',
  'Get started': 'Premiers pas',
  Teams: 'Équipes',
  Cycles: 'Cycles',
  'People and roles': 'Personnes et rôles',
  'Operating model': 'Modèle opérationnel',
  'Close a cycle': 'Clôturer un cycle',
  'Next cycle': 'Cycle suivant',
  'Cycle review': 'Bilan du cycle',
  'Import and export': 'Import et export',
  // Get started
  'your answers': 'de vos réponses',
  'Type the number of teams, a whole number from 1 to {max}.':
    'Saisissez le nombre d’équipes, un nombre entier de 1 à {max}.',
  'The operating model and the coaching plan of {cycle} are saved.':
    'Le modèle opérationnel et le plan de coaching de {cycle} sont enregistrés.',
  'The first run is for admins': 'La première configuration est réservée aux administrateurs',
  'An admin answers a few questions about your organisation, with the coach, and saves the proposed operating model and coaching plan (only OKR admins change the operating model). You can read the result under Operating model and Cycles.':
    'Un administrateur répond, avec le coach, à quelques questions sur votre organisation et enregistre le modèle opérationnel et le plan de coaching proposés (seuls les administrateurs OKR modifient le modèle opérationnel). Vous pouvez consulter le résultat sous Modèle opérationnel et Cycles.',
  'Create the first cycle': 'Créer le premier cycle',
  'The coaching plan dates the rituals of a cycle. Create the quarter you are planning, then come back.':
    'Le plan de coaching date les rituels d’un cycle. Créez le trimestre que vous planifiez, puis revenez ici.',
  'Go to Cycles': 'Aller aux cycles',
  'Get started: your operating model and coaching plan':
    'Premiers pas : votre modèle opérationnel et votre plan de coaching',
  'Answer a few questions about your organisation. The coach proposes how to run OKRs here and dates the rituals of your first cycle.':
    'Répondez à quelques questions sur votre organisation. Le coach propose une façon de pratiquer les OKR ici et date les rituels de votre premier cycle.',
  'How many people will use OKRs?': 'Combien de personnes utiliseront les OKR ?',
  'Up to 50': 'Jusqu’à 50',
  '51 to 500': 'De 51 à 500',
  'More than 500': 'Plus de 500',
  'How many teams will set OKRs?': 'Combien d’équipes définiront des OKR ?',
  'How often will teams check in?': 'À quelle fréquence les équipes feront-elles leur check‑in ?',
  'Every week': 'Chaque semaine',
  'Every 2 weeks': 'Toutes les 2 semaines',
  'Check-in day': 'Jour du check‑in',
  'Are OKRs new here?': 'Les OKR sont-ils nouveaux ici ?',
  'This site holds closed cycles with objectives, so OKRs are not new here.':
    'Ce site contient des cycles clôturés avec des objectifs : les OKR ne sont donc pas nouveaux ici.',
  'Yes, this is our first cycle': 'Oui, c’est notre premier cycle',
  'No, we have run OKRs before': 'Non, nous avons déjà pratiqué les OKR',
  'Committed and aspirational OKRs?': 'OKR engagés et ambitieux ?',
  'Both: some OKRs stretch, some are promises':
    'Les deux : certains OKR sont ambitieux, d’autres sont des engagements',
  'Committed only: every OKR is a promise': 'Engagés uniquement : chaque OKR est un engagement',
  'Cycle to plan': 'Cycle à planifier',
  'Proposed operating model': 'Modèle opérationnel proposé',
  'Check in every week: a short weekly rhythm keeps OKRs alive (Wodtke, Radical Focus).':
    'Faites un check‑in chaque semaine : un rythme hebdomadaire court fait vivre les OKR (Wodtke, Radical Focus).',
  'Check in every two weeks, as you asked; KRs go stale after two missed check-ins.':
    'Faites un check‑in toutes les deux semaines, comme demandé ; un résultat clé devient obsolète après deux check‑ins manqués.',
  'OKRs are new here: start small, with at most 3 objectives per team and 2–4 key results each (Doerr, Measure What Matters: fewer is better).':
    'Les OKR sont nouveaux ici : commencez petit, avec au plus 3 objectifs par équipe et 2 à 4 résultats clés chacun (Doerr, Measure What Matters : moins, c’est mieux).',
  'Committed and aspirational OKRs both: committed ones are kept in full, aspirational ones succeed at 0.6–0.7 (Google re:Work).':
    'OKR engagés et ambitieux : les engagés sont tenus entièrement, les ambitieux sont réussis à 0,6–0,7 (Google re:Work).',
  'Committed OKRs only: every OKR is a promise to deliver in full, scored against 1.0.':
    'OKR engagés uniquement : chaque OKR est un engagement à tenir entièrement, noté sur 1,0.',
  'Many teams: align team objectives to the company’s, and name coaches so each team has someone to ask.':
    'De nombreuses équipes : alignez les objectifs des équipes sur ceux de l’entreprise et désignez des coachs pour que chaque équipe ait un interlocuteur.',
  'Coaching plan': 'Plan de coaching',
  'Coaching plan for {cycle}': 'Plan de coaching de {cycle}',
  Ritual: 'Rituel',
  Past: 'Passé',
  'Use this operating model and coaching plan':
    'Utiliser ce modèle opérationnel et ce plan de coaching',
  // Cycles
  Name: 'Nom',
  Dates: 'Dates',
  State: 'État',
  Time: 'Temps',
  None: 'Aucun',
  '{count} {count|ritual|rituals}': '{count} {count|rituel|rituels}',
  'the cycle': 'du cycle',
  'New cycle': 'Nouveau cycle',
  Save: 'Enregistrer',
  'Create cycle': 'Créer le cycle',
  Template: 'Modèle',
  'A quarter of a year': 'Un trimestre d’une année',
  'A whole year (annual cycle)': 'Une année entière (cycle annuel)',
  'A quarter of the fiscal year': 'Un trimestre de l’exercice',
  'A whole fiscal year (annual cycle)': 'Un exercice entier (cycle annuel)',
  'Fiscal year': 'Exercice',
  'Custom dates': 'Dates personnalisées',
  Year: 'Année',
  Quarter: 'Trimestre',
  Starts: 'Début',
  Ends: 'Fin',
  'Dates change only while the cycle is being planned.':
    'Les dates ne changent que tant que le cycle est en planification.',
  'No cycles yet': 'Aucun cycle pour l’instant',
  'Create the quarter you plan next. Annual and quarterly cycles may run side by side.':
    'Créez le trimestre que vous planifiez ensuite. Des cycles annuels et trimestriels peuvent se dérouler en parallèle.',
  'Start {cycle}': 'Démarrer {cycle}',
  'Start…': 'Démarrer…',
  'Put {cycle} back to planning': 'Remettre {cycle} en planification',
  'Back to planning': 'Remettre en planification',
  '{cycle} is back in planning: its dates can change again.':
    '{cycle} est de nouveau en planification : ses dates peuvent de nouveau changer.',
  'Close {cycle}': 'Clôturer {cycle}',
  'Close…': 'Clôturer…',
  'Reopen {cycle}': 'Rouvrir {cycle}',
  Reopen: 'Rouvrir',
  '{cycle} is open again.': '{cycle} est de nouveau ouvert.',
  'Delete…': 'Supprimer…',
  'Start {cycle}?': 'Démarrer {cycle} ?',
  'Start cycle': 'Démarrer le cycle',
  'Starting…': 'Démarrage…',
  '{cycle} is started: it is upcoming until {day}.':
    '{cycle} est démarré : il est à venir jusqu’au {day}.',
  '{cycle} is active.': '{cycle} est actif.',
  '{cycle} ({dates}) becomes active: it is the running cycle on every board when its dates come, and check-ins and reminders follow its dates. Its dates no longer change once it is active.':
    '{cycle} ({dates}) devient actif : il est le cycle en cours sur chaque tableau lorsque ses dates arrivent, et les check‑ins et les rappels suivent ses dates. Ses dates ne changent plus une fois qu’il est actif.',
  'It starts on {day}, {when}. Until then, an admin can put it back to planning.':
    'Il commence le {day}, {when}. D’ici là, un administrateur peut le remettre en planification.',
  '{cycle} is deleted.': '{cycle} est supprimé.',
  '{cycle} is saved.': '{cycle} est enregistré.',
  '{cycle} is created.': '{cycle} est créé.',
  'Checking what {cycle} holds…': 'Vérification du contenu de {cycle}…',
  'Delete {cycle}': 'Supprimer {cycle}',
  'Holds {things}. They stay with it as its history: close it instead, and it keeps them, read-only.':
    'Contient des {things}. Ils restent avec lui comme son historique : clôturez-le plutôt, il les conserve en lecture seule.',
  'Holds {things}. Delete its objectives on its board first (their key results go with them), then delete the cycle.':
    'Contient des {things}. Supprimez d’abord ses objectifs sur son tableau (leurs résultats clés partent avec eux), puis supprimez le cycle.',
  objectives: 'objectifs',
  'key results': 'résultats clés',
  initiatives: 'initiatives',
  'check-ins': 'check‑ins',
  'meeting check-in rounds': 'tours de check‑in en réunion',
  'Delete {cycle}?': 'Supprimer {cycle} ?',
  'Delete cycle': 'Supprimer le cycle',
  '{cycle} ({dates}) is deleted for good, with its coaching plan.':
    '{cycle} ({dates}) est supprimé définitivement, avec son plan de coaching.',
  // The cycle, as '{who} changed {what}' says it
  'this cycle': 'ce cycle',
  // Teams
  'the team': 'de l’équipe',
  'this team': 'cette équipe',
  'New team': 'Nouvelle équipe',
  'Create team': 'Créer l’équipe',
  'Parent team': 'Équipe parente',
  'None (top level)': 'Aucune (premier niveau)',
  'Microsoft 365 group id (optional)': 'ID de groupe Microsoft 365 (facultatif)',
  "Links the team to its Teams team: a tab added to that team's channels offers this team first. Paste the id, or the team's link from Teams (Get link to team).":
    'Lie l’équipe à son équipe Teams : un onglet ajouté aux canaux de cette équipe propose d’abord cette équipe. Collez l’ID, ou le lien de l’équipe depuis Teams (Obtenir le lien vers l’équipe).',
  'Team owners': 'Propriétaires de l’équipe',
  Owners: 'Propriétaires',
  'Microsoft 365 group': 'Groupe Microsoft 365',
  Archived: 'Archivée',
  'Give the team a name.': 'Donnez un nom à l’équipe.',
  'Keep the name to {max} characters or fewer (it has {length}).':
    'Le nom ne doit pas dépasser {max} caractères (il en a {length}).',
  '“{name}” is an archived team: restore it, or give this team another name.':
    '« {name} » est une équipe archivée : restaurez-la, ou donnez un autre nom à cette équipe.',
  'There is already a team called “{name}”: give this one another name.':
    'Il existe déjà une équipe nommée « {name} » : donnez un autre nom à celle-ci.',
  'A Microsoft 365 group id looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Teams admin center → the team → Group id), or paste the team’s link (in Teams: … beside the team → Get link to team).':
    'Un ID de groupe Microsoft 365 ressemble à 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (centre d’administration Teams → l’équipe → ID de groupe), ou collez le lien de l’équipe (dans Teams : … à côté de l’équipe → Obtenir le lien vers l’équipe).',
  'This team': 'Cette équipe',
  '{team} is active again: it is offered for channel tabs and as a parent team.':
    '{team} est de nouveau active : elle est proposée pour les onglets de canal et comme équipe parente.',
  '{team} is archived. Its objectives are kept as they were.':
    '{team} est archivée. Ses objectifs sont conservés tels quels.',
  '{team} is archived. Its objectives in {cycles} are kept as they were.':
    '{team} est archivée. Ses objectifs de {cycles} sont conservés tels quels.',
  '{team} is archived. It had no objectives; nothing else changed.':
    '{team} est archivée. Elle n’avait aucun objectif ; rien d’autre n’a changé.',
  'No teams yet': 'Aucune équipe pour l’instant',
  'Start with the company itself, then the teams under it. Each team gets its own board.':
    'Commencez par l’entreprise elle-même, puis par les équipes qui en dépendent. Chaque équipe a son propre tableau.',
  Parent: 'Parente',
  'Linked Teams team': 'Équipe Teams liée',
  Linked: 'Liée',
  'Restore {team}': 'Restaurer {team}',
  'Archive {team}': 'Archiver {team}',
  Restore: 'Restaurer',
  Archive: 'Archiver',
  '{team} is saved.': '{team} est enregistrée.',
  '{team} is created.': '{team} est créée.',
  'Archive {team}?': 'Archiver {team} ?',
  'Archiving…': 'Archivage…',
  'Reading where {team} has objectives…': 'Recherche des objectifs de {team}…',
  'Whatever objectives {team} has are kept as they are.':
    'Les objectifs de {team}, quels qu’ils soient, sont conservés tels quels.',
  '{team} has objectives in {cycles}. They are kept as they are: nothing is deleted or made read-only, and they still show on its board, in All OKRs and in the roll-ups of the teams above it.':
    '{team} a des objectifs dans {cycles}. Ils sont conservés tels quels : rien n’est supprimé ni mis en lecture seule, et ils restent visibles sur son tableau, dans Tous les OKR et dans les agrégations des équipes au-dessus.',
  '{team} has no objectives in any cycle.': '{team} n’a d’objectif dans aucun cycle.',
  'Once archived, {team} is no longer offered when a channel tab is set up, as a parent team, or when a cycle is closed by team. Channel tabs already showing its board keep showing it.':
    'Une fois archivée, {team} n’est plus proposée lors de la configuration d’un onglet de canal, comme équipe parente, ni lors de la clôture d’un cycle par équipe. Les onglets de canal qui affichent déjà son tableau continuent de l’afficher.',
  'The teams under it stay active: {teams}.':
    'Les équipes qui en dépendent restent actives : {teams}.',
  'Restore brings {team} back at any time, here under Teams.':
    'Restaurer ramène {team} à tout moment, ici sous Équipes.',
  // People and roles
  'the admins and coaches': 'des administrateurs et des coachs',
  'Admins and coaches are saved.': 'Les administrateurs et les coachs sont enregistrés.',
  "Admins set up teams, cycles and the operating model, and run the first run. Coaches close cycles and start the next, correct check-ins and delete OKRs; they also see the coach view of health across teams. These are the OKR site's SharePoint groups: only admins and the site's owners (who are admins too) change them.":
    'Les administrateurs configurent les équipes, les cycles et le modèle opérationnel, et mènent la première configuration. Les coachs clôturent les cycles et démarrent le suivant, corrigent les check‑ins et suppriment des OKR ; ils voient aussi la vue Coach de la santé des équipes. Ce sont les groupes SharePoint du site OKR : seuls les administrateurs et les propriétaires du site (qui sont aussi administrateurs) les modifient.',
  'Looking up admins and coaches': 'Recherche des administrateurs et des coachs',
  Admins: 'Administrateurs',
  'Nobody yet': 'Personne pour l’instant',
  'Site owners': 'Propriétaires du site',
  "Admins too, as owners of the OKR site: they are named in the site's permissions in SharePoint.":
    'Également administrateurs, en tant que propriétaires du site OKR : ils sont désignés dans les autorisations du site dans SharePoint.',
  Nobody: 'Personne',
  Coaches: 'Coachs',
  'Save roles': 'Enregistrer les rôles',
  // Operating model
  'Check-ins': 'Check‑ins',
  'Reminders follow these settings: on each check-in day, at 09:00 in their own time zone, every key result owner who has not checked in yet gets one notice in their Teams activity feed, and coaches a weekly digest. Anyone can snooze or turn off their own reminders in My OKRs.':
    'Les rappels suivent ces réglages : chaque jour de check‑in, à 9 h dans son propre fuseau horaire, chaque responsable d’un résultat clé qui n’a pas encore fait son check‑in reçoit un avis dans son flux d’activité Teams, et les coachs un récapitulatif hebdomadaire. Chacun peut suspendre ou désactiver ses propres rappels dans Mes OKR.',
  'Days between check-ins': 'Jours entre les check‑ins',
  'A KR is stale after (days)': 'Un résultat clé devient obsolète après (jours)',
  'Confidence and scores': 'Confiance et notes',
  'Lowest confidence': 'Confiance la plus basse',
  'Highest confidence': 'Confiance la plus haute',
  'Top score': 'Note maximale',
  'Sweet spot from (fraction of the top)': 'Zone idéale à partir de (fraction du maximum)',
  'Sweet spot to (fraction of the top)': 'Zone idéale jusqu’à (fraction du maximum)',
  Pace: 'Rythme',
  'At risk when behind by (fraction)': 'À risque avec un retard de (fraction)',
  'Off track when behind by (fraction)': 'Hors trajectoire avec un retard de (fraction)',
  Limits: 'Limites',
  'Objectives per team, at most': 'Objectifs par équipe, au plus',
  'Key results per objective, at least': 'Résultats clés par objectif, au moins',
  'Key results per objective, at most': 'Résultats clés par objectif, au plus',
  'Longest title (characters)': 'Titre le plus long (caractères)',
  'Longest description (characters)': 'Description la plus longue (caractères)',
  'Longest check-in note (characters)': 'Note de check‑in la plus longue (caractères)',
  'Fiscal year starts in': 'L’exercice commence en',
  'Fiscal years are named by': 'Les exercices portent le nom de',
  'The year they end in': 'l’année où ils se terminent',
  'The year they start in': 'l’année où ils commencent',
  'The year they end in: FY{year} starts in {month}':
    'l’année où ils se terminent : l’exercice {year} commence en {month}',
  'The year they start in: FY{year} starts in {month}':
    'l’année où ils commencent : l’exercice {year} commence en {month}',
  'Starting in January, the fiscal year is the calendar year: FY{year} either way.':
    'Commençant en janvier, l’exercice est l’année civile : l’exercice {year} dans les deux cas.',
  'Commitment, language and story': 'Engagement, langue et récit',
  'Allow aspirational OKRs (besides committed ones)':
    'Autoriser les OKR ambitieux (en plus des engagés)',
  'Language the OKRs and the coach’s messages are in': 'Langue des OKR et des messages du coach',
  'Why we use OKRs (the story)': 'Pourquoi nous utilisons les OKR (le récit)',
  on: 'activé',
  off: 'désactivé',
  'the built-in story': 'le récit intégré',
  'Default: {value}': 'Par défaut : {value}',
  'weekly Monday commitments': 'engagements hebdomadaires du lundi',
  'confidence out of 10, starting at 5/10': 'confiance sur 10, en partant de 5/10',
  'grade 0.0–1.0, sweet spot 0.6–0.7': 'note de 0,0 à 1,0, idéalement entre 0,6 et 0,7',
  'compare progress with the time elapsed': 'comparer la progression au temps écoulé',
  'three to five objectives, three to five key results':
    'trois à cinq objectifs, trois à cinq résultats clés',
  'committed and aspirational OKRs': 'OKR engagés et ambitieux',
  'the operating model': 'du modèle opérationnel',
  'this operating model': 'ce modèle opérationnel',
  'The operating model is saved.': 'Le modèle opérationnel est enregistré.',
  'How your organisation runs OKRs. Every setting shows its default and where that default comes from.':
    'La façon dont votre organisation pratique les OKR. Chaque paramètre indique sa valeur par défaut et d’où elle vient.',
  'What changes in {cycle}': 'Ce qui change dans {cycle}',
  'What changes in the current cycle': 'Ce qui change dans le cycle en cours',
  'Save the operating model': 'Enregistrer le modèle opérationnel',
  '{count} {count|objective now exceeds|objectives now exceed} the limit of {limit} {limit|KR|KRs} ({before} with the saved model).':
    '{count} {count|objectif dépasse|objectifs dépassent} désormais la limite de {limit} {limit|résultat clé|résultats clés} ({before} avec le modèle enregistré).',
  '{count} {count|objective has|objectives have} fewer than {limit} {limit|KR|KRs} ({before} with the saved model).':
    '{count} {count|objectif a|objectifs ont} moins de {limit} {limit|résultat clé|résultats clés} ({before} avec le modèle enregistré).',
  '{count} {count|team has|teams have} more than {limit} {limit|objective|objectives} ({before} with the saved model).':
    '{count} {count|équipe a|équipes ont} plus de {limit} {limit|objectif|objectifs} ({before} avec le modèle enregistré).',
  '{count} {count|key result counts|key results count} as stale ({before} with the saved model).':
    '{count} {count|résultat clé est considéré|résultats clés sont considérés} comme obsolètes ({before} avec le modèle enregistré).',
  '{count} {count|aspirational objective|aspirational objectives} would have to become committed before their next save.':
    '{count} {count|objectif ambitieux devrait|objectifs ambitieux devraient} devenir engagés avant leur prochain enregistrement.',
  'Check-ins come every {count} {count|day|days} instead of {before}; coaching plans made from now on use the new rhythm.':
    'Les check‑ins ont lieu tous les {count} {count|jour|jours} au lieu de {before} ; les plans de coaching créés désormais suivent le nouveau rythme.',
  'With {count} days between check-ins, the check-in day moves through the week ({days}), and reminders with it. They keep to {weekday} with 7, 14 or 21 days, or 30 for the first {weekday} of each month.':
    'Avec {count} jours entre les check‑ins, le jour du check‑in se déplace dans la semaine ({days}), et les rappels avec lui. Ils restent le {weekday} avec 7, 14 ou 21 jours, ou 30 pour le premier {weekday} de chaque mois.',
  // Close a cycle
  'the scores and learnings': 'les notes et les enseignements',
  'A team not found': 'Une équipe introuvable',
  '{cycle} is closed. Its OKRs are read-only now.':
    '{cycle} est clôturé. Ses OKR sont désormais en lecture seule.',
  'Scores and learnings are saved.': 'Les notes et les enseignements sont enregistrés.',
  '{length} of {max} characters': '{length} caractères sur {max}',
  'Close {cycle}?': 'Clôturer {cycle} ?',
  'Closing…': 'Clôture…',
  "The scores and answers here are saved, and every team's OKRs in {cycle} become read-only: no more check-ins or changes. An admin can reopen it under Cycles.":
    'Les notes et les réponses saisies ici sont enregistrées, et les OKR de chaque équipe dans {cycle} passent en lecture seule : plus aucun check‑in ni aucune modification. Un administrateur peut le rouvrir sous Cycles.',
  '{cycle} becomes read-only: no objectives can be added to it. An admin can reopen it under Cycles.':
    '{cycle} passe en lecture seule : aucun objectif ne peut plus y être ajouté. Un administrateur peut le rouvrir sous Cycles.',
  '{cycle} still runs: it ends {when}, on {end:day}.':
    '{cycle} est toujours en cours : il se termine {when}, le {end:day}.',
  '{count} {count|team has|teams have} no retrospective yet: {teams}.':
    '{count} {count|équipe n’a|équipes n’ont} pas encore de rétrospective : {teams}.',
  '{cycle} is closed': '{cycle} est clôturé',
  'Its scores and learnings are kept, and its OKRs are read-only. Next, carry the unfinished OKRs into the next cycle, and look back at how this one ran in the cycle review.':
    'Ses notes et ses enseignements sont conservés, et ses OKR sont en lecture seule. Reportez ensuite les OKR inachevés dans le cycle suivant, et revenez sur le déroulement de celui-ci dans le bilan du cycle.',
  'Start the next cycle': 'Démarrer le cycle suivant',
  'Open the cycle review': 'Ouvrir le bilan du cycle',
  'No cycle to close': 'Aucun cycle à clôturer',
  'Only an active cycle is closed. Closed cycles are read-only; an admin can reopen one under Cycles.':
    'Seul un cycle actif se clôture. Les cycles clôturés sont en lecture seule ; un administrateur peut en rouvrir un sous Cycles.',
  'Committed · score {score}': 'Engagé · note {score}',
  'Aspirational · score {score}': 'Ambitieux · note {score}',
  'Scores of {title}': 'Notes de {title}',
  Proposed: 'Proposée',
  Score: 'Note',
  'Reason for a changed score': 'Motif d’une note modifiée',
  'Score of {title}': 'Note de {title}',
  'Reason for the score of {title}': 'Motif de la note de {title}',
  'What went well, and why?': 'Qu’est-ce qui a bien fonctionné, et pourquoi ?',
  'What got in the way?': 'Qu’est-ce qui nous a freinés ?',
  'What will we do differently next cycle?': 'Que ferons-nous différemment au prochain cycle ?',
  'Each key result gets a score from 0 to {max}, proposed from its progress. Change it with a reason; objectives roll up by weight. Then answer the retrospective questions.':
    'Chaque résultat clé reçoit une note de 0 à {max}, proposée d’après sa progression. Modifiez-la en indiquant un motif ; les objectifs se calculent selon le poids de leurs résultats clés. Répondez ensuite aux questions de la rétrospective.',
  'All teams': 'Toutes les équipes',
  'Loading the cycle’s OKRs': 'Chargement des OKR du cycle',
  'No objectives to score': 'Aucun objectif à noter',
  'This cycle has no objectives for the chosen team.':
    'Ce cycle n’a aucun objectif pour l’équipe choisie.',
  '{cycle} holds no objectives. Close it to make it read-only, or delete it if it was made by mistake.':
    '{cycle} ne contient aucun objectif. Clôturez-le pour le passer en lecture seule, ou supprimez-le s’il a été créé par erreur.',
  'Close {cycle}…': 'Clôturer {cycle}…',
  'Delete {cycle}…': 'Supprimer {cycle}…',
  'Sandbagging signal': 'Signal d’objectifs trop prudents',
  'score.committed.met': 'Engagé et atteint : {score} est le résultat attendu.',
  'score.committed.missed':
    'Engagé mais noté {score} : un OKR engagé doit atteindre {max}. Expliquez ce qui a fait obstacle et ce qui change.',
  'score.aspirational.belowSweetSpot':
    'Noté {score}, sous la zone idéale de {low} à {high}. Voyez-y une information : était-il hors de portée, ou les priorités ont-elles changé ?',
  'score.aspirational.sweetSpot':
    'Noté {score} : dans la zone idéale de {low} à {high} pour un OKR ambitieux. Bien visé.',
  'score.aspirational.aboveSweetSpot':
    'Noté {score}, au-dessus de la zone idéale de {low} à {high}. Un bon résultat ; le prochain pourrait-il viser plus haut ?',
  'score.aspirational.fullyAchieved':
    'Un OKR ambitieux noté {score}. Si cela se répète, les objectifs ne sont peut-être pas assez ambitieux.',
  'score.sandbagging':
    'Des OKR ambitieux ont été notés {max} pendant {cycles} cycles consécutifs ; cela suggère des objectifs fixés avec trop de prudence.',
  'Someone else changed some of these meanwhile':
    'Quelqu’un d’autre en a modifié certains entre-temps',
  '{who} changed “{title}” since you opened it.':
    '{who} a modifié « {title} » depuis que vous l’avez ouvert.',
  'The rest is saved. Reload to see their changes, then save these again.':
    'Le reste est enregistré. Rechargez pour voir ses modifications, puis enregistrez à nouveau les vôtres.',
  Reload: 'Recharger',
  'Some scores or answers need fixing (see the fields above). Nothing was saved.':
    'Certaines notes ou réponses doivent être corrigées (voir les champs ci-dessus). Rien n’a été enregistré.',
  'Save scores and learnings': 'Enregistrer les notes et les enseignements',
  'Save and close {cycle}': 'Enregistrer et clôturer {cycle}',
  'To close {cycle}, choose All teams: it closes for every team, and each key result not scored yet gets the score its progress earns.':
    'Pour clôturer {cycle}, choisissez Toutes les équipes : il se clôture pour chaque équipe, et chaque résultat clé pas encore noté reçoit la note que lui vaut sa progression.',
  'Start the next cycle…': 'Démarrer le cycle suivant…',
  // Next cycle
  'All are in {cycle} already': 'Tous sont déjà dans {cycle}',
  '{chosen} of {count} {count|objective|objectives}':
    '{chosen} sur {count} {count|objectif|objectifs}',
  '{chosen} of {count} {count|key result|key results}':
    '{chosen} sur {count} {count|résultat clé|résultats clés}',
  'Chosen: {what}': 'Sélection : {what}',
  'Chosen: {what}; the others are in {cycle} already':
    'Sélection : {what} ; les autres sont déjà dans {cycle}',
  'Select all of {team}’s objectives and key results':
    'Tout sélectionner : objectifs et résultats clés de {team}',
  'Select all objectives and key results':
    'Tout sélectionner : tous les objectifs et résultats clés',
  'Select none of {team}’s objectives and key results':
    'Ne rien sélectionner : objectifs et résultats clés de {team}',
  'Select none of the objectives and key results':
    'Ne rien sélectionner : aucun des objectifs et résultats clés',
  '{count} open {count|initiative|initiatives}':
    '{count} {count|initiative en cours|initiatives en cours}',
  'In {cycle} now: {what}.': 'Maintenant dans {cycle} : {what}.',
  'Nothing was carried into {cycle}.': 'Rien n’a été reporté dans {cycle}.',
  'Carry {what} into {cycle}': 'Reporter {what} dans {cycle}',
  'Nothing chosen to carry into {cycle}': 'Rien de choisi à reporter dans {cycle}',
  'Not carried: {titles}. They are still chosen below; carrying again adds only what is missing.':
    'Non reporté : {titles}. Ils restent choisis ci-dessous ; reporter à nouveau n’ajoute que ce qui manque.',
  'Not in {cycle} yet, under what it holds already: {titles}. They are chosen below; untick a key result to leave it in {source}.':
    'Pas encore dans {cycle}, sous ce qu’il contient déjà : {titles}. Ils sont choisis ci-dessous ; décochez un résultat clé pour le laisser dans {source}.',
  '{cycle} is created, in planning.': '{cycle} est créé, en planification.',
  // The visible words begin each name (label in name, WCAG 2.5.3).
  'Select all': 'Tout sélectionner',
  'Select none': 'Ne rien sélectionner',
  'Already in {cycle}': 'Déjà dans {cycle}',
  'Left out of {cycle}': 'Laissé hors de {cycle}',
  'Left out of {cycle} for every coach: {what}.':
    'Laissé hors de {cycle} pour tous les coachs : {what}.',
  'Offered again for {cycle}: they are chosen below.':
    'De nouveau proposés pour {cycle} : ils sont choisis ci-dessous.',
  'Left out of {cycle} by choice: {titles}. Tick one to carry it after all, or offer them all again.':
    'Laissés hors de {cycle} par choix : {titles}. Cochez-en un pour le reporter malgré tout, ou proposez-les tous à nouveau.',
  'Offer them again': 'Les proposer à nouveau',
  'What you left out is not kept: this OKR site has no column for it yet (RolloverLeftOut in OKR Cycles). An admin adds it by running the site set-up again (npm run provision-lists); until then, a reload offers it again.':
    'Ce que vous avez laissé de côté n’est pas conservé : ce site OKR n’a pas encore de colonne pour cela (RolloverLeftOut dans OKR Cycles). Un administrateur l’ajoute en relançant la configuration du site (npm run provision-lists) ; d’ici là, un rechargement le propose à nouveau.',
  'Coaches and admins start the next cycle':
    'Les coachs et les administrateurs démarrent le cycle suivant',
  'They carry unfinished objectives and key results over, each starting where it ended.':
    'Ils reportent les objectifs et résultats clés inachevés, chacun repartant de là où il s’est arrêté.',
  'Nothing to roll over yet': 'Rien à reporter pour l’instant',
  'Once a cycle has run, its unfinished OKRs can carry over into the next.':
    'Une fois un cycle écoulé, ses OKR inachevés peuvent être reportés dans le suivant.',
  'Unfinished objectives and key results are chosen for you. Each key result starts where it ended, with its phased targets and open initiatives; an alignment is kept when what it points to comes along too or runs on in a cycle spanning the next.':
    'Les objectifs et résultats clés inachevés sont choisis pour vous. Chaque résultat clé repart de là où il s’est arrêté, avec ses cibles intermédiaires et ses initiatives en cours ; un alignement est conservé lorsque ce qu’il vise est reporté aussi ou se poursuit dans un cycle qui couvre le suivant.',
  Into: 'Destination',
  'No cycle follows {cycle} yet.': 'Aucun cycle ne suit encore {cycle}.',
  'No cycle follows {cycle} yet: an admin creates it under Cycles.':
    'Aucun cycle ne suit encore {cycle} : un administrateur le crée sous Cycles.',
  'Create {cycle} ({start:day} to {end:day})': 'Créer {cycle} (du {start:day} au {end:day})',
  'Objectives and key results to carry over': 'Objectifs et résultats clés à reporter',
  'Key results of {title}': 'Résultats clés de {title}',
  'Carry over': 'Reporter',
  'Alignments and roll-ups': 'Alignements et agrégations',
  Kept: 'Conservés',
  'Cannot be kept': 'Ne peuvent pas être conservés',
  '“{from}” stays aligned to “{to}”, carried too':
    '« {from} » reste aligné sur « {to} », reporté aussi',
  '“{from}” stays aligned to “{to}” in {cycle}':
    '« {from} » reste aligné sur « {to} » dans {cycle}',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}':
    '« {from} » perd son alignement sur « {to} », qui reste dans {cycle}',
  '“{from}” loses its alignment to an objective no longer found':
    '« {from} » perd son alignement sur un objectif introuvable',
  '“{from}” still rolls up from “{to}”, carried too':
    '« {from} » agrège toujours « {to} », reporté aussi',
  '“{from}” still rolls up from “{to}” in {cycle}':
    '« {from} » agrège toujours « {to} » dans {cycle}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}':
    '« {from} » n’agrège plus « {to} », qui reste dans {cycle}',
  '“{from}” no longer rolls up from an item no longer found':
    '« {from} » n’agrège plus un élément introuvable',
  '{count} open {count|initiative comes|initiatives come} along with {count|its key result|their key results}.':
    '{count} {count|initiative en cours est reportée|initiatives en cours sont reportées} avec {count|son résultat clé|leurs résultats clés}.',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, a closed cycle':
    '« {from} » perd son alignement sur « {to} », qui reste dans {cycle}, un cycle clôturé',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends':
    '« {from} » perd son alignement sur « {to} », qui reste dans {cycle}, lequel se termine le {end:day}, avant la fin de {next}',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts':
    '« {from} » perd son alignement sur « {to} », qui reste dans {cycle}, lequel commence le {start:day}, après le début de {next}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, a closed cycle':
    '« {from} » n’agrège plus « {to} », qui reste dans {cycle}, un cycle clôturé',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends':
    '« {from} » n’agrège plus « {to} », qui reste dans {cycle}, lequel se termine le {end:day}, avant la fin de {next}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts':
    '« {from} » n’agrège plus « {to} », qui reste dans {cycle}, lequel commence le {start:day}, après le début de {next}',
  // Cycle review
  'No committed objective was scored when this cycle closed':
    'Aucun objectif engagé n’a été noté à la clôture de ce cycle',
  'No committed objective is scored yet: scores come when the cycle closes':
    'Aucun objectif engagé n’est encore noté : les notes arrivent à la clôture du cycle',
  '{hit} of {count} {count|scored committed objective|scored committed objectives} reached a score of {top}':
    '{hit} {count|objectif engagé noté|objectifs engagés notés} sur {count} {hit|a atteint|ont atteint} la note de {top}',
  'Does not apply: this cycle was imported, and its check-ins show no regular rhythm to judge them by':
    'Sans objet : ce cycle a été importé, et ses check‑ins ne montrent aucun rythme régulier permettant de les évaluer',
  '{onTime} of {count} {count|check-in|check-ins} due came on time':
    '{onTime} {count|check‑in attendu|check‑ins attendus} sur {count} {onTime|est arrivé|sont arrivés} à temps',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the weekly rhythm its imported check-ins show':
    '{onTime} {count|check‑in attendu|check‑ins attendus} sur {count} {onTime|est arrivé|sont arrivés} à temps, selon le rythme hebdomadaire que montrent ses check‑ins importés',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the fortnightly rhythm its imported check-ins show':
    '{onTime} {count|check‑in attendu|check‑ins attendus} sur {count} {onTime|est arrivé|sont arrivés} à temps, selon le rythme (toutes les deux semaines) que montrent ses check‑ins importés',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the monthly rhythm its imported check-ins show':
    '{onTime} {count|check‑in attendu|check‑ins attendus} sur {count} {onTime|est arrivé|sont arrivés} à temps, selon le rythme mensuel que montrent ses check‑ins importés',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the rhythm of every {days} days its imported check-ins show':
    '{onTime} {count|check‑in attendu|check‑ins attendus} sur {count} {onTime|est arrivé|sont arrivés} à temps, selon le rythme de tous les {days} jours que montrent ses check‑ins importés',
  'Key results per score band': 'Résultats clés par tranche de note',
  '{from} to under {to}': '{from} à moins de {to}',
  '{from} to {to}': '{from} à {to}',
  'No cycle to review yet': 'Aucun cycle à analyser pour l’instant',
  'A cycle shows here once it has started.': 'Un cycle apparaît ici une fois qu’il a commencé.',
  'The whole organisation': 'Toute l’organisation',
  'Working out the review': 'Préparation du bilan',
  'No key results to review in {cycle}': 'Aucun résultat clé à analyser dans {cycle}',
  '{team} has no key results in this cycle. Choose another team, or the whole organisation.':
    '{team} n’a aucun résultat clé dans ce cycle. Choisissez une autre équipe, ou toute l’organisation.',
  'The review shows check-ins, confidence and scores once the cycle holds key results.':
    'Le bilan montre les check‑ins, la confiance et les notes dès que le cycle contient des résultats clés.',
  'Check-ins on time': 'Check‑ins à temps',
  'Committed OKRs met': 'OKR engagés atteints',
  'Average confidence over time': 'Confiance moyenne au fil du temps',
  'The first check-in day is still ahead.': 'Le premier jour de check‑in est encore à venir.',
  'No key result has been given a confidence at a check-in yet.':
    'Aucun résultat clé n’a encore reçu de confiance lors d’un check‑in.',
  'Score distribution': 'Répartition des notes',
  'Key result scores': 'Notes des résultats clés',
  'No key result was scored when this cycle closed.':
    'Aucun résultat clé n’a été noté à la clôture de ce cycle.',
  'No key result is scored yet: scores come when the cycle closes.':
    'Aucun résultat clé n’est encore noté : les notes arrivent à la clôture du cycle.',
  '{day:day}: {average} of {max}': '{day:day} : {average} sur {max}',
  'Average confidence {point}.': 'Confiance moyenne {point}.',
  'Average confidence from {earliest} to {latest}, over {count} {count|check-in day|check-in days}.':
    'Confiance moyenne de {earliest} à {latest}, sur {count} {count|jour de check‑in|jours de check‑in}.',
  'No confidence given yet.': 'Aucune confiance indiquée pour l’instant.',
  'Average confidence of the key results, from 0 to {max}, at each check-in day':
    'Confiance moyenne des résultats clés, de 0 à {max}, à chaque jour de check‑in',
  'Confidence table': 'Tableau de la confiance',
  'Average confidence per check-in day': 'Confiance moyenne par jour de check‑in',
  'Average confidence': 'Confiance moyenne',
  'None given yet': 'Aucune indiquée pour l’instant',
};
