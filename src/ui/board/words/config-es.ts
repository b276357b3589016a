import type { ConfigText } from '../../config/config-words';

/**
 * The tab's set-up page in Spanish, with the board's terms (`es.ts`): pestaña, equipo, ciclo,
 * tablero; Teams' own button is «Guardar».
 */
export const config: Readonly<Record<ConfigText, string>> = {
  'Set up the OKR tab': 'Configurar la pestaña de OKR',
  'Change what this tab shows': 'Cambiar lo que muestra esta pestaña',
  'Choose whose OKRs this tab shows, and for which cycle':
    'Elija de qué equipos muestra los OKR esta pestaña, y de qué ciclo',
  'Loading teams and cycles': 'Cargando equipos y ciclos',
  'No teams yet': 'Aún no hay equipos',
  'The OKR site has no active teams. An admin adds them in the Programme area of the OKR Coach personal app.':
    'El sitio de OKR no tiene equipos activos. Un administrador los agrega en el área Programa de la aplicación personal de OKR Coach.',
  Teams: 'Equipos',
  'One or more teams; their objectives and key results show on the board. A team shows only its own objectives: to see those of the teams under it, choose them too.':
    'Uno o varios equipos; sus objetivos y resultados clave se muestran en el tablero. Un equipo muestra solo sus propios objetivos: para ver los de los equipos que dependen de él, elíjalos también.',
  'Choose at least one team.': 'Elija al menos un equipo.',
  '{team} is chosen because it is linked to this team in Teams.':
    'Se eligió {team} porque está vinculado a este equipo en Teams.',
  '{team} is chosen because it has the name of this team in Teams.':
    'Se eligió {team} porque tiene el nombre de este equipo en Teams.',
  'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams ({groupId}).':
    'Ningún equipo de OKR está vinculado a {team}, así que no se eligió ninguno por usted. Un administrador vincula uno en la aplicación personal de OKR Coach: en «Programa → Equipos», editar el equipo de OKR y escribir el id. de grupo de Microsoft 365 de este equipo de Teams ({groupId}).',
  'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams.':
    'Ningún equipo de OKR está vinculado a {team}, así que no se eligió ninguno por usted. Un administrador vincula uno en la aplicación personal de OKR Coach: en «Programa → Equipos», editar el equipo de OKR y escribir el id. de grupo de Microsoft 365 de este equipo de Teams.',
  'Include the teams under {team} ({count})':
    'Incluir los equipos que dependen de {team} ({count})',
  'A closed cycle is read-only: its board shows how it ended.':
    'Un ciclo cerrado es de solo lectura: su tablero muestra cómo terminó.',
  'The cycle this tab was saved with no longer exists: it was deleted. Choose one of the cycles below.':
    'El ciclo con el que se guardó esta pestaña ya no existe: se eliminó. Elija uno de los ciclos siguientes.',
  'The current cycle (the tab moves on with each new cycle)':
    'El ciclo actual (la pestaña pasa a cada nuevo ciclo)',
  'Tab name:': 'Nombre de la pestaña:',
  'Save and open the board': 'Guardar y abrir el tablero',
  'Select Save to apply your changes.': 'Seleccione Guardar para aplicar los cambios.',
  'Select Save to add the tab.': 'Seleccione Guardar para agregar la pestaña.',
};
