import type { ConfigText } from '../../config/config-words';

/**
 * The tab's set-up page in French, with the board's terms (`fr.ts`): onglet, équipe, cycle,
 * tableau; Teams' own button is « Enregistrer ».
 */
export const config: Readonly<Record<ConfigText, string>> = {
  'Set up the OKR tab': 'Configurer l’onglet OKR',
  'Change what this tab shows': 'Modifier le contenu de cet onglet',
  'Choose whose OKRs this tab shows, and for which cycle':
    'Choisissez les équipes dont cet onglet affiche les OKR, et pour quel cycle',
  'Loading teams and cycles': 'Chargement des équipes et des cycles',
  'No teams yet': 'Aucune équipe pour l’instant',
  'The OKR site has no active teams. An admin adds them in the Programme area of the OKR Coach personal app.':
    'Le site OKR n’a aucune équipe active. Un administrateur les ajoute dans la section Programme de l’application personnelle OKR Coach.',
  Teams: 'Équipes',
  'One or more teams; their objectives and key results show on the board. A team shows only its own objectives: to see those of the teams under it, choose them too.':
    'Une ou plusieurs équipes ; leurs objectifs et résultats clés s’affichent sur le tableau. Une équipe n’affiche que ses propres objectifs : pour voir ceux des équipes qui lui sont rattachées, choisissez-les aussi.',
  'Choose at least one team.': 'Choisissez au moins une équipe.',
  '{team} is chosen because it is linked to this team in Teams.':
    'L’équipe {team} est choisie, car elle est liée à cette équipe dans Teams.',
  '{team} is chosen because it has the name of this team in Teams.':
    'L’équipe {team} est choisie, car elle porte le nom de cette équipe dans Teams.',
  'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams ({groupId}).':
    'Aucune équipe OKR n’est liée à {team} : aucune n’est donc choisie pour vous. Un administrateur en lie une dans l’application personnelle OKR Coach : dans « Programme → Équipes », modifier l’équipe OKR et saisir l’ID de groupe Microsoft 365 de cette équipe Teams ({groupId}).',
  'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams.':
    'Aucune équipe OKR n’est liée à {team} : aucune n’est donc choisie pour vous. Un administrateur en lie une dans l’application personnelle OKR Coach : dans « Programme → Équipes », modifier l’équipe OKR et saisir l’ID de groupe Microsoft 365 de cette équipe Teams.',
  'Include the teams under {team} ({count})': 'Inclure les équipes rattachées à {team} ({count})',
  'A closed cycle is read-only: its board shows how it ended.':
    'Un cycle clôturé est en lecture seule : son tableau montre comment il s’est terminé.',
  'The cycle this tab was saved with no longer exists: it was deleted. Choose one of the cycles below.':
    'Le cycle enregistré avec cet onglet n’existe plus : il a été supprimé. Choisissez l’un des cycles ci-dessous.',
  'The current cycle (the tab moves on with each new cycle)':
    'Le cycle en cours (l’onglet passe à chaque nouveau cycle)',
  'Tab name:': 'Nom de l’onglet :',
  'Save and open the board': 'Enregistrer et ouvrir le tableau',
  'Select Save to apply your changes.':
    'Sélectionnez Enregistrer pour appliquer vos modifications.',
  'Select Save to add the tab.': 'Sélectionnez Enregistrer pour ajouter l’onglet.',
};
