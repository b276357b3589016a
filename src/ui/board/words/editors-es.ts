import type { EditorText } from '../editor-words';

/**
 * The OKR editors in Spanish, in the board's words (`es.ts`): «objetivo», «resultado clave»,
 * «meta».
 */
export const editors: Readonly<Record<EditorText, string>> = {
  // Both editors
  Coaching: 'Coaching',
  'Coaching on the objective': 'Coaching sobre el objetivo',
  'Coaching on the key result': 'Coaching sobre el resultado clave',
  Delete: 'Eliminar',
  // «Sus cambios en {what} …» and «{who} cambió {what}».
  'the objective': 'el objetivo',
  'the key result': 'el resultado clave',
  'this objective': 'este objetivo',
  'this key result': 'este resultado clave',
  Description: 'Descripción',
  Weight: 'Peso',
  // The objective editor
  'Create objective': 'Crear objetivo',
  'Save objective': 'Guardar objetivo',
  'The coach reads your objective when you pause or leave the field.':
    'El coach lee su objetivo cuando hace una pausa o sale del campo.',
  'Nothing to add: this reads like a good objective.': 'Nada que agregar: parece un buen objetivo.',
  Objective: 'Objetivo',
  'Where do you want to be at the end of the cycle, and why does it matter?':
    '¿Dónde quiere estar al final del ciclo y por qué es importante?',
  'Why it matters (optional)': 'Por qué es importante (opcional)',
  'Aligns to': 'Alineado con',
  'Nothing (a top-level objective)': 'Ninguno (primer nivel)',
  'Owner of the objective': 'Responsable del objetivo',
  Commitment: 'Compromiso',
  'Committed: we will meet it in full': 'Comprometido: lo cumpliremos por completo',
  'Aspirational: a stretch, {score} is success': 'Aspiracional: un reto, {score} es un éxito',
  'an objective on another board': 'un objetivo de otro tablero',
  '{title} ({percent})': '{title} ({percent})',
  'Aligned to {count} objectives by weight: {weighted}. Kept while the first stays chosen here.':
    'Alineado con {count} objetivos ponderados: {weighted}. Se mantiene mientras el primero siga elegido aquí.',
  'Saving aligns it to the chosen objective alone, in place of {count} weighted alignments: {weighted}.':
    'Al guardar, se alinea solo con el objetivo elegido, en lugar de {count} alineaciones ponderadas: {weighted}.',
  'Loading other teams’ objectives…': 'Cargando los objetivos de otros equipos…',
  'Other teams’ objectives could not be read: only this board’s are offered. Close and reopen to try again.':
    'No se pudieron leer los objetivos de otros equipos: solo se ofrecen los de este tablero. Cierre y vuelva a abrir para intentarlo de nuevo.',
  'Aligned to now': 'Alineado ahora con',
  'No team': 'Sin equipo',
  'No team (a team no longer on the site)': 'Sin equipo (un equipo que ya no está en el sitio)',
  'another cycle': 'otro ciclo',
  'Loading {cycle}’s objectives…': 'Cargando los objetivos de {cycle}…',
  'Could not be read: close and reopen to try again':
    'No se pudo leer: cierre y vuelva a abrir para intentarlo de nuevo',
  '{cycle} has no objectives yet': '{cycle} aún no tiene objetivos',
  'The cycles around {cycle} (its year) could not be read, so only {cycle}’s objectives are offered. Close and reopen to try again.':
    'No se pudieron leer los ciclos que rodean {cycle} (su año), así que solo se ofrecen los objetivos de {cycle}. Cierre y vuelva a abrir para intentarlo de nuevo.',
  'The objectives of {cycles} could not be read: only {cycle}’s are offered. Close and reopen to try again.':
    'No se pudieron leer los objetivos de {cycles}: solo se ofrecen los de {cycle}. Cierre y vuelva a abrir para intentarlo de nuevo.',
  'Cycles around {cycle}': 'Ciclos que rodean {cycle}',
  'Loading their objectives…': 'Cargando sus objetivos…',
  'Another cycle': 'Otro ciclo',
  // The key result editor
  'New key result': 'Nuevo resultado clave',
  'Edit the key result': 'Editar el resultado clave',
  'Create key result': 'Crear resultado clave',
  'Save key result': 'Guardar resultado clave',
  'The coach reads your key result when you pause or leave the field.':
    'El coach lee su resultado clave cuando hace una pausa o sale del campo.',
  'Nothing to add: this reads like a measurable outcome.':
    'Nada que agregar: parece un resultado medible.',
  'For the objective: {title}': 'Para el objetivo: {title}',
  'An outcome you can measure, from where you are to where you want to be.':
    'Un resultado que se puede medir, desde donde está hasta donde quiere llegar.',
  '“{title}” is added as an initiative under this key result when you save it.':
    '«{title}» se agrega como iniciativa de este resultado clave al guardarlo.',
  'How it is measured': 'Cómo se mide',
  'Increase to a target': 'Aumentar hasta una meta',
  'Decrease to a target': 'Reducir hasta una meta',
  'Stay at or above a line': 'Mantener en un límite o por encima',
  'Stay at or below a line': 'Mantener en un límite o por debajo',
  'Milestones (steps done)': 'Hitos (pasos completados)',
  'Done or not done': 'Hecho o no hecho',
  Unit: 'Unidad',
  'e.g. customers, %, days': 'p. ej., clientes, %, días',
  'e.g. {example}': 'p. ej., {example}',
  'Start (baseline)': 'Valor inicial (punto de partida)',
  'Details (optional)': 'Detalles (opcional)',
  'What counts, where the number comes from.': 'Qué cuenta y de dónde sale el número.',
  'Owner of the key result': 'Responsable del resultado clave',
  Measure: 'Medida',
  '{kind}: {start} → {target}': '{kind}: {start} → {target}',
  'Current value': 'Valor actual',
  // Move a key result's work to initiatives
  'Move to initiatives': 'Mover a iniciativas',
  'Keep “{title}” as an initiative': 'Conservar «{title}» como iniciativa',
  'Where the initiative goes': 'Dónde va la iniciativa',
  'Under “{title}”': 'En «{title}»',
  'Under this key result, rewritten as “{text}”':
    'En este resultado clave, reescrito como «{text}»',
  'Moving…': 'Moviendo…',
  'Move it': 'Mover',
  // A key result's initiatives
  Initiatives: 'Iniciativas',
  'The work you do to move this key result. Initiatives never count towards its progress.':
    'El trabajo que hace para avanzar en este resultado clave. Las iniciativas nunca cuentan para su progreso.',
  'Loading initiatives': 'Cargando las iniciativas',
  'No initiatives yet.': 'Todavía no hay iniciativas.',
  'Status of {title}': 'Estado de {title}',
  'Remove {name}': 'Quitar {name}',
  'New initiative': 'Nueva iniciativa',
  'Owner of the new initiative': 'Responsable de la nueva iniciativa',
  'Due (optional)': 'Fecha límite (opcional)',
  'Link (optional)': 'Enlace (opcional)',
  'Where the work is tracked: a plan, a board, a document (https://…).':
    'Dónde se sigue el trabajo: un plan, un tablero, un documento (https://…).',
  'Add initiative': 'Agregar iniciativa',
  'Initiative “{title}” added.': 'Iniciativa «{title}» agregada.',
  'Status of “{title}”: {status}.': 'Estado de «{title}»: {status}.',
  '“{title}” removed.': 'Iniciativa «{title}» quitada.',
  // The people picker
  'Chosen people': 'Personas elegidas',
  'Search people': 'Buscar personas',
  'Show suggestions': 'Mostrar sugerencias',
  'Show suggestions for {field}': 'Mostrar sugerencias para «{field}»',
  'Type a name or an email address.': 'Escriba un nombre o una dirección de correo electrónico.',
  'Searching for “{text}”…': 'Buscando «{text}»…',
  'No one in your organisation matches “{text}”.':
    'Nadie de su organización coincide con «{text}».',
  'Everyone matching “{text}” is already chosen.':
    'Todas las personas que coinciden con «{text}» ya están elegidas.',
  '{count} {count|person matches|people match} “{text}”.':
    '{count} {count|persona coincide|personas coinciden} con «{text}».',
  'Could not search the directory. {why}': 'No se pudo buscar en el directorio. {why}',
  '“{text}” is not chosen: pick a person from the list, or clear the text.':
    '“{text}” no está elegido: elija una persona de la lista o borre el texto.',
  // The coach's findings
  'Needs fixing': 'Hay que corregirlo',
  'Likely weak': 'Probablemente débil',
  Tip: 'Sugerencia',
  'Rewrite as an outcome': 'Reescribir como resultado',
  'Add a baseline': 'Agregar un punto de partida',
  'Try: {suggestion}': 'Pruebe: {suggestion}',
  'Source: {citation}': 'Fuente: {citation}',
  'Changes the title to “{text}”': 'Cambia el título a «{text}»',
};
