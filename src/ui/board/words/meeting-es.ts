import { facilitatorsSaveDrafts } from '../../../core/rituals/planning';
import { attendeesCannotShare } from '../../../core/rituals/roles';
import type { MeetingTranslation } from '../../meeting/meeting-words';

/**
 * The meeting's side panel and stage in Spanish, with the board's terms (`es.ts`): « usted »,
 * objetivo, resultado clave, check-in, confianza, ciclo. Teams' Spanish calls the meeting stage the
 * « escenario de la reunión », and its organizer and presenters « organizador » and « moderador »:
 * https://learn.microsoft.com/es-es/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
 */
export const meeting: MeetingTranslation = {
  texts: {
    'Drafts together': 'Borradores en común',
    'Joining the meeting’s drafts': 'Abriendo los borradores de la reunión',
    'Shared drafts': 'Borradores compartidos',
    'No drafts yet. Start one: everyone in the meeting sees it, and the coach’s notes on it, as it is typed.':
      'Todavía no hay borradores. Empiece uno: todos en la reunión lo ven, junto con las notas del coach, mientras se escribe.',
    'Start a draft': 'Empezar un borrador',
    'Save {count} accepted drafts': 'Guardar {count} borradores aceptados',
    'Save accepted drafts': 'Guardar borradores aceptados',
    'Saving the accepted drafts…': 'Guardando los borradores aceptados…',
    '{count} already saved by someone else.': '{count} ya guardado(s) por otra persona.',
    'Nothing saved twice:': 'Nada se guardó dos veces:',
    'Accept a draft to save it to the board.': 'Acepte un borrador para guardarlo en el tablero.',
    '{count} {count|objective|objectives} saved to the board.':
      '{count} {count|objetivo guardado|objetivos guardados} en el tablero.',
    'A draft': 'Un borrador',
    'Draft {position}': 'Borrador {position}',
    '{draft} (“{title}”) was not saved. {why}': '{draft} («{title}») no se guardó. {why}',
    '{draft} was not saved. {why}': '{draft} no se guardó. {why}',
    'Draft {position}: objective': 'Borrador {position}: objetivo',
    'Started by {name}': 'Empezado por {name}',
    'Draft {position}: team': 'Borrador {position}: equipo',
    'Editing now: {names}': 'Editando ahora: {names}',
    'Nobody is editing it now.': 'Nadie lo está editando ahora.',
    'Accepted by the team': 'Aceptado por el equipo',
    'Being saved by {name}…': '{name} lo está guardando…',
    'Saved to the board by {name}': 'Guardado en el tablero por {name}',
    'Coaching on draft {position}': 'Coaching sobre el borrador {position}',
    'Nothing to add: this reads like a good objective.':
      'Nada que añadir: parece un buen objetivo.',
    'Check-in round on the stage': 'Ronda de check‑in en el escenario',
    'Whether a check-in round is running could not be checked.':
      'No se pudo comprobar si hay una ronda de check‑in en curso.',
    'Key result {position} of {count}': 'Resultado clave {position} de {count}',
    'Key result {position} of {count}: {title}': 'Resultado clave {position} de {count}: {title}',
    'Its title could not be read: {problem}': 'No se pudo leer su título: {problem}',
    'As the meeting last recorded it: not confirmed, as no stage or panel that ran it is open now.':
      'Tal como la reunión la registró por última vez: sin confirmar, porque no hay abierto ningún escenario ni panel que la ejecutara.',
    'Facilitated by {names}': 'Moderada por {names}',
    'Show it on the stage again': 'Volver a mostrarla en el escenario',
    'Voting: {votes} of {people} voted.': 'Votación: {votes} de {people} han votado.',
    'You have voted.': 'Ya ha votado.',
    'Vote on the stage: votes stay sealed until revealed.':
      'Vote en el escenario: los votos permanecen ocultos hasta que se revelan.',
    'Votes revealed: save the outcome on the stage.':
      'Votos revelados: guarde el resultado en el escenario.',
    'Votes revealed: the facilitator is recording the outcome.':
      'Votos revelados: la persona moderadora está registrando el resultado.',
    'Check-in saved.': 'Check‑in guardado.',
    'key result {position} of {count}': 'resultado clave {position} de {count}',
    'key result {position} of {count}, “{title}”':
      'resultado clave {position} de {count}, «{title}»',
    'Replace the running round?': '¿Reemplazar la ronda en curso?',
    'A check-in round may still be running, at {place}: the meeting last recorded it there, and no stage or panel that ran it is open now to confirm it.':
      'Puede que una ronda de check‑in siga en curso, en el {place}: la reunión la registró ahí por última vez, y no hay abierto ningún escenario ni panel que la ejecutara para confirmarlo.',
    'A check-in round is still running, at {place}.':
      'Hay una ronda de check‑in en curso, en el {place}.',
    'A check-in round is on the meeting stage.':
      'Hay una ronda de check‑in en el escenario de la reunión.',
    'A check-in round may still be running: whether one is could not be checked ({problem}).':
      'Puede que una ronda de check‑in siga en curso: no se pudo comprobar ({problem}).',
    'Sharing these key results ends it for everyone; what was saved stays saved.':
      'Compartir estos resultados clave la termina para todos; lo guardado sigue guardado.',
    'Keep the current round': 'Mantener la ronda actual',
    'Replace the round': 'Reemplazar la ronda',
    'Replace the round’s summary?': '¿Reemplazar el resumen de la ronda?',
    'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet. Sharing these key results replaces it for everyone, and the round is not recorded; its saved check-ins stay saved.':
      'El escenario muestra el resumen de la ronda terminada, aún no registrada en Meeting Sessions. Compartir estos resultados clave lo reemplaza para todos, y la ronda no se registra; sus check‑ins guardados siguen guardados.',
    'Keep the summary': 'Mantener el resumen',
    'Replace the summary': 'Reemplazar el resumen',
    'Meeting mode': 'Modo de reunión',
    '{count} more {count|mode|modes}': '{count} {count|modo más|modos más}',
    'Check-in': 'Check‑in',
    'Loading the team’s OKRs': 'Cargando los OKR del equipo',
    'No cycle': 'Sin ciclo',
    'There is no OKR cycle for this meeting’s tab yet. Ask an admin to create one.':
      'Todavía no hay ningún ciclo de OKR para la pestaña de esta reunión. Pida a un administrador que cree uno.',
    'Planning prompts': 'Preguntas para la planificación',
    'Weekly check-in prompts': 'Preguntas para el check‑in semanal',
    'Source: {source}': 'Fuente: {source}',
    'Draft objectives and key results in planning mode first.':
      'Primero redacte objetivos y resultados clave en el modo de planificación.',
    'Key results to review': 'Resultados clave para revisar',
    'Search key results': 'Buscar resultados clave',
    'No key result matches “{search}”.': 'Ningún resultado clave coincide con «{search}».',
    'All teams': 'Todos los equipos',
    'Sub-team of {team}': 'Equipo bajo {team}',
    'All owners': 'Todos los responsables',
    'No key results in this filter': 'Ningún resultado clave en este filtro',
    'The team and owner chosen have no key results this cycle: there is nothing to prompt about or review. Clear the filters, or choose another team or owner.':
      'El equipo y el responsable elegidos no tienen resultados clave en este ciclo: no hay nada que preguntar ni revisar. Borre los filtros o elija otro equipo u otro responsable.',
    'All {count} of this objective': 'Los {count} de este objetivo',
    '{title} (rolled up: check in on its sources)':
      '{title} (agregado: haga check‑in en sus fuentes)',
    'Share to stage': 'Compartir en el escenario',
    'Sharing to the meeting stage is not available here.':
      'Compartir en el escenario de la reunión no está disponible aquí.',
    'Open the round in a new window': 'Abrir la ronda en una ventana nueva',
    'Pick the key results to review.': 'Elija los resultados clave que se revisarán.',
    '{count} {count|key result|key results} picked.':
      '{count} {count|resultado clave elegido|resultados clave elegidos}.',
    'Checking whether a check-in round is still running…':
      'Comprobando si sigue en curso una ronda de check‑in…',
    'Shared to the stage.': 'Compartido en el escenario.',
    'Not on the stage now.': 'Ahora no está en el escenario.',
    'Objectives this cycle': 'Objetivos de este ciclo',
    'No objectives yet: draft the first one together.':
      'Todavía no hay objetivos: redacten el primero juntos.',
    'Opening the shared drafts': 'Abriendo los borradores compartidos',
    'Someone else saved this round’s check-in of this key result first, with other values: yours ({value}, confidence {confidence}) was not saved. Theirs is the round’s outcome: to change it, save a correction.':
      'Otra persona guardó primero el check‑in de esta ronda para este resultado clave, con otros valores: el suyo ({value}, confianza {confidence}) no se guardó. El de la otra persona es el resultado de la ronda: para cambiarlo, guarde una corrección.',
    'The check-in was not saved.': 'El check‑in no se guardó.',
    'A newer check-in was saved while you met: {title} is now {value}. Nothing was saved. Load it, agree again, then save.':
      'Se guardó un check‑in más reciente durante la reunión: {title} está ahora en {value}. No se guardó nada. Cárguelo, pónganse de acuerdo de nuevo y luego guarde.',
    'A newer check-in was saved while you met: {title} is now {value}, confidence {confidence}. Nothing was saved. Load it, agree again, then save.':
      'Se guardó un check‑in más reciente durante la reunión: {title} está ahora en {value}, confianza {confidence}. No se guardó nada. Cárguelo, pónganse de acuerdo de nuevo y luego guarde.',
    'Key results in this round': 'Resultados clave de esta ronda',
    'under review': 'en revisión',
    saved: 'guardado',
    corrected: 'corregido',
    skipped: 'omitido',
    'not reviewed yet': 'aún sin revisar',
    'Go to {label} ({status}) for everyone': 'Ir a {label} ({status}) para todos',
    '{count} {count|vote|votes}, median {median}': '{count} {count|voto|votos}, mediana {median}',
    'no votes kept': 'no se conservaron votos',
    Votes: 'Votos',
    'Voted earlier in this round: {earlier}.': 'Votado antes en esta ronda: {earlier}.',
    'No new vote: the correction starts from the check-in saved earlier ({earlier}).':
      'Sin nueva votación: la corrección parte del check‑in guardado antes ({earlier}).',
    'Waiting for the votes to be revealed…': 'Esperando a que se revelen los votos…',
    'Revealed votes': 'Votos revelados',
    'not revealed yet': 'aún sin revelar',
    'invalid ({reason})': 'no válido ({reason})',
    'Spread {min}–{max} · median {median} · mean {mean}':
      'Rango {min}–{max} · mediana {median} · media {mean}',
    '{count} still to reveal': '{count} aún por revelar',
    'Discussion prompt': 'Pregunta para debatir',
    Discuss: 'Para debatir',
    Outcome: 'Resultado',
    'Correcting a saved check-in': 'Corrigiendo un check‑in guardado',
    'Already saved in this round': 'Ya guardado en esta ronda',
    'Saving adds a correction: both check-ins stay in the key result’s history, and the round keeps the correction.':
      'Guardar añade una corrección: ambos check‑ins permanecen en el historial del resultado clave, y la ronda conserva la corrección.',
    'Agreed value ({unit})': 'Valor acordado ({unit})',
    'Agreed value': 'Valor acordado',
    'Agreed confidence ({min} to {max})': 'Confianza acordada ({min} a {max})',
    'Load the newer check-in': 'Cargar el check‑in más reciente',
    'Vote again': 'Volver a votar',
    'Check-in saved by {name}: {value}, confidence {confidence}.':
      'Check‑in guardado por {name}: {value}, confianza {confidence}.',
    'Correction saved by {name}: {value}, confidence {confidence}. It replaces {earlier}, confidence {earlierConfidence} (saved by {earlierName}) as the round’s outcome; both check-ins stay in the key result’s history.':
      'Corrección guardada por {name}: {value}, confianza {confidence}. Reemplaza {earlier}, confianza {earlierConfidence} (guardado por {earlierName}) como resultado de la ronda; ambos check‑ins permanecen en el historial del resultado clave.',
    Corrected: 'Corregido',
    Saved: 'Guardado',
    'Next key result': 'Siguiente resultado clave',
    'Finish the round': 'Terminar la ronda',
    'Correct this check-in': 'Corregir este check‑in',
    'Vote on it again': 'Volver a votarlo',
    'Ended too soon? Reopening takes everyone back to key result {position}, “{title}”. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.':
      '¿Terminó demasiado pronto? Reabrir lleva a todos de vuelta al resultado clave {position}, «{title}». Lo guardado u omitido se mantiene, y el registro de la ronda en Meeting Sessions se actualiza cuando vuelva a terminar.',
    'Ended too soon? Reopening takes everyone back to key result {position}. What was saved or skipped stays, and the round’s record in Meeting Sessions is updated when it ends again.':
      '¿Terminó demasiado pronto? Reabrir lleva a todos de vuelta al resultado clave {position}. Lo guardado u omitido se mantiene, y el registro de la ronda en Meeting Sessions se actualiza cuando vuelva a terminar.',
    'Reopen the round': 'Reabrir la ronda',
    'Recording the round in Meeting Sessions…': 'Registrando la ronda en Meeting Sessions…',
    'Recorded in Meeting Sessions: the coach sees it with the team’s past rounds.':
      'Registrada en Meeting Sessions: el coach la ve junto con las rondas anteriores del equipo.',
    'The round could not be recorded in Meeting Sessions.':
      'No se pudo registrar la ronda en Meeting Sessions.',
    'Not recorded in Meeting Sessions yet: {name}’s stage records it.':
      'Aún no registrada en Meeting Sessions: el escenario de {name} la registra.',
    'Not recorded in Meeting Sessions yet: the facilitator’s stage records it.':
      'Aún no registrada en Meeting Sessions: el escenario de la persona moderadora la registra.',
    'Round complete': 'Ronda completada',
    'End the round': 'Terminar la ronda',
    'End the round now?': '¿Terminar la ronda ahora?',
    '{count} {count|key result|key results} will not be reviewed: the round’s summary and its record list {count|it|them} as not reviewed.':
      '{count} {count|resultado clave no se revisará|resultados clave no se revisarán}: el resumen de la ronda y su registro {count|lo indican|los indican} como sin revisar.',
    'Every key result is saved or skipped.': 'Cada resultado clave está guardado u omitido.',
    'The votes revealed on the key result under review are not saved: they are dropped.':
      'Los votos revelados del resultado clave en revisión no están guardados: se descartan.',
    'Saved outcomes and skips are kept, and everyone sees the round’s summary.':
      'Los resultados guardados y las omisiones se conservan, y todos ven el resumen de la ronda.',
    'Keep going': 'Continuar',
    'Round ended': 'Ronda terminada',
    'The round has ended: its summary is on the stage.':
      'La ronda ha terminado: su resumen está en el escenario.',
    'The round has ended. Its summary was on the stage, which is no longer shared.':
      'La ronda ha terminado. Su resumen estaba en el escenario, que ya no se comparte.',
    'Show the summary on the stage again': 'Volver a mostrar el resumen en el escenario',
    'The organizer or a presenter can show the summary on the stage again.':
      'El organizador o un moderador puede volver a mostrar el resumen en el escenario.',
    'Ended by {name} at {time}': 'Terminada por {name} a las {time}',
    'To run another round, pick key results below and share them to the stage.':
      'Para otra ronda, elija resultados clave abajo y compártalos en el escenario.',
    'A new round starts when the organizer or a presenter shares key results to the stage.':
      'Una nueva ronda empieza cuando el organizador o un moderador comparte resultados clave en el escenario.',
    '{saved} saved · {skipped} skipped': '{saved} guardado(s) · {skipped} omitido(s)',
    '{count} not reviewed': '{count} sin revisar',
    'average confidence change {change}': 'cambio medio de confianza {change}',
    'Round outcome': 'Resultado de la ronda',
    ' (corrected from {value}, confidence {confidence})':
      ' (corregido desde {value}, confianza {confidence})',
    Discussed: 'Debatido',
    'Record the round again': 'Volver a registrar la ronda',
    'Copy summary for the meeting chat': 'Copiar el resumen para el chat de la reunión',
    'Copied: paste it into the meeting chat.': 'Copiado: péguelo en el chat de la reunión.',
    'Could not copy: select the text below and copy it.':
      'No se pudo copiar: seleccione el texto de abajo y cópielo.',
    'Summary for the chat': 'Resumen para el chat',
    'Skip this key result': 'Omitir este resultado clave',
    'Reason to skip': 'Motivo para omitirlo',
    'Say why it is skipped: the round’s summary keeps it.':
      'Indique por qué se omite: el resumen de la ronda lo conserva.',
    Skip: 'Omitir',
    'median · owner': 'mediana · responsable',
    median: 'mediana',
    owner: 'responsable',
    '{count} {count|vote|votes}: {votes}.': '{count} {count|voto|votos}: {votes}.',
    'Median {median}': 'Mediana {median}',
    'Median {median}, between {from} and {to}': 'Mediana {median}, entre {from} y {to}',
    '; owner’s confidence {confidence}.': '; confianza del responsable {confidence}.',
    'One dot per vote; the solid line marks the median, {median}':
      'Un punto por voto; la línea continua marca la mediana, {median}',
    'the dashed line with a diamond marks the owner’s confidence, {confidence}':
      'la línea discontinua con un rombo marca la confianza del responsable, {confidence}',
    'Key result {id}': 'Resultado clave {id}',
    'Joining the check-in round': 'Uniéndose a la ronda de check‑in',
    'Check-in round': 'Ronda de check‑in',
    'Check-in round · key result {position} of {total}':
      'Ronda de check‑in · resultado clave {position} de {total}',
    '{count} {count|participant|participants}': '{count} {count|participante|participantes}',
    'started at {time}': 'empezó a las {time}',
    'Key result not found': 'No se encontró el resultado clave',
    'This key result is no longer on the board. The facilitator can skip it.':
      'Este resultado clave ya no está en el tablero. La persona moderadora puede omitirlo.',
    Now: 'Ahora',
    'Owner’s confidence': 'Confianza del responsable',
    'The facilitator is recording the outcome.':
      'La persona moderadora está registrando el resultado.',
    '{votes} of {people} voted. Votes are sealed until the facilitator reveals them.':
      '{votes} de {people} han votado. Los votos permanecen ocultos hasta que la persona moderadora los revele.',
    'Who has voted': 'Quién ha votado',
    'How confident are you that we will reach it? ({min}–{max})':
      '¿Qué confianza tiene en que lo alcanzaremos? ({min}–{max})',
    'Vote {value}': 'Votar {value}',
    'Your vote: {vote}. You can change it until the votes are revealed.':
      'Su voto: {vote}. Puede cambiarlo hasta que se revelen los votos.',
    'Saved earlier in this round by {name}: {value}, confidence {confidence}. Saving after this vote adds a correction.':
      'Guardado antes en esta ronda por {name}: {value}, confianza {confidence}. Guardar después de esta votación añade una corrección.',
    'Skipped earlier in this round by {name}: {reason}. Vote to check it in now, or move on.':
      'Omitido antes en esta ronda por {name}: {reason}. Vote para hacer el check‑in ahora, o continúe.',
    'Reveal votes': 'Revelar votos',
    'Loading the round': 'Cargando la ronda',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its correction is not saved.':
      'El resultado clave {position}, «{title}», tiene {votes} {votes|voto revelado|votos revelados}, y su corrección no está guardada.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its check-in is not saved.':
      'El resultado clave {position}, «{title}», tiene {votes} {votes|voto revelado|votos revelados}, y su check‑in no está guardado.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its correction is not saved.':
      'El resultado clave {position}, «{title}», tiene {votes} {votes|voto revelado|votos revelados} (mediana {median}), y su corrección no está guardada.',
    'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its check-in is not saved.':
      'El resultado clave {position}, «{title}», tiene {votes} {votes|voto revelado|votos revelados} (mediana {median}), y su check‑in no está guardado.',
    'Voting again drops these votes for everyone: everyone votes again, sealed until revealed.':
      'Volver a votar descarta estos votos para todos: todos votan de nuevo, ocultos hasta que se revelen.',
    'Skipping it (“{reason}”) drops these votes for everyone: coming back to it starts a new vote.':
      'Omitirlo («{reason}») descarta estos votos para todos: volver a él empieza una votación nueva.',
    'Skipping it (“{reason}”), which finishes the round, drops these votes for everyone: coming back to it starts a new vote.':
      'Omitirlo («{reason}»), lo que termina la ronda, descarta estos votos para todos: volver a él empieza una votación nueva.',
    'Going to key result {position}, “{title}”, drops these votes for everyone: coming back to it starts a new vote.':
      'Ir al resultado clave {position}, «{title}», descarta estos votos para todos: volver a él empieza una votación nueva.',
    'Finishing the round drops these votes for everyone: coming back to it starts a new vote.':
      'Terminar la ronda descarta estos votos para todos: volver a él empieza una votación nueva.',
    'Skip without saving': 'Omitir sin guardar',
    'Vote again without saving': 'Volver a votar sin guardar',
    'Move on without saving': 'Continuar sin guardar',
    'Save the outcome first?': '¿Guardar primero el resultado?',
    'Save first': 'Guardar primero',
    'No check-in round': 'No hay ninguna ronda de check‑in',
    'Open the OKR side panel in the meeting, pick the key results to review and share them to the stage.':
      'Abra el panel lateral de OKR en la reunión, elija los resultados clave que se revisarán y compártalos en el escenario.',
    [attendeesCannotShare]:
      'Solo el organizador o un moderador pueden compartir una ronda de check‑in en el escenario. Pídales que la compartan; usted vota en el escenario.',
    [facilitatorsSaveDrafts]:
      'Solo el organizador o un moderador guardan los borradores aceptados en el tablero.',
    // The round's summary, for the stage and the meeting chat
    'OKR check-in round': 'Ronda de check-in de OKR',
    '{saved} saved, {skipped} skipped': '{saved} guardado(s), {skipped} omitido(s)',
    ', {count} not reviewed': ', {count} sin revisar',
    '; average confidence change {change}': '; cambio medio de confianza {change}',
    'Saved: {title}: {value}, confidence {confidence}':
      'Guardado: {title}: {value}, confianza {confidence}',
    ' (was {confidence})': ' (antes: {confidence})',
    '; corrected from {value}, confidence {confidence}':
      '; corregido desde {value}, confianza {confidence}',
    'Skipped: {title}: {reason}': 'Omitido: {title}: {reason}',
    'Not reviewed: {title}': 'Sin revisar: {title}',
    'Discussed:': 'Debatido:',
  },
  prompts: {
    'prompt.confidence-fell':
      'La confianza en «{kr}» bajó de {from} a {to}. ¿Qué ha cambiado desde la semana pasada?',
    'prompt.confidence-fell-help':
      '¿Qué haría subir de nuevo la confianza en «{kr}», y quién podría ayudar?',
    'prompt.stale-check-in':
      '«{kr}» lleva {days} días sin check‑in. ¿Qué lo ha impedido, y cuál es la cifra hoy?',
    'prompt.behind-pace':
      '«{kr}» está al {progress} % con el {expected} % del ciclo transcurrido. ¿Qué haría falta para recuperar el ritmo, y qué dejaremos de hacer para hacerle sitio?',
    'prompt.high-score-early':
      '«{kr}» ya puntúa {score}. ¿Era ambicioso? ¿Cómo habría sido un objetivo ambicioso?',
    'prompt.no-owner': '¿Quién será responsable de «{kr}» y traerá su cifra a cada check‑in?',
    'prompt.vote-spread':
      'Los votos van de {min} a {max}. ¿Podrían quien votó más bajo y quien votó más alto decir qué ven que los demás quizá no vean?',
    'prompt.votes-below-owner':
      'La confianza del equipo ({mean}) es inferior a la del responsable ({owner}). ¿Qué sabe el responsable que el equipo no sabe, o qué preocupa al equipo que el responsable no ha oído?',
    'prompt.votes-above-owner':
      'El equipo tiene más confianza ({mean}) que el responsable ({owner}). ¿Qué le preocupa al responsable, y cómo puede ayudar el equipo?',
    'prompt.votes-agree':
      'Todos están cerca de {mean}. ¿Qué cosa aumentaría nuestra confianza un punto para la semana que viene?',
    'prompt.output-key-result':
      '«{kr}» es trabajo que haremos. ¿Y qué? Cuando esté hecho, ¿qué harán de forma distinta los clientes o los compañeros, y cómo lo contaríamos?',
    'prompt.unmeasurable-key-result':
      '¿Cómo sabremos al final del ciclo si «{kr}» ocurrió? ¿Qué cifra nos lo diría?',
    'prompt.metric-objective':
      '«{objective}» incluye una cifra. ¿Qué cambio hay detrás de esa cifra, en palabras que animen a alguien a sumarse?',
    'prompt.too-many-objectives':
      'Tenemos {count} objetivos. Si solo pudiéramos lograr uno en este ciclo, ¿cuál sería, y a qué estamos dispuestos a decir que no?',
    'prompt.key-result-count':
      '«{objective}» tiene {count} {count|resultado clave|resultados clave}. Si cada resultado clave puntuara 1,0, ¿se lograría de verdad el objetivo?',
    'prompt.unaligned':
      '¿A qué objetivo de la organización sirve «{objective}»? Si a ninguno, ¿por qué sigue siendo la apuesta correcta?',
    'prompt.planning.story':
      'Antes de redactar, releamos por qué usamos OKR: «{story}» ¿Qué significa eso para nuestro equipo este trimestre?',
    'prompt.planning.writing':
      'Para cada resultado clave: ¿es un resultado que podemos medir o una tarea que podemos terminar? ¿Dónde empieza y dónde debería acabar?',
    'prompt.planning.facilitation':
      'Primero cinco minutos de escritura en silencio: cada persona redacta sola un objetivo, luego comparamos en parejas antes de hacerlo con todo el grupo.',
    'prompt.planning.operations':
      '¿Quién es responsable de cada resultado clave, cuándo es nuestro check‑in semanal y cuál es nuestra confianza inicial (alrededor de 5 sobre 10 para un objetivo ambicioso)?',
    'prompt.planning.critical-thinking':
      '¿A qué decimos que no al elegir estos objetivos? ¿Qué tendría que ser cierto para que cada uno fuera lo más importante este trimestre?',
    'prompt.weekly-check-in.story':
      '¿Cómo nos acercó el trabajo de la semana pasada al objetivo, en lugar de solo mantenernos ocupados?',
    'prompt.weekly-check-in.writing':
      '¿Cada cifra que informamos sigue midiendo lo que nos importa, o ha pasado a contar actividad?',
    'prompt.weekly-check-in.facilitation':
      'Todos votan su confianza a la vez; revelamos juntos y empezamos por el voto más bajo.',
    'prompt.weekly-check-in.operations':
      'Actualice el valor y la confianza de cada resultado clave, y luego nombre las tres cosas más importantes para esta semana.',
    'prompt.weekly-check-in.critical-thinking':
      '¿Qué pruebas respaldan nuestra confianza, más allá de la esperanza? ¿Qué nos haría cambiar de opinión?',
    'prompt.mid-cycle-review.story':
      'Con lo que hemos aprendido, ¿sigue siendo el objetivo el destino correcto? Vuelva a contar en una frase por qué importa.',
    'prompt.mid-cycle-review.writing':
      '¿Algún resultado clave mide lo que no debe? Reescríbalo ahora en lugar de puntuarlo al final.',
    'prompt.mid-cycle-review.facilitation':
      'Por turnos: cada responsable dispone de un minuto para lo que ha aprendido, antes de cualquier debate.',
    'prompt.mid-cycle-review.operations':
      '¿Qué resultados clave están en riesgo, y qué dejaremos o aplazaremos para liberarles tiempo?',
    'prompt.mid-cycle-review.critical-thinking':
      '¿Qué supuesto de nuestro plan ha resultado ser falso, y qué se deduce de ello?',
    'prompt.retrospective.story':
      'Cuente la historia de este ciclo en tres frases: a qué aspirábamos, qué pasó y qué aprendimos.',
    'prompt.retrospective.writing':
      '¿Qué resultados clave fueron fáciles de puntuar y cuáles no? ¿Qué redactaremos de otra forma el próximo ciclo?',
    'prompt.retrospective.facilitation':
      'Cada persona escribe sola un «mantener», un «dejar» y un «probar», y luego los agrupamos juntos.',
    'prompt.retrospective.operations':
      'Puntúe cada resultado clave de 0,0 a 1,0. Los OKR comprometidos por debajo de 1,0 tienen un análisis breve y sin culpas.',
    'prompt.retrospective.critical-thinking':
      '¿Los OKR ambiciosos quedaron en torno a 0,6–0,7? Si todo puntuó 1,0, ¿fuimos lo bastante ambiciosos?',
  },
};
