import type { ConfigText } from '../../config/config-words';

/**
 * The tab's set-up page in German, with the board's terms (`de.ts`): Registerkarte, Team, Zyklus;
 * Teams' own button is „Speichern“.
 */
export const config: Readonly<Record<ConfigText, string>> = {
  'Set up the OKR tab': 'OKR-Registerkarte einrichten',
  'Change what this tab shows': 'Inhalt dieser Registerkarte ändern',
  'Choose whose OKRs this tab shows, and for which cycle':
    'Wählen Sie aus, wessen OKRs diese Registerkarte anzeigt und für welchen Zyklus',
  'Loading teams and cycles': 'Teams und Zyklen werden geladen',
  'No teams yet': 'Noch keine Teams',
  'The OKR site has no active teams. An admin adds them in the Programme area of the OKR Coach personal app.':
    'Die OKR-Website hat keine aktiven Teams. Eine Administratorin oder ein Administrator fügt sie im Bereich „Programm“ der persönlichen App von OKR Coach hinzu.',
  Teams: 'Teams',
  'One or more teams; their objectives and key results show on the board. A team shows only its own objectives: to see those of the teams under it, choose them too.':
    'Ein oder mehrere Teams; ihre Objectives und Key Results werden auf dem Board angezeigt. Ein Team zeigt nur seine eigenen Objectives: Um die seiner untergeordneten Teams zu sehen, wählen Sie diese ebenfalls aus.',
  'Choose at least one team.': 'Wählen Sie mindestens ein Team aus.',
  '{team} is chosen because it is linked to this team in Teams.':
    '{team} ist ausgewählt, weil es mit diesem Team in Teams verknüpft ist.',
  '{team} is chosen because it has the name of this team in Teams.':
    '{team} ist ausgewählt, weil es den Namen dieses Teams in Teams trägt.',
  'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams ({groupId}).':
    'Mit {team} ist kein OKR-Team verknüpft, daher ist keines für Sie ausgewählt. Eine Administratorin oder ein Administrator verknüpft eines in der persönlichen App von OKR Coach: unter „Programm → Teams“ das OKR-Team bearbeiten und die Microsoft 365-Gruppen-ID dieses Teams in Teams eingeben ({groupId}).',
  'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams.':
    'Mit {team} ist kein OKR-Team verknüpft, daher ist keines für Sie ausgewählt. Eine Administratorin oder ein Administrator verknüpft eines in der persönlichen App von OKR Coach: unter „Programm → Teams“ das OKR-Team bearbeiten und die Microsoft 365-Gruppen-ID dieses Teams in Teams eingeben.',
  'Include the teams under {team} ({count})':
    'Untergeordnete Teams von {team} einbeziehen ({count})',
  'A closed cycle is read-only: its board shows how it ended.':
    'Ein abgeschlossener Zyklus ist schreibgeschützt: Sein Board zeigt, wie er geendet hat.',
  'The cycle this tab was saved with no longer exists: it was deleted. Choose one of the cycles below.':
    'Der Zyklus, mit dem diese Registerkarte gespeichert wurde, existiert nicht mehr: Er wurde gelöscht. Wählen Sie einen der folgenden Zyklen aus.',
  'The current cycle (the tab moves on with each new cycle)':
    'Der aktuelle Zyklus (die Registerkarte wechselt mit jedem neuen Zyklus)',
  'Tab name:': 'Name der Registerkarte:',
  'Save and open the board': 'Speichern und Board öffnen',
  'Select Save to apply your changes.':
    'Wählen Sie „Speichern“ aus, um Ihre Änderungen zu übernehmen.',
  'Select Save to add the tab.': 'Wählen Sie „Speichern“ aus, um die Registerkarte hinzuzufügen.',
};
