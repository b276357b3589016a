import { facilitatorsSaveDrafts } from '../../../core/rituals/planning';
import { attendeesCannotShare } from '../../../core/rituals/roles';
import type { MeetingTranslation } from '../../meeting/meeting-words';

/**
 * The meeting's side panel and stage in French, with the board's terms (`fr.ts`): « vous »,
 * objectif, résultat clé, check-in, confiance, cycle. Teams' French calls the meeting stage the
 * « scène de la réunion », and its organizer and presenters « organisateur » and « présentateur »:
 * https://learn.microsoft.com/fr-fr/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
 * « check‑in » takes a no-break hyphen (U+2011): a 300 px stage or a 320 px panel broke it into
 * « check- » and « in ». Not in the round's summary, which is also the meeting chat's text.
 */
export const meeting: MeetingTranslation = {
  texts: {
    'Drafts together': 'Brouillons en commun',
    'Joining the meeting’s drafts': 'Ouverture des brouillons de la réunion',
    'Shared drafts': 'Brouillons partagés',
    'No drafts yet. Start one: everyone in the meeting sees it, and the coach’s notes on it, as it is typed.':
      'Aucun brouillon pour l’instant. Commencez-en un : tous les participants le voient, avec les remarques du coach, au fil de la saisie.',
    'Start a draft': 'Commencer un brouillon',
    'Save {count} accepted drafts': 'Enregistrer {count} brouillons acceptés',
    'Save accepted drafts': 'Enregistrer les brouillons acceptés',
    'Saving the accepted drafts…': 'Enregistrement des brouillons acceptés…',
    '{count} already saved by someone else.': '{count} déjà enregistré(s) par quelqu’un d’autre.',
    'Nothing saved twice:': 'Rien n’a été enregistré deux fois :',
    'Accept a draft to save it to the board.':
      'Acceptez un brouillon pour l’enregistrer sur le tableau.',
    '{count} {count|objective|objectives} saved to the board.':
      '{count} {count|objectif enregistré|objectifs enregistrés} sur le tableau.',
    'A draft': 'Un brouillon',
    'Draft {position}': 'Brouillon {position}',
    '{draft} (“{title}”) was not saved. {why}':
      '{draft} (« {title} ») n’a pas été enregistré. {why}',
    '{draft} was not saved. {why}': '{draft} n’a pas été enregistré. {why}',
    'Draft {position}: objective': 'Brouillon {position} : objectif',
    'Started by {name}': 'Commencé par {name}',
    'Draft {position}: team': 'Brouillon {position} : équipe',
    'Editing now: {names}': 'En cours de modification par : {names}',
    'Nobody is editing it now.': 'Personne ne le modifie en ce moment.',
    'Accepted by the team': 'Accepté par l’équipe',
    'Being saved by {name}…': 'Enregistrement par {name}…',
    'Saved to the board by {name}': 'Enregistré sur le tableau par {name}',
    'Coaching on draft {position}': 'Coaching sur le brouillon {position}',
    'Nothing to add: this reads like a good objective.':
      'Rien à ajouter : cela ressemble à un bon objectif.',
    'Check-in round on the stage': 'Tour de check‑in sur la scène',
    'Whether a check-in round is running could not be checked.':
      'Impossible de vérifier si un tour de check‑in est en cours.',
    'Key result {position} of {count}': 'Résultat clé {position} sur {count}',
    'Key result {position} of {count}: {title}': 'Résultat clé {position} sur {count} : {title}',
    'Its title could not be read: {problem}': 'Impossible de lire son titre : {problem}',
    'As the meeting last recorded it: not confirmed, as no stage or panel that ran it is open now.':
      'Tel que la réunion l’a enregistré en dernier : non confirmé, car aucune scène ni aucun panneau qui l’a exécuté n’est ouvert.',
    'Facilitated by {names}': 'Animé par {names}',
    'Show it on the stage again': 'L’afficher de nouveau sur la scène',
    'Voting: {votes} of {people} voted.': 'Vote : {votes} sur {people} ont voté.',
    'You have voted.': 'Vous avez voté.',
    'Vote on the stage: votes stay sealed until revealed.':
      'Votez sur la scène : les votes restent masqués jusqu’à leur révélation.',
    'Votes revealed: save the outcome on the stage.':
      'Votes révélés : enregistrez le résultat sur la scène.',
    'Votes revealed: the facilitator is recording the outcome.':
      'Votes révélés : l’animateur enregistre le résultat.',
    'Check-in saved.': 'Check‑in enregistré.',
    'key result {position} of {count}': 'résultat clé {position} sur {count}',
    'key result {position} of {count}, “{title}”':
      'résultat clé {position} sur {count}, « {title} »',
    'Replace the running round?': 'Remplacer le tour en cours ?',
    'A check-in round may still be running, at {place}: the meeting last recorded it there, and no stage or panel that ran it is open now to confirm it.':
      'Un tour de check‑in est peut-être encore en cours, au {place} : la réunion l’a enregistré là en dernier, et aucune scène ni aucun panneau qui l’a exécuté n’est ouvert pour le confirmer.',
    'A check-in round is still running, at {place}.':
      'Un tour de check‑in est encore en cours, au {place}.',
    'A check-in round is on the meeting stage.':
      'Un tour de check‑in est affiché sur la scène de la réunion.',
    'A check-in round may still be running: whether one is could not be checked ({problem}).':
      'Un tour de check‑in est peut-être encore en cours : impossible de le vérifier ({problem}).',
    'Sharing these key results ends it for everyone; what was saved stays saved.':
      'Partager ces résultats clés y met fin pour tout le monde ; ce qui a été enregistré le reste.',
    'Keep the current round': 'Conserver le tour actuel',
    'Replace the round': 'Remplacer le tour',
    'Replace the round’s summary?': 'Remplacer le résumé du tour ?',
    'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet. Sharing these key results replaces it for everyone, and the round is not recorded; its saved check-ins stay saved.':
      'La scène affiche le résumé du tour terminé, pas encore enregistré dans Meeting Sessions. Partager ces résultats clés le remplace pour tout le monde, et le tour n’est pas enregistré ; ses check‑ins enregistrés le restent.',
    'Keep the summary': 'Conserver le résumé',
    'Replace the summary': 'Remplacer le résumé',
    'Meeting mode': 'Mode de réunion',
    '{count} more {count|mode|modes}': '{count} {count|autre mode|autres modes}',
    'Check-in': 'Check‑in',
    'Loading the team’s OKRs': 'Chargement des OKR de l’équipe',
    'No cycle': 'Aucun cycle',
    'There is no OKR cycle for this meeting’s tab yet. Ask an admin to create one.':
      'Il n’existe pas encore de cycle OKR pour l’onglet de cette réunion. Demandez à un administrateur d’en créer un.',
    'Planning prompts': 'Questions pour la planification',
    'Weekly check-in prompts': 'Questions pour le check‑in hebdomadaire',
    'Source: {source}': 'Source : {source}',
    'Draft objectives and key results in planning mode first.':
      'Rédigez d’abord des objectifs et des résultats clés en mode planification.',
    'Key results to review': 'Résultats clés à passer en revue',
    'Search key results': 'Rechercher des résultats clés',
    'No key result matches “{search}”.': 'Aucun résultat clé ne correspond à « {search} ».',
    'All teams': 'Toutes les équipes',
    'Sub-team of {team}': 'Équipe sous {team}',
    'All owners': 'Tous les responsables',
    'No key results in this filter': 'Aucun résultat clé dans ce filtre',
    'The team and owner chosen have no key results this cycle: there is nothing to prompt about or review. Clear the filters, or choose another team or owner.':
      'L’équipe et le responsable choisis n’ont aucun résultat clé dans ce cycle : rien à questionner ni à passer en revue. Effacez les filtres, ou choisissez une autre équipe ou un autre responsable.',
    'All {count} of this objective': 'Les {count} de cet objectif',
    '{title} (rolled up: check in on its sources)':
      '{title} (agrégé : faites le check‑in sur ses sources)',
    'Share to stage': 'Partager sur la scène',
    'Sharing to the meeting stage is not available here.':
      'Le partage sur la scène de la réunion n’est pas disponible ici.',
    'Open the round in a new window': 'Ouvrir le tour dans une nouvelle fenêtre',
    'Pick the key results to review.': 'Choisissez les résultats clés à passer en revue.',
    '{count} {count|key result|key results} picked.':
      '{count} {count|résultat clé choisi|résultats clés choisis}.',
    'Checking whether a check-in round is still running…':
      'Vérification qu’aucun tour de check‑in n’est encore en cours…',
    'Shared to the stage.': 'Partagé sur la scène.',
    'Not on the stage now.': 'Plus sur la scène pour l’instant.',
    'Objectives this cycle': 'Objectifs de ce cycle',
    'No objectives yet: draft the first one together.':
      'Aucun objectif pour l’instant : rédigez le premier ensemble.',
    'Opening the shared drafts': 'Ouverture des brouillons partagés',
    'Someone else saved this round’s check-in of this key result first, with other values: yours ({value}, confidence {confidence}) was not saved. Theirs is the round’s outcome: to change it, save a correction.':
      'Quelqu’un d’autre a enregistré en premier le check‑in de ce tour pour ce résultat clé, avec d’autres valeurs : le vôtre ({value}, confiance {confidence}) n’a pas été enregistré. Le sien est le résultat du tour : pour le modifier, enregistrez une correction.',
    'The check-in was not saved.': 'Le check‑in n’a pas été enregistré.',
    'A newer check-in was saved while you met: {title} is now {value}. Nothing was saved. Load it, agree again, then save.':
      'Un check‑in plus récent a été enregistré pendant la réunion : {title} est maintenant à {value}. Rien n’a été enregistré. Chargez-le, mettez-vous d’accord de nouveau, puis enregistrez.',
    'A newer check-in was saved while you met: {title} is now {value}, confidence {confidence}. Nothing was saved. Load it, agree again, then save.':
      'Un check‑in plus récent a été enregistré pendant la réunion : {title} est maintenant à {value}, confiance {confidence}. Rien n’a été enregistré. Chargez-le, mettez-vous d’accord de nouveau, puis enregistrez.',
    'Key results in this round': 'Résultats clés de ce tour',
    'under review': 'en revue',
    saved: 'enregistré',
    corrected: 'corrigé',
    skipped: 'ignoré',
    'not reviewed yet': 'pas encore passé en revue',
    'Go to {label} ({status}) for everyone': 'Aller à {label} ({status}) pour tout le monde',
    '{count} {count|vote|votes}, median {median}': '{count} {count|vote|votes}, médiane {median}',
    'no votes kept': 'aucun vote conservé',
    Votes: 'Votes',
    'Voted earlier in this round: {earlier}.': 'Voté plus tôt dans ce tour : {earlier}.',
    'No new vote: the correction starts from the check-in saved earlier ({earlier}).':
      'Pas de nouveau vote : la correction part du check‑in enregistré plus tôt ({earlier}).',
    'Waiting for the votes to be revealed…': 'En attente de la révélation des votes…',
    'Revealed votes': 'Votes révélés',
    'not revealed yet': 'pas encore révélé',
    'invalid ({reason})': 'non valide ({reason})',
    'Spread {min}–{max} · median {median} · mean {mean}':
      'Écart {min}–{max} · médiane {median} · moyenne {mean}',
    '{count} still to reveal': '{count} encore à révéler',
    'Discussion prompt': 'Question de discussion',
    Discuss: 'À discuter',
    Outcome: 'Résultat',
    'Correcting a saved check-in': 'Correction d’un check‑in enregistré',
    'Already saved in this round': 'Déjà enregistré dans ce tour',
    'Saving adds a correction: both check-ins stay in the key result’s history, and the round keeps the correction.':
      'Enregistrer ajoute une correction : les deux check‑ins restent dans l’historique du résultat clé, et le tour conserve la correction.',
    'Agreed value ({unit})': 'Valeur convenue ({unit})',
    'Agreed value': 'Valeur convenue',
    'Agreed confidence ({min} to {max})': 'Confiance convenue ({min} à {max})',
    'Load the newer check-in': 'Charger le check‑in plus récent',
    'Vote again': 'Voter de nouveau',
    'Check-in saved by {name}: {value}, confidence {confidence}.':
      'Check‑in enregistré par {name} : {value}, confiance {confidence}.',
    'Correction saved by {name}: {value}, confidence {confidence}. It replaces {earlier}, confidence {earlierConfidence} (saved by {earlierName}) as the round’s outcome; both check-ins stay in the key result’s history.':
      'Correction enregistrée par {name} : {value}, confiance {confidence}. Elle remplace {earlier}, confiance {earlierConfidence} (enregistré par {earlierName}) comme résultat du tour ; les deux check‑ins restent dans l’historique du résultat clé.',
    Corrected: 'Corrigé',
    Saved: 'Enregistré',
    'Next key result': 'Résultat clé suivant',
    'Finish the round': 'Terminer le tour',
    'Correct this check-in': 'Corriger ce check‑in',
    'Vote on it again': 'Voter de nouveau sur ce résultat clé',
    'Ended too soon? Reopening takes everyone back to key result {position}, “{title}”. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.':
      'Terminé trop tôt ? Rouvrir ramène tout le monde au résultat clé {position}, « {title} ». Ce qui a été enregistré ou ignoré le reste, et l’enregistrement du tour dans Meeting Sessions est mis à jour quand il se termine de nouveau.',
    'Ended too soon? Reopening takes everyone back to key result {position}. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.':
      'Terminé trop tôt ? Rouvrir ramène tout le monde au résultat clé {position}. Ce qui a été enregistré ou ignoré le reste, et l’enregistrement du tour dans Meeting Sessions est mis à jour quand il se termine de nouveau.',
    'Reopen the round': 'Rouvrir le tour',
    'Recording the round in Meeting Sessions…': 'Enregistrement du tour dans Meeting Sessions…',
    'Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.':
      'Enregistré dans Meeting Sessions : le coach le voit avec les tours précédents de l’équipe.',
    'The round could not be recorded in Meeting Sessions.':
      'Impossible d’enregistrer le tour dans Meeting Sessions.',
    'Not recorded in Meeting Sessions yet: {name}’s stage records it.':
      'Pas encore enregistré dans Meeting Sessions : la scène de {name} l’enregistre.',
    'Not recorded in Meeting Sessions yet: the facilitator’s stage records it.':
      'Pas encore enregistré dans Meeting Sessions : la scène de l’animateur l’enregistre.',
    'Round complete': 'Tour terminé',
    'End the round': 'Terminer le tour',
    'End the round now?': 'Terminer le tour maintenant ?',
    '{count} {count|key result|key results} will not be reviewed: the round’s summary and its record list {count|it|them} as not reviewed.':
      '{count} {count|résultat clé ne sera pas passé|résultats clés ne seront pas passés} en revue : le résumé du tour et son enregistrement {count|l’indiquent comme non passé|les indiquent comme non passés} en revue.',
    'Every key result is saved or skipped.': 'Chaque résultat clé est enregistré ou passé.',
    'The votes revealed on the key result under review are not saved: they are dropped.':
      'Les votes révélés sur le résultat clé en cours ne sont pas enregistrés : ils sont abandonnés.',
    'Saved outcomes and skips are kept, and everyone sees the round’s summary.':
      'Les résultats enregistrés et les résultats clés passés sont conservés, et tout le monde voit le résumé du tour.',
    'Keep going': 'Continuer',
    'Round ended': 'Tour clos',
    'The round has ended: its summary is on the stage.':
      'Le tour est terminé : son résumé est sur la scène.',
    'The round has ended. Its summary was on the stage, which is no longer shared.':
      'Le tour est terminé. Son résumé était sur la scène, qui n’est plus partagée.',
    'Show the summary on the stage again': 'Afficher de nouveau le résumé sur la scène',
    'The organizer or a presenter can show the summary on the stage again.':
      'L’organisateur ou un présentateur peut afficher de nouveau le résumé sur la scène.',
    'Ended by {name} at {time}': 'Terminé par {name} à {time}',
    'To run another round, pick key results below and share them to the stage.':
      'Pour un autre tour, choisissez des résultats clés ci-dessous et partagez-les sur la scène.',
    'A new round starts when the organizer or a presenter shares key results to the stage.':
      'Un nouveau tour commence quand l’organisateur ou un présentateur partage des résultats clés sur la scène.',
    '{saved} saved · {skipped} skipped': '{saved} enregistré(s) · {skipped} ignoré(s)',
    '{count} not reviewed': '{count} non passé(s) en revue',
    'average confidence change {change}': 'variation moyenne de la confiance {change}',
    'Round outcome': 'Résultat du tour',
    ' (corrected from {value}, confidence {confidence})':
      ' (corrigé depuis {value}, confiance {confidence})',
    Discussed: 'Discuté',
    'Record the round again': 'Enregistrer de nouveau le tour',
    'Copy summary for the meeting chat': 'Copier le résumé pour la conversation de la réunion',
    'Copied: paste it into the meeting chat.':
      'Copié : collez-le dans la conversation de la réunion.',
    'Could not copy: select the text below and copy it.':
      'Impossible de copier : sélectionnez le texte ci-dessous et copiez-le.',
    'Summary for the chat': 'Résumé pour la conversation',
    'Skip this key result': 'Ignorer ce résultat clé',
    'Reason to skip': 'Raison de l’ignorer',
    'Say why it is skipped: the round’s summary keeps it.':
      'Indiquez pourquoi il est ignoré : le résumé du tour la conserve.',
    Skip: 'Ignorer',
    'median · owner': 'médiane · responsable',
    median: 'médiane',
    owner: 'responsable',
    '{count} {count|vote|votes}: {votes}.': '{count} {count|vote|votes} : {votes}.',
    'Median {median}': 'Médiane {median}',
    'Median {median}, between {from} and {to}': 'Médiane {median}, entre {from} et {to}',
    '; owner’s confidence {confidence}.': ' ; confiance du responsable {confidence}.',
    'One dot per vote; the solid line marks the median, {median}':
      'Un point par vote ; la ligne continue marque la médiane, {median}',
    'the dashed line with a diamond marks the owner’s confidence, {confidence}':
      'la ligne pointillée avec un losange marque la confiance du responsable, {confidence}',
    'Key result {id}': 'Résultat clé {id}',
    'Joining the check-in round': 'Ouverture du tour de check‑in',
    'Check-in round': 'Tour de check‑in',
    'Check-in round · key result {position} of {total}':
      'Tour de check‑in · résultat clé {position} sur {total}',
    '{count} {count|participant|participants}': '{count} {count|participant|participants}',
    'started at {time}': 'commencé à {time}',
    'Key result not found': 'Résultat clé introuvable',
    'This key result is no longer on the board. The facilitator can skip it.':
      'Ce résultat clé n’est plus sur le tableau. L’animateur peut l’ignorer.',
    Now: 'Actuellement',
    'Owner’s confidence': 'Confiance du responsable',
    'The facilitator is recording the outcome.': 'L’animateur enregistre le résultat.',
    '{votes} of {people} voted. Votes are sealed until the facilitator reveals them.':
      '{votes} sur {people} ont voté. Les votes restent masqués jusqu’à ce que l’animateur les révèle.',
    'Who has voted': 'Qui a voté',
    'How confident are you that we will reach it? ({min}–{max})':
      'Dans quelle mesure êtes-vous confiant que nous l’atteindrons ? ({min}–{max})',
    'Vote {value}': 'Voter {value}',
    'Your vote: {vote}. You can change it until the votes are revealed.':
      'Votre vote : {vote}. Vous pouvez le modifier jusqu’à la révélation des votes.',
    'Saved earlier in this round by {name}: {value}, confidence {confidence}. Saving after this vote adds a correction.':
      'Enregistré plus tôt dans ce tour par {name} : {value}, confiance {confidence}. Enregistrer après ce vote ajoute une correction.',
    'Skipped earlier in this round by {name}: {reason}. Vote to check it in now, or move on.':
      'Ignoré plus tôt dans ce tour par {name} : {reason}. Votez pour faire le check‑in maintenant, ou passez à la suite.',
    'Reveal votes': 'Révéler les votes',
    'Loading the round': 'Chargement du tour',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its correction is not saved.':
      'Le résultat clé {position}, « {title} », a {votes} {votes|vote révélé|votes révélés}, et sa correction n’est pas enregistrée.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its check-in is not saved.':
      'Le résultat clé {position}, « {title} », a {votes} {votes|vote révélé|votes révélés}, et son check‑in n’est pas enregistré.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its correction is not saved.':
      'Le résultat clé {position}, « {title} », a {votes} {votes|vote révélé|votes révélés} (médiane {median}), et sa correction n’est pas enregistrée.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its check-in is not saved.':
      'Le résultat clé {position}, « {title} », a {votes} {votes|vote révélé|votes révélés} (médiane {median}), et son check‑in n’est pas enregistré.',
    'Voting again drops these votes for everyone: everyone votes again, sealed until revealed.':
      'Voter de nouveau supprime ces votes pour tout le monde : chacun revote, de façon masquée jusqu’à la révélation.',
    'Skipping it (“{reason}”) drops these votes for everyone: coming back to it starts a new vote.':
      'L’ignorer (« {reason} ») supprime ces votes pour tout le monde : y revenir lance un nouveau vote.',
    'Skipping it (“{reason}”), which finishes the round, drops these votes for everyone: coming back to it starts a new vote.':
      'L’ignorer (« {reason} »), ce qui termine le tour, supprime ces votes pour tout le monde : y revenir lance un nouveau vote.',
    'Going to key result {position}, “{title}”, drops these votes for everyone: coming back to it starts a new vote.':
      'Passer au résultat clé {position}, « {title} », supprime ces votes pour tout le monde : y revenir lance un nouveau vote.',
    'Finishing the round drops these votes for everyone: coming back to it starts a new vote.':
      'Terminer le tour supprime ces votes pour tout le monde : y revenir lance un nouveau vote.',
    'Skip without saving': 'Ignorer sans enregistrer',
    'Vote again without saving': 'Voter de nouveau sans enregistrer',
    'Move on without saving': 'Continuer sans enregistrer',
    'Save the outcome first?': 'Enregistrer d’abord le résultat ?',
    'Save first': 'Enregistrer d’abord',
    'No check-in round': 'Aucun tour de check‑in',
    'Open the OKR side panel in the meeting, pick the key results to review and share them to the stage.':
      'Ouvrez le panneau latéral OKR dans la réunion, choisissez les résultats clés à passer en revue et partagez-les sur la scène.',
    [attendeesCannotShare]:
      'Seuls l’organisateur ou un présentateur peuvent partager un tour de check‑in sur la scène. Demandez-leur de le partager ; vous votez sur la scène.',
    [facilitatorsSaveDrafts]:
      'Seuls l’organisateur ou un présentateur enregistrent les brouillons acceptés sur le tableau.',
    // The round's summary, for the stage and the meeting chat
    'OKR check-in round': 'Tour de check-in OKR',
    '{saved} saved, {skipped} skipped': '{saved} enregistré(s), {skipped} ignoré(s)',
    ', {count} not reviewed': ', {count} non passé(s) en revue',
    '; average confidence change {change}': ' ; variation moyenne de la confiance {change}',
    'Saved: {title}: {value}, confidence {confidence}':
      'Enregistré : {title} : {value}, confiance {confidence}',
    ' (was {confidence})': ' (avant : {confidence})',
    '; corrected from {value}, confidence {confidence}':
      ' ; corrigé depuis {value}, confiance {confidence}',
    'Skipped: {title}: {reason}': 'Ignoré : {title} : {reason}',
    'Not reviewed: {title}': 'Non passé en revue : {title}',
    'Discussed:': 'Discuté :',
  },
  prompts: {
    'prompt.confidence-fell':
      'La confiance dans « {kr} » est passée de {from} à {to}. Qu’est-ce qui a changé depuis la semaine dernière ?',
    'prompt.confidence-fell-help':
      'Qu’est-ce qui ferait remonter la confiance dans « {kr} », et qui pourrait aider ?',
    'prompt.stale-check-in':
      '« {kr} » n’a pas eu de check‑in depuis {days} jours. Qu’est-ce qui a bloqué, et quel est le chiffre aujourd’hui ?',
    'prompt.behind-pace':
      '« {kr} » est à {progress} % alors que {expected} % du cycle est écoulé. Que faudrait-il pour revenir dans les temps, et qu’arrêterons-nous pour faire de la place ?',
    'prompt.high-score-early':
      '« {kr} » obtient déjà {score}. Était-ce ambitieux ? À quoi aurait ressemblé une cible ambitieuse ?',
    'prompt.no-owner':
      'Qui sera responsable de « {kr} » et apportera son chiffre à chaque check‑in ?',
    'prompt.vote-spread':
      'Les votes vont de {min} à {max}. Les votants le plus bas et le plus haut pourraient-ils dire ce qu’ils voient et que les autres ne voient peut-être pas ?',
    'prompt.votes-below-owner':
      'La confiance de l’équipe ({mean}) est inférieure à celle du responsable ({owner}). Que sait le responsable que l’équipe ignore, ou qu’est-ce qui inquiète l’équipe et que le responsable n’a pas entendu ?',
    'prompt.votes-above-owner':
      'L’équipe est plus confiante ({mean}) que le responsable ({owner}). Qu’est-ce qui inquiète le responsable, et comment l’équipe peut-elle aider ?',
    'prompt.votes-agree':
      'Tout le monde est proche de {mean}. Quelle chose augmenterait notre confiance d’un point d’ici la semaine prochaine ?',
    'prompt.output-key-result':
      '« {kr} » est un travail que nous allons faire. Et alors ? Une fois terminé, que feront différemment les clients ou les collègues, et comment le compterions-nous ?',
    'prompt.unmeasurable-key-result':
      'Comment saurons-nous à la fin du cycle si « {kr} » a eu lieu ? Quel chiffre nous le dirait ?',
    'prompt.metric-objective':
      '« {objective} » contient un chiffre. Quel changement se cache derrière ce chiffre, en des mots qui donneraient envie de s’y joindre ?',
    'prompt.too-many-objectives':
      'Nous avons {count} objectifs. Si nous ne pouvions en atteindre qu’un seul ce cycle, lequel serait-ce, et à quoi sommes-nous prêts à dire non ?',
    'prompt.key-result-count':
      '« {objective} » a {count} {count|résultat clé|résultats clés}. Si chaque résultat clé obtenait 1,0, l’objectif serait-il vraiment atteint ?',
    'prompt.unaligned':
      'Quel objectif de l’organisation dans son ensemble « {objective} » sert-il ? Si aucun, pourquoi reste-t-il le bon pari ?',
    'prompt.planning.story':
      'Avant de rédiger, relisons pourquoi nous utilisons les OKR : « {story} » Qu’est-ce que cela signifie pour notre équipe ce trimestre ?',
    'prompt.planning.writing':
      'Pour chaque résultat clé : est-ce un résultat mesurable ou une tâche à terminer ? Où commence-t-il et où doit-il finir ?',
    'prompt.planning.facilitation':
      'D’abord cinq minutes d’écriture silencieuse : chacun rédige seul un objectif, puis nous comparons par deux avant tout le groupe.',
    'prompt.planning.operations':
      'Qui est responsable de chaque résultat clé, quand a lieu notre check‑in hebdomadaire, et quelle est notre confiance de départ (environ 5 sur 10 pour un objectif ambitieux) ?',
    'prompt.planning.critical-thinking':
      'À quoi disons-nous non en choisissant ces objectifs ? Que faudrait-il pour que chacun soit la chose la plus importante ce trimestre ?',
    'prompt.weekly-check-in.story':
      'En quoi le travail de la semaine dernière nous a-t-il rapprochés de l’objectif, au lieu de simplement nous occuper ?',
    'prompt.weekly-check-in.writing':
      'Chaque chiffre que nous rapportons mesure-t-il encore ce qui compte pour nous, ou s’est-il mis à compter de l’activité ?',
    'prompt.weekly-check-in.facilitation':
      'Chacun vote sa confiance en même temps ; nous révélons ensemble et commençons par le vote le plus bas.',
    'prompt.weekly-check-in.operations':
      'Mettez à jour la valeur et la confiance de chaque résultat clé, puis nommez les trois choses les plus importantes pour cette semaine.',
    'prompt.weekly-check-in.critical-thinking':
      'Quels éléments étayent notre confiance, au-delà de l’espoir ? Qu’est-ce qui nous ferait changer d’avis ?',
    'prompt.mid-cycle-review.story':
      'Avec ce que nous avons appris, l’objectif est-il toujours la bonne destination ? Redites en une phrase pourquoi il compte.',
    'prompt.mid-cycle-review.writing':
      'Un résultat clé mesure-t-il la mauvaise chose ? Réécrivez-le maintenant plutôt que de le noter à la fin.',
    'prompt.mid-cycle-review.facilitation':
      'Tour de table : chaque responsable prend une minute pour ce qu’il a appris, avant toute discussion.',
    'prompt.mid-cycle-review.operations':
      'Quels résultats clés sont à risque, et qu’allons-nous arrêter ou déplacer pour leur libérer du temps ?',
    'prompt.mid-cycle-review.critical-thinking':
      'Quelle hypothèse derrière notre plan s’est révélée fausse, et qu’en découle-t-il ?',
    'prompt.retrospective.story':
      'Racontez l’histoire de ce cycle en trois phrases : ce que nous visions, ce qui s’est passé, ce que nous avons appris.',
    'prompt.retrospective.writing':
      'Quels résultats clés étaient faciles à noter, et lesquels ne l’étaient pas ? Qu’écrirons-nous différemment au prochain cycle ?',
    'prompt.retrospective.facilitation':
      'Chacun écrit seul un « garder », un « arrêter » et un « essayer », puis nous les regroupons ensemble.',
    'prompt.retrospective.operations':
      'Notez chaque résultat clé de 0,0 à 1,0. Les OKR engagés en dessous de 1,0 font l’objet d’un court bilan sans reproche.',
    'prompt.retrospective.critical-thinking':
      'Les OKR ambitieux ont-ils atterri autour de 0,6–0,7 ? Si tout a obtenu 1,0, étions-nous assez ambitieux ?',
  },
};
