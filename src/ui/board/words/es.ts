import { kindWordsFor } from '../../../core/kind-words';
import { sayIssue } from '../../../core/issue-words';
import { statusWordsFor } from '../../../core/status-words';
import type { LocaleWords } from '../locale-words';
import { meeting } from './meeting-es';
import { states } from './states-es';
import { coach } from './coach-es';
import { config } from './config-es';
import { programme } from './programme-es';
import { editors } from './editors-es';

/**
 * The board in Spanish, as Microsoft 365 writes Spanish: «usted», «objetivo», «resultado clave»
 * and «check-in», as the add-in's words and the core's messages have them, and as Viva Goals'
 * Spanish training names them («Objetivo», «Resultado clave»):
 * https://learn.microsoft.com/es-es/training/modules/viva-goals-create-track-close-okrs/how-to-enter-okrs
 */
export const words: LocaleWords = {
  language: 'es',
  board: {
    // Every page of the tab
    'Try again': 'Reintentar',
    'Why we use OKRs': 'Por qué usamos OKR',
    // The board and its states
    'Loading the OKR board': 'Cargando el tablero de OKR',
    'Objectives and key results': 'Objetivos y resultados clave',
    'My OKRs': 'Mis OKR',
    'All OKRs': 'Todos los OKR',
    'OKR board': 'Tablero de OKR',
    '{board}, {cycle}': '{board}, {cycle}',
    'New objective': 'Nuevo objetivo',
    'No OKR cycle is running': 'No hay ningún ciclo de OKR en curso',
    'When your organisation starts a cycle (a quarter, say), its OKRs show up here.':
      'Cuando su organización inicie un ciclo (un trimestre, por ejemplo), sus OKR aparecerán aquí.',
    'Create the first cycle in the Programme, or bring in the OKRs you already have from Viva Goals or a spreadsheet.':
      'Cree el primer ciclo en el Programa, o traiga los OKR que ya tiene de Viva Goals o de una hoja de cálculo.',
    'Create a cycle': 'Crear un ciclo',
    'Import OKRs': 'Importar OKR',
    'Nothing matches': 'No hay coincidencias',
    'No objective or key result on this board matches the search and filters.':
      'Ningún objetivo ni resultado clave de este tablero coincide con la búsqueda y los filtros.',
    'Clear filters': 'Borrar filtros',
    'No objectives': 'No hay objetivos',
    'This cycle is closed.': 'Este ciclo está cerrado.',
    'No objectives yet': 'Todavía no hay objetivos',
    'Start with one objective: where do you want to be at the end of the cycle, and why does it matter?':
      'Empiece con un objetivo: ¿dónde quiere estar al final del ciclo y por qué es importante?',
    'Create the first objective': 'Crear el primer objetivo',
    '{count} {count|objective|objectives}': '{count} {count|objetivo|objetivos}',
    // Objective cards and key result rows
    Aspirational: 'Aspiracional',
    Committed: 'Comprometido',
    Draft: 'Borrador',
    'Aligns to {title}': 'Alineado con {title}',
    'Aligns to {title} ({cycle})': 'Alineado con {title} ({cycle})',
    '{count} {count|key result|key results}': '{count} {count|resultado clave|resultados clave}',
    'Key results of {title}': 'Resultados clave de {title}',
    'Show the key results': 'Mostrar los resultados clave',
    'Hide the key results': 'Ocultar los resultados clave',
    'Add a key result': 'Agregar un resultado clave',
    'Add a key result to {title}': 'Agregar un resultado clave a {title}',
    'Edit the objective': 'Editar el objetivo',
    'No key results yet: how will you know this objective is met?':
      'Todavía no hay resultados clave: ¿cómo sabrá que este objetivo se ha cumplido?',
    'Set the status': 'Establecer el estado',
    'Set the status of {title}': 'Establecer el estado de {title}',
    'Copy link': 'Copiar vínculo',
    'Copy a link to {title}': 'Copiar un vínculo a {title}',
    'Edit {title}': 'Editar {title}',
    'no owner': 'sin responsable',
    'needs a check-in': 'necesita un check‑in',
    'Check-ins open on {day}': 'Check‑ins disponibles a partir del {day}',
    'Rolled up: check in on its sources': 'Agregado: haga el check‑in en sus fuentes',
    'Check in': 'Hacer check‑in',
    'Check in on {title}': 'Hacer check‑in de {title}',
    History: 'Historial',
    'History of {title}': 'Historial de {title}',
    'Nudge owner': 'Recordar al responsable',
    'Nudge {owner} to check in on {title}': 'Recordar a {owner} que haga el check‑in de {title}',
    'the owner': 'el responsable',
    Edit: 'Editar',
    '{title}: {percent} progress': '{title}: {percent} de avance',
    'No confidence given yet': 'Todavía no se ha indicado la confianza',
    'Confidence {confidence} of {max}': 'Confianza {confidence} de {max}',
    'Confidence {confidence} of {max}, {trend}': 'Confianza {confidence} de {max}, {trend}',
    '{status} (set by {name}: {reason})': '{status} (establecido por {name}: {reason})',
    '{status} · set by hand': '{status} · fijado a mano',
    'Show more': 'Mostrar más',
    'Show less': 'Mostrar menos',
    'Show more of the details of {title}': 'Mostrar más detalles de {title}',
    'Show less of the details of {title}': 'Mostrar menos detalles de {title}',
    Overdue: 'Vencida',
    'Initiatives of {title}': 'Iniciativas de {title}',
    'due {date}': 'vence el {date}',
    'Show fewer initiatives': 'Mostrar menos iniciativas',
    'Show all {count} initiatives': 'Mostrar las {count} iniciativas',
    'Show all {count} initiatives ({overdue} more overdue)':
      'Mostrar las {count} iniciativas ({overdue} vencidas más)',
    // My OKRs and its header
    Programme: 'Programa',
    'Your objectives and key results this cycle, across teams':
      'Sus objetivos y resultados clave de este ciclo, en todos los equipos',
    'You own no OKRs in this cycle': 'No es responsable de ningún OKR en este ciclo',
    'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are in the app’s All OKRs tab.':
      'Los objetivos y resultados clave de los que es responsable, en cualquier equipo, aparecen aquí para que pueda hacer el check‑in en segundos. Los OKR de todos los equipos están en la pestaña «Todos los OKR» de la aplicación.',
    'Objectives and key results you own, in any team, show up here so you can check in on them in seconds. Every team’s OKRs are on the All OKRs board.':
      'Los objetivos y resultados clave de los que es responsable, en cualquier equipo, aparecen aquí para que pueda hacer el check‑in en segundos. Los OKR de todos los equipos están en el tablero «Todos los OKR».',
    'Open All OKRs': 'Abrir todos los OKR',
    'Reminders…': 'Recordatorios…',
    'Reminders on': 'Recordatorios activados',
    'Reminders off': 'Recordatorios desactivados',
    'Reminders snoozed until {date}': 'Recordatorios pospuestos hasta el {date}',
    // Links to the board
    'the objective “{title}”': 'el objetivo «{title}»',
    'the key result “{title}” of “{objective}”': 'el resultado clave «{title}» de «{objective}»',
    'Link to the objective “{title}”': 'Vínculo al objetivo «{title}»',
    'Link to the key result “{title}”': 'Vínculo al resultado clave «{title}»',
    'Link to this view of the board': 'Vínculo a esta vista del tablero',
    'Opened: {what}.': 'Abierto: {what}.',
    'Opened from a link: {what}.': 'Abierto desde un vínculo: {what}.',
    'Back to My OKRs': 'Volver a Mis OKR',
    'Back to this tab’s board': 'Volver al tablero de esta pestaña',
    // The cycle switcher
    Cycle: 'Ciclo',
    Planning: 'En planificación',
    Active: 'Activo',
    Closed: 'Cerrado',
    Upcoming: 'Próximo',
    '{state} · starts {day}': '{state} · empieza el {day}',
    'ended early': 'terminó antes de tiempo',
    'ended {count} {count|day|days} ago': 'terminó hace {count} {count|día|días}',
    'starts in {count} {count|day|days}': 'empieza dentro de {count} {count|día|días}',
    '{count} {count|day|days} left': '{count|queda|quedan} {count} {count|día|días}',
    'ends today': 'termina hoy',
    today: 'hoy',
    tomorrow: 'mañana',
    'in {count} {count|day|days}': 'dentro de {count} {count|día|días}',
    'next: {ritual} {when}': 'siguiente: {ritual} {when}',
    // A board with no objectives whose teams have OKRs in other cycles
    'No objectives in {cycle}': 'No hay objetivos en {cycle}',
    '{team}’s OKRs are in {cycles}.': 'Los OKR de {team} están en {cycles}.',
    '{team}’ OKRs are in {cycles}.': 'Los OKR de {team} están en {cycles}.',
    'These teams’ OKRs are in {cycles}.': 'Los OKR de estos equipos están en {cycles}.',
    'The OKRs are in {cycles}.': 'Los OKR están en {cycles}.',
    '{cycle} ({state})': '{cycle} ({state})',
    '{first} and {last}': '{first} y {last}',
    'Show {cycle}': 'Mostrar {cycle}',
    // A closed cycle's board: final scores and learnings
    'Closed · not scored': 'Cerrado · sin puntuar',
    'Closed · {score}': 'Cerrado · {score}',
    'Show why {title} closed at {score}': 'Mostrar por qué {title} se cerró con {score}',
    'Hide why {title} closed at {score}': 'Ocultar por qué {title} se cerró con {score}',
    'Final score {score}.': 'Puntuación final {score}.',
    'Why:': 'Por qué:',
    '{cycle} is closed: scores are final': '{cycle} está cerrado: las puntuaciones son definitivas',
    Learnings: 'Aprendizajes',
    'Learnings of {cycle}': 'Aprendizajes de {cycle}',
    'No learnings were written for these objectives when the cycle closed. They are written in the retrospective, in Programme › Close a cycle.':
      'No se escribieron aprendizajes para estos objetivos al cerrar el ciclo. Se escriben en la retrospectiva, en «Programa › Cerrar un ciclo».',
    // Toasts and notices of what was done on the board
    '{link} copied': '{link} copiado',
    'The {format} export failed': 'No se pudo exportar a {format}',
    'Try the CSV export instead.': 'Pruebe la exportación a CSV.',
    'Check the connection and try again.': 'Compruebe la conexión e inténtelo de nuevo.',
    'Nothing to export': 'No hay nada que exportar',
    'No objective or key result matches the search and filters. Clear them to export the whole board.':
      'Ningún objetivo ni resultado clave coincide con la búsqueda y los filtros. Bórrelos para exportar todo el tablero.',
    'Status of {title} set by hand: {reason}.': 'Estado de {title} fijado a mano: {reason}.',
    'Status of {title} follows the pace again.': 'El estado de {title} vuelve a seguir el ritmo.',
    'Objective deleted.': 'Objetivo eliminado.',
    'Objective deleted, with {count} {count|key result|key results}.':
      'Objetivo eliminado, con {count} {count|resultado clave|resultados clave}.',
    'Key result deleted.': 'Resultado clave eliminado.',
    '{count} {count|key result|key results} deleted.':
      '{count} {count|resultado clave eliminado|resultados clave eliminados}.',
    'Objective saved: {title}.': 'Objetivo guardado: {title}.',
    'Objective created: {title}.': 'Objetivo creado: {title}.',
    'Objective saved: {title}. It now belongs to {team}, a team this tab does not show.':
      'Objetivo guardado: {title}. Ahora pertenece a {team}, un equipo que esta pestaña no muestra.',
    'Objective created: {title}. It now belongs to {team}, a team this tab does not show.':
      'Objetivo creado: {title}. Ahora pertenece a {team}, un equipo que esta pestaña no muestra.',
    'Key result saved: {title}.': 'Resultado clave guardado: {title}.',
    'Key result created: {title}.': 'Resultado clave creado: {title}.',
    '“{initiative}” is now an initiative under “{under}”.':
      '«{initiative}» es ahora una iniciativa de «{under}».',
    'Nudge sent to {owner}': 'Recordatorio enviado a {owner}',
    'They were asked to check in on “{title}”.': 'Se pidió un check‑in de «{title}».',
    '{owner} was already nudged today': 'Ya se envió un recordatorio a {owner} hoy',
    'A nudge about “{title}” went out at {time}; one a day is enough.':
      'Un recordatorio sobre «{title}» salió a las {time}; con uno al día es suficiente.',
    'The nudge to {owner} was not sent': 'No se envió el recordatorio a {owner}',
    'Reminders snoozed for {count} {count|day|days}.':
      'Recordatorios pospuestos {count} {count|día|días}.',
    'Check-in reminders are on.': 'Los recordatorios de check‑in están activados.',
    'Check-in reminders are off. Turn them on again here any time.':
      'Los recordatorios de check‑in están desactivados. Puede volver a activarlos aquí en cualquier momento.',
    'Your reminder settings were not saved. {why}':
      'No se guardó la configuración de los recordatorios. {why}',
    // The tab's views, and the board's toolbar and its menus
    'Every team’s objectives and key results': 'Objetivos y resultados clave de todos los equipos',
    Views: 'Vistas',
    Board: 'Tablero',
    'Key results': 'Resultados clave',
    Alignment: 'Alineación',
    'Coach view': 'Vista de coach',
    '{count} more {count|view|views}': '{count} {count|vista más|vistas más}',
    'Loading the view': 'Cargando la vista',
    'Find and shape the board': 'Buscar y organizar el tablero',
    Search: 'Buscar',
    'Search objectives, key results and owners':
      'Buscar objetivos, resultados clave y responsables',
    'Clear the search': 'Borrar la búsqueda',
    Filters: 'Filtros',
    'Filters ({count})': 'Filtros ({count})',
    'Filters, {count} on': 'Filtros activos: {count}',
    'Needs a check-in': 'Necesita un check‑in',
    Sort: 'Ordenar',
    'Sort: {order}': 'Ordenar: {order}',
    Export: 'Exportar',
    'Expand all objectives': 'Expandir todos los objetivos',
    'Collapse all objectives': 'Contraer todos los objetivos',
    'Copy a link to this view': 'Copiar un vínculo a esta vista',
    'More actions': 'Más acciones',
    'Loading check-in history…': 'Cargando el historial de check‑ins…',
    'Showing {shown} of {count} key results': 'Resultados clave mostrados: {shown} de {count}',
    'Low confidence': 'Confianza baja',
    'Medium confidence': 'Confianza media',
    'High confidence': 'Confianza alta',
    Owner: 'Responsable',
    'No owner': 'Sin responsable',
    'Over {percent}': 'Más de {percent}',
    'No check-in yet': 'Sin check‑in todavía',
    'Find an owner': 'Buscar un responsable',
    'No owner on this board matches “{text}”.':
      'Ningún responsable de este tablero coincide con «{text}».',
    Team: 'Equipo',
    'Excel workbook (.xlsx)': 'Libro de Excel (.xlsx)',
    CSV: 'CSV',
    'The {shown} of {count} key results shown':
      'Los resultados clave mostrados ({shown} de {count})',
    // The orders of the board and the Key results list
    'Sort by': 'Ordenar por',
    Order: 'Orden',
    Ascending: 'Ascendente',
    Descending: 'Descendente',
    '{direction} ({which})': '{direction} ({which})',
    '{sort}, {direction}': '{sort}, {direction}',
    'Board order': 'Orden del tablero',
    Progress: 'Progreso',
    'Last check-in': 'Último check‑in',
    'as on the board': 'como en el tablero',
    reversed: 'invertido',
    'lowest first': 'de menor a mayor',
    'highest first': 'de mayor a menor',
    'off track first': '«Retrasado» primero',
    'achieved first': '«Logrado» primero',
    'oldest first': 'del más antiguo al más reciente',
    'newest first': 'del más reciente al más antiguo',
    'A to Z': 'de la A a la Z',
    'Z to A': 'de la Z a la A',
    // The Key results list
    'Loading the key results': 'Cargando los resultados clave',
    'Key result': 'Resultado clave',
    Actions: 'Acciones',
    'Objective: {title}': 'Objetivo: {title}',
    Never: 'Nunca',
    'Rolled up': 'Agregado',
    'Its progress comes from its sources: check in on them.':
      'Su progreso procede de sus fuentes: haga el check‑in en ellas.',
    'Sorted by {order}. {count} {count|key result|key results}.':
      'Ordenado por {order}. {count} {count|resultado clave|resultados clave}.',
    'No key result matches': 'Ningún resultado clave coincide',
    'No key result on this board matches the search and filters.':
      'Ningún resultado clave de este tablero coincide con la búsqueda y los filtros.',
    'No key results yet': 'Todavía no hay resultados clave',
    'The objectives on this board have no key results yet. Add them on the Board.':
      'Los objetivos de este tablero aún no tienen resultados clave. Agréguelos en la vista Tablero.',
    // The Alignment view, and what the Alignment and Coach views say while they load
    'Loading the alignment across teams': 'Cargando la alineación entre equipos',
    'Loading the coach view': 'Cargando la vista de coach',
    'Start a cycle to see this view.': 'Inicie un ciclo para ver esta vista.',
    'Nothing to align yet': 'Todavía no hay nada que alinear',
    "Once teams write objectives for this cycle, you see here how they connect to the company's.":
      'Cuando los equipos escriban objetivos para este ciclo, verá aquí cómo se relacionan con los de la empresa.',
    'Search objectives by title, owner or team':
      'Buscar objetivos por título, responsable o equipo',
    'Search objectives': 'Buscar objetivos',
    '{count} {count|objective matches|objectives match} “{query}”':
      '{count} {count|objetivo coincide|objetivos coinciden} con «{query}»',
    'No objective matches': 'Ningún objetivo coincide',
    'No objective of this cycle has “{query}” in its title, its owner’s name or its team’s.':
      'Ningún objetivo de este ciclo tiene «{query}» en su título, en el nombre de su responsable ni en el de su equipo.',
    'In {cycle}': 'En {cycle}',
    'These objectives align to each other in a circle: {loop}.':
      'Estos objetivos se alinean entre sí en círculo: {loop}.',
    'Alignment of objectives across teams': 'Alineación de los objetivos entre equipos',
    'aligns to {objectives}': 'alineado con {objectives}',
    'an objective of another cycle': 'un objetivo de otro ciclo',
    'Unknown team': 'Equipo desconocido',
    // Names the core gives: the coaching plan's rituals, a confidence trend
    'planning week': 'semana de planificación',
    'check-in': 'check‑in',
    'mid-cycle review': 'revisión de mitad de ciclo',
    'close and score': 'cierre y puntuación',
    retrospective: 'retrospectiva',
    rising: 'en aumento',
    steady: 'estable',
    falling: 'en descenso',
  },
  dialogs: {
    // Every dialog
    Cancel: 'Cancelar',
    Close: 'Cerrar',
    Done: 'Listo',
    'Saving…': 'Guardando…',
    'Retrying…': 'Reintentando…',
    Dismiss: 'Descartar',
    '{length} of {max} characters': '{length} de {max} caracteres',
    // Check in
    'Check in: {title}': 'Check‑in: {title}',
    'Someone checked in on this key result since you opened it: it is now {value}. Nothing was saved.':
      'Alguien hizo un check‑in en este resultado clave después de que lo abriera: ahora está en {value}. No se guardó nada.',
    'Someone checked in on this key result since you opened it: it is now {value} with confidence {confidence}. Nothing was saved.':
      'Alguien hizo un check‑in en este resultado clave después de que lo abriera: ahora está en {value} con confianza {confidence}. No se guardó nada.',
    'Check in on the latest': 'Hacer check‑in sobre el más reciente',
    'Yes, this value is right': 'Sí, este valor es correcto',
    'How sure are you that the target will be met?':
      '¿Hasta qué punto está seguro de que se alcanzará la meta?',
    Note: 'Nota',
    'Note (optional)': 'Nota (opcional)',
    'What changed? What will you do next?': '¿Qué cambió? ¿Qué hará a continuación?',
    'Save check-in': 'Guardar check‑in',
    'Check-in date': 'Fecha del check‑in',
    'Choose a day from {start} to today ({today}).': 'Elija un día del {start} a hoy ({today}).',
    'Choose a day from {start} to {end}.': 'Elija un día del {start} al {end}.',
    'the check-in': 'el check‑in',
    // A check-in's value and confidence
    'New value': 'Nuevo valor',
    Value: 'Valor',
    '{label} ({unit})': '{label} ({unit})',
    'Is it done?': '¿Está hecho?',
    'Which step is complete?': '¿Qué paso está completo?',
    'None yet': 'Ninguno todavía',
    'Confidence ({min} to {max})': 'Confianza (de {min} a {max})',
    '{value} of {max}': '{value} de {max}',
    // Correct or delete a check-in
    'Edit check-in: {title}': 'Editar el check‑in: {title}',
    'Delete check-in: {title}': 'Eliminar el check‑in: {title}',
    '{value}, checked in {when}': '{value}, check‑in {when}',
    '{time} by {name}': 'del {time}, por {name}',
    someone: 'alguien',
    'The check-in leaves the record and the key result goes back to its latest remaining check-in. It stays in the list’s version history with your reason.':
      'El check‑in sale del registro y el resultado clave vuelve a su último check‑in restante. Queda en el historial de versiones de la lista con su motivo.',
    'Why correct it?': '¿Por qué corregirlo?',
    'Why delete it?': '¿Por qué eliminarlo?',
    'Typed 900 for 90': 'Se escribió 900 en lugar de 90',
    'Entered on the wrong key result': 'Registrado en el resultado clave equivocado',
    'Save correction': 'Guardar corrección',
    'Delete check-in': 'Eliminar check‑in',
    // Toasts of the dialogs
    'Check-in saved: {title}. Its check-in of {day} is later and stays the latest, so it is still at {value}.':
      'Check‑in guardado: {title}. Su check‑in del {day} es posterior y sigue siendo el último, así que sigue en {value}.',
    'Check-in saved: {title} is now {value}.': 'Check‑in guardado: {title} está ahora en {value}.',
    'Check-in for {day} saved: {title} is now {value}.':
      'Check‑in del {day} guardado: {title} está ahora en {value}.',
    'Check-in for {day} saved: {title}. Its check-in of {later} is later and stays the latest, so it is still at {value}.':
      'Check‑in del {day} guardado: {title}. Su check‑in del {later} es posterior y sigue siendo el último, así que sigue en {value}.',
    'Check-in corrected: {title} is now {value}.':
      'Check‑in corregido: {title} está ahora en {value}.',
    'Check-in deleted: {title} is now {value}.':
      'Check‑in eliminado: {title} está ahora en {value}.',
    'Check-in undone: {title} is back at {value}.':
      'Check‑in deshecho: {title} vuelve a estar en {value}.',
    'The check-in was not undone': 'No se deshizo el check‑in',
    Undo: 'Deshacer',
    'Press Ctrl+M to reach Undo.': 'Pulse Ctrl+M para llegar a «Deshacer».',
    'Exported {what} to {file}': 'Se exportaron {what} a {file}',
    'Exported {keyResults} and {objectives} to {file}':
      'Se exportaron {keyResults} y {objectives} a {file}',
    '{count} {count|objective|objectives} without key results':
      '{count} {count|objetivo sin resultados clave|objetivos sin resultados clave}',
    // A key result's history
    'History: {title}': 'Historial: {title}',
    'Loading the check-in history': 'Cargando el historial de check‑ins',
    'No check-ins yet: the history starts with the first one.':
      'Todavía no hay check‑ins: el historial empieza con el primero.',
    'No check-ins yet.': 'Todavía no hay check‑ins.',
    '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest}.':
      '{count} {count|check‑in|check‑ins}. De {start} hacia {target}; el último, {latest}.',
    '{count} {count|check-in|check-ins}. From {start} towards {target}; latest {latest} with confidence {confidence} of {max}.':
      '{count} {count|check‑in|check‑ins}. De {start} hacia {target}; el último, {latest} con confianza {confidence} de {max}.',
    '{date}: {value}': '{date}: {value}',
    ', confidence {confidence} of {max}': ', confianza {confidence} de {max}',
    ', by {name}': ', por {name}',
    'Value (left scale)': 'Valor (escala izquierda)',
    'Value in {unit} (left scale)': 'Valor en {unit} (escala izquierda)',
    'Confidence (right scale)': 'Confianza (escala derecha)',
    Target: 'Meta',
    'Check-ins table': 'Tabla de check‑ins',
    'Check-ins of {title}, newest first': 'Check‑ins de {title}, los más recientes primero',
    Date: 'Fecha',
    Confidence: 'Confianza',
    Status: 'Estado',
    By: 'Por',
    From: 'Origen',
    Correct: 'Corregir',
    Unknown: 'Desconocido',
    'Corrected by {name}: {reason}': 'Corregido por {name}: {reason}',
    'Edit the check-in of {date}': 'Editar el check‑in del {date}',
    'Delete the check-in of {date}': 'Eliminar el check‑in del {date}',
    Teams: 'Teams',
    Excel: 'Excel',
    Meeting: 'Reunión',
    'Viva Goals': 'Viva Goals',
    'Imported file': 'Archivo importado',
    // Set the status
    'Set the status: {title}': 'Establecer el estado: {title}',
    'From the pace, it is {status}.': 'Según el ritmo, está {status}.',
    'When you know better (a risk the numbers do not show yet), set the status and say why: your name and the date go with it, and it stays until it is cleared.':
      'Cuando sepa más (un riesgo que las cifras todavía no muestran), establezca el estado y diga por qué: su nombre y la fecha quedan con él, y se mantiene hasta que se quite.',
    'Set now: {status}': 'Fijado ahora: {status}',
    Why: 'Motivo',
    'What the team knows that the numbers do not show.':
      'Lo que el equipo sabe y las cifras no muestran.',
    'Set status': 'Establecer estado',
    'Clear the override': 'Quitar el estado fijado',
    'None: the status follows the pace': 'Ninguno: el estado sigue el ritmo',
    'the status of “{title}”': 'el estado de «{title}»',
    Title: 'Título',
    'Status override': 'Estado fijado a mano',
    // Someone saved first
    '{who} changed {what}': '{who} cambió {what}',
    'Someone else': 'Otra persona',
    '{who} saved {fields} while you were editing. Nothing of yours is lost yet: choose which version to keep.':
      '{who} guardó {fields} mientras usted editaba. Todavía no ha perdido nada: elija qué versión conservar.',
    '{who} saved {fields} at {time} while you were editing. Nothing of yours is lost yet: choose which version to keep.':
      '{who} guardó {fields} a las {time} mientras usted editaba. Todavía no ha perdido nada: elija qué versión conservar.',
    it: 'el elemento',
    'Your version and theirs': 'Su versión y la otra',
    Field: 'Campo',
    Yours: 'Su versión',
    Theirs: 'La otra versión',
    '{who}’s': 'Versión de {who}',
    'Keep mine': 'Conservar la mía',
    'Take theirs': 'Usar la otra',
    // Discard changes
    'Discard your changes?': '¿Descartar los cambios?',
    'Your changes to {what} are not saved.': 'Sus cambios en {what} no se han guardado.',
    'Keep editing': 'Seguir editando',
    'Discard changes': 'Descartar cambios',
    // Delete an objective or key result
    'Finding what goes with it…': 'Buscando lo que va con él…',
    '1 objective aligns to it:': '1 objetivo está alineado con él:',
    '{count} objectives align to it:': '{count} objetivos están alineados con él:',
    'Align them to another objective (or to none) first; then this one can be deleted.':
      'Alinéelos primero con otro objetivo (o con ninguno); después se podrá eliminar este.',
    'Someone else changed “{title}” since you loaded it, so nothing more was deleted. Delete their version anyway, or cancel to keep it.':
      'Otra persona cambió «{title}» después de que lo cargara, así que no se eliminó nada más. Elimine su versión de todos modos o cancele para conservarla.',
    'The key result “{title}” will be deleted. Its past check-ins stay in the store’s history but no longer show anywhere. This cannot be undone in the app.':
      'Se eliminará el resultado clave «{title}». Sus check‑ins anteriores quedan en el historial del almacén, pero ya no se muestran en ninguna parte. Esto no se puede deshacer en la aplicación.',
    'The objective “{title}” will be deleted. It has no key results.':
      'Se eliminará el objetivo «{title}». No tiene resultados clave.',
    'The objective “{title}” will be deleted, with its key result (deleted first):':
      'Se eliminará el objetivo «{title}», con su resultado clave (que se elimina primero):',
    'The objective “{title}” will be deleted, with its {count} key results (deleted first):':
      'Se eliminará el objetivo «{title}», con sus {count} resultados clave (que se eliminan primero):',
    'Past check-ins stay in the store’s history but no longer show. This cannot be undone in the app.':
      'Los check‑ins anteriores quedan en el historial del almacén, pero ya no se muestran. Esto no se puede deshacer en la aplicación.',
    'Delete the key result?': '¿Eliminar el resultado clave?',
    'Delete the objective?': '¿Eliminar el objetivo?',
    'This objective cannot be deleted yet': 'Este objetivo todavía no se puede eliminar',
    'Delete key result': 'Eliminar resultado clave',
    'Delete objective': 'Eliminar objetivo',
    'Delete objective and {count} {count|key result|key results}':
      'Eliminar el objetivo y {count} {count|resultado clave|resultados clave}',
    'Deleting…': 'Eliminando…',
    'Delete anyway': 'Eliminar de todos modos',
    '{count} {count|key result was|key results were} added to the objective meanwhile, so it was not deleted. Delete the objective with {count} {count|key result|key results} now?':
      'Mientras tanto se {count|agregó|agregaron} {count} {count|resultado clave|resultados clave} al objetivo, así que no se eliminó. ¿Eliminar ahora el objetivo con {count} {count|resultado clave|resultados clave}?',
    // Copy a link by hand
    'Copy the link': 'Copiar el vínculo',
    'This app may not use the clipboard here: the link is selected, copy it with Ctrl+C (⌘C on a Mac).':
      'Esta aplicación no puede usar el Portapapeles aquí: el vínculo está seleccionado, cópielo con Ctrl+C (⌘C en un Mac).',
    // Where a link led
    'Finding the linked objective or key result…':
      'Buscando el objetivo o resultado clave vinculado…',
    'Opened from a link': 'Abierto desde un vínculo',
    '{what} is on the board of {where}, shown here.':
      '{what} está en el tablero de {where}, que se muestra aquí.',
    '{team}, {cycle}': '{team}, {cycle}',
    'Another team': 'Otro equipo',
    'The link leads nowhere': 'El vínculo no lleva a ninguna parte',
    'No board holds the objective it points to: it was deleted, or it is on a site you cannot see.':
      'Ningún tablero contiene el objetivo al que apunta: se eliminó o está en un sitio que usted no puede ver.',
    'No board holds the key result it points to: it was deleted, or it is on a site you cannot see.':
      'Ningún tablero contiene el resultado clave al que apunta: se eliminó o está en un sitio que usted no puede ver.',
    'The objective “{title}”': 'El objetivo «{title}»',
    'The key result “{title}” of “{objective}”': 'El resultado clave «{title}» de «{objective}»',
    // The reminders' menu
    'Turn reminders on': 'Activar los recordatorios',
    'Snooze for a week': 'Posponer una semana',
    'Turn reminders off': 'Desactivar los recordatorios',
    // The organisation's story, in its drawer (Why we use OKRs)
    'Close the story': 'Cerrar la historia',
    'The organisation has not written its story yet.':
      'Su organización aún no ha escrito su historia.',
    'The organisation has not written its story yet. Use Edit to tell people why you use OKRs.':
      'Su organización aún no ha escrito su historia. Use «Editar» para contar por qué usan OKR.',
    'The story, in plain text (# for headings, - for bullets)':
      'La historia, en texto sin formato (# para los títulos, - para las viñetas)',
    'Save the story': 'Guardar la historia',
    'The story is saved.': 'La historia está guardada.',
    // A date field's calendar
    'Calendar for {field}': 'Calendario de {field}',
    'Go to today': 'Ir a hoy',
    'Previous month': 'Mes anterior',
    'Next month': 'Mes siguiente',
    'Previous year': 'Año anterior',
    'Next year': 'Año siguiente',
    'Earlier years': 'Años anteriores',
    'Later years': 'Años siguientes',
    'Chosen: {day}': 'Elegido: {day}',
    'Today: {day}': 'Hoy: {day}',
    '{year}, choose another year': '{year}, elegir otro año',
    '{month}, choose another month': '{month}, elegir otro mes',
  },
  editors,
  initiativeStatuses: {
    notStarted: 'Sin empezar',
    inProgress: 'En curso',
    done: 'Hecha',
    dropped: 'Descartada',
  },
  measure: {
    done: kindWordsFor('es').done,
    notDone: kindWordsFor('es').notDone,
    notDoneYet: 'Todavía no hecho',
    ofTarget: '{value} de {target}',
    step: 'Paso {value} de {target}',
    stepNamed: '{step}: {name}',
    allSteps: 'los {count} {count|paso|pasos}',
    atOrAbove: 'en o por encima de {target}',
    atOrBelow: 'en o por debajo de {target}',
    stay: '{current} (mantener {target})',
    nowAndTarget: 'Ahora {now} · meta {target}',
    fromExcel: 'desde Excel: {place}',
    otherBoards: '{count} {count|OKR|OKR} en otros tableros',
    rollsUpFromOthers: 'se agrega desde {others}; se muestra su último check‑in',
    rolledUpSource: '{title} (peso {weight}) al {progress}',
    rolledUpFrom: 'agregado desde {sources}',
    andOthers: '{sources} · y {others}',
  },
  statuses: statusWordsFor('es'),
  nudges: {
    confidenceDroppedWithoutNote:
      'La confianza bajó de {previous} a {current}. Agregue una nota sobre lo que cambió para que el equipo pueda ayudar.',
    valueWentBackwards:
      'El valor se alejó de la meta ({previous} → {current}). ¿Es correcto? Una nota ayuda a explicarlo.',
    lineCrossed:
      'El valor está ahora en el lado equivocado de {target}. Agregue una nota sobre lo que pasó y lo que va a hacer.',
  },
  sayIssue,
  meeting,
  states,
  coach,
  config,
  programme,
};
