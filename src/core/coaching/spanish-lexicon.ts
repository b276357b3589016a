/**
 * The Spanish words the coach reads. A Spanish key result opens with its verb as an infinitive
 * ("Lanzar el nuevo sitio", "Llevar a cabo 10 entrevistas") or as a noun ("Lanzamiento del
 * sitio", "Aumento de ventas del 10 %"); a state ends on a participle ("Nuevo CRM implantado").
 * Each verb is mapped to the English verb of the same class in `text-verbs.ts` and
 * `text-lexicon.ts`.
 */
import {
  isTeam,
  presentIsRead,
  verbFirst,
  verbLexicon,
  type LexiconVerb,
  type Passive,
  type PresentVerb,
} from './text-reader';

/** `infinitive participle noun english`; `-` where the form is not used in OKRs. */
const verbTable = `
lanzar lanzado lanzamiento launch
relanzar relanzado relanzamiento launch
poner-en-marcha puesto-en-marcha puesta-en-marcha launch
organizar organizado organización organize
implementar implementado implementación implement
implantar implantado implantación implement
realizar realizado realización conduct
llevar-a-cabo llevado-a-cabo - conduct
hacer hecho - do
hacer-crecer - - grow
crecer crecido crecimiento grow
crear creado creación create
desarrollar desarrollado desarrollo develop
elaborar elaborado elaboración develop
construir construido construcción build
diseñar diseñado diseño design
escribir escrito - write
redactar redactado redacción write
publicar publicado publicación publish
desplegar desplegado despliegue deploy
migrar migrado migración migrate
integrar integrado integración integrate
automatizar automatizado automatización automate
digitalizar digitalizado digitalización digitize
estandarizar estandarizado estandarización standardize
formar formado formación train
capacitar capacitado capacitación train
contratar contratado contratación hire
reclutar reclutado reclutamiento recruit
celebrar celebrado celebración hold
impartir impartido - hold
asistir - asistencia attend
participar - participación attend
presentar presentado presentación present
enviar enviado envío send
distribuir distribuido distribución distribute
llamar llamado - call
hablar hablado - talk
conversar conversado conversación talk
actualizar actualizado actualización update
contactar contactado - contact
visitar visitado - visit
analizar analizado análisis analyze
estudiar estudiado - study
auditar auditado auditoría audit
evaluar evaluado evaluación evaluate
probar probado - test
encuestar encuestado - survey
entrevistar entrevistado - interview
recopilar recopilado recopilación collect
recoger recogido recogida collect
reunir reunido - collect
planificar planificado planificación plan
medir medido medición track
preparar preparado preparación prepare
instalar instalado instalación install
configurar configurado configuración configure
documentar documentado - document
definir definido definición define
producir producido producción produce
traducir traducido traducción translate
rediseñar rediseñado rediseño redesign
finalizar finalizado finalización finalize
terminar terminado - finish
completar completado - complete
certificar certificado - certify
establecer establecido - establish
apoyar apoyado - support
ayudar ayudado - help
invertir invertido inversión invest
gastar gastado - spend
entregar entregado entrega deliver
servir servido - serve
contar-con - - procure
aumentar aumentado aumento increase
incrementar incrementado incremento increase
reducir reducido reducción reduce
disminuir disminuido disminución reduce
bajar bajado - reduce
mejorar mejorado mejora improve
optimizar optimizado optimización optimize
fortalecer fortalecido fortalecimiento strengthen
acelerar acelerado aceleración accelerate
maximizar maximizado maximización maximize
minimizar minimizado minimización minimize
duplicar duplicado duplicación double
triplicar triplicado triplicación triple
ganar ganado - win
conseguir conseguido - achieve
lograr logrado - achieve
alcanzar alcanzado - reach
cerrar cerrado cierre close
firmar firmado - sign
mantener mantenido mantenimiento maintain
conservar conservado - keep
generar generado generación generate
captar captado captación acquire
adquirir adquirido adquisición acquire
fidelizar fidelizado fidelización retain
vender vendido venta sell
abrir abierto apertura open
pasar - - go
convertirse - - become
ser - - be
`;

const lexicon = verbLexicon(verbTable);

/** "lanzada", "lanzados", "puesta-en-marcha": the participle as the table has it. */
function participleOf(word: string): LexiconVerb | undefined {
  return (
    lexicon.byParticiple.get(word) ??
    lexicon.byParticiple.get(word.replace(/(a|os|as)$/, 'o')) ??
    lexicon.byParticiple.get(word.replace(/^puest[oa]s?-/, 'puesto-'))
  );
}

/** Words after a verbal noun that make it the head of the sentence: "Lanzamiento del sitio". */
const nounComplement = /^(de|del|de la|la|el|los|las)$/;

/**
 * The stems a third person's stem may stand for: as written ("organiz-a"), or with its last
 * vowel changed back, as stem-changing verbs change it under stress: "prueba" (probar), "cierra"
 * (cerrar), "mantiene" (mantener), "mide" (medir), "consigue" (conseguir), and "construye"
 * (construir). The first person plural keeps the infinitive's vowel ("probamos").
 */
function unchangedStems(stem: string): string[] {
  const lastVowel = '(?=(gu|qu|[^aeiouáéíóú])*$)';
  return [
    stem,
    stem.replace(new RegExp(`ue${lastVowel}`), 'o'),
    stem.replace(new RegExp(`ie${lastVowel}`), 'e'),
    stem.replace(new RegExp(`i${lastVowel}`), 'e'),
    stem.replace(/uy$/, 'u'),
  ];
}

/**
 * The infinitives a present form may stand for, joined words kept ("llevamos-a-cabo"). The team
 * is "we" ("organizamos") or, addressed, "you" ("organizáis", "tú publicas"); `ours` keeps to
 * the plural forms that name no one else, as a line with its subject left out has them.
 */
function infinitivesOfPresent(word: string, persons: 'ours' | 'any'): string[] {
  const [head = '', ...joined] = word.split('-');
  const tail = joined.length > 0 ? `-${joined.join('-')}` : '';
  const we = /(a|e|i)mos$/.exec(head);
  if (we) return [`${head.slice(0, -4)}${we[1]}r${tail}`];
  const you = /(áis|éis|ís)$/.exec(head);
  if (you)
    return [`${head.slice(0, you.index)}${{ áis: 'a', éis: 'e', ís: 'i' }[you[1]!]}r${tail}`];
  if (persons === 'ours') return [];
  const third = /(a|e)[ns]?$/.exec(head);
  if (!third) return [];
  return unchangedStems(head.slice(0, third.index)).flatMap((stem) =>
    third[1] === 'a' ? [`${stem}ar${tail}`] : [`${stem}er${tail}`, `${stem}ir${tail}`],
  );
}

function presentVerb(word: string, persons: 'ours' | 'any'): LexiconVerb | undefined {
  for (const infinitive of infinitivesOfPresent(word, persons)) {
    const verb = lexicon.byInfinitive.get(infinitive);
    if (verb) return verb;
  }
  return undefined;
}

/** A unit of the organisation, named as the subject: "Ventas", "RR. HH.", "El área de marketing". */
const department =
  'ventas|marketing|rrhh|rr|hh|finanzas|soporte|operaciones|compras|legal|ti|sistemas|producto|ingeniería|comercial|administración|logística|producción|comunicación|contabilidad|tecnología';

/**
 * Words a Spanish subject opens with: "Nosotros", "El equipo", "Nuestro soporte", "Cada tienda",
 * "Ventas", or the team addressed: "Tú", "Vosotros", "Ustedes".
 */
const subjectStart = new RegExp(
  `^(nosotros|nosotras|tú|vosotros|vosotras|usted|ustedes|el|la|los|las|nuestro|nuestra|nuestros|nuestras|cada|todo|toda|todos|todas|${department})$`,
  'u',
);

/**
 * "Organizamos 3 talleres", "Organizáis 3 talleres" (the subject left out, as Spanish does), "El
 * equipo organiza 3 talleres": the present after its subject.
 */
function spanishPresent(words: readonly string[]): PresentVerb | undefined {
  const first = words[0] ?? '';
  const own = words.length > 2 ? perfectAt(words, 0) : undefined;
  if (own) return own;
  const ours = words.length > 1 ? presentVerb(first, 'ours') : undefined;
  if (ours) return { verb: ours, after: 0 };
  if (first === 'se' && words.length > 2) {
    const impersonal = perfectAt(words, 1) ?? impersonalAt(words[1]!);
    if (impersonal) return impersonal;
  }
  if (!subjectStart.test(first)) return undefined;
  // Up to four words: "el equipo de ventas".
  for (let after = 1; after <= Math.min(4, words.length - 2); after++) {
    const subject = words.slice(0, after);
    const done = isTeam(subject, ourselves) ? perfectAt(words, after) : undefined;
    if (done) return done;
    const verb = presentVerb(words[after]!, 'any');
    if (verb) return presentIsRead(verb, subject, ourselves) ? { verb, after } : undefined;
  }
  return undefined;
}

/**
 * "Se organizan 3 talleres", "Se realizarán 5 sesiones": the impersonal "se" leaves the doer
 * unsaid, the team that writes it; its verb in the present or the future ("Se han realizado 4
 * talleres", in the perfect, is read by `perfectAt`).
 */
function impersonalAt(word: string): PresentVerb | undefined {
  const future = /^(.+r)(á|án)$/.exec(word);
  const verb =
    presentVerb(word, 'any') ?? (future ? lexicon.byInfinitive.get(future[1]!) : undefined);
  return verb && { verb, after: 1 };
}

/** The auxiliary of the pretérito perfecto: the subject did what the participle names. */
const haber = /^(he|has|ha|hemos|habéis|han)$/;
/**
 * A subject that is the team or a unit of its organisation ("Nosotros", "El equipo", "Ventas",
 * "El equipo de marketing"), or the team addressed ("Tú publicas 5 artículos"): a department's
 * work is work, whichever team writes it down. What others did or do ("500 clientes han
 * participado", "Los clientes organizan 3 talleres") is their behaviour, an outcome.
 */
const ourselves = new RegExp(
  `^(nosotros|nosotras|tú|vosotros|vosotras|usted|ustedes|el|la|los|las|nuestro|nuestra|nuestros|nuestras|de|del|equipo|equipos|área|departamento|${department})$`,
  'u',
);

/** Work counted before the people it is for: "5 talleres con clientes". */
export const spanishWorkNouns =
  /(talleres?|reuniones?|reunión|webinars?|seminarios?|artículos?|sesiones?|sesión|eventos?|entrevistas?|llamadas?|campañas?|formaciones?|demos?|visitas?|encuestas?|publicaciones?|posts?)(?!\p{L})/u;

/** The passive: "3 talleres son organizados" says the same work as "Organizar 3 talleres". */
const spanishPassive: Passive = {
  auxiliary: /^(es|son|será|serán|fue|fueron|sido)$/,
  perfect: haber,
  workNouns: spanishWorkNouns,
};

/** "Hemos realizado 3 talleres" reports the team's work of "Realizar 3 talleres" done: read as that verb. */
function perfectAt(words: readonly string[], at: number): PresentVerb | undefined {
  const verb = haber.test(words[at]!) ? participleOf(words[at + 1] ?? '') : undefined;
  return verb && { verb, after: at + 1 };
}

/**
 * The verb that carries a Spanish line: an infinitive or a verbal noun first, else the present
 * after its subject, else a participle last.
 */
export const spanishMainVerbOf = verbFirst(
  lexicon,
  participleOf,
  nounComplement,
  spanishPresent,
  spanishPassive,
);

/**
 * "poner en marcha" → "poner-en-marcha", "llevar a cabo" → "llevar-a-cabo", "hacer crecer" →
 * "hacer-crecer": one verb, one word.
 */
export function joinSpanish(body: string): string {
  return body
    .replace(
      /(?<!\p{L})(poner|puesto|puesta|puestos|puestas|ponemos|pone|ponen)\s+en\s+marcha(?!\p{L})/gu,
      '$1-en-marcha',
    )
    .replace(
      /(?<!\p{L})(llevar|llevado|llevada|llevamos|lleva|llevan)\s+a\s+cabo(?!\p{L})/gu,
      '$1-a-cabo',
    )
    .replace(/(?<!\p{L})hacer\s+crecer(?!\p{L})/gu, 'hacer-crecer')
    .replace(/(?<!\p{L})(contar|contamos|cuenta|cuentan)\s+con(?!\p{L})/gu, '$1-con');
}

export const spanishFiller =
  /^(\s*([-*•·]|\d+[.)]\s|kr\s*\d*\s*[:.)-]|key result\s*\d*\s*[:.)-]|o\s*\d*\s*[:.)-]|objetivo\s*\d*\s*[:.)-]|resultado clave\s*\d*\s*[:.)-]))*\s*((nosotros\s+)?(vamos a|queremos|debemos|tenemos que)\s+)?/i;

const letter = (words: string) => `(?<![\\p{L}])(${words})(?![\\p{L}])`;

export const spanishAudience =
  /[\p{L}-]*(clientes?|usuarios?|usuarias?|suscriptores?|suscriptoras?|miembros|socios|empleados|empleadas|colaboradores|trabajadores|empresas|compañías|cuentas|visitantes|lectores|compradores|tiendas|escuelas|países|mercados|desarrolladores|pacientes|estudiantes|equipos|distribuidores|partners|aliados)(?![\p{L}])/u;

export const spanishVagueWords = new RegExp(
  letter(
    'mejorar|mejorado|mejorada|mejora|optimizar|optimización|fortalecer|aumentar|aumento|incrementar|incremento|reducir|reducción|disminuir|disminución|bajar|maximizar|minimizar|acelerar|más|menos|mayor|menor|mejor|mejores|significativamente|notablemente|lo más posible',
  ),
  'u',
);

export const spanishBaselineWords = new RegExp(
  letter(
    'actualmente|hoy|actual|actuales|respecto a|respecto al|en comparación con|comparado con|vs\\.?|versus|frente a|línea base|el año pasado|trimestre anterior|interanual',
  ),
  'u',
);

export const spanishThresholdWords = new RegExp(
  `${letter(
    'al menos|como mínimo|como máximo|a lo sumo|menos de|más de|por debajo de|por encima de|bajo|inferior a|superior a|máximo|mínimo|hasta|no más de',
  )}|[<>≤≥]`,
  'u',
);

export const spanishOutcomeClause = new RegExp(
  letter(
    'para que|de modo que|de forma que|lo que|medido por|medida por|con (cero|ningún|ninguna|al menos|menos de|más de)',
  ),
  'u',
);

export const spanishSteadyState = new RegExp(
  `${letter('estable|estables|constante|sin cambios|no superar|no supere|no exceder')}` +
    `|${letter('mantener|mantenga|conservar|seguir|limitar|contener')}.{0,40}?${letter('bajo|por debajo de|por encima de|en|a|inferior a|superior a')}\\s+([\\p{L}-]+\\s+){0,3}?[$€£]?(\\d|[XYZN](?!\\p{L}))`,
  'iu',
);

const spanishMonths =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
export const spanishDeadline = new RegExp(
  // "al mes", "al año" say how often ("4 newsletters al mes"); "al final del T3" is a date.
  `${letter('antes de|antes del|para|en|a|al(?!\\s+(mes|año|trimestre|semestre)(?!\\p{L}))|durante|hasta|final de|fin de')}\\s+(el\\s+|la\\s+|los\\s+)?(final\\s+(del\\s+|de\\s+)?|fin\\s+(del\\s+|de\\s+)?)?(t[1-4]|q[1-4]|s[12]|h[12]|\\d\\.?(º|°|er|o)?\\s+(trimestre|semestre)|(primer|segundo|tercer|cuarto)\\s+(trimestre|semestre)|trimestre|semestre|año|mes|ejercicio|\\d{1,2}\\s+de\\s+(${spanishMonths})|${spanishMonths}|(19|20)\\d\\d|\\d+\\s+(días|semanas|meses)|(primeros|próximos)\\s+\\d+\\s+(días|semanas|meses))`,
  'u',
);
export const spanishTrailingDate =
  /\s+(antes de|antes del|para|en|a|al|durante|hasta|final de|fin de)\s+[^,;]{1,30}$/u;

export const spanishCompletion = new RegExp(
  `${letter('está|están|esté|estén|estar|es|son|queda|quede')}\\s+(en línea|en producción|operativo|operativa|lanzad[oa]s?|entregad[oa]s?|terminad[oa]s?|completad[oa]s?|certificad[oa]s?|validad[oa]s?|firmad[oa]s?|desplegad[oa]s?|disponibles?|aprobad[oa]s?|implantad[oa]s?|implementad[oa]s?|listo|lista)` +
    `|(^|\\s)(en línea|en producción|operativ[oa]s?|disponibles?|validad[oa]s?|firmad[oa]s?|aprobad[oa]s?|certificad[oa]s?|terminad[oa]s?|completad[oa]s?|finalizad[oa]s?|entregad[oa]s?|lanzad[oa]s?|desplegad[oa]s?)$` +
    `|^(obtener|conseguir|lograr|superar|aprobar)\\s+.*(certificación|acreditación|auditoría|homologación)` +
    `|^alcanzar\\s+(el\\s+)?(punto de equilibrio|break-even|rentabilidad)`,
  'u',
);

export const spanishNoneOf = /^(ningún|ninguna|ninguno|cero)\s+\p{L}/u;
export const spanishFirstOf = new RegExp(
  `${letter('primer|primeros?|primeras?')}\\s+([\\p{L}-]+\\s+){0,2}?${spanishAudience.source}`,
  'u',
);
/** "Pasar de mensual a semanal": a baseline and a target in words. */
export const spanishStatesInWords =
  /(?<!\p{L})(pasar|paso)\s+(de|del)\s+([\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(a|al)\s+\p{L}|(?<!\p{L})de\s+(mensual|semanal|diari[oa]|anual|trimestral|manual|automátic[oa])\S*\s+a\s+\p{L}/u;

// "para conquistar", "para que" state why; "para los clientes", "para el T4" say for whom or when.
export const spanishPurpose =
  /(?<!\p{L})(para\s+(no\s+)?\p{L}+(ar|er|ir)(se|nos|los|las|lo|la|le|les)?|a fin de|con el fin de|que|porque)(?!\p{L})|(?<!\p{L})(exitos[oa]|excepcional|increíble|extraordinari[oa]|encant[ae]n?|aman|líder|mejor|éxito)(?!\p{L})/u;

export const spanishGenericObjectiveWords: ReadonlySet<string> = new Set(
  `comunicación calidad eficiencia eficacia marketing rendimiento desempeño procesos proceso ventas
  facturación ingresos crecimiento fidelización retención satisfacción producto productos experiencia
  operaciones innovación productividad colaboración resultados web sitio servicio servicios
  atención cliente clientes rentabilidad márgenes costes costos visibilidad notoriedad marca
  compromiso motivación seguridad estabilidad fiabilidad equipo equipos empresa organización cultura
  estrategia ejecución pipeline leads tráfico conversión usuarios empleados la el los las de del al a
  nuestra nuestro nuestros nuestras y en general global interna interno`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Progresar", "Ser más innovadores", "Ser los mejores": no destination, or anyone's. */
export const spanishAimless =
  /^(progresar|hacer progresos|avanzar|ser (más|mejore?s?)|hacerlo mejor|hacer más|trabajar en|(centrarnos|enfocarnos) en)(?!\p{L})|^(ser|convertirnos en|convertirse en|seguir siendo|llegar a ser)(\s+(los?|las?|el|un|una|número|nº|uno|1|mejore?s?|líderes?|primer[oa]s?|referentes?|excelentes?|top|en|lo|que|hacemos))+$/u;

export const spanishCompoundAim = new RegExp(
  `${letter('y|así como|además de|e')}\\s+(\\S+\\s+)?(aumentar|incrementar|mejorar|reducir|disminuir|fortalecer|desarrollar|optimizar|ganar|lanzar|crear|construir|alcanzar|maximizar|minimizar|acelerar|conquistar|entregar|fidelizar|bajar)(?![\\p{L}])`,
  'u',
);

export const spanishNegativeFraming = new RegExp(
  `${letter('dejar de|evitar|impedir|nunca más|no más|ya no|basta de')}|^menos(?!\\p{L})`,
  'u',
);

export const spanishBusinessAsUsual = new RegExp(
  `^(mantener|conservar|continuar|seguir|preservar)(?!\\p{L})|${letter('statu quo|como siempre|lo de siempre')}`,
  'u',
);

export const spanishPeriodWord =
  /^(t[1-4]|q[1-4]|s[12]|h[12]|fy\d*|(19|20)\d{2}|trimestre|semestre|año|ejercicio|ciclo|sprint|mes|este|esta|próximo|próxima)$/;
export const spanishAimListNouns: ReadonlySet<string> = new Set([
  'objetivos',
  'objetivo',
  'okr',
  'okrs',
  'prioridades',
  'metas',
  'ejes',
  'hoja',
]);
export const spanishLabelFiller: ReadonlySet<string> = new Set([
  'nuestros',
  'nuestras',
  'nuestro',
  'para',
  'del',
  'de',
  'la',
  'el',
  'los',
  'las',
  'en',
  'equipo',
  'principales',
  'clave',
  'top',
  'ruta',
]);
