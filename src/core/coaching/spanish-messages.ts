import type { FindingTemplateKey } from './messages';

/**
 * The coaching catalogue in Spanish: one text for every key the rules can produce. Typed as a
 * full record, so a rule added to the English catalogue does not compile until it is said here.
 */
export const spanishFindingTemplates: Readonly<Record<FindingTemplateKey, string>> = {
  'objective.metric.message':
    'Este objetivo se lee como un resultado clave: lleva una meta ({metric}). Un objetivo dice adónde vais y por qué importa; las cifras van en sus resultados clave.',
  'objective.metric.suggestion':
    'Mover «{metric}» a un resultado clave («Aumentar <métrica> de <hoy> a <meta>») y reformular el objetivo como el cambio que queréis, p. ej. «Que <los clientes> <elijan / confíen en> <lo que ofrecemos>».',
  'objective.task.message':
    '«{text}» nombra un entregable, no un destino. Cuando esté entregado, ¿qué será diferente y para quién?',
  'objective.task.suggestion':
    'Escribir el motivo del trabajo como objetivo (¿qué podrán hacer los clientes o colegas después?) y mantener «{text}» como iniciativa bajo uno de sus resultados clave.',
  'objective.vague.message':
    '«{text}» podría ser el objetivo de este equipo cada trimestre: no dice qué será diferente al final de este.',
  'objective.vague.suggestion':
    'Nombrar el cambio concreto y quién lo nota, p. ej. «<Los clientes del segmento X> <obtienen valor en su primera semana>», y dejar que los resultados clave digan cuánto.',
  'objective.period-label.message':
    '«{text}» es el título de una lista, no un objetivo: nombra un periodo y un tipo de meta, no qué será diferente al final.',
  'objective.period-label.suggestion':
    'Escribir el resultado que el equipo quiere para entonces, p. ej. «<Los clientes del segmento X> <nos prefieren a Y>», y dejar que el ciclo lleve el periodo.',
  'objective.compound.message':
    'Este objetivo persigue dos fines a la vez («… {joint} …»). Dos fines dispersan el foco y desdibujan qué significa tener éxito.',
  'objective.compound.suggestion':
    'Mantener como objetivo el fin que más importa este ciclo; medir el otro como uno de sus resultados clave o darle su propio objetivo.',
  'objective.negative.message':
    'El objetivo está formulado como algo que dejar de hacer o evitar («{word}»). Los objetivos atraen hacia un lugar al que se quiere llegar.',
  'objective.negative.suggestion':
    'Darle la vuelta al estado deseado: «Dejar de fallar en soporte» → «Ofrecer un soporte del que nuestros clientes hablen maravillas».',
  'objective.business-as-usual.message':
    '«{text}» mantiene las cosas como están. El día a día pertenece a las métricas de salud, no a un objetivo.',
  'objective.business-as-usual.suggestion':
    'Preguntarse qué sería diferente si saliera extraordinariamente bien, y escribir eso: «Mantener la disponibilidad» → «Que la plataforma sea tan fiable que los clientes nunca piensen en ella».',
  'objective.length.message':
    'Con {words} {words|palabra|palabras}, «{text}» es demasiado corto para decir adónde va el equipo.',
  'objective.length.suggestion':
    'Decir en una frase corta qué debe hacerse realidad: «Responsabilidad» → «Construir una cultura de responsabilidad».',
  'objective.too-long.message':
    'Con {words} palabras el objetivo cuesta recordarlo; los objetivos se repiten, más corto es más fuerte.',
  'objective.too-long.suggestion':
    'Dejar el objetivo en una línea memorable y mover el detalle a su descripción o a sus resultados clave.',

  'key-result.measurable.message':
    '«{text}» no tiene ninguna cifra: nadie podrá decir al final del ciclo si se logró.',
  'key-result.measurable.suggestion':
    'Añadir la métrica, dónde empieza y dónde debe terminar: «<Métrica> de <valor inicial> a <meta>».',
  'key-result.activity.message':
    '«{text}» describe trabajo por hacer (un entregable), no el resultado que ese trabajo debe causar. ¿Qué pasa cuando esté hecho?',
  'key-result.activity.suggestion':
    'Mantener «{text}» como iniciativa y medir su efecto: «Si logramos {object}, tendremos más <…> o menos <…>» → «Aumentar <métrica> de <X> a <Y>».',
  'key-result.vague.message':
    '«{text}» marca una dirección («{vague}») pero ninguna cifra: nadie podrá decir al final del ciclo si se llegó lo bastante lejos.',
  'key-result.vague.suggestion':
    'Decir cuánto y desde dónde: «{text}» → «<Métrica> de <valor inicial> a <meta> para <fecha>».',
  'key-result.baseline.message':
    'La meta está, pero no el punto de partida: sin valor inicial, el tamaño del cambio es desconocido.',
  'key-result.baseline.suggestion':
    'Añadir dónde está hoy la métrica: «… de <valor inicial> a <meta>».',
  'key-result.multiplier.message':
    '«{multiplier}» no tiene punto de partida: ¿el doble o la mitad de qué? Sin valor inicial nadie puede valorar el avance durante el ciclo.',
  'key-result.multiplier.suggestion':
    'Escribir el inicio y el final: «<Métrica> de <hoy> a <{scaled} de hoy>».',
  'key-result.milestone.message':
    '«{text}» es un hito con fecha: válido como resultado clave si otro resultado clave muestra el efecto que debe tener.',
  'key-result.milestone.suggestion':
    'Acompañarlo de una métrica que se mueva cuando se cumpla el hito: «<Métrica> de <valor inicial> a <meta>».',
  'key-result.binary.message':
    '«{text}» es hecho / no hecho. Una cifra mostraría el avance parcial y el efecto que se busca.',
  'key-result.binary.suggestion':
    'Medir lo que debe cambiar cuando esté hecho: «<N> <usuarios / clientes> lo usan cada semana» o «<métrica> de <X> a <Y>».',
  'key-result.binary-kind.message':
    'Este resultado clave se sigue como hecho / no hecho, aunque su título menciona algo medible ({noun}).',
  'key-result.binary-kind.suggestion':
    'Seguirlo como «aumentar» o «reducir» con un inicio y una meta para {noun}, para que el avance se vea durante el ciclo.',

  'set.key-result-count.message':
    'Este objetivo tiene {count} {count|resultado clave|resultados clave}; el modelo operativo pide de {min} a {max}.',
  'set.key-result-count.suggestion':
    'Pocos: preguntarse si el objetivo se cumple de verdad cuando todos los resultados clave llegan a 1,0. Demasiados: quedarse con los {max} que mejor muestran el éxito y seguir el resto como métricas de salud.',
  'set.objective-count.message':
    'El equipo tiene {count} objetivos este ciclo; el modelo operativo permite {max}.',
  'set.objective-count.suggestion':
    'Menos es más: ordenar los objetivos, quedarse con los {max} primeros y dejar el resto para un ciclo posterior.',
  'set.alignment.message':
    'Este objetivo no está alineado con ningún objetivo del equipo superior, aunque ese equipo tiene {count} {count|objetivo|objetivos} este ciclo.',
  'set.alignment.suggestion':
    'Vincularlo al objetivo superior al que sirve, o anotar por qué va solo (una apuesta deliberada, un tema local).',
  'set.duplicate-key-results.message':
    'Dos resultados clave miden casi lo mismo: «{first}» y «{second}».',
  'set.duplicate-key-results.suggestion':
    'Unirlos en uno, o sustituir uno por una contramétrica que mantenga honesto al otro (calidad junto a cantidad).',

  'rhythm.stale-check-in.message':
    'Sin seguimiento desde hace {days} días (el equipo hace seguimiento cada {cadence} días).',
  'rhythm.stale-check-in.suggestion':
    'Actualizar ahora el valor y la confianza, aunque nada se haya movido: «sin cambios» es una noticia útil.',
  'rhythm.falling-confidence.message':
    'La confianza bajó de {from} a {to} en los últimos seguimientos.',
  'rhythm.falling-confidence.suggestion':
    'Hablarlo esta semana: qué cambió, qué devolvería la confianza y quién puede ayudar.',
  'rhythm.no-owner.message': 'Nadie es responsable de este resultado clave.',
  'rhythm.no-owner.suggestion':
    'Nombrar a una persona responsable que haga seguimiento cada semana; otros pueden contribuir, pero una persona responde.',
  'rhythm.high-score-mid-cycle.message':
    'Ya en {score} con el {remaining} % del ciclo por delante: quizá la meta era demasiado baja.',
  'rhythm.high-score-mid-cycle.suggestion':
    'Celebrarlo y preguntarse si la meta era ambiciosa. En el próximo ciclo, ponerla donde tengáis un 50 % de confianza.',
  'rhythm.behind-pace-confident.message':
    'El avance es del {progress} % frente al {expected} % esperado a estas alturas, y aun así la confianza es {confidence}/{max}.',
  'rhythm.behind-pace-confident.suggestion':
    'Contrastar la confianza con las cifras: ¿qué hace que el equipo esté seguro de alcanzar el ritmo? Si nada, bajar la confianza y hablar de opciones.',
};
