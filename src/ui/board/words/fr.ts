import { kindWordsFor } from '../../../core/kind-words';
import { sayIssue } from '../../../core/issue-words';
import { statusWordsFor } from '../../../core/status-words';
import type { LocaleWords } from '../locale-words';
import { meeting } from './meeting-fr';
import { states } from './states-fr';
import { coach } from './coach-fr';
import { config } from './config-fr';
import { programme } from './programme-fr';
import { editors } from './editors-fr';

/**
 * The board in French, as Microsoft 365 writes French: « vous », « objectif », « résultat clé »
 * and « check-in », as the add-in's words and the core's messages have them, and as Viva Goals'
 * French training names them (« Objectif », « Résultat clé »):
 * https://learn.microsoft.com/fr-fr/training/modules/viva-goals-create-track-close-okrs/how-to-enter-okrs
 */
export const words: LocaleWords = {
  language: 'fr',
  board: {
    // Every page of the tab
    'Try again': 'Réessayer',
    'Why we use OKRs': 'Pourquoi nous utilisons les OKR',
    // The board and its states
    'Loading the OKR board': 'Chargement du tableau OKR',
    'Objectives and key results': 'Objectifs et résultats clés',
    'My OKRs': 'Mes OKR',
    'All OKRs': 'Tous les OKR',
    'OKR board': 'Tableau OKR',
    '{board}, {cycle}': '{board}, {cycle}',
    'New objective': 'Nouvel objectif',
    'No OKR cycle is running': 'Aucun cycle OKR en cours',
    'When your organisation starts a cycle (a quarter, say), its OKRs show up here.':
      'Quand votre organisation démarre un cycle (un trimestre, par exemple), ses OKR s’affichent ici.',
    'Create the first cycle in the Programme, or bring in the OKRs you already have from Viva Goals or a spreadsheet.':
      'Créez le premier cycle dans le Programme, ou importez les OKR que vous avez déjà dans Viva Goals ou un tableur.',
    'Create a cycle': 'Créer un cycle',
    'Import OKRs': 'Importer des OKR',
    'Nothing matches': 'Aucun résultat',
    'No objective or key result on this board matches the search and filters.':
      'Aucun objectif ni résultat clé de ce tableau ne correspond à la recherche et aux filtres.',
    'Clear filters': 'Effacer les filtres',
    'No objectives': 'Aucun objectif',
    'This cycle is closed.': 'Ce cycle est clôturé.',
    'No objectives yet': 'Pas encore d’objectif',
    'Start with one objective: where do you want to be at the end of the cycle, and why does it matter?':
      'Commencez par un objectif : où voulez-vous être à la fin du cycle, et pourquoi est-ce important ?',
    'Create the first objective': 'Créer le premier objectif',
    '{count} {count|objective|objectives}': '{count} {count|objectif|objectifs}',
    // Objective cards and key result rows
    Aspirational: 'Ambitieux',
    Committed: 'Engagé',
    Draft: 'Brouillon',
    'Aligns to {title}': 'Aligné sur {title}',
    'Aligns to {title} ({cycle})': 'Aligné sur {title} ({cycle})',
    '{count} {count|key result|key results}': '{count} {count|résultat clé|résultats clés}',
    'Key results of {title}': 'Résultats clés de {title}',
    'Show the key results': 'Afficher les résultats clés',
    'Hide the key results': 'Masquer les résultats clés',
    'Add a key result': 'Ajouter un résultat clé',
    'Add a key result to {title}': 'Ajouter un résultat clé à {title}',
    'Edit the objective': 'Modifier l’objectif',
    'No key results yet: how will you know this objective is met?':
      'Pas encore de résultat clé : comment saurez-vous que cet objectif est atteint ?',
    'Set the status': 'Définir le statut',
    'Set the status of {title}': 'Définir le statut de {title}',
    'Copy link': 'Copier le lien',
    'Copy a link to {title}': 'Copier un lien vers {title}',
    'Edit {title}': 'Modifier {title}',
    'no owner': 'sans responsable',
    'needs a check-in': 'check‑in attendu',
    'Check-ins open on {day}': 'Check‑ins ouverts à partir du {day}',
    'Rolled up: check in on its sources': 'Agrégé : faites le check‑in sur ses sources',
    'Check in': 'Faire le check‑in',
    'Check in on {title}': 'Faire le check‑in de {title}',
    History: 'Historique',
    'History of {title}': 'Historique de {title}',
    'Nudge owner': 'Relancer le responsable',
    'Nudge {owner} to check in on {title}': 'Relancer {owner} pour le check‑in de {title}',
    'the owner': 'le responsable',
    Edit: 'Modifier',
    '{title}: {percent} progress': '{title} : progression de {percent}',
    'No confidence given yet': 'Aucune confiance indiquée pour l’instant',
    'Confidence {confidence} of {max}': 'Confiance {confidence} sur {max}',
    'Confidence {confidence} of {max}, {trend}': 'Confiance {confidence} sur {max}, {trend}',
    '{status} (set by {name}: {reason})': '{status} (défini par {name} : {reason})',
    '{status} · set by hand': '{status} · défini manuellement',
    'Show more': 'Afficher plus',
    'Show less': 'Afficher moins',
    'Show more of the details of {title}': 'Afficher plus de détails sur {title}',
    'Show less of the details of {title}': 'Afficher moins de détails sur {title}',
    Overdue: 'Échéance dépassée',
    'Initiatives of {title}': 'Initiatives de {title}',
    'due {date}': 'échéance le {date}',
    'Show fewer initiatives': 'Afficher moins d’initiatives',
    'Show all {count} initiatives': 'Afficher les {count} initiatives',
    'Show all {count} initiatives ({overdue} more overdue)':
      'Afficher les {count} initiatives (dont {overdue} en retard)',
    // My OKRs and its header
    Programme: 'Programme',
    'Your objectives and key results this cycle, across teams':
      'Vos objectifs et résultats clés de ce cycle, toutes équipes confondues',
    'You own no OKRs in this cycle': 'Vous n’êtes responsable d’aucun OKR dans ce cycle',
    'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are in the app’s All OKRs tab.':
      'Les objectifs et résultats clés dont vous êtes responsable, dans n’importe quelle équipe, s’affichent ici pour que vous puissiez faire le check‑in en quelques secondes. Les OKR de toutes les équipes se trouvent dans l’onglet « Tous les OKR » de l’application.',
    'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are on the All OKRs board.':
      'Les objectifs et résultats clés dont vous êtes responsable, dans n’importe quelle équipe, s’affichent ici pour que vous puissiez faire le check‑in en quelques secondes. Les OKR de toutes les équipes se trouvent sur le tableau « Tous les OKR ».',
    'Open All OKRs': 'Ouvrir tous les OKR',
    'Reminders…': 'Rappels…',
    'Reminders on': 'Rappels activés',
    'Reminders off': 'Rappels désactivés',
    'Reminders snoozed until {date}': 'Rappels en pause jusqu’au {date}',
    // Links to the board
    'the objective “{title}”': 'l’objectif « {title} »',
    'the key result “{title}” of “{objective}”': 'le résultat clé « {title} » de « {objective} »',
    'Link to the objective “{title}”': 'Lien vers l’objectif « {title} »',
    'Link to the key result “{title}”': 'Lien vers le résultat clé « {title} »',
    'Link to this view of the board': 'Lien vers cette vue du tableau',
    'Opened: {what}.': 'Ouvert : {what}.',
    'Opened from a link: {what}.': 'Ouvert depuis un lien : {what}.',
    'Back to My OKRs': 'Revenir à Mes OKR',
    'Back to this tab’s board': 'Revenir au tableau de cet onglet',
    // The cycle switcher
    Cycle: 'Cycle',
    Planning: 'En planification',
    Active: 'Actif',
    Closed: 'Clôturé',
    Upcoming: 'À venir',
    '{state} · starts {day}': '{state} · commence le {day}',
    'ended early': 'terminé plus tôt',
    'ended {count} {count|day|days} ago': 'terminé il y a {count} {count|jour|jours}',
    'starts in {count} {count|day|days}': 'commence dans {count} {count|jour|jours}',
    '{count} {count|day|days} left': '{count} {count|jour restant|jours restants}',
    'ends today': 'se termine aujourd’hui',
    today: 'aujourd’hui',
    tomorrow: 'demain',
    'in {count} {count|day|days}': 'dans {count} {count|jour|jours}',
    'next: {ritual} {when}': 'prochaine étape : {ritual} {when}',
    // A board with no objectives whose teams have OKRs in other cycles
    'No objectives in {cycle}': 'Aucun objectif dans {cycle}',
    '{team}’s OKRs are in {cycles}.': 'Les OKR de {team} sont dans {cycles}.',
    '{team}’ OKRs are in {cycles}.': 'Les OKR de {team} sont dans {cycles}.',
    'These teams’ OKRs are in {cycles}.': 'Les OKR de ces équipes sont dans {cycles}.',
    'The OKRs are in {cycles}.': 'Les OKR sont dans {cycles}.',
    '{cycle} ({state})': '{cycle} ({state})',
    '{first} and {last}': '{first} et {last}',
    'Show {cycle}': 'Afficher {cycle}',
    // A closed cycle's board: final scores and learnings
    'Closed · not scored': 'Clôturé · non noté',
    'Closed · {score}': 'Clôturé · {score}',
    'Show why {title} closed at {score}': 'Afficher pourquoi {title} a été clôturé à {score}',
    'Hide why {title} closed at {score}': 'Masquer pourquoi {title} a été clôturé à {score}',
    'Final score {score}.': 'Note finale {score}.',
    'Why:': 'Pourquoi :',
    '{cycle} is closed: scores are final': '{cycle} est clôturé : les notes sont définitives',
    Learnings: 'Enseignements',
    'Learnings of {cycle}': 'Enseignements de {cycle}',
    'No learnings were written for these objectives when the cycle closed. They are written in the retrospective, in Programme › Close a cycle.':
      'Aucun enseignement n’a été écrit pour ces objectifs à la clôture du cycle. Ils s’écrivent lors de la rétrospective, dans « Programme › Clôturer un cycle ».',
    // Toasts and notices of what was done on the board
    '{link} copied': '{link} copié',
    'The {format} export failed': 'L’export {format} a échoué',
    'Try the CSV export instead.': 'Essayez plutôt l’export CSV.',
    'Check the connection and try again.': 'Vérifiez la connexion, puis réessayez.',
    'Nothing to export': 'Rien à exporter',
    'No objective or key result matches the search and filters. Clear them to export the whole board.':
      'Aucun objectif ni résultat clé ne correspond à la recherche et aux filtres. Effacez-les pour exporter tout le tableau.',
    'Status of {title} set by hand: {reason}.': 'Statut de {title} défini manuellement : {reason}.',
    'Status of {title} follows the pace again.': 'Le statut de {title} suit de nouveau le rythme.',
    'Objective deleted.': 'Objectif supprimé.',
    'Objective deleted, with {count} {count|key result|key results}.':
      'Objectif supprimé, avec {count} {count|résultat clé|résultats clés}.',
    'Key result deleted.': 'Résultat clé supprimé.',
    '{count} {count|key result|key results} deleted.':
      '{count} {count|résultat clé supprimé|résultats clés supprimés}.',
    'Objective saved: {title}.': 'Objectif enregistré : {title}.',
    'Objective created: {title}.': 'Objectif créé : {title}.',
    'Objective saved: {title}. It now belongs to {team}, a team this tab does not show.':
      'Objectif enregistré : {title}. Il appartient maintenant à {team}, une équipe que cet onglet n’affiche pas.',
    'Objective created: {title}. It now belongs to {team}, a team this tab does not show.':
      'Objectif créé : {title}. Il appartient maintenant à {team}, une équipe que cet onglet n’affiche pas.',
    'Key result saved: {title}.': 'Résultat clé enregistré : {title}.',
    'Key result created: {title}.': 'Résultat clé créé : {title}.',
    '“{initiative}” is now an initiative under “{under}”.':
      '« {initiative} » est maintenant une initiative sous « {under} ».',
    'Nudge sent to {owner}': 'Relance envoyée à {owner}',
    'They were asked to check in on “{title}”.': 'Un check‑in de « {title} » a été demandé.',
    '{owner} was already nudged today': '{owner} a déjà été relancé aujourd’hui',
    'A nudge about “{title}” went out at {time}; one a day is enough.':
      'Une relance sur « {title} » est partie à {time} ; une par jour suffit.',
    'The nudge to {owner} was not sent': 'La relance à {owner} n’a pas été envoyée',
    'Reminders snoozed for {count} {count|day|days}.':
      'Rappels en pause pour {count} {count|jour|jours}.',
    'Check-in reminders are on.': 'Les rappels de check‑in sont activés.',
    'Check-in reminders are off. Turn them on again here any time.':
      'Les rappels de check‑in sont désactivés. Vous pouvez les réactiver ici à tout moment.',
    'Your reminder settings were not saved. {why}':
      'Vos paramètres de rappel n’ont pas été enregistrés. {why}',
    // The tab's views, and the board's toolbar and its menus
    'Every team’s objectives and key results':
      'Les objectifs et résultats clés de toutes les équipes',
    Views: 'Vues',
    Board: 'Tableau',
    'Key results': 'Résultats clés',
    Alignment: 'Alignement',
    'Coach view': 'Vue coach',
    '{count} more {count|view|views}': '{count} {count|autre vue|autres vues}',
    'Loading the view': 'Chargement de la vue',
    'Find and shape the board': 'Rechercher et organiser le tableau',
    Search: 'Rechercher',
    'Search objectives, key results and owners':
      'Rechercher des objectifs, des résultats clés et des responsables',
    'Clear the search': 'Effacer la recherche',
    Filters: 'Filtres',
    'Filters ({count})': 'Filtres ({count})',
    'Filters, {count} on': 'Filtres actifs : {count}',
    'Needs a check-in': 'Check‑in attendu',
    Sort: 'Trier',
    'Sort: {order}': 'Trier : {order}',
    Export: 'Exporter',
    'Expand all objectives': 'Développer tous les objectifs',
    'Collapse all objectives': 'Réduire tous les objectifs',
    'Copy a link to this view': 'Copier un lien vers cette vue',
    'More actions': 'Autres actions',
    'Loading check-in history…': 'Chargement de l’historique des check‑ins…',
    'Showing {shown} of {count} key results': 'Résultats clés affichés : {shown} sur {count}',
    'Low confidence': 'Confiance faible',
    'Medium confidence': 'Confiance moyenne',
    'High confidence': 'Confiance élevée',
    Owner: 'Responsable',
    'No owner': 'Sans responsable',
    'Over {percent}': 'Plus de {percent}',
    'No check-in yet': 'Pas encore de check‑in',
    'Find an owner': 'Rechercher un responsable',
    'No owner on this board matches “{text}”.':
      'Aucun responsable de ce tableau ne correspond à « {text} ».',
    Team: 'Équipe',
    'Excel workbook (.xlsx)': 'Classeur Excel (.xlsx)',
    CSV: 'CSV',
    'The {shown} of {count} key results shown': 'Les résultats clés affichés ({shown} sur {count})',
    // The orders of the board and the Key results list
    'Sort by': 'Trier par',
    Order: 'Ordre',
    Ascending: 'Croissant',
    Descending: 'Décroissant',
    '{direction} ({which})': '{direction} ({which})',
    '{sort}, {direction}': '{sort}, {direction}',
    'Board order': 'Ordre du tableau',
    Progress: 'Progression',
    'Last check-in': 'Dernier check‑in',
    'as on the board': 'comme sur le tableau',
    reversed: 'inversé',
    'lowest first': 'du plus bas au plus haut',
    'highest first': 'du plus haut au plus bas',
    'off track first': '« En retard » d’abord',
    'achieved first': '« Atteint » d’abord',
    'oldest first': 'du plus ancien au plus récent',
    'newest first': 'du plus récent au plus ancien',
    'A to Z': 'de A à Z',
    'Z to A': 'de Z à A',
    // The Key results list
    'Loading the key results': 'Chargement des résultats clés',
    'Key result': 'Résultat clé',
    Actions: 'Actions',
    'Objective: {title}': 'Objectif : {title}',
    Never: 'Jamais',
    'Rolled up': 'Agrégé',
    'Its progress comes from its sources: check in on them.':
      'Sa progression vient de ses sources : faites le check‑in sur celles-ci.',
    'Sorted by {order}. {count} {count|key result|key results}.':
      'Trié par {order}. {count} {count|résultat clé|résultats clés}.',
    'No key result matches': 'Aucun résultat clé ne correspond',
    'No key result on this board matches the search and filters.':
      'Aucun résultat clé de ce tableau ne correspond à la recherche et aux filtres.',
    'No key results yet': 'Pas encore de résultat clé',
    'The objectives on this board have no key results yet. Add them on the Board.':
      'Les objectifs de ce tableau n’ont pas encore de résultat clé. Ajoutez-les dans la vue Tableau.',
    // The Alignment view, and what the Alignment and Coach views say while they load
    'Loading the alignment across teams': 'Chargement de l’alignement entre les équipes',
    'Loading the coach view': 'Chargement de la vue coach',
    'Start a cycle to see this view.': 'Démarrez un cycle pour voir cette vue.',
    'Nothing to align yet': 'Rien à aligner pour l’instant',
    "Once teams write objectives for this cycle, you see here how they connect to the company's.":
      'Dès que les équipes rédigent des objectifs pour ce cycle, vous voyez ici comment ils se rattachent à ceux de l’entreprise.',
    'Search objectives by title, owner or team':
      'Rechercher des objectifs par titre, responsable ou équipe',
    'Search objectives': 'Rechercher des objectifs',
    '{count} {count|objective matches|objectives match} “{query}”':
      '{count} {count|objectif correspond|objectifs correspondent} à « {query} »',
    'No objective matches': 'Aucun objectif ne correspond',
    'No objective of this cycle has “{query}” in its title, its owner’s name or its team’s.':
      'Aucun objectif de ce cycle ne contient « {query} » dans son titre, le nom de son responsable ou celui de son équipe.',
    'In {cycle}': 'Dans {cycle}',
    'These objectives align to each other in a circle: {loop}.':
      'Ces objectifs sont alignés les uns sur les autres en boucle : {loop}.',
    'Alignment of objectives across teams': 'Alignement des objectifs entre les équipes',
    'aligns to {objectives}': 'aligné sur {objectives}',
    'an objective of another cycle': 'un objectif d’un autre cycle',
    'Unknown team': 'Équipe inconnue',
    // Names the core gives: the coaching plan's rituals, a confidence trend
    'planning week': 'semaine de planification',
    'check-in': 'check‑in',
    'mid-cycle review': 'revue de mi-cycle',
    'close and score': 'clôture et notation',
    retrospective: 'rétrospective',
    rising: 'en hausse',
    steady: 'stable',
    falling: 'en baisse',
  },
  dialogs: {
    // Every dialog
    Cancel: 'Annuler',
    Close: 'Fermer',
    Done: 'Terminé',
    'Saving…': 'Enregistrement…',
    'Retrying…': 'Nouvelle tentative…',
    Dismiss: 'Ignorer',
    '{length} of {max} characters': '{length} sur {max} caractères',
    // Check in
    'Check in: {title}': 'Check‑in : {title}',
    'Someone checked in on this key result since you opened it: it is now {value}. Nothing was saved.':
      'Quelqu’un a fait un check‑in sur ce résultat clé depuis que vous l’avez ouvert : il est maintenant à {value}. Rien n’a été enregistré.',
    'Someone checked in on this key result since you opened it: it is now {value} with confidence {confidence}. Nothing was saved.':
      'Quelqu’un a fait un check‑in sur ce résultat clé depuis que vous l’avez ouvert : il est maintenant à {value} avec une confiance de {confidence}. Rien n’a été enregistré.',
    'Check in on the latest': 'Faire le check‑in sur la dernière valeur',
    'Yes, this value is right': 'Oui, cette valeur est juste',
    'How sure are you that the target will be met?':
      'À quel point êtes-vous sûr que la cible sera atteinte ?',
    Note: 'Note',
    'Note (optional)': 'Note (facultative)',
    'What changed? What will you do next?': 'Qu’est-ce qui a changé ? Que ferez-vous ensuite ?',
    'Save check-in': 'Enregistrer le check‑in',
    'Check-in date': 'Date du check‑in',
    'Choose a day from {start} to today ({today}).':
      'Choisissez un jour du {start} à aujourd’hui ({today}).',
    'Choose a day from {start} to {end}.': 'Choisissez un jour du {start} au {end}.',
    'the check-in': 'du check‑in',
    // A check-in's value and confidence
    'New value': 'Nouvelle valeur',
    Value: 'Valeur',
    '{label} ({unit})': '{label} ({unit})',
    'Is it done?': 'Est-ce fait ?',
    'Which step is complete?': 'Quelle étape est terminée ?',
    'None yet': 'Aucune pour l’instant',
    'Confidence ({min} to {max})': 'Confiance (de {min} à {max})',
    '{value} of {max}': '{value} sur {max}',
    // Correct or delete a check-in
    'Edit check-in: {title}': 'Modifier le check‑in : {title}',
    'Delete check-in: {title}': 'Supprimer le check‑in : {title}',
    '{value}, checked in {when}': '{value}, check‑in {when}',
    '{time} by {name}': 'le {time} par {name}',
    someone: 'quelqu’un',
    'The check-in leaves the record and the key result goes back to its latest remaining check-in. It stays in the list’s version history with your reason.':
      'Le check‑in quitte l’historique et le résultat clé revient à son dernier check‑in restant. Il reste dans l’historique des versions de la liste, avec votre raison.',
    'Why correct it?': 'Pourquoi le corriger ?',
    'Why delete it?': 'Pourquoi le supprimer ?',
    'Typed 900 for 90': '900 saisi au lieu de 90',
    'Entered on the wrong key result': 'Saisi sur le mauvais résultat clé',
    'Save correction': 'Enregistrer la correction',
    'Delete check-in': 'Supprimer le check‑in',
    // Toasts of the dialogs
    'Check-in saved: {title}. Its check-in of {day} is later and stays the latest, so it is still at {value}.':
      'Check‑in enregistré : {title}. Son check‑in du {day} est plus récent et reste le dernier : il est toujours à {value}.',
    'Check-in saved: {title} is now {value}.':
      'Check‑in enregistré : {title} est maintenant à {value}.',
    'Check-in for {day} saved: {title} is now {value}.':
      'Check‑in du {day} enregistré : {title} est maintenant à {value}.',
    'Check-in for {day} saved: {title}. Its check-in of {later} is later and stays the latest, so it is still at {value}.':
      'Check‑in du {day} enregistré : {title}. Son check‑in du {later} est plus récent et reste le dernier : il est toujours à {value}.',
    'Check-in corrected: {title} is now {value}.':
      'Check‑in corrigé : {title} est maintenant à {value}.',
    'Check-in deleted: {title} is now {value}.':
      'Check‑in supprimé : {title} est maintenant à {value}.',
    'Check-in undone: {title} is back at {value}.':
      'Check‑in annulé : {title} est revenu à {value}.',
    'The check-in was not undone': 'Le check‑in n’a pas été annulé',
    Undo: 'Annuler',
    'Press Ctrl+M to reach Undo.': 'Appuyez sur Ctrl+M pour atteindre « Annuler ».',
    'Exported {what} to {file}': 'Export de {what} dans {file}',
    'Exported {keyResults} and {objectives} to {file}':
      'Export de {keyResults} et de {objectives} dans {file}',
    '{count} {count|objective|objectives} without key results':
      '{count} {count|objectif sans résultat clé|objectifs sans résultat clé}',
    // A key result's history
    'History: {title}': 'Historique : {title}',
    'Loading the check-in history': 'Chargement de l’historique des check‑ins',
    'No check-ins yet: the history starts with the first one.':
      'Pas encore de check‑in : l’historique commence avec le premier.',
    'No check-ins yet.': 'Pas encore de check‑in.',
    '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest}.':
      '{count} {count|check‑in|check‑ins}. De {start} vers {target} ; dernier : {latest}.',
    '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest} with confidence {confidence} of {max}.':
      '{count} {count|check‑in|check‑ins}. De {start} vers {target} ; dernier : {latest}, avec une confiance de {confidence} sur {max}.',
    '{date}: {value}': '{date} : {value}',
    ', confidence {confidence} of {max}': ', confiance {confidence} sur {max}',
    ', by {name}': ', par {name}',
    'Value (left scale)': 'Valeur (échelle de gauche)',
    'Value in {unit} (left scale)': 'Valeur en {unit} (échelle de gauche)',
    'Confidence (right scale)': 'Confiance (échelle de droite)',
    Target: 'Cible',
    'Check-ins table': 'Tableau des check‑ins',
    'Check-ins of {title}, newest first': 'Check‑ins de {title}, du plus récent au plus ancien',
    Date: 'Date',
    Confidence: 'Confiance',
    Status: 'Statut',
    By: 'Par',
    From: 'Source',
    Correct: 'Corriger',
    Unknown: 'Inconnu',
    'Corrected by {name}: {reason}': 'Corrigé par {name} : {reason}',
    'Edit the check-in of {date}': 'Modifier le check‑in du {date}',
    'Delete the check-in of {date}': 'Supprimer le check‑in du {date}',
    Teams: 'Teams',
    Excel: 'Excel',
    Meeting: 'Réunion',
    'Viva Goals': 'Viva Goals',
    'Imported file': 'Fichier importé',
    // Set the status
    'Set the status: {title}': 'Définir le statut : {title}',
    'From the pace, it is {status}.': 'D’après le rythme, il est {status}.',
    'When you know better (a risk the numbers do not show yet), set the status and say why: your name and the date go with it, and it stays until it is cleared.':
      'Quand vous en savez plus (un risque que les chiffres ne montrent pas encore), définissez le statut et dites pourquoi : votre nom et la date l’accompagnent, et il reste jusqu’à ce qu’il soit effacé.',
    'Set now: {status}': 'Défini actuellement : {status}',
    Why: 'Pourquoi',
    'What the team knows that the numbers do not show.':
      'Ce que l’équipe sait et que les chiffres ne montrent pas.',
    'Set status': 'Définir le statut',
    'Clear the override': 'Effacer le statut forcé',
    'None: the status follows the pace': 'Aucun : le statut suit le rythme',
    'the status of “{title}”': 'le statut de « {title} »',
    Title: 'Titre',
    'Status override': 'Statut forcé',
    // Someone saved first
    '{who} changed {what}': '{who} a modifié {what}',
    'Someone else': 'Quelqu’un d’autre',
    '{who} saved {fields} while you were editing. Nothing of yours is lost yet: choose which version to keep.':
      '{who} a enregistré {fields} pendant que vous modifiiez. Rien de ce que vous avez fait n’est encore perdu : choisissez la version à garder.',
    '{who} saved {fields} at {time} while you were editing. Nothing of yours is lost yet: choose which version to keep.':
      '{who} a enregistré {fields} à {time} pendant que vous modifiiez. Rien de ce que vous avez fait n’est encore perdu : choisissez la version à garder.',
    it: 'l’élément',
    'Your version and theirs': 'Votre version et l’autre',
    Field: 'Champ',
    Yours: 'Votre version',
    Theirs: 'L’autre version',
    '{who}’s': 'Version de {who}',
    'Keep mine': 'Garder la mienne',
    'Take theirs': 'Prendre l’autre',
    // Discard changes
    'Discard your changes?': 'Abandonner vos modifications ?',
    'Your changes to {what} are not saved.': 'Vos modifications {what} ne sont pas enregistrées.',
    'Keep editing': 'Continuer la modification',
    'Discard changes': 'Abandonner les modifications',
    // Delete an objective or key result
    'Finding what goes with it…': 'Recherche de ce qui en dépend…',
    '1 objective aligns to it:': '1 objectif y est aligné :',
    '{count} objectives align to it:': '{count} objectifs y sont alignés :',
    'Align them to another objective (or to none) first; then this one can be deleted.':
      'Alignez-les d’abord sur un autre objectif (ou sur aucun) ; celui-ci pourra ensuite être supprimé.',
    'Someone else changed “{title}” since you loaded it, so nothing more was deleted. Delete their version anyway, or cancel to keep it.':
      'Quelqu’un d’autre a modifié « {title} » depuis que vous l’avez chargé : rien de plus n’a été supprimé. Supprimez tout de même sa version, ou annulez pour la garder.',
    'The key result “{title}” will be deleted. Its past check-ins stay in the store’s history but no longer show anywhere. This cannot be undone in the app.':
      'Le résultat clé « {title} » sera supprimé. Ses check‑ins passés restent dans l’historique du stockage mais ne s’affichent plus nulle part. Cette action ne peut pas être annulée dans l’application.',
    'The objective “{title}” will be deleted. It has no key results.':
      'L’objectif « {title} » sera supprimé. Il n’a pas de résultat clé.',
    'The objective “{title}” will be deleted, with its key result (deleted first):':
      'L’objectif « {title} » sera supprimé, avec son résultat clé (supprimé en premier) :',
    'The objective “{title}” will be deleted, with its {count} key results (deleted first):':
      'L’objectif « {title} » sera supprimé, avec ses {count} résultats clés (supprimés en premier) :',
    'Past check-ins stay in the store’s history but no longer show. This cannot be undone in the app.':
      'Les check‑ins passés restent dans l’historique du stockage mais ne s’affichent plus. Cette action ne peut pas être annulée dans l’application.',
    'Delete the key result?': 'Supprimer le résultat clé ?',
    'Delete the objective?': 'Supprimer l’objectif ?',
    'This objective cannot be deleted yet': 'Cet objectif ne peut pas encore être supprimé',
    'Delete key result': 'Supprimer le résultat clé',
    'Delete objective': 'Supprimer l’objectif',
    'Delete objective and {count} {count|key result|key results}':
      'Supprimer l’objectif et {count} {count|résultat clé|résultats clés}',
    'Deleting…': 'Suppression…',
    'Delete anyway': 'Supprimer quand même',
    '{count} {count|key result was|key results were} added to the objective meanwhile, so it was not deleted. Delete the objective with {count} {count|key result|key results} now?':
      '{count} {count|résultat clé a été ajouté|résultats clés ont été ajoutés} à l’objectif entre-temps : il n’a donc pas été supprimé. Supprimer maintenant l’objectif avec {count} {count|résultat clé|résultats clés} ?',
    // Copy a link by hand
    'Copy the link': 'Copier le lien',
    'This app may not use the clipboard here: the link is selected, copy it with Ctrl+C (⌘C on a Mac).':
      'Cette application ne peut pas utiliser le Presse-papiers ici : le lien est sélectionné, copiez-le avec Ctrl+C (⌘C sur un Mac).',
    // Where a link led
    'Finding the linked objective or key result…':
      'Recherche de l’objectif ou du résultat clé lié…',
    'Opened from a link': 'Ouvert depuis un lien',
    '{what} is on the board of {where}, shown here.':
      '{what} se trouve sur le tableau de {where}, affiché ici.',
    '{team}, {cycle}': '{team}, {cycle}',
    'Another team': 'Une autre équipe',
    'The link leads nowhere': 'Le lien ne mène nulle part',
    'No board holds the objective it points to: it was deleted, or it is on a site you cannot see.':
      'Aucun tableau ne contient l’objectif vers lequel il pointe : il a été supprimé, ou il se trouve sur un site que vous ne pouvez pas voir.',
    'No board holds the key result it points to: it was deleted, or it is on a site you cannot see.':
      'Aucun tableau ne contient le résultat clé vers lequel il pointe : il a été supprimé, ou il se trouve sur un site que vous ne pouvez pas voir.',
    'The objective “{title}”': 'L’objectif « {title} »',
    'The key result “{title}” of “{objective}”': 'Le résultat clé « {title} » de « {objective} »',
    // The reminders' menu
    'Turn reminders on': 'Activer les rappels',
    'Snooze for a week': 'Suspendre pendant une semaine',
    'Turn reminders off': 'Désactiver les rappels',
    // The organisation's story, in its drawer (Why we use OKRs)
    'Close the story': 'Fermer le récit',
    'The organisation has not written its story yet.':
      'Votre organisation n’a pas encore écrit son récit.',
    'The organisation has not written its story yet. Use Edit to tell people why you use OKRs.':
      'Votre organisation n’a pas encore écrit son récit. Utilisez « Modifier » pour expliquer pourquoi vous utilisez les OKR.',
    'The story, in plain text (# for headings, - for bullets)':
      'Le récit, en texte brut (# pour les titres, - pour les puces)',
    'Save the story': 'Enregistrer le récit',
    'The story is saved.': 'Le récit est enregistré.',
    // A date field's calendar
    'Calendar for {field}': 'Calendrier pour {field}',
    'Go to today': 'Aller à aujourd’hui',
    'Previous month': 'Mois précédent',
    'Next month': 'Mois suivant',
    'Previous year': 'Année précédente',
    'Next year': 'Année suivante',
    'Earlier years': 'Années précédentes',
    'Later years': 'Années suivantes',
    'Chosen: {day}': 'Choisi : {day}',
    'Today: {day}': 'Aujourd’hui : {day}',
    '{year}, choose another year': '{year}, choisir une autre année',
    '{month}, choose another month': '{month}, choisir un autre mois',
  },
  editors,
  initiativeStatuses: {
    notStarted: 'Non commencée',
    inProgress: 'En cours',
    done: 'Terminée',
    dropped: 'Abandonnée',
  },
  measure: {
    done: kindWordsFor('fr').done,
    notDone: kindWordsFor('fr').notDone,
    notDoneYet: 'Pas encore fait',
    ofTarget: '{value} sur {target}',
    step: 'Étape {value} sur {target}',
    stepNamed: '{step} : {name}',
    allSteps: 'les {count} {count|étape|étapes}',
    atOrAbove: 'au moins {target}',
    atOrBelow: 'au plus {target}',
    stay: '{current} (à maintenir : {target})',
    nowAndTarget: 'Actuellement {now} · cible {target}',
    fromExcel: 'depuis Excel : {place}',
    otherBoards: '{count} {count|OKR|OKR} sur d’autres tableaux',
    rollsUpFromOthers: 'agrégé depuis {others} ; son dernier check‑in est affiché',
    rolledUpSource: '{title} (poids {weight}) à {progress}',
    rolledUpFrom: 'agrégé depuis {sources}',
    andOthers: '{sources} · et {others}',
  },
  statuses: statusWordsFor('fr'),
  nudges: {
    confidenceDroppedWithoutNote:
      'La confiance est passée de {previous} à {current}. Ajoutez une note sur ce qui a changé pour que l’équipe puisse aider.',
    valueWentBackwards:
      'La valeur s’est éloignée de la cible ({previous} → {current}). Est-ce correct ? Une note aide à l’expliquer.',
    lineCrossed:
      'La valeur est maintenant du mauvais côté de {target}. Ajoutez une note sur ce qui s’est passé et ce que vous allez faire.',
  },
  sayIssue,
  meeting,
  states,
  coach,
  config,
  programme,
};
