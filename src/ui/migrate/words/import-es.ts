import type { ImportTranslation } from '../import-words';

// The core's validation messages in this language, for a draft the core refuses.
export { sayIssue } from '../../../core/issue-words';

/**
 * The Import and export page and its reports in Spanish, with the board's words («usted»,
 * «objetivo», «resultado clave», «check-in», «ciclo»); Jira's issues are its Spanish
 * «incidencias». The source tools' column names and the products' names stay as written.
 */
export const words: ImportTranslation = {
  // The page
  'Move in from Viva Goals or a spreadsheet': 'Migrar desde Viva Goals o una hoja de cálculo',
  'Import from Viva Goals or a spreadsheet': 'Importar desde Viva Goals o una hoja de cálculo',
  "A Viva Goals organisation export (.zip), a Viva Goals explorer export (.csv or .xlsx), the OKR Coach template, your own sheet with one row per key result (an Objective and a Key result column; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due and Notes if you have them) or one row per objective (its key results in numbered columns: KR1, KR1 Target, KR1 Current, KR2, …), a goal list exported from another OKR tool (one row per goal with a Parent goal column, an outline number such as 1.2, key results indented under their objective, or a Type of Objective, Key result or Initiative on each row), as .csv or .xlsx, or such goal records as JSON, as a tool's API gives them, or Jira issues (CSV), as Jira's Export CSV writes them. You see what would be imported before anything is written; importing the same file again updates what it wrote and adds nothing twice.":
    'Una exportación de organización de Viva Goals (.zip), una exportación del explorador de Viva Goals (.csv o .xlsx), la plantilla de OKR Coach, su propia hoja con una fila por resultado clave (una columna «Objective» y una columna «Key result»; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due y Notes si las tiene) o una fila por objetivo (sus resultados clave en columnas numeradas: KR1, KR1 Target, KR1 Current, KR2, …), una lista de metas exportada de otra herramienta de OKR (una fila por meta con una columna «Parent goal», un número de esquema como 1.2, resultados clave con sangría bajo su objetivo, o un Type «Objective», «Key result» o «Initiative» en cada fila), en .csv o .xlsx, o esas metas en JSON, tal como las da la API de una herramienta, o incidencias de Jira (CSV), tal como las escribe «Export CSV» de Jira. Verá lo que se importaría antes de que se escriba nada; importar de nuevo el mismo archivo actualiza lo que escribió y no añade nada dos veces.',
  'Drag a file here, or': 'Arrastre un archivo aquí, o',
  'Choose a file': 'Elegir un archivo',
  'Download the template (example)': 'Descargar la plantilla (ejemplo)',
  'Reading {file}…': 'Leyendo {file}…',
  'This file cannot be imported': 'Este archivo no se puede importar',
  'The import reads:': 'La importación lee:',
  // The dry run
  '{format}: what the import writes': '{format}: lo que escribe la importación',
  'Teams: {count} new; {changed} {onSite}.':
    'Equipos: {count} {count|nuevo|nuevos}; {changed} {onSite}.',
  'Everything maps': 'Todo se puede importar',
  'What is changed or left out ({count})': 'Lo que se cambia o se omite ({count})',
  'What happens': 'Qué ocurre',
  'Where and why': 'Dónde y por qué',
  Changed: 'Cambiado',
  'Left out': 'Omitido',
  '{count} more {count|is|are} in the report.': '{count} más {count|figura|figuran} en el informe.',
  'Not found in your directory': 'No encontrado en su directorio',
  '{count} {count|person is|people are} kept by name only: {names}.':
    '{count} {count|persona se conserva|personas se conservan} solo por su nombre: {names}.',
  // The run and its outcome
  'Importing {kind}: {done} of {total}': 'Importando {kind}: {done} de {total}',
  'Import stopped': 'Importación detenida',
  'Imported, with {count} not written': 'Importado, con {count} sin escribir',
  'Not imported: {count} not written': 'No importado: {count} sin escribir',
  Imported: 'Importado',
  '{written}.': '{written}.',
  'Import the file again to continue; nothing is written twice.':
    'Importe de nuevo el archivo para continuar; nada se escribe dos veces.',
  'Each is listed below with why: correct the file and import it again. What was written is updated, not made twice.':
    'Cada uno aparece abajo con el motivo: corrija el archivo e impórtelo de nuevo. Lo que ya se escribió se actualiza, no se crea dos veces.',
  'Not written ({count})': 'Sin escribir ({count})',
  'What happened': 'Qué ocurrió',
  'Not written': 'Sin escribir',
  'Nothing to import: this file would write nothing, as everything in it is already on your site as the file has it, left as your site has it, or skipped (each named above). Choose another file to import.':
    'Nada que importar: este archivo no escribiría nada, porque todo lo que contiene ya está en su sitio tal como lo tiene el archivo, se deja como lo tiene su sitio o se omite (cada caso se indica arriba). Elija otro archivo para importar.',
  'Only an admin of the OKR programme can import.':
    'Solo un administrador del programa de OKR puede importar.',
  Stop: 'Detener',
  Import: 'Importar',
  'Import again': 'Importar de nuevo',
  'See the imported OKRs': 'Ver los OKR importados',
  'They open in All OKRs, every team’s board, on {cycle}.':
    'Se abren en Todos los OKR, el tablero de todos los equipos, en el ciclo {cycle}.',
  'They open in All OKRs, every team’s board, on {cycle}: the latest of the {count} cycles imported. Its cycle switcher shows the others.':
    'Se abren en Todos los OKR, el tablero de todos los equipos, en el ciclo {cycle}: el más reciente de los {count} ciclos importados. Su selector de ciclo muestra los demás.',
  'Download the report': 'Descargar el informe',
  'Choose another file': 'Elegir otro archivo',
  // Export
  'Export everything': 'Exportar todo',
  "Every cycle, team, objective, key result, initiative and check-in, in the Viva Goals export's JSON shape (which this page imports) or as the template spreadsheet (CSV or Excel). Edit the file and import it here again: the OKRs it names are updated, not made twice.":
    'Todos los ciclos, equipos, objetivos, resultados clave, iniciativas y check-ins, con la forma JSON de la exportación de Viva Goals (que esta página importa) o como la hoja de la plantilla (CSV o Excel). Edite el archivo e impórtelo aquí de nuevo: los OKR que nombra se actualizan, no se crean dos veces.',
  'Export as JSON (.zip)': 'Exportar como JSON (.zip)',
  'Export as CSV': 'Exportar como CSV',
  'Export as Excel': 'Exportar como Excel',
  'Exporting…': 'Exportando…',

  // The report: kinds counted, and as a count's label
  '{count} {count|team|teams}': '{count} {count|equipo|equipos}',
  '{count} {count|cycle|cycles}': '{count} {count|ciclo|ciclos}',
  '{count} {count|objective|objectives}': '{count} {count|objetivo|objetivos}',
  '{count} {count|key result|key results}': '{count} {count|resultado clave|resultados clave}',
  '{count} {count|initiative|initiatives}': '{count} {count|iniciativa|iniciativas}',
  '{count} {count|check-in|check-ins}': '{count} {count|check-in|check-ins}',
  teams: 'equipos',
  cycles: 'ciclos',
  objectives: 'objetivos',
  'key results': 'resultados clave',
  initiatives: 'iniciativas',
  'check-ins': 'check-ins',
  // The kinds of file
  'Viva Goals organisation export': 'Exportación de organización de Viva Goals',
  'Viva Goals explorer export': 'Exportación del explorador de Viva Goals',
  'OKR Coach template': 'Plantilla de OKR Coach',
  'Your own sheet (one row per key result)': 'Su propia hoja (una fila por resultado clave)',
  'Your own sheet (one row per objective, its key results in columns)':
    'Su propia hoja (una fila por objetivo, sus resultados clave en columnas)',
  'Goal tree from another OKR tool (one row per goal)':
    'Árbol de metas de otra herramienta de OKR (una fila por meta)',
  'Jira issues (CSV)': 'Incidencias de Jira (CSV)',
  '{first}; {then}': '{first}; {then}',
  '{first}: {then}': '{first}: {then}',
  '{rows} and {count} more': '{rows} y {count} más',
  // Teams already on the site
  'already on your site: {teams}': 'ya en su sitio: {teams}',
  '"{team}" ({changes})': '«{team}» ({changes})',
  "the file's owners given": 'responsables del archivo asignados',
  'its Microsoft 365 group linked': 'su grupo de Microsoft 365 vinculado',
  // What a run wrote
  'Nothing was written': 'No se escribió nada',
  "the file's owners given to {count} {count|team|teams}":
    'los responsables del archivo asignados a {count} {count|equipo|equipos}',
  "the file's Microsoft 365 groups linked to {count} {count|team|teams}":
    'los grupos de Microsoft 365 del archivo vinculados a {count} {count|equipo|equipos}',
  '{written}; {given} already on your site': '{written}; {given} que ya están en su sitio',
  'already imported, unchanged: {counts}': 'ya importados, sin cambios: {counts}',
  '{count} of them updated': '{count} de ellos actualizados',
  '{count} {count|check-in|check-ins} already here left as they were':
    '{count} {count|check-in que ya estaba aquí se deja como estaba|check-ins que ya estaban aquí se dejan como estaban}',
  '{count} more already as in the file left as they were':
    '{count} más, ya como en el archivo, se dejan como estaban',
  '{count} more changed here since the export left as they are':
    '{count} más, cambiados aquí desde la exportación, se dejan como están',
  '{written}; the file came from this site: {onSite}':
    '{written}; el archivo procede de este sitio: {onSite}',
  // A write that failed
  'A team': 'Un equipo',
  'A cycle': 'Un ciclo',
  'An objective': 'Un objetivo',
  'A key result': 'Un resultado clave',
  'An initiative': 'Una iniciativa',
  'A check-in': 'Un check-in',
  'The team "{title}"': 'El equipo «{title}»',
  'The cycle "{title}"': 'El ciclo «{title}»',
  'The objective "{title}"': 'El objetivo «{title}»',
  'The key result "{title}"': 'El resultado clave «{title}»',
  'The initiative "{title}"': 'La iniciativa «{title}»',
  'A check-in on "{title}"': 'Un check-in de «{title}»',
  // Where a problem is
  'row {row}': 'fila {row}',
  'field "{field}"': 'campo «{field}»',
  'item {item}': 'elemento {item}',
  // The reasons
  '"{text}" is not a number (accepted: {accepted}).':
    '«{text}» no es un número (se aceptan: {accepted}).',
  '"{text}" is not a confidence (accepted: {accepted}).':
    '«{text}» no es una confianza (se aceptan: {accepted}).',
  "The row's key result is left out.": 'Se omite el resultado clave de la fila.',
  'The row is left out.': 'Se omite la fila.',
  'The confidence is left out; the key result is imported.':
    'Se omite la confianza; el resultado clave se importa.',
  'The due date is left out; the key result is imported.':
    'Se omite la fecha de vencimiento; el resultado clave se importa.',
  'The due date is left out; the initiative is imported.':
    'Se omite la fecha de vencimiento; la iniciativa se importa.',
  'The key result has no start (baseline); it starts from 0.':
    'El resultado clave no tiene valor inicial (punto de partida); empieza en 0.',
  'Start {start} and target {target} are read from its title.':
    'El valor inicial {start} y el objetivo numérico {target} se leen de su título.',
  'Start {start} and target {target} ({unit}) are read from its title.':
    'El valor inicial {start} y el objetivo numérico {target} ({unit}) se leen de su título.',
  "The key result is imported without the row's check-in.":
    'El resultado clave se importa sin el check-in de la fila.',
  'The score is left out; the key result is imported.':
    'Se omite la puntuación; el resultado clave se importa.',
  "The objective's score is left out; the objective is imported.":
    'Se omite la puntuación del objetivo; el objetivo se importa.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar month). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (un mes natural). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar quarter). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (un trimestre natural). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar half). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (un semestre natural). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (un año natural). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a quarter of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (un trimestre de su año fiscal). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a half of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (un semestre de su año fiscal). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day} (su año fiscal). Añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day}, on a fiscal year starting in January. Set the month yours starts in under Programme › Operating model, or add "Cycle start" and "Cycle end" columns for other dates.':
    'El ciclo «{cycle}» se toma como del {start:day} al {end:day}, sobre un año fiscal que empieza en enero. Indique el mes en que empieza el suyo en Programa › Modelo operativo, o añada las columnas «Cycle start» y «Cycle end» para otras fechas.',
  'The current values become check-ins dated {day:day}, the file\'s date, as the sheet has no date column (add a "{column}" column to date each one).':
    'Los valores actuales pasan a ser check-ins con fecha {day:day}, la fecha del archivo, porque la hoja no tiene columna de fecha (añada una columna «{column}» para fechar cada uno).',
  'The {count|column|columns} {columns} {count|is|are} not read by the import and {count|is|are} ignored.':
    '{count|La columna|Las columnas} {columns} no {count|se lee|se leen} en la importación y se {count|ignora|ignoran}.',
  'The sheet has no cycle column: everything is put in {cycle}, the quarter of the file\'s date ({day:day}). Add a "Quarter" column to say otherwise.':
    'La hoja no tiene columna de ciclo: todo se pone en {cycle}, el trimestre de la fecha del archivo ({day:day}). Añada una columna «Quarter» para indicar otra cosa.',
  '"{team}" is already a team on your site: its OKRs go there, and no second team of that name is made.':
    '«{team}» ya es un equipo de su sitio: sus OKR van allí y no se crea un segundo equipo con ese nombre.',
  'This file was imported before. Already imported, unchanged: {counts}, left as they are; only what differs is written, updating what the earlier import made.':
    'Este archivo ya se importó antes. Ya importados, sin cambios: {counts}, se dejan como están; solo se escribe lo que difiere, actualizando lo que creó la importación anterior.',
  '{file} is empty.': '{file} está vacío.',
  // Teams and cycles already on the site, a header written twice, why a write was refused, the
  // downloadable report's counts and people
  'The team "{team}" in the file is called "{onSite}" on your site now: its OKRs go there, and it keeps its name.':
    'El equipo «{team}» del archivo se llama ahora «{onSite}» en su sitio: sus OKR van ahí, y conserva su nombre.',
  'The team "{team}" is on your site.': 'El equipo «{team}» está en su sitio.',
  'The team "{team}" was imported before.': 'El equipo «{team}» ya se importó antes.',
  "It has no owners: the file's ({owners}) become its owners.":
    'No tiene responsables: los del archivo ({owners}) pasan a ser sus responsables.',
  "The file's owners ({owners}) are not applied: the team has owners on your site ({onSite}), and they are kept.":
    'Los responsables del archivo ({owners}) no se aplican: el equipo tiene responsables en su sitio ({onSite}), y se conservan.',
  "It has no Microsoft 365 group on your site: it is linked to the file's ({group}), so who is in the team is that group's membership.":
    'No tiene grupo de Microsoft 365 en su sitio: se vincula al del archivo ({group}), de modo que los miembros del equipo son los de ese grupo.',
  "The file links it to the Microsoft 365 group {group}, but your site links it to {onSite}: the site's group is kept and {group} is not linked (if the file is right, change it in Programme, Teams).":
    'El archivo lo vincula al grupo de Microsoft 365 {group}, pero su sitio lo vincula a {onSite}: se conserva el grupo del sitio y {group} no se vincula (si el archivo es correcto, cámbielo en Programa › Equipos).',
  '"{cycle}" is already a cycle on your site with the same dates: its OKRs go there, and no second cycle of that name is made.':
    '«{cycle}» ya es un ciclo de su sitio con las mismas fechas: sus OKR van ahí, y no se crea un segundo ciclo con ese nombre.',
  'The cycle "{cycle}" in the file is called "{onSite}" on your site now: its OKRs go there, and no second cycle is made.':
    'El ciclo «{cycle}» del archivo se llama ahora «{onSite}» en su sitio: sus OKR van ahí, y no se crea un segundo ciclo.',
  'The cycle "{cycle}" in the file has other dates on your site: its OKRs go there.':
    'El ciclo «{cycle}» del archivo tiene otras fechas en su sitio: sus OKR van ahí.',
  'The cycle "{cycle}" in the file is called "{onSite}" on your site now (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.':
    'El ciclo «{cycle}» del archivo se llama ahora «{onSite}» en su sitio (sus objetivos están ahí, encontrados por sus id.): sus OKR van ahí, y no se crea un segundo ciclo.',
  'Your site has more than one cycle called "{cycle}" with these dates: the file\'s OKRs go to the one its objectives are in (found by their ids), and no other cycle is made.':
    'Su sitio tiene más de un ciclo llamado «{cycle}» con estas fechas: los OKR del archivo van al que contiene sus objetivos (encontrados por sus id.), y no se crea ningún otro ciclo.',
  'The cycle "{cycle}" in the file has other dates on your site (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.':
    'El ciclo «{cycle}» del archivo tiene otras fechas en su sitio (sus objetivos están ahí, encontrados por sus id.): sus OKR van ahí, y no se crea un segundo ciclo.',
  'Its dates on your site ({start:day} to {end:day}) are kept.':
    'Se conservan sus fechas en su sitio (del {start:day} al {end:day}).',
  // What matching a file to the site says of the site's own OKRs
  '{count} {count|objective is|objectives are} already on your site with the same title, cycle and team, and not from an import of this file: {objectives}. The import makes a second {count|one|of each} beside {count|it|them}, with {count|its|their} key results and check-ins. To change OKRs here from a file, export them from this site and edit that file (it names them by their ids, so they are updated), change them on the board, or take these rows out of the file and import the rest.':
    '{count} {count|objetivo ya está|objetivos ya están} en su sitio con el mismo título, ciclo y equipo, y no proceden de una importación de este archivo: {objectives}. La importación crea {count|otro|otro de cada uno} al lado, con sus resultados clave y check-ins. Para cambiar OKR de aquí desde un archivo, expórtelos desde este sitio y edite ese archivo (los nombra por sus id., así que se actualizan), cámbielos en el tablero, o quite estas filas del archivo e importe el resto.',
  '"{title}" (row {row})': '«{title}» (fila {row})',
  '"{title}"': '«{title}»',
  '{objectives} and {count} more': '{objectives} y {count} más',
  'Moved from the team "{from}" to "{to}", as the file has it: this objective goes to the team "{to}" with its key results and initiatives. To keep it in "{from}", give its row that team in the file.':
    'Movido del equipo «{from}» a «{to}», como indica el archivo: este objetivo va al equipo «{to}» con sus resultados clave e iniciativas. Para mantenerlo en «{from}», dé a su fila ese equipo en el archivo.',
  'Moved from the objective "{from}" to "{to}", as the file has it: this key result goes to the objective "{to}" with its initiatives. To keep it in "{from}", give its row that objective in the file.':
    'Movido del objetivo «{from}» a «{to}», como indica el archivo: este resultado clave va bajo el objetivo «{to}» con sus iniciativas. Para mantenerlo en «{from}», dé a su fila ese objetivo en el archivo.',
  'Moved from the key result "{from}" to "{to}", as the file has it: this initiative goes to the key result "{to}". To keep it in "{from}", give its row that key result in the file.':
    'Movida del resultado clave «{from}» a «{to}», como indica el archivo: esta iniciativa va bajo el resultado clave «{to}». Para mantenerla en «{from}», dé a su fila ese resultado clave en el archivo.',
  'The cycle "{cycle}" in the file is not one of your site\'s, and its objectives are in {count} cycles on your site now: {cycles}. Which one it is is not guessed, so its OKRs are not imported. Give its rows the name of the cycle they belong to (or export again) and import the file again.':
    'El ciclo «{cycle}» del archivo no es uno de su sitio, y sus objetivos están ahora en {count} ciclos de su sitio: {cycles}. No se adivina cuál es, así que sus OKR no se importan. Dé a sus filas el nombre del ciclo al que pertenecen (o vuelva a exportar) y vuelva a importar el archivo.',
  '"{cycle}" ({count} {count|objective|objectives})':
    '«{cycle}» ({count} {count|objetivo|objetivos})',
  'This file was exported from this site, so what it names by its ids here is updated, not made again: {outcomes}.':
    'Este archivo se exportó de este sitio, así que lo que nombra aquí por sus id. se actualiza, no se crea de nuevo: {outcomes}.',
  '{count} {count|objective, key result or initiative|objectives, key results and initiatives} updated from the file':
    '{count} {count|objetivo, resultado clave o iniciativa actualizado|objetivos, resultados clave e iniciativas actualizados} desde el archivo',
  '{count} {count|item|items} already as in the file, left as {count|it is|they are}':
    '{count} {count|elemento ya como en el archivo, dejado como está|elementos ya como en el archivo, dejados como están}',
  '{count} {count|item|items} changed on your site since the export and different in the file, left as your site has {count|it|them} (named below)':
    '{count} {count|elemento cambiado en su sitio desde la exportación y distinto en el archivo, dejado como lo tiene su sitio|elementos cambiados en su sitio desde la exportación y distintos en el archivo, dejados como los tiene su sitio} (ver abajo)',
  '{count} {count|check-in|check-ins} already here, left as they are':
    '{count} {count|check-in ya aquí, dejado como está|check-ins ya aquí, dejados como están}',
  '{count} {count|new item|new items}': '{count} {count|elemento nuevo|elementos nuevos}',
  'This file was exported from your site, but your site no longer has this objective (its id {id}) in that cycle: it is imported as a new objective.':
    'Este archivo se exportó de su sitio, pero su sitio ya no tiene este objetivo (id. {id}) en ese ciclo: se importa como un objetivo nuevo.',
  'This file was exported from your site, but your site no longer has this key result (its id {id}) in that cycle: it is imported as a new key result.':
    'Este archivo se exportó de su sitio, pero su sitio ya no tiene este resultado clave (id. {id}) en ese ciclo: se importa como un resultado clave nuevo.',
  'This file was exported from your site, but your site no longer has this initiative (its id {id}) in that cycle: it is imported as a new initiative.':
    'Este archivo se exportó de su sitio, pero su sitio ya no tiene esta iniciativa (id. {id}) en ese ciclo: se importa como una iniciativa nueva.',
  'This file was exported from your site, but your site no longer has this check-in (its id {id}) in that cycle: it is imported as a new check-in.':
    'Este archivo se exportó de su sitio, pero su sitio ya no tiene este check-in (id. {id}) en ese ciclo: se importa como un check-in nuevo.',
  'It updates the objective "{title}" an earlier import made from its issues\' Parent summary (issue {issue}): no second objective is made.':
    'Actualiza el objetivo «{title}» que una importación anterior creó a partir del Parent summary de sus incidencias (incidencia {issue}): no se crea un segundo objetivo.',
  'It may be the objective "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).':
    'Puede ser el objetivo «{title}» que una importación anterior creó en el mismo ciclo y equipo a partir del Parent summary de incidencias{rivals}: no se adivina cuál es, así que se importa como un objetivo propio. Para actualizar el que corresponde, exporte con la columna «Issue id» (Export CSV (all fields)).',
  'It may be any of the {count} objectives "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).':
    'Puede ser cualquiera de los {count} objetivos «{title}» que una importación anterior creó en el mismo ciclo y equipo a partir del Parent summary de incidencias{rivals}: no se adivina cuál es, así que se importa como un objetivo propio. Para actualizar el que corresponde, exporte con la columna «Issue id» (Export CSV (all fields)).',
  ', as may another epic of that title in the file':
    ', como también otra épica de ese título en el archivo',
  ', as may {count} other epics of that title in the file':
    ', como también otras {count} épicas de ese título en el archivo',
  'It updates the objective "{title}" an earlier import made in the same cycle and team from its issues\' Parent summary (issue {issue}), the only one of that title: no second objective is made. The file has no "Issue id" column to find it by its number.':
    'Actualiza el objetivo «{title}» que una importación anterior creó en el mismo ciclo y equipo a partir del Parent summary de sus incidencias (incidencia {issue}), el único de ese título: no se crea un segundo objetivo. El archivo no tiene columna «Issue id» para encontrarlo por su número.',
  'The header "{header}" is written twice, in columns {read} and {unread}: column {read} is read and column {unread} is not. If column {unread} holds what should be imported, rename or remove column {read} and import again.':
    'El encabezado «{header}» aparece dos veces, en las columnas {read} y {unread}: se lee la columna {read} y no la {unread}. Si la columna {unread} contiene lo que debe importarse, cambie el nombre de la columna {read} o quítela, y vuelva a importar.',
  'It was changed on your site while the import ran, so it was not written over. Import the file again to write it.':
    'Se cambió en su sitio mientras se ejecutaba la importación, por lo que no se sobrescribió. Vuelva a importar el archivo para escribirlo.',
  'Your site was busy or could not be reached when it was written. Import the file again to write it.':
    'Su sitio estaba ocupado o no se pudo conectar con él al escribirlo. Vuelva a importar el archivo para escribirlo.',
  'Your account may not write it to the OKR lists. Ask an admin of the OKR site for access.':
    'Su cuenta no puede escribirlo en las listas de OKR. Pida acceso a un administrador del sitio de OKR.',
  'What an earlier import wrote for it is gone from your site. Import the file again to write it anew.':
    'Lo que una importación anterior escribió para él ya no está en su sitio. Vuelva a importar el archivo para escribirlo de nuevo.',
  'Your site refused it: {reason}': 'Su sitio lo rechazó: {reason}',
  'Its owners were not set.': 'No se establecieron sus responsables.',
  'Its Microsoft 365 group was not set.': 'No se estableció su grupo de Microsoft 365.',
  'Its owners and Microsoft 365 group were not set.':
    'No se establecieron sus responsables ni su grupo de Microsoft 365.',
  '{planned} planned': '{planned} previstos',
  '{planned} planned, {written} written': '{planned} previstos, {written} escritos',
  'owners of teams already on your site': 'responsables de equipos que ya están en su sitio',
  'Microsoft 365 groups of teams already on your site':
    'grupos de Microsoft 365 de equipos que ya están en su sitio',
  '{name} is not in the directory; kept by name.':
    '{name} no está en el directorio; se conserva por su nombre.',
  // The Viva Goals organisation export's rarer reasons
  'A team needs an ID and a Team Name.': 'Un equipo necesita un ID y un Team Name.',
  'A time period needs an ID, a name, a Start Date and an End Date.':
    'Un período necesita un ID, un nombre, una Start Date y una End Date.',
  'Weight "{weight}" is not a percentage; weighted equally.':
    'El peso «{weight}» no es un porcentaje; se pondera por igual.',
  'An item needs an ID and a Title.': 'Un elemento necesita un ID y un Title.',
  'Type "{type}" is not one the import knows (Big rock, Kpi, Project).':
    'La importación no conoce el Type «{type}» (Big rock, Kpi, Project).',
  'Its Outcome Type "{type}" is not one the import knows ({accepted}, or done / not done such as Achieved/Not achieved): it is measured from its Start to its Target as a metric. Check it on its board after the import.':
    'La importación no conoce el Outcome Type «{type}» ({accepted}, o hecho / no hecho como Achieved/Not achieved): se mide como una métrica, de su Start a su Target. Revíselo en su tablero después de la importación.',
  "Weight {weight} is not above 0; the key result is weighted by its Alignment's share.":
    'El peso {weight} no es mayor que 0; el resultado clave se pondera por su parte en el Alignment.',
  "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are.":
    'No se conservan las puntuaciones de las iniciativas: Viva Goals puntúa una iniciativa por su último progreso, que su estado conserva; las de los objetivos y los resultados clave sí se conservan.',
  'A check-in needs an ID and the OKR ID it belongs to.':
    'Un check-in necesita un ID y el OKR ID al que pertenece.',
  '"{text}" is not a date and time (expected YYYY-MM-DD HH:MM:SS).':
    '«{text}» no es una fecha y hora (se espera: AAAA-MM-DD HH:MM:SS).',
  'A check-in needs its CheckIn Date.': 'Un check-in necesita su CheckIn Date.',
  'A check-in dated {date:day}, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.':
    'Se omite un check-in con fecha {date:day}, posterior a hoy: un check-in dice lo que se midió. Corrija su fecha en el archivo y vuelva a importarlo.',
  'This file is not part of a Viva Goals organisation export (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); it was left out.':
    'Este archivo no forma parte de una exportación de organización de Viva Goals (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); se omitió.',
  '{value} is read as done: its key result is done or not done (1 or 0), and a value of 1 or more is done.':
    '{value} se lee como hecho: su resultado clave está hecho o no hecho (1 o 0), y un valor de 1 o más es hecho.',
  '{value} is read as not done: its key result is done or not done (1 or 0), and a value of 1 or more is done.':
    '{value} se lee como no hecho: su resultado clave está hecho o no hecho (1 o 0), y un valor de 1 o más es hecho.',
  "The people in this file are not imported as such: everyone is in the organisation's directory (Microsoft Entra ID), and the owners and check-in authors the OKRs name are matched to it by email, then by name.":
    'Las personas de este archivo no se importan como tales: todos están en el directorio de la organización (Microsoft Entra ID), y los responsables y autores de check-ins que nombran los OKR se buscan en él por correo electrónico y luego por nombre.',
  'Tags are not imported: OKR Coach has no tags.':
    'Las etiquetas no se importan: OKR Coach no tiene etiquetas.',
  'The field "{field}" (filled in {count} {count|record|records}) is not imported.':
    'El campo «{field}» (con valor en {count} {count|registro|registros}) no se importa.',
  'The import does not read it.': 'La importación no lo lee.',
  'The check-ins themselves are imported from the checkins file.':
    'Los check-ins en sí se importan del archivo checkins.',
  'OKR Coach has one owner per objective and key result, who checks in; the Owner field is imported.':
    'OKR Coach tiene un responsable por objetivo y resultado clave, que hace los check-ins; el campo Owner se importa.',
  'OKR Coach has no tags: name what a tag grouped by a team or a cycle.':
    'OKR Coach no tiene etiquetas: agrupe lo que agrupaba una etiqueta con un equipo o un ciclo.',
  'An OKR is dated by its cycle and its check-ins.':
    'Un OKR se fecha por su ciclo y sus check-ins.',
  'It is left empty.': 'Se deja vacío.',
  '"{text}" is not a date (expected YYYY-MM-DD).':
    '«{text}» no es una fecha (se espera: AAAA-MM-DD).',
  '"{text}" is not a score: write a grade from 0.0 to 1.0.':
    '«{text}» no es una puntuación: escriba una nota de 0,0 a 1,0.',
  'The score is left out; the item is imported.': 'Se omite la puntuación; el elemento se importa.',
  // A goal tree's and Jira's rarer reasons
  'The sprints ({count} "Sprint" columns) are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.':
    'Los sprints ({count} columnas «Sprint») no se importan: el tiempo de un resultado clave es su ciclo, según las fechas de inicio y de vencimiento de su épica, y un sprint no es un ciclo.',
  'The sprints (column "Sprint") are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.':
    'Los sprints (columna «Sprint») no se importan: el tiempo de un resultado clave es su ciclo, según las fechas de inicio y de vencimiento de su épica, y un sprint no es un ciclo.',
  'The row has no goal name; it is left out.': 'La fila no tiene nombre de meta; se omite.',
  'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.':
    'Las filas se leen como un esquema según la sangría de cada una en la columna «{column}»: las filas con menos sangría son objetivos, las sangradas debajo, sus resultados clave, y las sangradas más aún, iniciativas del resultado clave que tienen encima.',
  'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, and the rows indented under them their key results.':
    'Las filas se leen como un esquema según la sangría de cada una en la columna «{column}»: las filas con menos sangría son objetivos, y las sangradas debajo, sus resultados clave.',
  'Row {row} is indented less than row {sibling} above it, but more than row {parent}, so what it belongs under is not clear: indent it as far as row {parent} or as far as row {sibling}.':
    'La fila {row} tiene menos sangría que la fila {sibling}, que está encima, pero más que la fila {parent}, así que no está claro debajo de qué va: dele la misma sangría que la fila {parent} o que la fila {sibling}.',
  'Row {row} is indented, but no row above it is less indented for it to sit under: the least-indented rows are objectives, and a key result is indented under its objective. Move the row below its objective, or indent it less.':
    'La fila {row} tiene sangría, pero ninguna fila de encima tiene menos para que vaya debajo de ella: las filas con menos sangría son objetivos, y un resultado clave va sangrado debajo de su objetivo. Mueva la fila debajo de su objetivo o quítele sangría.',
  '"{text}" is not an outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).':
    '«{text}» no es un número de esquema: numere las metas de nivel superior 1, 2, 3 y las que van debajo de una meta con su número y uno propio (1.1, 1.2; 1.2.1).',
  'The goal has no outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).':
    'La meta no tiene número de esquema: numere las metas de nivel superior 1, 2, 3 y las que van debajo de una meta con su número y uno propio (1.1, 1.2; 1.2.1).',
  'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own (a number such as 1.10 that a spreadsheet keeps as a number shows as 1.1: format the column as text and type it again).':
    'El número de esquema «{number}» es también el de la fila {row}: cada meta necesita un número propio (un número como 1.10 que una hoja de cálculo guarda como número se muestra como 1.1: dé formato de texto a la columna y vuelva a escribirlo).',
  'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own.':
    'El número de esquema «{number}» es también el de la fila {row}: cada meta necesita un número propio.',
  'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or add the goal numbered {above}.':
    'El número de esquema «{number}» coloca la meta debajo de {above}, que no tiene ninguna meta del archivo: numérela bajo el número de su meta superior o añada la meta con el número {above}.',
  'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or give the goal at the top the number {above}.':
    'El número de esquema «{number}» coloca la meta debajo de {above}, que no tiene ninguna meta del archivo: numérela bajo el número de su meta superior o dé el número {above} a la meta de nivel superior.',
  "The goal is at level {level}, but no goal at level {above} is above it: a goal sits under the nearest row above it one level up, so the rows must run in tree order (each goal's parent above it, levels going down one at a time).":
    'La meta está en el nivel {level}, pero encima no hay ninguna meta del nivel {above}: una meta va debajo de la fila más cercana de encima que esté un nivel más arriba, así que las filas deben seguir el orden del árbol (la meta superior de cada una encima de ella y los niveles bajando de uno en uno).',
  'Row {row}, field "{field}":': 'Fila {row}, campo «{field}»:',
  'Nothing is imported until the goal tree holds.':
    'No se importa nada hasta que el árbol de metas sea coherente.',
  'Read as a Jira export with Objective and Key Result issue types: the issues under them (epics, stories, tasks) are initiatives of the key result, or objective, they sit under.':
    'Leído como una exportación de Jira con los tipos de incidencia Objective y Key Result: las incidencias que cuelgan de ellos (épicas, historias, tareas) son iniciativas del resultado clave, u objetivo, del que cuelgan.',
  'Read as a Jira export: each epic is an objective, the issues in it (stories, tasks, bugs) its key results, done when their status is Done, and sub-tasks initiatives of their issue.':
    'Leído como una exportación de Jira: cada épica es un objetivo, sus incidencias (historias, tareas, errores) sus resultados clave, hechos cuando su estado es Done, y las subtareas iniciativas de su incidencia.',
  'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out): an objective "{summary}" is made from its Parent summary to hold the issues under it. To import the parent\'s own details, export it too (add it to the filter) and import again.':
    'Su padre, la incidencia {issue} («{summary}»), no está en el archivo (el filtro de la exportación la omitió): se crea un objetivo «{summary}» a partir de su Parent summary para agrupar las incidencias que cuelgan de ella. Para importar los datos propios del padre, expórtelo también (añádalo al filtro) y vuelva a importar.',
  'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.':
    'Su padre, la incidencia {issue} («{summary}»), no está en el archivo (el filtro de la exportación la omitió), así que se importa como si no tuviera. Para mantenerla bajo su padre, exporte también el padre (añádalo al filtro) y vuelva a importar.',
  "Its parent, issue {issue}, is not in the file (the export's filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.":
    'Su padre, la incidencia {issue}, no está en el archivo (el filtro de la exportación la omitió), así que se importa como si no tuviera. Para mantenerla bajo su padre, exporte también el padre (añádalo al filtro) y vuelva a importar.',
  'The value is left out.': 'Se omite el valor.',
  'The confidence is left out; the goal is imported.': 'Se omite la confianza; la meta se importa.',
  'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: fill in its "{start}" and "{due}".':
    'La meta no tiene fechas de inicio ni de vencimiento, ni las tiene ninguna meta por encima o por debajo, y el archivo no tiene fecha: rellene sus «{start}» y «{due}».',
  'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: add "Start date" and "Due date" columns.':
    'La meta no tiene fechas de inicio ni de vencimiento, ni las tiene ninguna meta por encima o por debajo, y el archivo no tiene fecha: añada las columnas «Start date» y «Due date».',
  'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of its due date. Give it start and due dates, or name the cycle so, to keep it in its own.':
    'El ciclo «{named}» no indica fechas que la importación sepa leer (lee nombres como Q3 2026, H2 2026, FY2026, 2026), y la meta no tiene fechas de inicio ni de vencimiento: va en {cycle}, el trimestre de su fecha de vencimiento. Dele fechas de inicio y de vencimiento, o nombre así el ciclo, para mantenerla en el suyo.',
  'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of the file\'s date ({day:day}). Give it start and due dates, or name the cycle so, to keep it in its own.':
    'El ciclo «{named}» no indica fechas que la importación sepa leer (lee nombres como Q3 2026, H2 2026, FY2026, 2026), y la meta no tiene fechas de inicio ni de vencimiento: va en {cycle}, el trimestre de la fecha del archivo ({day:day}). Dele fechas de inicio y de vencimiento, o nombre así el ciclo, para mantenerla en el suyo.',
  "Goals without start and due dates go in {cycle}, the quarter of the file's date ({day:day}).":
    'Las metas sin fechas de inicio ni de vencimiento van en {cycle}, el trimestre de la fecha del archivo ({day:day}).',
  // A goal list typed as an outline without a header row
  'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, and the rows indented under them their key results.':
    'El archivo no tiene fila de encabezado: se lee como un esquema según la sangría de cada fila, la primera fila como el primer objetivo. Las filas con menos sangría son objetivos, y las sangradas debajo, sus resultados clave.',
  'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.':
    'El archivo no tiene fila de encabezado: se lee como un esquema según la sangría de cada fila, la primera fila como el primer objetivo. Las filas con menos sangría son objetivos, las sangradas debajo, sus resultados clave, y las sangradas más aún, iniciativas del resultado clave que tienen encima.',
  // Confidences on the organisation's scale
  'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result is imported.':
    'La confianza {confidence} está fuera de su escala de {min} a {max}: se omite la confianza; el resultado clave se importa.',
  'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result and its check-in are imported.':
    'La confianza {confidence} está fuera de su escala de {min} a {max}: se omite la confianza; el resultado clave y su check-in se importan.',
  "Confidences written as words are put on your scale of {min} to {max} at the middle of the third each names, the third the board's Confidence filter calls so: {placed}.":
    'Las confianzas escritas con palabras se colocan en su escala de {min} a {max} en el centro del tercio que nombra cada una, el tercio que el filtro Confianza del tablero llama así: {placed}.',
  'The confidences are shares of one (all 1 or less, such as 0.7): each is read out of ten, 0.7 as 7 and 1.0 as 10.':
    'Las confianzas son fracciones de uno (todas 1 o menos, como 0,7): cada una se lee sobre diez, 0,7 como 7 y 1,0 como 10.',
  // Dates and numbers as read
  '"{text}" is not a date (accepted: {accepted}).':
    '«{text}» no es una fecha (se aceptan: {accepted}).',
  '"{text}" could be {dmy} or {mdy}: column "{column}" has dates written day first and others month first. Write it as YYYY-MM-DD.':
    '«{text}» podría ser {dmy} o {mdy}: la columna «{column}» tiene fechas escritas con el día primero y otras con el mes primero. Escríbala como AAAA-MM-DD.',
  '"{text}" could be {dmy} or {mdy}: no date in column "{column}" has a day above 12, and the file\'s other columns write dates both day first and month first. Write it as YYYY-MM-DD.':
    '«{text}» podría ser {dmy} o {mdy}: ninguna fecha de la columna «{column}» tiene un día mayor que 12, y las otras columnas del archivo escriben fechas tanto con el día primero como con el mes primero. Escríbala como AAAA-MM-DD.',
  '"{text}" could be {dmy} or {mdy}: no date in column "{column}" or elsewhere in the file has a day above 12 to tell day/month from month/day. Write it as YYYY-MM-DD.':
    '«{text}» podría ser {dmy} o {mdy}: ninguna fecha de la columna «{column}» ni de otra parte del archivo tiene un día mayor que 12 que distinga día/mes de mes/día. Escríbala como AAAA-MM-DD.',
  'Numbers like "{text}" are read with "{mark}" as the decimal mark ({value}).':
    'Los números como «{text}» se leen con «{mark}» como separador decimal ({value}).',
  'Numbers like "{text}" are read with "{mark}" as the thousands separator ({value}).':
    'Los números como «{text}» se leen con «{mark}» como separador de miles ({value}).',
  'Dates like "{text}" are read as day/month ({day}).':
    'Las fechas como «{text}» se leen como día/mes ({day}).',
  'Dates like "{text}" are read as month/day ({day}).':
    'Las fechas como «{text}» se leen como mes/día ({day}).',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and import it again.':
    'Nada en el archivo lo indica, así que se leen como los escribe {locale}. Si se escribió de otra forma, escriba esos números sin separador de miles y vuelva a importarlo.',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those dates as YYYY-MM-DD and import it again.':
    'Nada en el archivo lo indica, así que se leen como las escribe {locale}. Si se escribió de otra forma, escriba esas fechas como AAAA-MM-DD y vuelva a importarlo.',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and those dates as YYYY-MM-DD and import it again.':
    'Nada en el archivo lo indica, así que se leen como los escribe {locale}. Si se escribió de otra forma, escriba esos números sin separador de miles y esas fechas como AAAA-MM-DD, y vuelva a importarlo.',
  'Amounts written with a magnitude are read in full: "{text}" as {value} (k is a thousand, M or mn a million, bn or B a billion).':
    'Los importes escritos con una abreviatura de magnitud se leen completos: «{text}» como {value} (k es mil, M o mn un millón, bn o B mil millones).',
  '"{text}" is read as {value} with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write {number}M for {value} million.':
    '«{text}» se lee como {value} con la unidad m (metros, minutos): una m minúscula solo es un millón junto a una moneda o una unidad, o cuando la unidad de la fila es una moneda (€3.5m, 12m users). Escriba {number}M para {value} millones.',
  // Not written, as what it refers to was not
  'Not imported: its parent team "{title}" was not written (it is listed here too).':
    'No se importa: su equipo superior «{title}» no se escribió (también figura en esta lista).',
  'Not imported: its cycle "{title}" was not written (it is listed here too).':
    'No se importa: su ciclo «{title}» no se escribió (también figura en esta lista).',
  'Not imported: its team "{title}" was not written (it is listed here too).':
    'No se importa: su equipo «{title}» no se escribió (también figura en esta lista).',
  'Not imported: the objective it aligns to "{title}" was not written (it is listed here too).':
    'No se importa: el objetivo «{title}» con el que se alinea no se escribió (también figura en esta lista).',
  'Not imported: an objective it aligns to "{title}" was not written (it is listed here too).':
    'No se importa: un objetivo con el que se alinea, «{title}», no se escribió (también figura en esta lista).',
  'Not imported: its objective "{title}" was not written (it is listed here too).':
    'No se importa: su objetivo «{title}» no se escribió (también figura en esta lista).',
  'Not imported: an OKR it rolls up from "{title}" was not written (it is listed here too).':
    'No se importa: un OKR del que toma su progreso, «{title}», no se escribió (también figura en esta lista).',
  'Not imported: its key result "{title}" was not written (it is listed here too).':
    'No se importa: su resultado clave «{title}» no se escribió (también figura en esta lista).',
  // A header below a title row
  'The header is on row {row}; the rows above it are not read.':
    'El encabezado está en la fila {row}; las filas de encima no se leen.',
  // An item the file gives more than once; a score above the top kept at the top
  "It appears more than once (first in {file}, row {row}): this row's check-in is kept in its history, and the rest of the row is the first's.":
    'Aparece más de una vez (primero en {file}, fila {row}): el check-in de esta fila se conserva en su historial y el resto de la fila es el de la primera.',
  "It appears more than once (first in {file}): this row's check-in is kept in its history, and the rest of the row is the first's.":
    'Aparece más de una vez (primero en {file}): el check-in de esta fila se conserva en su historial y el resto de la fila es el de la primera.',
  'It appears more than once (first in {file}, row {row}); the first is kept.':
    'Aparece más de una vez (primero en {file}, fila {row}); se conserva el primero.',
  'It appears more than once (first in {file}); the first is kept.':
    'Aparece más de una vez (primero en {file}); se conserva el primero.',
  '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.':
    '{percent} % supera el máximo de la escala; las puntuaciones van de 0,0 a 1,0 (0–100 %). Se conserva como 1,0, el máximo.',
  '{score} ({percent}%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.':
    '{score} ({percent} %) supera el máximo de la escala; las puntuaciones van de 0,0 a 1,0 (0–100 %). Se conserva como 1,0, el máximo.',
  // Objectives that name no team
  '{count} {count|objective|objectives} ({count|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.':
    '{count} {count|objetivo|objetivos} ({count|fila|filas} {rows}) no {count|nombra|nombran} ningún equipo: {count|va|van} a un equipo llamado «{team}», que la importación crea salvo que su sitio ya tenga uno con ese nombre. Indique su equipo en el archivo para {count|ponerlo|ponerlos} en un equipo propio.',
  // A goal tree's and Jira's notes on rows
  '"Individual" ({count|row|rows} {rows}) marks a person\'s own OKRs, and your site keeps every OKR in a team: they go where OKRs that name no team go.':
    '«Individual» ({count|fila|filas} {rows}) indica los OKR propios de una persona, y su sitio guarda cada OKR en un equipo: van adonde van los OKR que no indican ningún equipo.',
  'The latest comment on an issue (row {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'El último comentario de una incidencia (fila {rows}) pasa a ser la nota de su check-in. Los comentarios anteriores, y quién los escribió (Jira escribe un id. de cuenta), no se importan.',
  'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'El último comentario de cada una de las {count} incidencias (filas {rows}) pasa a ser la nota de su check-in. Los comentarios anteriores, y quién los escribió (Jira escribe un id. de cuenta), no se importan.',
  'The latest comment on an issue (row {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date (row {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'El último comentario de una incidencia (fila {rows}) pasa a ser la nota de su check-in, con la fecha del comentario donde la incidencia no tiene fecha «{column}» (fila {dated}). Los comentarios anteriores, y quién los escribió (Jira escribe un id. de cuenta), no se importan.',
  'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date ({datedCount|row|rows} {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'El último comentario de cada una de las {count} incidencias (filas {rows}) pasa a ser la nota de su check-in, con la fecha del comentario donde la incidencia no tiene fecha «{column}» ({datedCount|fila|filas} {dated}). Los comentarios anteriores, y quién los escribió (Jira escribe un id. de cuenta), no se importan.',
  "The comments on an issue (row {rows}) are not imported: a comment becomes the note of a key result's check-in, and this issue is an objective or an initiative (an epic, a sub-task).":
    'Los comentarios de una incidencia (fila {rows}) no se importan: un comentario pasa a ser la nota del check-in de un resultado clave, y esta incidencia es un objetivo o una iniciativa (una épica, una subtarea).',
  "The comments on {count} issues (rows {rows}) are not imported: a comment becomes the note of a key result's check-in, and these issues are objectives or initiatives (epics, sub-tasks).":
    'Los comentarios de {count} incidencias (filas {rows}) no se importan: un comentario pasa a ser la nota del check-in de un resultado clave, y estas incidencias son objetivos o iniciativas (épicas, subtareas).',
  "The progress written on goals that are objectives ({count|row|rows} {rows}) is not imported: an objective's progress follows from its key results.":
    'El progreso escrito en metas que son objetivos ({count|fila|filas} {rows}) no se importa: el progreso de un objetivo se deriva de sus resultados clave.',
  'Its parent, issue {issue} ("{summary}"), is not found in the file: an objective "{summary}" is made from its Parent summary to hold the issues under it.':
    'Su padre, la incidencia {issue} («{summary}»), no se encuentra en el archivo: se crea un objetivo «{summary}» a partir de su Parent summary para agrupar las incidencias que cuelgan de ella.',
  'The file has no "Issue id" column to find the epic by its number, and {count} epics in it are named "{summary}" (rows {rows}), so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.':
    'El archivo no tiene columna «Issue id» para encontrar la épica por su número, y {count} épicas en él se llaman «{summary}» (filas {rows}), así que no se adivina cuál es su padre: exporte con la columna «Issue id» (Export CSV (all fields)) para colocarla.',
  'The file has no "Issue id" column to find the epic by its number, and the one epic of that name (row {row}) is taken to be issue {issue}, the parent of other issues, so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.':
    'El archivo no tiene columna «Issue id» para encontrar la épica por su número, y la única épica con ese nombre (fila {row}) se toma como la incidencia {issue}, padre de otras incidencias, así que no se adivina cuál es su padre: exporte con la columna «Issue id» (Export CSV (all fields)) para colocarla.',
  'The issue whose parent is issue {issue} (row {rows}) goes under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.':
    'La incidencia cuyo padre es la incidencia {issue} (fila {rows}) va bajo la épica «{epic}» (fila {row}), la que nombra su Parent summary: el archivo no tiene columna «Issue id» para encontrarla por su número.',
  'The issues whose parent is issue {issue} (rows {rows}) go under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.':
    'Las incidencias cuyo padre es la incidencia {issue} (filas {rows}) van bajo la épica «{epic}» (fila {row}), la que nombra su Parent summary: el archivo no tiene columna «Issue id» para encontrarla por su número.',
  'The {type} "{name}" comes before any objective or key result: in a sheet without a parent column, an initiative belongs to the nearest key result (or objective) above it. Move it below them, or add a parent column; the row is left out.':
    '«{name}» (tipo «{type}») aparece antes de cualquier objetivo o resultado clave: en una hoja sin columna de padre, una iniciativa pertenece al resultado clave (u objetivo) más cercano por encima. Muévala debajo de ellos, o añada una columna de padre; se omite la fila.',
  'The type "{type}" says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.':
    'El tipo «{type}» no indica objetivo, ni resultado clave, ni iniciativa (se aceptan: {accepted}), y la hoja no tiene columna de padre para colocarlo; se omite la fila.',
  'The row has no type: it says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.':
    'La fila no tiene tipo: no indica objetivo, ni resultado clave, ni iniciativa (se aceptan: {accepted}), y la hoja no tiene columna de padre para colocarla; se omite la fila.',
  // What planning an import says of teams, cycles, OKRs, check-ins and comments
  'Its parent team "{parent}" is not in the file; it is kept at the top level.':
    'Su equipo primario «{parent}» no está en el archivo; se mantiene en el nivel superior.',
  'Its parent teams form a loop; "{team}" is kept at the top level.':
    'Sus equipos primarios forman un bucle; «{team}» se mantiene en el nivel superior.',
  'The time period "{period}" ends ({end:day}) before it starts ({start:day}).':
    'El período «{period}» termina ({end:day}) antes de empezar ({start:day}).',
  'The title is longer than {max} characters; it is shortened (the full title is kept in the report).':
    'El título tiene más de {max} caracteres; se acorta (el título completo se conserva en el informe).',
  'It belongs to {count} teams; it is kept in the first, "{team}".':
    'Pertenece a {count} equipos; se conserva en el primero, «{team}».',
  'Its time period "{period}" is not in the file.': 'Su período «{period}» no está en el archivo.',
  'It has no time period.': 'No tiene período.',
  'It aligns to "{parent}", which is not in the file; that alignment is left out.':
    'Se alinea con «{parent}», que no está en el archivo; se omite esa alineación.',
  'The objective it aligns to, "{parent}", is left out (see that row); so is this alignment.':
    'El objetivo con el que se alinea, «{parent}», se omite (vea su fila); también esta alineación.',
  'Its alignments form a loop ({loop}); its alignment to "{parent}" is left out.':
    'Sus alineaciones forman un bucle ({loop}); se omite su alineación con «{parent}».',
  'It is a sub-key result of "{parent}"; it is placed beside it, under the same objective, and rolls up into it.':
    'Es un resultado clave secundario de «{parent}»; se coloca a su lado, bajo el mismo objetivo, y su progreso se suma a él.',
  'It is a sub-key result of "{parent}", whose progress was updated by hand; it is placed beside it, under the same objective, and counts towards that objective.':
    'Es un resultado clave secundario de «{parent}», cuyo progreso se actualizaba a mano; se coloca a su lado, bajo el mismo objetivo, y cuenta para ese objetivo.',
  'Its parent "{parents}" is not in the file, and it has no time period of its own to be placed under "{objective}".':
    'Su elemento primario «{parents}» no está en el archivo, y no tiene período propio para colocarlo bajo «{objective}».',
  'It has no parent objective and no time period to place one in.':
    'No tiene objetivo primario ni período en el que colocar uno.',
  'It had no parent objective; it is placed under a new objective "{objective}".':
    'No tenía objetivo primario; se coloca bajo un objetivo nuevo «{objective}».',
  'It has no metric target; it is measured as a percentage from 0 to 100 %.':
    'No tiene un valor objetivo numérico; se mide como porcentaje de 0 a 100 %.',
  'The unit is longer than {max} characters; it is shortened to “{unit}”.':
    'La unidad tiene más de {max} caracteres; se acorta a «{unit}».',
  'The due date of 1 key result is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'No se conserva la fecha de vencimiento de 1 resultado clave: un resultado clave vence cuando termina su ciclo ({end:day}). Para conservar una fecha, dé al resultado clave un objetivo intermedio ese día, o una iniciativa que dependa de él y venza entonces.',
  'The due dates of {count} key results are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'No se conservan las fechas de vencimiento de {count} resultados clave: un resultado clave vence cuando termina su ciclo ({end:day}). Para conservar una fecha, dé al resultado clave un objetivo intermedio ese día, o una iniciativa que dependa de él y venza entonces.',
  'The due date of 1 key result (row {rows}) is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'No se conserva la fecha de vencimiento de 1 resultado clave (fila {rows}): un resultado clave vence cuando termina su ciclo ({end:day}). Para conservar una fecha, dé al resultado clave un objetivo intermedio ese día, o una iniciativa que dependa de él y venza entonces.',
  'The due dates of {count} key results ({rowCount|row|rows} {rows}) are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'No se conservan las fechas de vencimiento de {count} resultados clave ({rowCount|fila|filas} {rows}): un resultado clave vence cuando termina su ciclo ({end:day}). Para conservar una fecha, dé al resultado clave un objetivo intermedio ese día, o una iniciativa que dependa de él y venza entonces.',
  'It rolls up from "{source}", which is not an objective or another key result imported from the file; that source is left out.':
    'Su progreso se obtiene de «{source}», que no es un objetivo ni otro resultado clave importado del archivo; se omite esa fuente.',
  'None of what it rolls up from is imported; it moves with its own check-ins.':
    'No se importa nada de lo que toma su progreso; avanza con sus propios check-ins.',
  'Its progress in the file, {written}%, is not kept: an initiative has a status, not a progress.':
    'Su progreso en el archivo, {written} %, no se conserva: una iniciativa tiene un estado, no un progreso.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from the OKRs it rolls up from, which give {shows}%.':
    'Su progreso en el archivo, {written} %, no se conserva: OKR Coach calcula el progreso a partir de los OKR de los que toma su progreso, que dan {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give {shows}%.':
    'Su progreso en el archivo, {written} %, no se conserva: OKR Coach calcula el progreso a partir de su valor inicial, su objetivo y su último check-in, que dan {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results and the objectives aligned to it, which give {shows}%.':
    'Su progreso en el archivo, {written} %, no se conserva: OKR Coach calcula el progreso a partir de sus resultados clave y de los objetivos alineados con él, que dan {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results, which give {shows}%.':
    'Su progreso en el archivo, {written} %, no se conserva: OKR Coach calcula el progreso a partir de sus resultados clave, que dan {shows} %.',
  'Its progress came from its children in Viva Goals, and none of them is in the file; here it moves with its own check-ins (their history is imported).':
    'Su progreso venía de sus elementos secundarios en Viva Goals, y ninguno está en el archivo; aquí avanza con sus propios check-ins (su historial se importa).',
  "It sat under an objective; it is kept under that objective's first key result.":
    'Estaba bajo un objetivo; se coloca bajo el primer resultado clave de ese objetivo.',
  'An initiative belongs under a key result, and it has none (nor an objective with one).':
    'Una iniciativa va bajo un resultado clave, y no tiene ninguno (ni un objetivo que lo tenga).',
  'Its task belongs under a key result, and it has none.':
    'Su tarea va bajo un resultado clave, y no tiene ninguno.',
  'Its {count} tasks belong under a key result, and it has none.':
    'Sus {count} tareas van bajo un resultado clave, y no tiene ninguno.',
  'A check-in for "{item}", which is not in the file.':
    'Un check-in de «{item}», que no está en el archivo.',
  'Its objective or project is left out (see that row), so its check-in is too.':
    'Su objetivo o proyecto se omite (vea su fila), así que también su check-in.',
  'Its key result is left out (see that row), so its check-in is too.':
    'Su resultado clave se omite (vea su fila), así que también su check-in.',
  'A check-in on a key result needs its Current Value.':
    'Un check-in de un resultado clave necesita su Current Value.',
  'A check-in note is longer than {max} characters; it is shortened.':
    'Una nota de check-in tiene más de {max} caracteres; se acorta.',
  'A check-in\'s status "{status}" is not one of {statuses}; the check-in is kept without a status.':
    'El estado «{status}» de un check-in no es ninguno de {statuses}; el check-in se conserva sin estado.',
  'The item it is on is left out (see that row), so the comment is too.':
    'El elemento al que pertenece se omite (vea su fila), así que también el comentario.',
  'A comment on "{item}", which is not in the file.':
    'Un comentario sobre «{item}», que no está en el archivo.',
  'Its description with the check-in notes and comments is longer than {max} characters; the oldest notes are cut.':
    'Su descripción con las notas de check-in y los comentarios tiene más de {max} caracteres; se recortan las notas más antiguas.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.':
    '{count} {count|objetivo|objetivos} no {count|nombra|nombran} ningún equipo: {count|va|van} a el equipo «{team}» del archivo, el propio de la organización ({file}), y no se crea un segundo equipo con ese nombre.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.':
    '{count} {count|objetivo|objetivos} ({rowCount|fila|filas} {rows}) no {count|nombra|nombran} ningún equipo: {count|va|van} a el equipo «{team}» del archivo, el propio de la organización ({file}), y no se crea un segundo equipo con ese nombre.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.':
    '{count} {count|objetivo|objetivos} no {count|nombra|nombran} ningún equipo: {count|va|van} a el equipo «{team}» del archivo, el propio de la organización ({file}, fila {row}), y no se crea un segundo equipo con ese nombre.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.':
    '{count} {count|objetivo|objetivos} ({rowCount|fila|filas} {rows}) no {count|nombra|nombran} ningún equipo: {count|va|van} a el equipo «{team}» del archivo, el propio de la organización ({file}, fila {row}), y no se crea un segundo equipo con ese nombre.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.':
    '{count} {count|objetivo|objetivos} no {count|nombra|nombran} ningún equipo: {count|va|van} a un equipo llamado «{team}», que la importación crea salvo que su sitio ya tenga uno con ese nombre. Indique {count|su|sus} equipo en el archivo para {count|ponerlo|ponerlos} en un equipo propio.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.':
    '{count} {count|objetivo|objetivos} no {count|nombra|nombran} ningún equipo: {count|va|van} a un equipo llamado «{team}» para los objetivos propios de la organización, que la importación crea salvo que su sitio ya tenga uno con ese nombre.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.':
    '{count} {count|objetivo|objetivos} ({rowCount|fila|filas} {rows}) no {count|nombra|nombran} ningún equipo: {count|va|van} a un equipo llamado «{team}» para los objetivos propios de la organización, que la importación crea salvo que su sitio ya tenga uno con ese nombre.',
  // Viva Goals' teams, the explorer export's notes, and scores off the scale
  'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership.':
    'El equipo «{team}» está vinculado a su grupo de Microsoft 365 ({group}), como en Viva Goals: quién está en el equipo lo decide la pertenencia a ese grupo.',
  'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership, so its {count} {count|member|members} in the file {count|is|are} not imported one by one.':
    'El equipo «{team}» está vinculado a su grupo de Microsoft 365 ({group}), como en Viva Goals: quién está en el equipo lo decide la pertenencia a ese grupo, así que {count|su|sus} {count} {count|miembro|miembros} del archivo no se {count|importa|importan} uno por uno.',
  'Team "{team}" was linked to the Microsoft 365 group "{group}" in Viva Goals; the export names the group but not its id: link the team to that group (Programme, Teams, "Microsoft 365 group id").':
    'El equipo «{team}» estaba vinculado al grupo de Microsoft 365 «{group}» en Viva Goals; la exportación nombra el grupo pero no su id.: vincule el equipo a ese grupo (Programa › Equipos, «Id. de grupo de Microsoft 365»).',
  'Team "{team}": its {count} {count|member|members} {count|is|are} not imported. OKR Coach keeps a team\'s owners (imported); who is in a team is its Microsoft 365 group\'s membership.':
    'Equipo «{team}»: {count|su|sus} {count} {count|miembro no se importa|miembros no se importan}. OKR Coach guarda los responsables de un equipo (importados); quién está en un equipo lo decide la pertenencia a su grupo de Microsoft 365.',
  'In Viva Goals it was linked to the Microsoft 365 group "{group}": link the team to that group (Programme, Teams, "Microsoft 365 group id") and its members come from there.':
    'En Viva Goals estaba vinculado al grupo de Microsoft 365 «{group}»: vincule el equipo a ese grupo (Programa › Equipos, «Id. de grupo de Microsoft 365») y sus miembros vendrán de ahí.',
  'Link the team to its Microsoft 365 group (Programme, Teams, "Microsoft 365 group id") and its members come from there.':
    'Vincule el equipo a su grupo de Microsoft 365 (Programa › Equipos, «Id. de grupo de Microsoft 365») y sus miembros vendrán de ahí.',
  'The export has no Id column (add it to the explorer view to keep every item apart): items are known by the id their children name in "Aligned To", or else by title and period.':
    'La exportación no tiene columna Id (añádala a la vista del explorador para distinguir cada elemento): los elementos se reconocen por el id. que nombran sus elementos secundarios en «Aligned To», o si no por título y período.',
  'A row needs an Id and a Title.': 'Una fila necesita un Id y un Title.',
  '"{type}" is not Objective, Key result or Deliverable (nor a term Viva Goals offered instead: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).':
    '«{type}» no es Objective, Key result ni Deliverable (ni un término que Viva Goals ofrecía en su lugar: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).',
  'A check-in needs a "Checkin Date: YYYY-MM-DD HH:MM:SS"; found "{found}".':
    'Un check-in necesita una «Checkin Date: AAAA-MM-DD HH:MM:SS»; se encontró «{found}».',
  'Current Value "{text}" is not a number (accepted: {accepted}).':
    'El Current Value «{text}» no es un número (se aceptan: {accepted}).',
  'The scores (column "Score") are kept as the closing scores Viva Goals gave: a key result\'s is the one Close a cycle proposes (where its progress earns another, the reason says Viva Goals scored it), an objective\'s is its score, and Cycle review counts them.':
    'Las puntuaciones (columna «Score») se conservan como las puntuaciones de cierre que dio Viva Goals: la de un resultado clave es la que propone «Cerrar un ciclo» (donde su progreso merece otra, el motivo indica que la puntuó Viva Goals), la de un objetivo es su puntuación, y la Revisión del ciclo las cuenta.',
  'The score is left out; the objective is imported.':
    'Se omite la puntuación; el objetivo se importa.',
  'The score is left out; the row is imported.': 'Se omite la puntuación; la fila se importa.',
  '{percent}% is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{percent} % está por debajo del mínimo de la escala; las puntuaciones van de 0,0 a 1,0 (0–100 %).',
  '{score} ({percent}%) is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{score} ({percent} %) está por debajo del mínimo de la escala; las puntuaciones van de 0,0 a 1,0 (0–100 %).',
  '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{percent} % supera el máximo de la escala; las puntuaciones van de 0,0 a 1,0 (0–100 %).',
  '{score} is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign ({score}%).':
    '{score} no es una puntuación: las puntuaciones van de 0,0 a 1,0 (0–100 %); un porcentaje se escribe con su signo ({score} %).',
  // How the sheets' readers read a cell, a row or a column otherwise, or leave it out
  'The key result "{name}" comes before any objective: in a sheet without a parent column, a key result belongs to the nearest row above it whose type says Objective. Move it below its objective, or add a parent column.':
    'El resultado clave «{name}» aparece antes que cualquier objetivo: en una hoja sin columna de meta principal, un resultado clave pertenece a la fila más cercana por encima cuyo tipo indica Objective. Muévalo debajo de su objetivo o añada una columna de meta principal.',
  'The id "{id}" is also the id of row {row}: each goal needs an id of its own.':
    'El id «{id}» es también el id de la fila {row}: cada meta necesita un id propio.',
  'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or name the parent by its id (column "{idColumn}").':
    'La meta principal «{parent}» podría ser cualquiera de las {count} metas con ese nombre (filas {rows}): dé a cada meta un nombre propio o indique la meta principal por su id (columna «{idColumn}»).',
  'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or add a "Goal ID" column and name each parent by its id.':
    'La meta principal «{parent}» podría ser cualquiera de las {count} metas con ese nombre (filas {rows}): dé a cada meta un nombre propio o añada una columna «Goal ID» e indique cada meta principal por su id.',
  'The parent goal "{parent}" is not in the file: a parent is named by its id, as written in column "{idColumn}"; leave the cell empty for a goal at the top.':
    'La meta principal «{parent}» no está en el archivo: una meta principal se indica por su id, tal como figura en la columna «{idColumn}»; deje la celda vacía para una meta del nivel superior.',
  'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}" or by its id (column "{idColumn}"); leave the cell empty for a goal at the top.':
    'La meta principal «{parent}» no está en el archivo: una meta principal se indica por su nombre de meta, tal como figura en la columna «{nameColumn}», o por su id (columna «{idColumn}»); deje la celda vacía para una meta del nivel superior.',
  'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}"; leave the cell empty for a goal at the top.':
    'La meta principal «{parent}» no está en el archivo: una meta principal se indica por su nombre de meta, tal como figura en la columna «{nameColumn}»; deje la celda vacía para una meta del nivel superior.',
  'The parent goals form a loop: {loop}. A goal cannot be its own parent or ancestor: clear the parent of the goal that belongs at the top.':
    'Las metas principales forman un bucle: {loop}. Una meta no puede ser su propia meta principal ni su propio antecesor: borre la meta principal de la meta que debe estar en el nivel superior.',
  '"{name}" (row {row})': '«{name}» (fila {row})',
  'It names {count} teams ({teams}); it is kept in the first, "{team}".':
    'Indica {count} equipos ({teams}); se mantiene en el primero, «{team}».',
  'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of "{above}".':
    'Está debajo de «{initiative}», que es a su vez una iniciativa; las iniciativas no se anidan, así que pasa a ser una iniciativa de «{above}».',
  'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of no key result.':
    'Está debajo de «{initiative}», que es a su vez una iniciativa; las iniciativas no se anidan, así que pasa a ser una iniciativa sin resultado clave.',
  '"{status}" is not a status the import knows (accepted: On track, At risk, Behind, Not started, Closed, Postponed, and the words your own sheet reads for them); the objective is imported as active.':
    '«{status}» no es un estado que la importación conozca (se aceptan: On track, At risk, Behind, Not started, Closed, Postponed y las palabras que su propia hoja lee para ellos); el objetivo se importa como activo.',
  'A key result belongs to one objective: it is placed under "{parent}", the first parent named; {others} {count|is|are} left out.':
    'Un resultado clave pertenece a un solo objetivo: se coloca bajo «{parent}», la primera meta principal indicada; {others} se {count|omite|omiten}.',
  '"{name}"': '«{name}»',
  '"{type}" is not a kind of key result (accepted: {accepted}); it is measured by its values.':
    '«{type}» no es un tipo de resultado clave (se aceptan: {accepted}); se mide por sus valores.',
  'The current value is taken from the progress ({percent}% of the way from start to target).':
    'El valor actual se toma del progreso ({percent} % del camino del inicio al objetivo).',
  'The current values are not imported as check-ins: the sheet has no date column and the file no date. Add a "{column}" column.':
    'Los valores actuales no se importan como check-ins: la hoja no tiene columna de fecha y el archivo no tiene fecha. Añada una columna «{column}».',
  '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}): {count|its current value becomes a check-in|their current values become check-ins} dated {day:day}, the file\'s date. Fill in "{column}" to date {count|it|each one}.':
    '{count} {count|fila|filas} con un valor actual no {count|tiene|tienen} fecha en «{column}» ({count|fila|filas} {rows}): {count|su valor actual pasa a ser un check-in|sus valores actuales pasan a ser check-ins} con fecha {day:day}, la fecha del archivo. Rellene «{column}» {count|para fecharlo|para fechar cada uno}.',
  '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}), and the file has no date: {count|its current value is|their current values are} not imported as check-ins. Fill in "{column}" to import {count|it|them}.':
    '{count} {count|fila|filas} con un valor actual no {count|tiene|tienen} fecha en «{column}» ({count|fila|filas} {rows}) y el archivo no tiene fecha: {count|su valor actual no se importa|sus valores actuales no se importan} como check-in. Rellene «{column}» para {count|importarlo|importarlos}.',
  'one start': 'un solo valor inicial',
  'one target': 'un solo objetivo numérico',
  'one current': 'un solo valor actual',
  'one progress': 'un solo progreso',
  'one score': 'una sola puntuación',
  '"{heading}" is read as the heading of the key results listed under it, not as one of them.':
    '«{heading}» se lee como el encabezado de los resultados clave enumerados debajo, no como uno de ellos.',
  'The cell lists {lines} lines for the {count} key results in "{column}": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.':
    'La celda enumera {lines} líneas para los {count} resultados clave de «{column}»: no se puede saber qué línea es de cuál, así que no se lee ninguna. Escriba una línea por cada resultado clave, un «-» si no hay ninguno.',
  'The cell holds {one} for the {count} key results in "{column}": which one it is for cannot be told, so it is not read. Write one line for each key result, a "-" for none.':
    'La celda contiene {one} para los {count} resultados clave de «{column}»: no se puede saber a qué resultado clave corresponde el valor, así que la celda no se lee. Escriba una línea por cada resultado clave, un «-» si no hay ninguno.',
  'one initiative': 'una sola iniciativa',
  'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before), as "{listing}" lists {count} lines too. If they are one title, write it on one line.':
    'Las {lines} líneas de «{column}» se leen como {count} resultados clave, uno por línea (una línea que empieza en minúscula continúa la anterior), porque «{listing}» también enumera {count} líneas. Si son un solo título, escríbalo en una línea.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line, as "{listing}" lists {count} lines too. If they are one title, write it on one line.':
    'Las {lines} líneas de «{column}» se leen como {count} resultados clave, uno por línea, porque «{listing}» también enumera {count} líneas. Si son un solo título, escríbalo en una línea.',
  'The {lines} lines of "{column}" are read as one key result, "{title}", its title broken over lines, as "{single}" holds {one} for it. To list several key results in one cell, start each line with "1.", "•" or "-" and give each its line in "{single}".':
    'Las {lines} líneas de «{column}» se leen como un solo resultado clave, «{title}», con el título partido en varias líneas, porque «{single}» contiene {one} para él. Para enumerar varios resultados clave en una celda, empiece cada línea con «1.», «•» o «-» y dé a cada uno su línea en «{single}».',
  'The {lines} lines of "{column}" are read as one key result, "{title}", as each line after the first starts in lower case, carrying on the one before.':
    'Las {lines} líneas de «{column}» se leen como un solo resultado clave, «{title}», porque cada línea después de la primera empieza en minúscula y continúa la anterior.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before): nothing else on the row says whether they are one title. If they are, write it on one line.':
    'Las {lines} líneas de «{column}» se leen como {count} resultados clave, uno por línea (una línea que empieza en minúscula continúa la anterior): nada más en la fila indica si son un solo título. Si lo son, escríbalo en una línea.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line: nothing else on the row says whether they are one title. If they are, write it on one line.':
    'Las {lines} líneas de «{column}» se leen como {count} resultados clave, uno por línea: nada más en la fila indica si son un solo título. Si lo son, escríbalo en una línea.',
  "The current value is left out; the key result is imported without the row's check-in.":
    'Se omite el valor actual; el resultado clave se importa sin el check-in de la fila.',
  "The progress is left out; the key result is imported without the row's check-in.":
    'Se omite el progreso; el resultado clave se importa sin el check-in de la fila.',
  'The row has no objective, and no row above names one: write the objective in column "{column}".':
    'La fila no tiene objetivo y ninguna fila anterior indica uno: escriba el objetivo en la columna «{column}».',
  'The sheet has no cycle column: its rows go in the cycle "{cycle}", the sheet\'s name.':
    'La hoja no tiene columna de ciclo: sus filas van al ciclo «{cycle}», el nombre de la hoja.',
  'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row {row}: {cycle}). Add a "Quarter" column to say otherwise.':
    'La hoja no tiene columna de ciclo: cada objetivo va al ciclo que dan las fechas de su primera fila (fila {row}: {cycle}). Añada una columna «Quarter» para indicar otra cosa.',
  'The row has no cycle, and the file has no date to take one from: add a "Quarter" column (e.g. Q1 2026).':
    'La fila no tiene ciclo y el archivo no tiene fecha de la que tomar uno: añada una columna «Quarter» (p. ej., Q1 2026).',
  'The cycle "{cycle}" has no dates: name it like "Q1 2026", "H1 2026" or "2026", or add "Cycle start" and "Cycle end" columns. The row is left out.':
    'El ciclo «{cycle}» no tiene fechas: póngale un nombre como «Q1 2026», «H1 2026» o «2026», o añada las columnas «Cycle start» y «Cycle end». Se omite la fila.',
  '"{group}" is not a Microsoft 365 group id (one looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams admin center, the team, Group id). The team "{team}" is imported without its group: link it in Programme, Teams.':
    '«{group}» no es un Id. de grupo de Microsoft 365 (tiene este aspecto: 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d; Centro de administración de Teams, el equipo, Id. de grupo). El equipo «{team}» se importa sin su grupo: vincúlelo en Programa › Equipos.',
  'The team "{team}" is given the group {given} on row {row}; {group} is not linked.':
    'Al equipo «{team}» se le asigna el grupo {given} en la fila {row}; {group} no se vincula.',
  '"{commitment}" is not Committed or Aspirational; the objective is imported as committed.':
    '«{commitment}» no es Committed ni Aspirational; el objetivo se importa como comprometido.',
  'The objectives\' scores (column "{column}") are kept as their closing scores, on your scale; Cycle review counts them.':
    'Las puntuaciones de los objetivos (columna «{column}») se conservan como sus puntuaciones de cierre, en su escala; la Revisión del ciclo las cuenta.',
  '{score} differs from the score {kept} given to "{objective}" on row {row}; that one is kept.':
    '{score} difiere de la puntuación {kept} dada a «{objective}» en la fila {row}; se conserva esa.',
  '"{text}" is read as {percent}%, as the row writes its other values as percentages.':
    '«{text}» se lee como {percent} %, porque la fila escribe sus otros valores como porcentajes.',
  '{values} {count|is|are} read as {percents}. If {count|it is a share|they are shares} of one (0.45 for 45 %), write {count|it|them} as a percentage (45%) and import again.':
    '{values} se {count|lee|leen} como {percents}. Si {count|es una fracción|son fracciones} de uno (0,45 para 45 %), {count|escríbalo|escríbalos} como porcentaje (45 %) e importe de nuevo.',
  'The column "{column}" says statuses (such as "{status}"), not a confidence from 1 to 10: each is kept as its check-in\'s status, as a status column would be.':
    'La columna «{column}» indica estados (como «{status}»), no una confianza de 1 a 10: cada uno se conserva como el estado de su check-in, como lo haría una columna de estado.',
  'The scores (column "{column}") are kept as the key results\' closing scores: Close a cycle proposes each in place of the score its progress earns (the reason says it was graded in this file), and Cycle review counts it; an objective of a cycle that has ended is scored from them as closing the cycle would.':
    'Las puntuaciones (columna «{column}») se conservan como puntuaciones de cierre de los resultados clave: «Cerrar un ciclo» propone cada una en lugar de la puntuación que merece su progreso (el motivo indica que se puntuó en este archivo), y la Revisión del ciclo la cuenta; un objetivo de un ciclo terminado se puntúa a partir de ellas, como lo haría el cierre del ciclo.',
  'The key result has no current value, so its status and notes have no check-in to go with and are left out.':
    'El resultado clave no tiene valor actual, así que su estado y sus notas no tienen un check-in al que acompañar y se omiten.',
  'It aligns to "{title}" of the cycle "{cycle}", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "{cycle}" in the same file.':
    'Está alineado con «{title}» del ciclo «{cycle}», cuyos objetivos no están en el archivo; el objetivo se importa sin esa alineación. Para conservarla, importe las filas de «{cycle}» en el mismo archivo.',
  'No objective "{title}" is in the file\'s cycle "{cycle}"; the objective is imported without aligning to it.':
    'No hay ningún objetivo «{title}» en el ciclo «{cycle}» del archivo; el objetivo se importa sin esa alineación.',
  '{count} objectives "{title}" are in the cycle "{cycle}" (in several teams): which one is meant cannot be told, so the objective is imported without aligning to it.':
    'Hay {count} objetivos «{title}» en el ciclo «{cycle}» (en varios equipos): no se puede saber a cuál se refiere, así que el objetivo se importa sin esa alineación.',
  '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "{name}".':
    '«{address}» no es una dirección de correo (se aceptan: ana@contoso.com o un nombre con su correo, Ana Silva <ana@contoso.com>): el propietario se busca en su directorio por el nombre «{name}».',
  '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): it is kept as the owner\'s name, and the directory is searched by that name.':
    '«{address}» no es una dirección de correo (se aceptan: ana@contoso.com o un nombre con su correo, Ana Silva <ana@contoso.com>): se conserva como el nombre del propietario y el directorio se busca por ese nombre.',
  'It names {count} owners ({owners}); the first, "{first}", owns it, as each objective and key result has one owner. Name the others in its description or as owners of its key results.':
    'Indica {count} propietarios ({owners}); el primero, «{first}», es su propietario, ya que cada objetivo y cada resultado clave tiene un solo propietario. Mencione a los demás en su descripción o como propietarios de sus resultados clave.',
  '"{text}" is the error a formula gave in the spreadsheet, not a value: fix the formula (or type the value) and import again.':
    '«{text}» es el error que dio una fórmula de la hoja de cálculo, no un valor: corrija la fórmula (o escriba el valor) e importe de nuevo.',
  '"{text}" could be {point} or {comma}: the file writes decimals both with "." and with ",". Write it without the thousands separator (e.g. {point}).':
    '«{text}» podría ser {point} o {comma}: el archivo escribe los decimales tanto con «.» como con «,». Escríbalo sin separador de miles (p. ej., {point}).',
  '"{text}" could be {point} or {comma}: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. {point}).':
    '«{text}» podría ser {point} o {comma}: ningún otro número del archivo indica si «,» o «.» marca los decimales. Escríbalo sin separador de miles (p. ej., {point}).',
  '"{text}" is out of nothing: write progress as done out of all (3/10), as a percentage (30%) or as a share (0.3).':
    '«{text}» es una parte de nada: escriba el progreso como lo hecho sobre el total (3/10), como porcentaje (30 %) o como fracción (0,3).',
  // The template's, a wide sheet's and the lists' column limits
  'Its {column} is {length} characters long, and your site holds at most {max} there':
    'El campo «{column}» tiene {length} caracteres, y su sitio admite como máximo {max} ahí',
  'Its column {column} is {length} characters long, and your site holds at most {max} there':
    'La columna {column} tiene {length} caracteres, y su sitio admite como máximo {max} ahí',
  '{overlong}: the team is not imported, with its objectives. Shorten it in the file and import the file again.':
    '{overlong}: el equipo no se importa, ni sus objetivos. Acorte el texto en el archivo e importe el archivo de nuevo.',
  '{overlong}: the cycle is not imported, with its objectives. Shorten it in the file and import the file again.':
    '{overlong}: el ciclo no se importa, ni sus objetivos. Acorte el texto en el archivo e importe el archivo de nuevo.',
  '{overlong}: the objective is not imported, with its key results. Shorten it in the file and import the file again.':
    '{overlong}: el objetivo no se importa, ni sus resultados clave. Acorte el texto en el archivo e importe el archivo de nuevo.',
  '{overlong}: the key result is not imported, with its initiatives and check-ins. Shorten it in the file and import the file again.':
    '{overlong}: el resultado clave no se importa, ni sus iniciativas y check-ins. Acorte el texto en el archivo e importe el archivo de nuevo.',
  '{overlong}: the initiative is not imported. Shorten it in the file and import the file again.':
    '{overlong}: la iniciativa no se importa. Acorte el texto en el archivo e importe el archivo de nuevo.',
  '{overlong}: the check-in is not imported. Shorten it in the file and import the file again.':
    '{overlong}: el check-in no se importa. Acorte el texto en el archivo e importe el archivo de nuevo.',
  '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there: {why}. "{column}" is read on {readBy} rows.':
    '«{column}» está rellenado en {count} {count|fila|filas} de tipo {type} ({count|fila|filas} {rows}) y ahí no se lee: {why}. «{column}» se lee en las filas de tipo {readBy}.',
  '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there. "{column}" is read on {readBy} rows.':
    '«{column}» está rellenado en {count} {count|fila|filas} de tipo {type} ({count|fila|filas} {rows}) y ahí no se lee. «{column}» se lee en las filas de tipo {readBy}.',
  'The file is missing the {count|column|columns} {missing}. The template has the columns {columns}.':
    'Al archivo le {count|falta la columna|faltan las columnas} {missing}. La plantilla tiene las columnas {columns}.',
  '"{type}" is not Objective, Key result, Initiative or Check-in.':
    '«{type}» no es Objective, Key result, Initiative ni Check-in.',
  "An objective's row has both a Score and an Objective score: its Objective score ({score}) is its score; the Score is not read.":
    'La fila de un objetivo tiene a la vez Score y Objective score: su Objective score ({score}) es su puntuación; el Score no se lee.',
  'A check-in needs its date.': 'Un check-in necesita su fecha.',
  'A check-in needs a value.': 'Un check-in necesita un valor.',
  'A {type} row needs an Id and a Title.': 'Una fila de tipo {type} necesita un Id y un Title.',
  'A cycle needs a start and an end date (YYYY-MM-DD).':
    'Un ciclo necesita una fecha de inicio y una de fin (AAAA-MM-DD).',
  '"{kind}" is not one of {kinds}.': '«{kind}» no es ninguno de {kinds}.',
  '"{text}" is not accepted for an objective: write "{aligned}" to roll up the objectives aligned to it beside its key results, or leave it empty.':
    '«{text}» no se acepta para un objetivo: escriba «{aligned}» para que sume los objetivos alineados con él junto a sus resultados clave, o déjelo vacío.',
  'An initiative does not roll up: leave "Rolls up from" empty (only objectives and key results roll up).':
    'Una iniciativa no suma de otras: deje «Rolls up from» vacío (solo los objetivos y los resultados clave suman de otros).',
  'Only a key result has phased targets: leave it empty on this row.':
    'Solo un resultado clave tiene objetivos por etapas: deje el campo vacío en esta fila.',
  '"{text}" is not a dated target: write each as YYYY-MM-DD: value, separated by ";" (e.g. 2026-01-31: 40; 2026-02-28: 55).':
    '«{text}» no es un objetivo con fecha: escriba cada uno como AAAA-MM-DD: valor, separados por «;» (p. ej., 2026-01-31: 40; 2026-02-28: 55).',
  'The columns "{first}" and "{second}" both give key result {group}\'s {field}: keep one, or number them as the key results they belong to.':
    'Las columnas «{first}» y «{second}» dan ambas «{field}» del resultado clave {group}: conserve una o numérelas según los resultados clave a los que pertenecen.',
  'The column "{column}" is for key result {group}, and no column holds key result {group}\'s title: add a "KR{group}" column with the titles, or number the column as the key result it belongs to.':
    'La columna «{column}» es del resultado clave {group}, y ninguna columna contiene el título del resultado clave {group}: añada una columna «KR{group}» con los títulos o numere la columna según el resultado clave al que pertenece.',
  '"{name}" gives objectives a value of their own ({count|row|rows} {rows}), which is not imported: an objective\'s progress follows from its key results. To keep it, give each a key result measured by it.':
    '«{name}» da a los objetivos un valor propio ({count|fila|filas} {rows}), que no se importa: el progreso de un objetivo se deriva de sus resultados clave. Para conservarlo, dé a cada uno un resultado clave medido por él.',
  'The column "{column}" has no key result number, so which key result it is for cannot be told and it is not read: name it as the key result\'s ("KR{group} {column}").':
    'La columna «{column}» no tiene número de resultado clave, así que no se puede saber a qué resultado clave corresponde y no se lee: póngale el nombre del resultado clave («KR{group} {column}»).',
  'Key result {group} has no title, though {given} {count|is|are} filled in; it is left out.':
    'El resultado clave {group} no tiene título, aunque {given} {count|está rellenado|están rellenados}; se omite.',
  'an initiative has no closing score (its Status keeps how it ended); only objectives and key results are scored':
    'una iniciativa no tiene puntuación de cierre (su Status guarda cómo terminó); solo se puntúan los objetivos y los resultados clave',
  'an initiative has no closing score (its Status keeps how it ended)':
    'una iniciativa no tiene puntuación de cierre (su Status guarda cómo terminó)',
  "a check-in has no score: a key result is scored when its cycle closes, by its own row's Score":
    'un check-in no tiene puntuación: un resultado clave se puntúa cuando se cierra su ciclo, con el Score de su propia fila',
  "a check-in has no score: an objective's is its own row's Objective score":
    'un check-in no tiene puntuación: la de un objetivo es el Objective score de su propia fila',
  'a check-in is told by its Parent and Date; write what it says in Note':
    'un check-in se identifica por su Parent y su Date; escriba lo que dice en Note',
  "a key result's current value comes from its Check-in rows (Type Check-in, Parent the key result's Id, Date, Value)":
    'el valor actual de un resultado clave viene de sus filas Check-in (Type Check-in, Parent el Id del resultado clave, Date, Value)',
  'a note belongs on a Check-in row': 'una nota va en una fila Check-in',
  "a key result's dates are its cycle's": 'las fechas de un resultado clave son las de su ciclo',
  "an objective's progress comes from its key results":
    'el progreso de un objetivo viene de sus resultados clave',
  'an initiative keeps a title, owner, status, date and link':
    'una iniciativa guarda un título, un propietario, un estado, una fecha y un enlace',
  "an initiative's progress is its Status": 'el progreso de una iniciativa es su Status',
  "owner's name": 'nombre del propietario',
  "owner's email": 'correo del propietario',
  "owner's id": 'id del propietario',
  "author's name": 'nombre del autor',
  "author's email": 'correo del autor',
  "author's id": 'id del autor',
  link: 'enlace',
  unit: 'unidad',
  'id in the file': 'id en el archivo',
  'Microsoft 365 group id': 'Id. de grupo de Microsoft 365',
  'meeting id': 'id de la reunión',
  name: 'nombre',
  title: 'título',
  owner: 'propietario',
  'owner email': 'correo del propietario',
  start: 'valor inicial',
  target: 'objetivo numérico',
  current: 'valor actual',
  progress: 'progreso',
  confidence: 'confianza',
  status: 'estado',
  type: 'tipo',
  due: 'vencimiento',
  date: 'fecha',
  notes: 'notas',
  score: 'puntuación',
  // What the import reads
  'A Viva Goals organisation export: the .zip of JSON files as Viva Goals gave it.':
    'Una exportación de organización de Viva Goals: el .zip de archivos JSON tal como lo dio Viva Goals.',
  'A Viva Goals explorer export (.csv or .xlsx): "Title" and "Object Type" columns.':
    'Una exportación del explorador de Viva Goals (.csv o .xlsx): columnas «Title» y «Object Type».',
  'The OKR Coach template (.csv or .xlsx): "Type" and "Title" columns ("Download the template" has every column the import reads).':
    'La plantilla de OKR Coach (.csv o .xlsx): columnas «Type» y «Title» («Descargar la plantilla» tiene todas las columnas que lee la importación).',
  'Your own sheet, one row per key result: an "Objective" and a "Key result" (or "KR") column.':
    'Su propia hoja, una fila por resultado clave: una columna «Objective» y una columna «Key result» (o «KR»).',
  'Your own sheet, one row per objective: an "Objective" column and numbered key result columns ("KR1", "KR2", …).':
    'Su propia hoja, una fila por objetivo: una columna «Objective» y columnas numeradas de resultados clave («KR1», «KR2», …).',
  'Jira issues (CSV): Jira\'s "Export CSV (all fields)" as it is (Summary, Issue key, Issue Type, Parent).':
    'Incidencias de Jira (CSV): «Export CSV (all fields)» de Jira tal cual (Summary, Issue key, Issue Type, Parent).',
  'A goal list from another tool (Lattice, Asana, …), one row per goal: a goal column ("Goal name", "Summary") and a parent column ("Parent goal", "Parent ID"), an outline number ("Order": 1, 1.1), a level ("Level": 1, 2) or a type on each row (Objective, Key result); or a JSON file of such goal records, as a tool\'s API gives them.':
    'Una lista de metas de otra herramienta (Lattice, Asana, …), una fila por meta: una columna de meta («Goal name», «Summary») y una columna de meta principal («Parent goal», «Parent ID»), un número de esquema («Order»: 1, 1.1), un nivel («Level»: 1, 2) o un tipo en cada fila (Objective, Key result); o un archivo JSON de esas metas, tal como las da la API de una herramienta.',
  // Whole files refused, what reading says of the whole file, a goal tree not placed
  'An outline of goals in one column (.txt, .csv or .xlsx), a header row or none: each objective on a line of its own, its key results indented under it.':
    'Un esquema de metas en una columna (.txt, .csv o .xlsx), con o sin fila de encabezado: cada objetivo en su propia línea y sus resultados clave sangrados debajo.',
  '{file} is a Word document, not a spreadsheet. If your OKRs are in a table in it, copy the table into Excel and save that as an Excel Workbook (.xlsx).':
    '{file} es un documento de Word, no una hoja de cálculo. Si sus OKR están en una tabla del documento, copie la tabla en Excel y guárdela como libro de Excel (.xlsx).',
  '{file} is a PowerPoint presentation, not a spreadsheet.':
    '{file} es una presentación de PowerPoint, no una hoja de cálculo.',
  '{file} is an Excel Binary Workbook (.xlsb), which the import cannot read. Open it in Excel and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".':
    '{file} es un libro binario de Excel (.xlsb), que la importación no puede leer. Ábralo en Excel y guárdelo como libro de Excel (.xlsx) o como «CSV UTF-8».',
  '{file} is an Apple Numbers spreadsheet, which the import cannot read. In Numbers, choose File > Export To > Excel (or CSV) and import that.':
    '{file} es una hoja de cálculo de Apple Numbers, que la importación no puede leer. En Numbers, elija Archivo > Exportar a > Excel (o CSV) e importe ese archivo.',
  '{file} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) or as "CSV UTF-8" and import that.':
    '{file} es una hoja de cálculo OpenDocument (.ods). Guárdela como libro de Excel (.xlsx) o como «CSV UTF-8» e importe ese archivo.',
  '{file} is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the import cannot read. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".':
    '{file} es un libro de Excel 97-2003 (.xls) o un libro protegido con contraseña, que la importación no puede leer. Ábralo en Excel, quite cualquier contraseña y guárdelo como libro de Excel (.xlsx) o como «CSV UTF-8».',
  '{file} is a PDF document, not a spreadsheet: the import cannot read OKRs from a PDF. Export them from the tool that made it as CSV or Excel.':
    '{file} es un documento PDF, no una hoja de cálculo: la importación no puede leer OKR de un PDF. Expórtelos como CSV o Excel desde la herramienta que lo generó.',
  '{file} is a PNG image, not a spreadsheet.': '{file} es una imagen PNG, no una hoja de cálculo.',
  '{file} is a JPEG image, not a spreadsheet.':
    '{file} es una imagen JPEG, no una hoja de cálculo.',
  '{file} is a GIF image, not a spreadsheet.': '{file} es una imagen GIF, no una hoja de cálculo.',
  '{file} is a web page (HTML), not a spreadsheet, though it may be named .xls: some tools\' "Export Excel" (Jira\'s among them) write one. Export as CSV instead (in Jira: Export, then "Export CSV (all fields)"), or open it in Excel and save it as an Excel Workbook (.xlsx).':
    '{file} es una página web (HTML), no una hoja de cálculo, aunque su nombre termine en .xls: la «Export Excel» de algunas herramientas (entre ellas Jira) genera una. Exporte en CSV (en Jira: Exportar y luego «Export CSV (all fields)»), o ábrala en Excel y guárdela como libro de Excel (.xlsx).',
  '{file} is one file of a Viva Goals organisation export. Import the whole export: the .zip file as Viva Goals gave it (it holds the objectives, check-ins, teams and time periods together), not one file taken out of it.':
    '{file} es un solo archivo de una exportación de organización de Viva Goals. Importe la exportación entera: el archivo .zip tal como lo dio Viva Goals (contiene juntos los objetivos, los check-ins, los equipos y los periodos), no un archivo sacado de él.',
  "{file} is a JSON file with no list of records in it: the import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them).":
    '{file} es un archivo JSON sin una lista de registros: la importación lee JSON dentro de una exportación de organización de Viva Goals (.zip), o un archivo de registros de metas (una matriz de ellos, uno por meta, como los da la API de una herramienta).',
  '{file} cannot be opened: it is a ZIP file (as an Excel workbook (.xlsx) and a Viva Goals export are) that is damaged, cut off or password-protected. Download or save it again and import that. (Technical detail: {error})':
    '{file} no se puede abrir: es un archivo ZIP (como lo son un libro de Excel (.xlsx) y una exportación de Viva Goals) dañado, cortado o protegido con contraseña. Descárguelo o guárdelo de nuevo e impórtelo. (Detalle técnico: {error})',
  "{file} is not valid JSON: it may be cut off or damaged, so no goal records can be read from it. The import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them). (Technical detail: {error})":
    '{file} no es JSON válido: puede estar cortado o dañado, así que no se puede leer ningún registro de metas. La importación lee JSON dentro de una exportación de organización de Viva Goals (.zip), o un archivo de registros de metas (una matriz de ellos, uno por meta, como los da la API de una herramienta). (Detalle técnico: {error})',
  '{file} holds no Viva Goals objectives file (objectives_export_file_….json).':
    '{file} no contiene ningún archivo de objetivos de Viva Goals (objectives_export_file_….json).',
  '{file} cannot be unpacked: its part {part} is damaged or cut off. Download or export the file again and import that. (Technical detail: {error})':
    '{file} no se puede descomprimir: su parte {part} está dañada o cortada. Descargue o exporte el archivo de nuevo e impórtelo. (Detalle técnico: {error})',
  '{file} is empty: it has no rows with anything in them.':
    '{file} está vacío: no tiene filas con contenido.',
  '{file} is empty: none of its sheets has rows with anything in them.':
    '{file} está vacío: ninguna de sus hojas tiene filas con contenido.',
  '{file} is empty: a goal tree starts with a header row (Goal name, Parent goal, …).':
    '{file} está vacío: un árbol de metas empieza con una fila de encabezado (Goal name, Parent goal, …).',
  '{file} is empty: your own sheet starts with a header row (Objective, Key result, …).':
    '{file} está vacío: su propia hoja empieza con una fila de encabezado (Objective, Key result, …).',
  '{file} is empty: the template starts with a header row ({columns}).':
    '{file} está vacío: la plantilla empieza con una fila de encabezado ({columns}).',
  '{file} is empty: it starts with a header row (Objective, KR1, …).':
    '{file} está vacío: empieza con una fila de encabezado (Objective, KR1, …).',
  '{file} is empty: an explorer export starts with a header row.':
    '{file} está vacío: una exportación del explorador empieza con una fila de encabezado.',
  'is {size}, more than the {max} an import takes at once. Export one time period (or one team) at a time and import each.':
    'ocupa {size}, más de los {max} que admite una importación de una vez. Exporte un periodo (o un equipo) cada vez e importe cada uno.',
  'unpacks to more than {max} (at {part}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.':
    'se descomprime en más de {max} (en {part}); se rechaza porque podría ser una bomba ZIP. Exporte menos periodos cada vez.',
  'a cell in this row opens with a double quote (") that is never closed, so everything after it to the end of the file would be read as one cell. The file may have been cut off: export or save it again; or close the quote (a quote inside a quoted cell is written twice, "").':
    'una celda de esta fila empieza con comillas (") que nunca se cierran, así que todo lo que sigue hasta el final del archivo se leería como una sola celda. Puede que el archivo se haya cortado: expórtelo o guárdelo de nuevo, o cierre las comillas (unas comillas dentro de una celda entrecomillada se escriben dos veces: "").',
  'has its header row but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.':
    'tiene su fila de encabezado, pero debajo no hay filas con nada que importar. Rellene las filas bajo el encabezado o elija el archivo que las tiene.',
  'has its header row (sheet "{sheet}") but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.':
    'tiene su fila de encabezado (hoja «{sheet}»), pero debajo no hay filas con nada que importar. Rellene las filas bajo el encabezado o elija el archivo que las tiene.',
  'should hold a JSON array of records.': 'debería contener una matriz JSON de registros.',
  'is not valid JSON: the file is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})':
    'no es JSON válido: el archivo está dañado o cortado. Puede que la exportación se haya modificado o no se haya copiado entera: importe el .zip tal como lo entregó Viva Goals. (Detalle técnico: {error})',
  'is not valid JSON: record {record} is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})':
    'no es JSON válido: el registro {record} está dañado o cortado. Puede que la exportación se haya modificado o no se haya copiado entera: importe el .zip tal como lo entregó Viva Goals. (Detalle técnico: {error})',
  'It is left out.': 'Se omite.',
  'is missing the {count|column|columns} {missing}. An explorer export has the columns {columns}.':
    '{count|falta la columna|faltan las columnas} {missing}. Una exportación del explorador tiene las columnas {columns}.',
  'The file\'s {count} JSON records are read as the rows of a sheet whose columns are their fields (a nested field\'s as "parentGoal id"): record 1 is row 2.':
    'Los {count} registros JSON del archivo se leen como las filas de una hoja cuyas columnas son sus campos (un campo anidado como «parentGoal id»): el registro 1 es la fila 2.',
  'The file is not UTF-8; it is read as Windows-1252 (Western European), the encoding Excel uses for "CSV (Comma delimited)". If accented letters look wrong, save it from Excel as "CSV UTF-8" and import again.':
    'El archivo no está en UTF-8; se lee como Windows-1252 (Europa occidental), la codificación que Excel usa para «CSV (delimitado por comas)». Si las letras acentuadas se ven mal, guárdelo desde Excel como «CSV UTF-8» e impórtelo de nuevo.',
  'Read from the {count|sheet|sheets} {read}.': 'Leído de {count|la hoja|las hojas} {read}.',
  'Read from the {count|sheet|sheets} {read}; the {unreadCount|sheet|sheets} {unread} {unreadCount|is|are} not read (no header in that layout).':
    'Leído de {count|la hoja|las hojas} {read}; {unreadCount|la hoja|las hojas} {unread} no se {unreadCount|lee|leen} (no hay encabezado con esa estructura).',
  'The goals cannot be placed in a tree: {why}. Add {places}.':
    'Las metas no se pueden colocar en un árbol: {why}. Añada {places}.',
  'it has no parent column': 'no tiene columna de meta principal',
  'its column "{column}" numbers the goals without numbers under them (1.1, 1.2)':
    'su columna «{column}» numera las metas sin números debajo (1.1, 1.2)',
  'its column "{column}" does not give every goal a level as a number (1, 2, 3)':
    'su columna «{column}» no da a cada meta un nivel como número (1, 2, 3)',
  'its column "{column}" does not say which goals are objectives and which key results':
    'su columna «{column}» no dice qué metas son objetivos y cuáles resultados clave',
  'a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column numbering the goals 1, 1.1, 1.2 ("Order", "Outline", "No.", "#", "WBS"); or a level column giving their depth 1, 2, 3 ("Level", "Depth", "Indent"), each goal below its parent; or a type column saying on each row whether it is an objective or a key result ({roles}), each key result below its objective (and an initiative, {initiatives}, below its key result)':
    'una columna de meta principal que nombre la de cada meta («Parent goal», «Parent», «Contributes to»; o «Parent ID» por su id); o una columna de esquema que numere las metas 1, 1.1, 1.2 («Order», «Outline», «No.», «#», «WBS»); o una columna de nivel con su profundidad 1, 2, 3 («Level», «Depth», «Indent»), cada meta debajo de su meta principal; o una columna de tipo que diga en cada fila si es un objetivo o un resultado clave ({roles}), cada resultado clave debajo de su objetivo (y una iniciativa, {initiatives}, debajo de su resultado clave)',
  'If the file is of another kind:': 'Si el archivo es de otro tipo:',
  'A Viva Goals explorer export needs "Title" and "Object Type" columns, the template "Type" and "Title" (Type, Id, Parent, Title, …), your own sheet an objective column ("Objective") and a key result column ("Key result" or "KR") or numbered key result columns ("KR1", "KR2", …), a goal tree a goal column ("Goal name") and a parent column ("Parent goal" or "Parent ID"), an outline column ("Order": 1, 1.1, 1.2), a level column ("Level": 1, 2) or a type column saying Objective or Key result on each row; the template ("Download the template" on the import page) has every column the import reads.':
    'Una exportación del explorador de Viva Goals necesita las columnas «Title» y «Object Type»; la plantilla, «Type» y «Title» (Type, Id, Parent, Title, …); su propia hoja, una columna de objetivo («Objective») y una de resultado clave («Key result» o «KR») o columnas de resultados clave numeradas («KR1», «KR2», …); un árbol de metas, una columna de meta («Goal name») y una de meta principal («Parent goal» o «Parent ID»), una columna de esquema («Order»: 1, 1.1, 1.2), una de nivel («Level»: 1, 2) o una de tipo que diga Objective o Key result en cada fila; la plantilla («Descargar la plantilla» en la página de importación) tiene todas las columnas que lee la importación.',
  // A file of no kind the import knows: what each sheet has, and lacks
  '{file} is not a file the import knows: {looked}.':
    '{file} no es un archivo que la importación conozca: {looked}.',
  'the file has the headers {headers}': 'el archivo tiene los encabezados {headers}',
  'the file has the headers {headers} (row {row})':
    'el archivo tiene los encabezados {headers} (fila {row})',
  'sheet "{sheet}" has the headers {headers}': 'la hoja «{sheet}» tiene los encabezados {headers}',
  'sheet "{sheet}" has the headers {headers} (row {row})':
    'la hoja «{sheet}» tiene los encabezados {headers} (fila {row})',
  'the file is empty': 'el archivo está vacío',
  'sheet "{sheet}" is empty': 'la hoja «{sheet}» está vacía',
  '{headers}': '{headers}',
  '{headers} and {count} more': '{headers} y {count} más',
  '{what}: {needs}': '{what}: {needs}',
  'for your own sheet it also needs a key result column (named one of {names})':
    'como su propia hoja, también necesita una columna de resultado clave (con uno de estos nombres: {names})',
  'for your own sheet it also needs an objective column (named one of {names})':
    'como su propia hoja, también necesita una columna de objetivo (con uno de estos nombres: {names})',
  'for one row per objective with its key results in columns it also needs an objective column (named one of {names})':
    'como una fila por objetivo con sus resultados clave en columnas, también necesita una columna de objetivo (con uno de estos nombres: {names})',
  'for a goal tree it also needs {places}': 'como árbol de metas, también necesita {places}',
};
