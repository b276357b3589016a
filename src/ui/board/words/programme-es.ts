import type { ProgrammeText } from '../../programme/programme-words';

/** The Programme area in Spanish, with the board's terms (`es.ts`): ciclo, objetivo, check-in. */
export const programme: Readonly<Record<ProgrammeText, string>> = {
  'Teams, cycles, people and roles, and how your organisation runs OKRs':
    'Equipos, ciclos, personas y roles, y cómo trabaja su organización con OKR',
  'Back to OKRs': 'Volver a los OKR',
  'Nobody is named as an admin of this OKR programme yet. As an owner of the OKR site (or one of its OKR admins) you may become its admin, and name other admins and coaches.':
    'Todavía nadie figura como administrador de este programa de OKR. Como propietario del sitio de OKR (o uno de sus administradores de OKR), puede convertirse en su administrador y designar a otros administradores y coaches.',
  'Become the admin': 'Convertirse en administrador',
  'You can read the programme here. Its admins and coaches (the OKR site\'s "OKR admins" and "OKR coaches" groups) change it.':
    'Aquí puede consultar el programa. Lo modifican sus administradores y coaches (los grupos «OKR admins» y «OKR coaches» del sitio de OKR).',
  'Checking your role': 'Comprobando su rol',
  'You are now the admin of this OKR programme.':
    'Ahora es el administrador de este programa de OKR.',
  'Loading {section}': 'Cargando: {section}',
  'Programme sections': 'Secciones del programa',
  '{count} more {count|section|sections}': '{count} {count|sección más|secciones más}',
  'Get started': 'Introducción',
  Teams: 'Equipos',
  Cycles: 'Ciclos',
  'People and roles': 'Personas y roles',
  'Operating model': 'Modelo operativo',
  'Close a cycle': 'Cerrar un ciclo',
  'Next cycle': 'Siguiente ciclo',
  'Cycle review': 'Revisión del ciclo',
  'Import and export': 'Importar y exportar',
  // Get started
  'your answers': 'sus respuestas',
  'Type the number of teams, a whole number from 1 to {max}.':
    'Escriba el número de equipos, un número entero de 1 a {max}.',
  'The operating model and the coaching plan of {cycle} are saved.':
    'Se guardaron el modelo operativo y el plan de coaching de {cycle}.',
  'The first run is for admins': 'La primera configuración es para administradores',
  'An admin answers a few questions about your organisation, with the coach, and saves the proposed operating model and coaching plan (only OKR admins change the operating model). You can read the result under Operating model and Cycles.':
    'Un administrador responde, con el coach, a unas preguntas sobre su organización y guarda el modelo operativo y el plan de coaching propuestos (solo los administradores de OKR cambian el modelo operativo). Puede consultar el resultado en Modelo operativo y Ciclos.',
  'Create the first cycle': 'Crear el primer ciclo',
  'The coaching plan dates the rituals of a cycle. Create the quarter you are planning, then come back.':
    'El plan de coaching pone fecha a los rituales de un ciclo. Cree el trimestre que está planificando y vuelva aquí.',
  'Go to Cycles': 'Ir a Ciclos',
  'Get started: your operating model and coaching plan':
    'Introducción: su modelo operativo y su plan de coaching',
  'Answer a few questions about your organisation. The coach proposes how to run OKRs here and dates the rituals of your first cycle.':
    'Responda a unas preguntas sobre su organización. El coach propone cómo trabajar aquí con OKR y pone fecha a los rituales de su primer ciclo.',
  'How many people will use OKRs?': '¿Cuántas personas usarán OKR?',
  'Up to 50': 'Hasta 50',
  '51 to 500': 'De 51 a 500',
  'More than 500': 'Más de 500',
  'How many teams will set OKRs?': '¿Cuántos equipos definirán OKR?',
  'How often will teams check in?': '¿Con qué frecuencia harán check‑in los equipos?',
  'Every week': 'Cada semana',
  'Every 2 weeks': 'Cada 2 semanas',
  'Check-in day': 'Día del check‑in',
  'Are OKRs new here?': '¿Los OKR son nuevos aquí?',
  'This site holds closed cycles with objectives, so OKRs are not new here.':
    'Este sitio contiene ciclos cerrados con objetivos, así que los OKR no son nuevos aquí.',
  'Yes, this is our first cycle': 'Sí, es nuestro primer ciclo',
  'No, we have run OKRs before': 'No, ya hemos trabajado con OKR',
  'Committed and aspirational OKRs?': '¿OKR comprometidos y aspiracionales?',
  'Both: some OKRs stretch, some are promises':
    'Ambos: algunos OKR son ambiciosos, otros son compromisos',
  'Committed only: every OKR is a promise': 'Solo comprometidos: cada OKR es un compromiso',
  'Cycle to plan': 'Ciclo que planificar',
  'Proposed operating model': 'Modelo operativo propuesto',
  'Check in every week: a short weekly rhythm keeps OKRs alive (Wodtke, Radical Focus).':
    'Haga check‑in cada semana: un ritmo semanal breve mantiene vivos los OKR (Wodtke, Radical Focus).',
  'Check in every two weeks, as you asked; KRs go stale after two missed check-ins.':
    'Haga check‑in cada dos semanas, como pidió; un resultado clave queda desactualizado tras dos check‑ins omitidos.',
  'OKRs are new here: start small, with at most 3 objectives per team and 2–4 key results each (Doerr, Measure What Matters: fewer is better).':
    'Los OKR son nuevos aquí: empiece con poco, con un máximo de 3 objetivos por equipo y de 2 a 4 resultados clave cada uno (Doerr, Measure What Matters: menos es más).',
  'Committed and aspirational OKRs both: committed ones are kept in full, aspirational ones succeed at 0.6–0.7 (Google re:Work).':
    'OKR comprometidos y aspiracionales: los comprometidos se cumplen por completo, los aspiracionales tienen éxito con 0,6–0,7 (Google re:Work).',
  'Committed OKRs only: every OKR is a promise to deliver in full, scored against 1.0.':
    'Solo OKR comprometidos: cada OKR es un compromiso de cumplirlo por completo, puntuado sobre 1,0.',
  'Many teams: align team objectives to the company’s, and name coaches so each team has someone to ask.':
    'Muchos equipos: alinee los objetivos de los equipos con los de la empresa y designe coaches para que cada equipo tenga a quién preguntar.',
  'Coaching plan': 'Plan de coaching',
  'Coaching plan for {cycle}': 'Plan de coaching de {cycle}',
  Ritual: 'Ritual',
  Past: 'Pasado',
  'Use this operating model and coaching plan':
    'Usar este modelo operativo y este plan de coaching',
  // Cycles
  Name: 'Nombre',
  Dates: 'Fechas',
  State: 'Estado',
  Time: 'Tiempo',
  None: 'Ninguno',
  '{count} {count|ritual|rituals}': '{count} {count|ritual|rituales}',
  'the cycle': 'el ciclo',
  'New cycle': 'Nuevo ciclo',
  Save: 'Guardar',
  'Create cycle': 'Crear ciclo',
  Template: 'Plantilla',
  'A quarter of a year': 'Un trimestre de un año',
  'A whole year (annual cycle)': 'Un año completo (ciclo anual)',
  'A quarter of the fiscal year': 'Un trimestre del año fiscal',
  'A whole fiscal year (annual cycle)': 'Un año fiscal entero (ciclo anual)',
  'Fiscal year': 'Año fiscal',
  'Custom dates': 'Fechas personalizadas',
  Year: 'Año',
  Quarter: 'Trimestre',
  Starts: 'Empieza',
  Ends: 'Termina',
  'Dates change only while the cycle is being planned.':
    'Las fechas solo cambian mientras el ciclo está en planificación.',
  'No cycles yet': 'Aún no hay ciclos',
  'Create the quarter you plan next. Annual and quarterly cycles may run side by side.':
    'Cree el trimestre que planificará a continuación. Los ciclos anuales y trimestrales pueden transcurrir en paralelo.',
  'Start {cycle}': 'Iniciar {cycle}',
  'Start…': 'Iniciar…',
  'Put {cycle} back to planning': 'Devolver {cycle} a planificación',
  'Back to planning': 'Volver a planificación',
  '{cycle} is back in planning: its dates can change again.':
    '{cycle} vuelve a estar en planificación: sus fechas pueden cambiar de nuevo.',
  'Close {cycle}': 'Cerrar {cycle}',
  'Close…': 'Cerrar…',
  'Reopen {cycle}': 'Reabrir {cycle}',
  Reopen: 'Reabrir',
  '{cycle} is open again.': '{cycle} vuelve a estar abierto.',
  'Delete…': 'Eliminar…',
  'Start {cycle}?': '¿Iniciar {cycle}?',
  'Start cycle': 'Iniciar ciclo',
  'Starting…': 'Iniciando…',
  '{cycle} is started: it is upcoming until {day}.':
    '{cycle} está iniciado: está próximo hasta el {day}.',
  '{cycle} is active.': '{cycle} está activo.',
  '{cycle} ({dates}) becomes active: it is the running cycle on every board when its dates come, and check-ins and reminders follow its dates. Its dates no longer change once it is active.':
    '{cycle} ({dates}) pasa a estar activo: es el ciclo en curso en cada tablero cuando llegan sus fechas, y los check‑ins y los recordatorios siguen sus fechas. Sus fechas ya no cambian una vez activo.',
  'It starts on {day}, {when}. Until then, an admin can put it back to planning.':
    'Empieza el {day}, {when}. Hasta entonces, un administrador puede devolverlo a planificación.',
  '{cycle} is deleted.': '{cycle} se eliminó.',
  '{cycle} is saved.': '{cycle} se guardó.',
  '{cycle} is created.': '{cycle} se creó.',
  'Checking what {cycle} holds…': 'Comprobando qué contiene {cycle}…',
  'Delete {cycle}': 'Eliminar {cycle}',
  'Holds {things}. They stay with it as its history: close it instead, and it keeps them, read-only.':
    'Contiene {things}. Se quedan con él como su historial: ciérrelo en su lugar y los conservará en solo lectura.',
  'Holds {things}. Delete its objectives on its board first (their key results go with them), then delete the cycle.':
    'Contiene {things}. Elimine primero sus objetivos en su tablero (sus resultados clave se eliminan con ellos) y después el ciclo.',
  objectives: 'objetivos',
  'key results': 'resultados clave',
  initiatives: 'iniciativas',
  'check-ins': 'check‑ins',
  'meeting check-in rounds': 'rondas de check‑in en reuniones',
  'Delete {cycle}?': '¿Eliminar {cycle}?',
  'Delete cycle': 'Eliminar ciclo',
  '{cycle} ({dates}) is deleted for good, with its coaching plan.':
    '{cycle} ({dates}) se elimina definitivamente, con su plan de coaching.',
  // The cycle, as '{who} changed {what}' says it
  'this cycle': 'este ciclo',
  // Teams
  'the team': 'el equipo',
  'this team': 'este equipo',
  'New team': 'Nuevo equipo',
  'Create team': 'Crear equipo',
  'Parent team': 'Equipo principal',
  'None (top level)': 'Ninguno (primer nivel)',
  'Microsoft 365 group id (optional)': 'Id. de grupo de Microsoft 365 (opcional)',
  "Links the team to its Teams team: a tab added to that team's channels offers this team first. Paste the id, or the team's link from Teams (Get link to team).":
    'Vincula el equipo con su equipo de Teams: una pestaña agregada a los canales de ese equipo ofrece primero este equipo. Pegue el id. o el vínculo del equipo desde Teams (Obtener vínculo al equipo).',
  'Team owners': 'Propietarios del equipo',
  Owners: 'Propietarios',
  'Microsoft 365 group': 'Grupo de Microsoft 365',
  Archived: 'Archivado',
  'Give the team a name.': 'Asigne un nombre al equipo.',
  'Keep the name to {max} characters or fewer (it has {length}).':
    'El nombre no puede superar los {max} caracteres (tiene {length}).',
  '“{name}” is an archived team: restore it, or give this team another name.':
    '«{name}» es un equipo archivado: restáurelo o asigne otro nombre a este equipo.',
  'There is already a team called “{name}”: give this one another name.':
    'Ya existe un equipo llamado «{name}»: asigne otro nombre a este.',
  'A Microsoft 365 group id looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Teams admin center → the team → Group id), or paste the team’s link (in Teams: … beside the team → Get link to team).':
    'Un id. de grupo de Microsoft 365 tiene este aspecto: 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Centro de administración de Teams → el equipo → Id. de grupo), o pegue el vínculo del equipo (en Teams: … junto al equipo → Obtener vínculo al equipo).',
  'This team': 'Este equipo',
  '{team} is active again: it is offered for channel tabs and as a parent team.':
    '{team} vuelve a estar activo: se ofrece para las pestañas de canal y como equipo principal.',
  '{team} is archived. Its objectives are kept as they were.':
    '{team} se archivó. Sus objetivos se conservan como estaban.',
  '{team} is archived. Its objectives in {cycles} are kept as they were.':
    '{team} se archivó. Sus objetivos de {cycles} se conservan como estaban.',
  '{team} is archived. It had no objectives; nothing else changed.':
    '{team} se archivó. No tenía objetivos; no cambió nada más.',
  'No teams yet': 'Aún no hay equipos',
  'Start with the company itself, then the teams under it. Each team gets its own board.':
    'Empiece por la propia empresa y después por los equipos que dependen de ella. Cada equipo tiene su propio tablero.',
  Parent: 'Principal',
  'Linked Teams team': 'Equipo de Teams vinculado',
  Linked: 'Vinculado',
  'Restore {team}': 'Restaurar {team}',
  'Archive {team}': 'Archivar {team}',
  Restore: 'Restaurar',
  Archive: 'Archivar',
  '{team} is saved.': '{team} se guardó.',
  '{team} is created.': '{team} se creó.',
  'Archive {team}?': '¿Archivar {team}?',
  'Archiving…': 'Archivando…',
  'Reading where {team} has objectives…': 'Leyendo dónde tiene objetivos {team}…',
  'Whatever objectives {team} has are kept as they are.':
    'Los objetivos que tenga {team} se conservan como están.',
  '{team} has objectives in {cycles}. They are kept as they are: nothing is deleted or made read-only, and they still show on its board, in All OKRs and in the roll-ups of the teams above it.':
    '{team} tiene objetivos en {cycles}. Se conservan como están: no se elimina nada ni pasa a solo lectura, y siguen apareciendo en su tablero, en Todos los OKR y en los resúmenes de los equipos superiores.',
  '{team} has no objectives in any cycle.': '{team} no tiene objetivos en ningún ciclo.',
  'Once archived, {team} is no longer offered when a channel tab is set up, as a parent team, or when a cycle is closed by team. Channel tabs already showing its board keep showing it.':
    'Una vez archivado, {team} deja de ofrecerse al configurar una pestaña de canal, como equipo principal o al cerrar un ciclo por equipo. Las pestañas de canal que ya muestran su tablero lo siguen mostrando.',
  'The teams under it stay active: {teams}.':
    'Los equipos que dependen de él siguen activos: {teams}.',
  'Restore brings {team} back at any time, here under Teams.':
    'Restaurar recupera {team} en cualquier momento, aquí en Equipos.',
  // People and roles
  'the admins and coaches': 'los administradores y coaches',
  'Admins and coaches are saved.': 'Se guardaron los administradores y los coaches.',
  "Admins set up teams, cycles and the operating model, and run the first run. Coaches close cycles and start the next, correct check-ins and delete OKRs; they also see the coach view of health across teams. These are the OKR site's SharePoint groups: only admins and the site's owners (who are admins too) change them.":
    'Los administradores configuran los equipos, los ciclos y el modelo operativo, y realizan la primera configuración. Los coaches cierran ciclos e inician el siguiente, corrigen check‑ins y eliminan OKR; también ven la vista de coach con el estado de los equipos. Son los grupos de SharePoint del sitio de OKR: solo los administradores y los propietarios del sitio (que también son administradores) los cambian.',
  'Looking up admins and coaches': 'Buscando administradores y coaches',
  Admins: 'Administradores',
  'Nobody yet': 'Nadie todavía',
  'Site owners': 'Propietarios del sitio',
  "Admins too, as owners of the OKR site: they are named in the site's permissions in SharePoint.":
    'También administradores, como propietarios del sitio de OKR: figuran en los permisos del sitio en SharePoint.',
  Nobody: 'Nadie',
  Coaches: 'Coaches',
  'Save roles': 'Guardar roles',
  // Operating model
  'Check-ins': 'Check‑ins',
  'Reminders follow these settings: on each check-in day, at 09:00 in their own time zone, every key result owner who has not checked in yet gets one notice in their Teams activity feed, and coaches a weekly digest. Anyone can snooze or turn off their own reminders in My OKRs.':
    'Los recordatorios siguen estos ajustes: cada día de check‑in, a las 09:00 en su propia zona horaria, cada responsable de un resultado clave que aún no ha hecho su check‑in recibe un aviso en su fuente de actividades de Teams, y los coaches un resumen semanal. Cada persona puede posponer o desactivar sus propios recordatorios en Mis OKR.',
  'Days between check-ins': 'Días entre check‑ins',
  'A KR is stale after (days)': 'Un resultado clave queda desactualizado tras (días)',
  'Confidence and scores': 'Confianza y puntuaciones',
  'Lowest confidence': 'Confianza más baja',
  'Highest confidence': 'Confianza más alta',
  'Top score': 'Puntuación máxima',
  'Sweet spot from (fraction of the top)': 'Zona ideal desde (fracción del máximo)',
  'Sweet spot to (fraction of the top)': 'Zona ideal hasta (fracción del máximo)',
  Pace: 'Ritmo',
  'At risk when behind by (fraction)': 'En riesgo con un retraso de (fracción)',
  'Off track when behind by (fraction)': 'Desviado con un retraso de (fracción)',
  Limits: 'Límites',
  'Objectives per team, at most': 'Objetivos por equipo, como máximo',
  'Key results per objective, at least': 'Resultados clave por objetivo, como mínimo',
  'Key results per objective, at most': 'Resultados clave por objetivo, como máximo',
  'Longest title (characters)': 'Título más largo (caracteres)',
  'Longest description (characters)': 'Descripción más larga (caracteres)',
  'Longest check-in note (characters)': 'Nota de check‑in más larga (caracteres)',
  'Fiscal year starts in': 'El año fiscal empieza en',
  'Fiscal years are named by': 'Los años fiscales se nombran por',
  'The year they end in': 'el año en que terminan',
  'The year they start in': 'el año en que empiezan',
  'The year they end in: FY{year} starts in {month}':
    'el año en que terminan: el año fiscal {year} empieza en {month}',
  'The year they start in: FY{year} starts in {month}':
    'el año en que empiezan: el año fiscal {year} empieza en {month}',
  'Starting in January, the fiscal year is the calendar year: FY{year} either way.':
    'Si empieza en enero, el año fiscal es el año natural: el año fiscal {year} en ambos casos.',
  'Commitment, language and story': 'Compromiso, idioma e historia',
  'Allow aspirational OKRs (besides committed ones)':
    'Permitir OKR aspiracionales (además de los comprometidos)',
  'Language the OKRs and the coach’s messages are in':
    'Idioma de los OKR y de los mensajes del coach',
  'Why we use OKRs (the story)': 'Por qué usamos OKR (la historia)',
  on: 'activado',
  off: 'desactivado',
  'the built-in story': 'la historia incluida',
  'Default: {value}': 'Predeterminado: {value}',
  'weekly Monday commitments': 'compromisos semanales de los lunes',
  'confidence out of 10, starting at 5/10': 'confianza sobre 10, empezando en 5/10',
  'grade 0.0–1.0, sweet spot 0.6–0.7': 'calificación de 0,0 a 1,0, lo ideal entre 0,6 y 0,7',
  'compare progress with the time elapsed': 'comparar el avance con el tiempo transcurrido',
  'three to five objectives, three to five key results':
    'de tres a cinco objetivos, de tres a cinco resultados clave',
  'committed and aspirational OKRs': 'OKR comprometidos y aspiracionales',
  'the operating model': 'el modelo operativo',
  'this operating model': 'este modelo operativo',
  'The operating model is saved.': 'Se guardó el modelo operativo.',
  'How your organisation runs OKRs. Every setting shows its default and where that default comes from.':
    'Cómo trabaja su organización con OKR. Cada ajuste muestra su valor predeterminado y de dónde procede.',
  'What changes in {cycle}': 'Qué cambia en {cycle}',
  'What changes in the current cycle': 'Qué cambia en el ciclo actual',
  'Save the operating model': 'Guardar el modelo operativo',
  '{count} {count|objective now exceeds|objectives now exceed} the limit of {limit} {limit|KR|KRs} ({before} with the saved model).':
    '{count} {count|objetivo supera|objetivos superan} ahora el límite de {limit} {limit|resultado clave|resultados clave} ({before} con el modelo guardado).',
  '{count} {count|objective has|objectives have} fewer than {limit} {limit|KR|KRs} ({before} with the saved model).':
    '{count} {count|objetivo tiene|objetivos tienen} menos de {limit} {limit|resultado clave|resultados clave} ({before} con el modelo guardado).',
  '{count} {count|team has|teams have} more than {limit} {limit|objective|objectives} ({before} with the saved model).':
    '{count} {count|equipo tiene|equipos tienen} más de {limit} {limit|objetivo|objetivos} ({before} con el modelo guardado).',
  '{count} {count|key result counts|key results count} as stale ({before} with the saved model).':
    '{count} {count|resultado clave cuenta|resultados clave cuentan} como desactualizados ({before} con el modelo guardado).',
  '{count} {count|aspirational objective|aspirational objectives} would have to become committed before their next save.':
    '{count} {count|objetivo aspiracional tendría|objetivos aspiracionales tendrían} que pasar a comprometidos antes de su próximo guardado.',
  'Check-ins come every {count} {count|day|days} instead of {before}; coaching plans made from now on use the new rhythm.':
    'Los check‑ins se hacen cada {count} {count|día|días} en lugar de cada {before}; los planes de coaching creados a partir de ahora siguen el nuevo ritmo.',
  'With {count} days between check-ins, the check-in day moves through the week ({days}), and reminders with it. They keep to {weekday} with 7, 14 or 21 days, or 30 for the first {weekday} of each month.':
    'Con {count} días entre check‑ins, el día del check‑in se desplaza por la semana ({days}), y los recordatorios con él. Caen en {weekday} con 7, 14 o 21 días, o 30 para el primer {weekday} de cada mes.',
  // Close a cycle
  'the scores and learnings': 'las puntuaciones y los aprendizajes',
  'A team not found': 'Un equipo no encontrado',
  '{cycle} is closed. Its OKRs are read-only now.':
    '{cycle} está cerrado. Sus OKR son ahora de solo lectura.',
  'Scores and learnings are saved.': 'Se guardaron las puntuaciones y los aprendizajes.',
  '{length} of {max} characters': '{length} de {max} caracteres',
  'Close {cycle}?': '¿Cerrar {cycle}?',
  'Closing…': 'Cerrando…',
  "The scores and answers here are saved, and every team's OKRs in {cycle} become read-only: no more check-ins or changes. An admin can reopen it under Cycles.":
    'Las puntuaciones y respuestas de aquí se guardan, y los OKR de todos los equipos en {cycle} pasan a ser de solo lectura: no más check‑ins ni cambios. Un administrador puede reabrirlo en Ciclos.',
  '{cycle} becomes read-only: no objectives can be added to it. An admin can reopen it under Cycles.':
    '{cycle} pasa a ser de solo lectura: ya no se le pueden agregar objetivos. Un administrador puede reabrirlo en Ciclos.',
  '{cycle} still runs: it ends {when}, on {end:day}.':
    '{cycle} sigue en curso: termina {when}, el {end:day}.',
  '{count} {count|team has|teams have} no retrospective yet: {teams}.':
    '{count} {count|equipo aún no tiene|equipos aún no tienen} retrospectiva: {teams}.',
  '{cycle} is closed': '{cycle} está cerrado',
  'Its scores and learnings are kept, and its OKRs are read-only. Next, carry the unfinished OKRs into the next cycle, and look back at how this one ran in the cycle review.':
    'Sus puntuaciones y aprendizajes se conservan, y sus OKR son de solo lectura. A continuación, traslade los OKR sin terminar al siguiente ciclo y repase cómo fue este en la revisión del ciclo.',
  'Start the next cycle': 'Iniciar el siguiente ciclo',
  'Open the cycle review': 'Abrir la revisión del ciclo',
  'No cycle to close': 'No hay ningún ciclo que cerrar',
  'Only an active cycle is closed. Closed cycles are read-only; an admin can reopen one under Cycles.':
    'Solo se cierra un ciclo activo. Los ciclos cerrados son de solo lectura; un administrador puede reabrir uno en Ciclos.',
  'Committed · score {score}': 'Comprometido · puntuación {score}',
  'Aspirational · score {score}': 'Aspiracional · puntuación {score}',
  'Scores of {title}': 'Puntuaciones de {title}',
  Proposed: 'Propuesta',
  Score: 'Puntuación',
  'Reason for a changed score': 'Motivo de una puntuación cambiada',
  'Score of {title}': 'Puntuación de {title}',
  'Reason for the score of {title}': 'Motivo de la puntuación de {title}',
  'What went well, and why?': '¿Qué salió bien y por qué?',
  'What got in the way?': '¿Qué nos lo impidió?',
  'What will we do differently next cycle?': '¿Qué haremos de otra forma en el siguiente ciclo?',
  'Each key result gets a score from 0 to {max}, proposed from its progress. Change it with a reason; objectives roll up by weight. Then answer the retrospective questions.':
    'Cada resultado clave recibe una puntuación de 0 a {max}, propuesta a partir de su progreso. Cámbiela indicando un motivo; los objetivos se calculan según el peso de sus resultados clave. Después, responda a las preguntas de la retrospectiva.',
  'All teams': 'Todos los equipos',
  'Loading the cycle’s OKRs': 'Cargando los OKR del ciclo',
  'No objectives to score': 'No hay objetivos que puntuar',
  'This cycle has no objectives for the chosen team.':
    'Este ciclo no tiene objetivos para el equipo elegido.',
  '{cycle} holds no objectives. Close it to make it read-only, or delete it if it was made by mistake.':
    '{cycle} no contiene objetivos. Ciérrelo para que sea de solo lectura, o elimínelo si se creó por error.',
  'Close {cycle}…': 'Cerrar {cycle}…',
  'Delete {cycle}…': 'Eliminar {cycle}…',
  'Sandbagging signal': 'Señal de objetivos demasiado prudentes',
  'score.committed.met': 'Comprometido y cumplido: {score} es el resultado esperado.',
  'score.committed.missed':
    'Comprometido, pero con una puntuación de {score}: un OKR comprometido debe alcanzar {max}. Explique qué lo impidió y qué cambia.',
  'score.aspirational.belowSweetSpot':
    'Puntuación de {score}, por debajo de la zona ideal de {low} a {high}. Tómelo como un dato: ¿estaba fuera de alcance o cambiaron las prioridades?',
  'score.aspirational.sweetSpot':
    'Puntuación de {score}: en la zona ideal de {low} a {high} para un OKR aspiracional. Bien planteado.',
  'score.aspirational.aboveSweetSpot':
    'Puntuación de {score}, por encima de la zona ideal de {low} a {high}. Un resultado sólido; ¿podría el siguiente apuntar más alto?',
  'score.aspirational.fullyAchieved':
    'Un OKR aspiracional con una puntuación de {score}. Si esto se repite, puede que los objetivos no sean lo bastante ambiciosos.',
  'score.sandbagging':
    'Los OKR aspiracionales obtuvieron {max} durante {cycles} ciclos seguidos; eso indica que los objetivos se fijan con demasiada prudencia.',
  'Someone else changed some of these meanwhile': 'Otra persona cambió algunos mientras tanto',
  '{who} changed “{title}” since you opened it.':
    '{who} cambió «{title}» después de que lo abriera.',
  'The rest is saved. Reload to see their changes, then save these again.':
    'El resto se guardó. Vuelva a cargar para ver sus cambios y, después, guarde de nuevo estos.',
  Reload: 'Volver a cargar',
  'Some scores or answers need fixing (see the fields above). Nothing was saved.':
    'Hay puntuaciones o respuestas que corregir (vea los campos de arriba). No se guardó nada.',
  'Save scores and learnings': 'Guardar puntuaciones y aprendizajes',
  'Save and close {cycle}': 'Guardar y cerrar {cycle}',
  'To close {cycle}, choose All teams: it closes for every team, and each key result not scored yet gets the score its progress earns.':
    'Para cerrar {cycle}, elija Todos los equipos: se cierra para todos los equipos, y cada resultado clave aún sin puntuar recibe la puntuación que le corresponde por su progreso.',
  'Start the next cycle…': 'Iniciar el siguiente ciclo…',
  // Next cycle
  'All are in {cycle} already': 'Todos ya están en {cycle}',
  '{chosen} of {count} {count|objective|objectives}':
    '{chosen} de {count} {count|objetivo|objetivos}',
  '{chosen} of {count} {count|key result|key results}':
    '{chosen} de {count} {count|resultado clave|resultados clave}',
  'Chosen: {what}': 'Selección: {what}',
  'Chosen: {what}; the others are in {cycle} already':
    'Selección: {what}; los demás ya están en {cycle}',
  'Select all of {team}’s objectives and key results':
    'Seleccionar todo: objetivos y resultados clave de {team}',
  'Select all objectives and key results':
    'Seleccionar todo: todos los objetivos y resultados clave',
  'Select none of {team}’s objectives and key results':
    'No seleccionar nada: objetivos y resultados clave de {team}',
  'Select none of the objectives and key results':
    'No seleccionar nada: ninguno de los objetivos y resultados clave',
  '{count} open {count|initiative|initiatives}':
    '{count} {count|iniciativa abierta|iniciativas abiertas}',
  'In {cycle} now: {what}.': 'Ahora en {cycle}: {what}.',
  'Nothing was carried into {cycle}.': 'No se trasladó nada a {cycle}.',
  'Carry {what} into {cycle}': 'Trasladar {what} a {cycle}',
  'Nothing chosen to carry into {cycle}': 'Nada elegido para trasladar a {cycle}',
  'Not carried: {titles}. They are still chosen below; carrying again adds only what is missing.':
    'No trasladado: {titles}. Siguen elegidos abajo; trasladar de nuevo solo añade lo que falta.',
  'Not in {cycle} yet, under what it holds already: {titles}. They are chosen below; untick a key result to leave it in {source}.':
    'Aún no en {cycle}, bajo lo que ya contiene: {titles}. Están elegidos abajo; desmarque un resultado clave para dejarlo en {source}.',
  '{cycle} is created, in planning.': '{cycle} se creó, en planificación.',
  // The visible words begin each name (label in name, WCAG 2.5.3).
  'Select all': 'Seleccionar todo',
  'Select none': 'No seleccionar nada',
  'Already in {cycle}': 'Ya en {cycle}',
  'Left out of {cycle}': 'Dejado fuera de {cycle}',
  'Left out of {cycle} for every coach: {what}.':
    'Dejado fuera de {cycle} para todos los coaches: {what}.',
  'Offered again for {cycle}: they are chosen below.':
    'Ofrecidos de nuevo para {cycle}: están elegidos abajo.',
  'Left out of {cycle} by choice: {titles}. Tick one to carry it after all, or offer them all again.':
    'Dejados fuera de {cycle} por decisión: {titles}. Marque uno para trasladarlo de todos modos, u ofrézcalos todos de nuevo.',
  'Offer them again': 'Ofrecerlos de nuevo',
  'What you left out is not kept: this OKR site has no column for it yet (RolloverLeftOut in OKR Cycles). An admin adds it by running the site set-up again (npm run provision-lists); until then, a reload offers it again.':
    'Lo que dejó fuera no se guarda: este sitio de OKR aún no tiene una columna para ello (RolloverLeftOut en OKR Cycles). Un administrador la añade ejecutando de nuevo la configuración del sitio (npm run provision-lists); hasta entonces, al recargar se ofrece de nuevo.',
  'Coaches and admins start the next cycle':
    'Los coaches y los administradores inician el siguiente ciclo',
  'They carry unfinished objectives and key results over, each starting where it ended.':
    'Trasladan los objetivos y resultados clave sin terminar, cada uno desde donde se quedó.',
  'Nothing to roll over yet': 'Aún no hay nada que trasladar',
  'Once a cycle has run, its unfinished OKRs can carry over into the next.':
    'Cuando un ciclo haya transcurrido, sus OKR sin terminar pueden trasladarse al siguiente.',
  'Unfinished objectives and key results are chosen for you. Each key result starts where it ended, with its phased targets and open initiatives; an alignment is kept when what it points to comes along too or runs on in a cycle spanning the next.':
    'Los objetivos y resultados clave sin terminar ya están elegidos. Cada resultado clave empieza desde donde se quedó, con sus objetivos intermedios y sus iniciativas abiertas; una alineación se conserva cuando aquello a lo que apunta también se traslada o continúa en un ciclo que abarca el siguiente.',
  Into: 'Destino',
  'No cycle follows {cycle} yet.': 'Aún no hay ningún ciclo después de {cycle}.',
  'No cycle follows {cycle} yet: an admin creates it under Cycles.':
    'Aún no hay ningún ciclo después de {cycle}: un administrador lo crea en Ciclos.',
  'Create {cycle} ({start:day} to {end:day})': 'Crear {cycle} (del {start:day} al {end:day})',
  'Objectives and key results to carry over': 'Objetivos y resultados clave que trasladar',
  'Key results of {title}': 'Resultados clave de {title}',
  'Carry over': 'Trasladar',
  'Alignments and roll-ups': 'Alineaciones y agregaciones',
  Kept: 'Se conservan',
  'Cannot be kept': 'No se pueden conservar',
  '“{from}” stays aligned to “{to}”, carried too':
    '«{from}» sigue alineado con «{to}», que también se traslada',
  '“{from}” stays aligned to “{to}” in {cycle}': '«{from}» sigue alineado con «{to}» en {cycle}',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}':
    '«{from}» pierde su alineación con «{to}», que se queda en {cycle}',
  '“{from}” loses its alignment to an objective no longer found':
    '«{from}» pierde su alineación con un objetivo que ya no se encuentra',
  '“{from}” still rolls up from “{to}”, carried too':
    '«{from}» sigue agregando «{to}», que también se traslada',
  '“{from}” still rolls up from “{to}” in {cycle}': '«{from}» sigue agregando «{to}» en {cycle}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}':
    '«{from}» deja de agregar «{to}», que se queda en {cycle}',
  '“{from}” no longer rolls up from an item no longer found':
    '«{from}» deja de agregar un elemento que ya no se encuentra',
  '{count} open {count|initiative comes|initiatives come} along with {count|its key result|their key results}.':
    '{count} {count|iniciativa abierta se traslada|iniciativas abiertas se trasladan} con {count|su resultado clave|sus resultados clave}.',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, a closed cycle':
    '«{from}» pierde su alineación con «{to}», que se queda en {cycle}, un ciclo cerrado',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends':
    '«{from}» pierde su alineación con «{to}», que se queda en {cycle}, que termina el {end:day}, antes de que termine {next}',
  '“{from}” loses its alignment to “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts':
    '«{from}» pierde su alineación con «{to}», que se queda en {cycle}, que empieza el {start:day}, después de que empiece {next}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, a closed cycle':
    '«{from}» deja de agregar «{to}», que se queda en {cycle}, un ciclo cerrado',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, ending on {end:day}, before {next} ends':
    '«{from}» deja de agregar «{to}», que se queda en {cycle}, que termina el {end:day}, antes de que termine {next}',
  '“{from}” no longer rolls up from “{to}”, which stays in {cycle}, starting on {start:day}, after {next} starts':
    '«{from}» deja de agregar «{to}», que se queda en {cycle}, que empieza el {start:day}, después de que empiece {next}',
  // Cycle review
  'No committed objective was scored when this cycle closed':
    'No se puntuó ningún objetivo comprometido al cerrar este ciclo',
  'No committed objective is scored yet: scores come when the cycle closes':
    'Aún no hay ningún objetivo comprometido puntuado: las puntuaciones llegan al cerrar el ciclo',
  '{hit} of {count} {count|scored committed objective|scored committed objectives} reached a score of {top}':
    '{hit} de {count} {count|objetivo comprometido puntuado|objetivos comprometidos puntuados} {hit|alcanzó|alcanzaron} una puntuación de {top}',
  'Does not apply: this cycle was imported, and its check-ins show no regular rhythm to judge them by':
    'No procede: este ciclo se importó y sus check‑ins no muestran un ritmo regular con el que evaluarlos',
  '{onTime} of {count} {count|check-in|check-ins} due came on time':
    '{onTime} de {count} {count|check‑in previsto|check‑ins previstos} {onTime|llegó|llegaron} a tiempo',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the weekly rhythm its imported check-ins show':
    '{onTime} de {count} {count|check‑in previsto|check‑ins previstos} {onTime|llegó|llegaron} a tiempo, según el ritmo semanal que muestran sus check‑ins importados',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the fortnightly rhythm its imported check-ins show':
    '{onTime} de {count} {count|check‑in previsto|check‑ins previstos} {onTime|llegó|llegaron} a tiempo, según el ritmo quincenal que muestran sus check‑ins importados',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the monthly rhythm its imported check-ins show':
    '{onTime} de {count} {count|check‑in previsto|check‑ins previstos} {onTime|llegó|llegaron} a tiempo, según el ritmo mensual que muestran sus check‑ins importados',
  '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the rhythm of every {days} days its imported check-ins show':
    '{onTime} de {count} {count|check‑in previsto|check‑ins previstos} {onTime|llegó|llegaron} a tiempo, según el ritmo de cada {days} días que muestran sus check‑ins importados',
  'Key results per score band': 'Resultados clave por tramo de puntuación',
  '{from} to under {to}': 'De {from} a menos de {to}',
  '{from} to {to}': 'De {from} a {to}',
  'No cycle to review yet': 'Aún no hay ningún ciclo que revisar',
  'A cycle shows here once it has started.': 'Un ciclo aparece aquí una vez que ha empezado.',
  'The whole organisation': 'Toda la organización',
  'Working out the review': 'Preparando la revisión',
  'No key results to review in {cycle}': 'No hay resultados clave que revisar en {cycle}',
  '{team} has no key results in this cycle. Choose another team, or the whole organisation.':
    '{team} no tiene resultados clave en este ciclo. Elija otro equipo o toda la organización.',
  'The review shows check-ins, confidence and scores once the cycle holds key results.':
    'La revisión muestra los check‑ins, la confianza y las puntuaciones cuando el ciclo contiene resultados clave.',
  'Check-ins on time': 'Check‑ins a tiempo',
  'Committed OKRs met': 'OKR comprometidos cumplidos',
  'Average confidence over time': 'Confianza media a lo largo del tiempo',
  'The first check-in day is still ahead.': 'El primer día de check‑in aún no ha llegado.',
  'No key result has been given a confidence at a check-in yet.':
    'Aún no se ha indicado la confianza de ningún resultado clave en un check‑in.',
  'Score distribution': 'Distribución de las puntuaciones',
  'Key result scores': 'Puntuaciones de los resultados clave',
  'No key result was scored when this cycle closed.':
    'No se puntuó ningún resultado clave al cerrar este ciclo.',
  'No key result is scored yet: scores come when the cycle closes.':
    'Aún no hay ningún resultado clave puntuado: las puntuaciones llegan al cerrar el ciclo.',
  '{day:day}: {average} of {max}': '{day:day}: {average} de {max}',
  'Average confidence {point}.': 'Confianza media {point}.',
  'Average confidence from {earliest} to {latest}, over {count} {count|check-in day|check-in days}.':
    'Confianza media de {earliest} a {latest}, en {count} {count|día de check‑in|días de check‑in}.',
  'No confidence given yet.': 'Aún no se ha indicado ninguna confianza.',
  'Average confidence of the key results, from 0 to {max}, at each check-in day':
    'Confianza media de los resultados clave, de 0 a {max}, en cada día de check‑in',
  'Confidence table': 'Tabla de confianza',
  'Average confidence per check-in day': 'Confianza media por día de check‑in',
  'Average confidence': 'Confianza media',
  'None given yet': 'Aún no se ha indicado',
};
