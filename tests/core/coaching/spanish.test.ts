import { join } from 'node:path';
import { readSplit } from '../../../bench/coaching-corpus';
import {
  builtInRuleSets,
  coachingMessages,
  lintText,
  spanishRules,
  type LintKind,
} from '../../../src/core/coaching';
import { readSpanish } from '../../../src/core/coaching/spanish';
import { findSpanishQuantities } from '../../../src/core/coaching/spanish-quantities';
import { defaultOperatingModel } from '../../../src/core/operating-model';

const kinds = (text: string) => findSpanishQuantities(text).map((q) => `${q.kind}:${q.value}`);
const spanish = { ...defaultOperatingModel, locale: 'es-ES' };
const verdict = (kind: LintKind, text: string, model = spanish) =>
  lintText(kind, text, { model, locale: model.locale })
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.severity}:${finding.rule}`);

describe('reading Spanish quantities', () => {
  it.each([
    ['Alcanzar 1.000 clientes', ['count:1000']],
    ['Alcanzar 1,000 clientes', ['count:1000']],
    ['Valoración media de 4,5 en la App Store', ['count:4.5']],
    ['Reducir la tasa de abandono un 20 %', ['percent:20']],
    ['Aumentar la conversión en 2 puntos porcentuales', ['percent:2']],
    ['Aumentar la facturación de 1,2 M€ a 2 M€', ['currency:1200000', 'currency:2000000']],
    ['Generar 2 millones de euros en ventas', ['currency:2000000']],
    ['Llegar a 10 mil suscriptores', ['count:10000']],
    ['Ganar diez nuevas cuentas clave', ['count:10']],
    ['Conseguir treinta y cinco nuevos socios', ['count:35']],
    ['Doscientos cincuenta usuarios activos', ['count:250']],
    ['Dos mil visitantes al mes', ['count:2000']],
    ['Reducir el tiempo de respuesta de 48h a 12h', ['duration:48', 'duration:12']],
    ['Un tercio de los clientes usa la app', ['percent:33.33333333333333']],
    ['Reducir a la mitad el tiempo de entrega', ['multiplier:0.5']],
    ['Duplicar el número de clientes activos', ['multiplier:2']],
    ['Conseguir 3 veces más leads cualificados', ['multiplier:3']],
    ['Publicar 30 veces en Instagram', ['count:30']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Lanzar la versión 2 antes del final del T3',
    'Ningún incidente P1 en el 2.º trimestre',
    'En línea antes del 30 de junio',
    'Obtener la certificación ISO 27001 en 2026',
  ])('%s names periods and things, it counts nothing', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('reading Spanish verbs', () => {
  it.each([
    ['Lanzar el nuevo sitio web', 'launch'],
    ['Organizar 5 talleres con clientes', 'organize'],
    ['Implementar un CRM', 'implement'],
    ['Hacer 10 reuniones.', 'do'],
    ['Llevar a cabo 10 entrevistas', 'conduct'],
    ['Lanzamiento de la nueva oferta', 'launch'],
  ])('“%s” is work (%s)', (text, verb) => {
    expect(readSpanish(text)).toMatchObject({ leadingVerb: verb, startsWithActivity: true });
  });

  it.each([
    ['Duplicar el número de clientes activos', 'double'],
    ['Reducir la tasa de abandono un 20 %', 'reduce'],
    ['Alcanzar 1.000 clientes', 'reach'],
    ['Cerrar 5 contratos con clientes corporativos', 'close'],
  ])('“%s” is an outcome (%s)', (text, verb) => {
    expect(readSpanish(text)).toMatchObject({ leadingVerb: verb, startsWithActivity: false });
  });

  it.each([
    ['Organizamos 3 talleres con clientes', 'organize', '3 talleres con clientes'],
    ['El equipo organiza 3 talleres', 'organize', '3 talleres'],
    ['Llevamos a cabo 5 entrevistas', 'conduct', '5 entrevistas'],
    ['Nuestro equipo lanza la nueva oferta', 'launch', 'la nueva oferta'],
    ['Hemos realizado 4 talleres con clientes', 'conduct', '4 talleres con clientes'],
    ['El equipo ha publicado 12 guías prácticas', 'publish', '12 guías prácticas'],
    ['Hemos puesto en marcha un CRM', 'launch', 'un CRM'],
  ])(
    '“%s”, a verb in the present or the perfect with “haber”, is work (%s) on “%s”',
    (text, verb, rest) => {
      expect(readSpanish(text)).toMatchObject({
        leadingVerb: verb,
        startsWithActivity: true,
        restAsWritten: rest,
      });
    },
  );

  it('reads what others did, in the perfect, as their behaviour, not the team’s work', () => {
    expect(readSpanish('Los clientes han probado 2 prototipos').startsWithActivity).toBe(false);
  });

  it.each([
    'Los usuarios publican 200 reseñas',
    'Nuestros socios lanzan 2 campañas',
    'Los pacientes organizan 3 talleres',
  ])(
    'reads what others do, in the present, as their behaviour, not the team’s work: “%s”',
    (text) => {
      expect(readSpanish(text).startsWithActivity).toBe(false);
    },
  );

  it('reads a verb of change in the present whoever its subject', () => {
    expect(readSpanish('Cada tienda gana 20 clientes nuevos').leadingVerb).toBe('win');
  });

  it.each([
    ['Ventas realiza 3 talleres', 'conduct', '3 talleres'],
    ['El equipo de ventas realiza 3 talleres', 'conduct', '3 talleres'],
    ['Marketing construye 3 landing pages', 'build', '3 landing pages'],
  ])(
    '“%s”: a department of the organisation as the subject, its work is work (%s) on “%s”',
    (text, verb, rest) => {
      expect(readSpanish(text)).toMatchObject({
        leadingVerb: verb,
        startsWithActivity: true,
        restAsWritten: rest,
      });
    },
  );

  it.each([
    ['El equipo prueba 3 prototipos', 'test'],
    ['El equipo mide el NPS cada mes', 'track'],
    ['Ventas cierra 40 contratos nuevos', 'close'],
    ['El equipo consigue 20 clientes nuevos', 'achieve'],
    ['Soporte mantiene el tiempo de respuesta bajo 4 horas', 'maintain'],
    ['El equipo distribuye 500 folletos', 'distribute'],
  ])('“%s”, a stem-changing verb in the present, is read (%s)', (text, verb) => {
    expect(readSpanish(text).leadingVerb).toBe(verb);
  });

  it.each([
    ['Se organizan 3 talleres', 'organize', '3 talleres'],
    ['Se realizarán 5 sesiones de formación', 'conduct', '5 sesiones de formación'],
    ['Se han realizado 4 talleres', 'conduct', '4 talleres'],
    ['3 talleres son organizados', 'organize', '3 talleres'],
    ['Talleres realizados', 'conduct', 'Talleres'],
  ])(
    '“%s”, counted work said impersonally or in the passive, is work (%s) on “%s”',
    (text, verb, rest) => {
      expect(readSpanish(text)).toMatchObject({
        leadingVerb: verb,
        startsWithActivity: true,
        restAsWritten: rest,
      });
    },
  );

  it('reads a single deliverable reported done as work, and others’ perfect as their behaviour', () => {
    expect(readSpanish('Nuevo CRM implantado')).toMatchObject({
      startsWithActivity: true,
      completion: true,
    });
    expect(readSpanish('500 clientes han probado').startsWithActivity).toBe(false);
  });

  it.each([
    ['Conseguimos 10 nuevos clientes', 'achieve'],
    ['El NPS aumenta de 30 a 40', 'increase'],
  ])('“%s”, a verb in the present, is an outcome (%s)', (text, verb) => {
    expect(readSpanish(text)).toMatchObject({ leadingVerb: verb, startsWithActivity: false });
  });

  it('reads no verb into a noun whose ending a present form has', () => {
    expect(readSpanish('Tramos de 5 km asfaltados').startsWithActivity).toBe(false);
    expect(readSpanish('La tasa de conversión sube del 2 al 3 %').startsWithActivity).toBe(false);
  });
});

describe('Spanish verdicts', () => {
  it.each<[LintKind, string, string[]]>([
    ['key_result', 'Ventas realiza 3 talleres', ['error:key-result.activity']],
    ['key_result', 'Se organizan 3 talleres', ['error:key-result.activity']],
    ['key_result', 'Ventas cierra 2 M€ en nuevos contratos', []],
    ['key_result', 'Alcanzar 1,000 clientes de pago antes del final del T3', []],
    ['key_result', 'Ganar diez nuevas cuentas clave', []],
    ['key_result', 'Generar X MQL (leads cualificados de marketing).', []],
    ['key_result', 'Aumentar la facturación de 1,2 M€ a 2 M€', []],
    ['key_result', 'Mantener la rotación por debajo del 8 %', []],
    ['key_result', 'Un tercio de los clientes usa la app cada semana', []],
    ['key_result', 'Los estudiantes organizan 15 talleres', []],
    ['key_result', 'El equipo organiza 15 talleres', ['error:key-result.activity']],
    ['key_result', 'Organizáis 4 reuniones de padres', ['error:key-result.activity']],
    ['key_result', 'Tú publicas 6 notas de versión al mes', ['error:key-result.activity']],
    ['objective', 'Menos caídas en el centro de datos', ['warning:objective.negative']],
    ['objective', 'Sistemas fiables en el centro de datos', []],
    ['key_result', 'Ningún incidente P1 en el segundo trimestre', []],
    ['key_result', 'Duplicar el número de clientes activos', ['warning:key-result.multiplier']],
    ['key_result', 'Lanzar el nuevo sitio web', ['error:key-result.activity']],
    ['key_result', 'Nuevo CRM implantado', ['error:key-result.activity']],
    ['key_result', 'Contar con un nuevo CRM', ['error:key-result.activity']],
    ['key_result', 'Contar con 3 nuevos vendedores', ['error:key-result.activity']],
    ['key_result', 'El equipo cuenta con un nuevo CRM', ['error:key-result.activity']],
    ['key_result', 'Contar con 500 clientes activos', []],
    ['key_result', 'Servir 500 comidas', ['error:key-result.activity']],
    ['key_result', 'Servimos 300 menús al mes', ['error:key-result.activity']],
    ['key_result', 'Servir a 500 clientes nuevos', []],
    ['key_result', 'Organizar 5 talleres con clientes', ['error:key-result.activity']],
    ['key_result', 'Llevar a cabo 10 entrevistas con clientes', ['error:key-result.activity']],
    ['key_result', 'Publicar 30 veces en Instagram', ['error:key-result.activity']],
    ['key_result', 'Enviar 4 newsletters al mes', ['error:key-result.activity']],
    ['key_result', 'Hablar con 5 clientes', ['error:key-result.activity']],
    ['key_result', 'Recoger 1.000 respuestas', ['error:key-result.activity']],
    ['key_result', 'Actualizar 10 artículos del blog', ['error:key-result.activity']],
    ['key_result', 'Lanzar la nueva web al final del T3', ['warning:key-result.activity']],
    ['key_result', 'Aumentar las ventas', ['error:key-result.vague']],
    ['key_result', 'El nuevo sitio está en línea', ['warning:key-result.binary']],
    ['objective', 'Nuestros clientes aman nuestro soporte', []],
    ['objective', 'Nuestros clientes lanzan sus campañas sin ayuda', []],
    ['objective', 'El equipo lanza la nueva oferta', ['warning:objective.task']],
    ['objective', 'Lanzar el nuevo sitio para conquistar a las pymes', []],
    ['objective', 'Aumentar la facturación un 20 %', ['warning:objective.metric']],
    ['objective', 'Lanzar el nuevo sitio web', ['warning:objective.task']],
    ['objective', 'Implementar SSO para los clientes corporativos', ['warning:objective.task']],
    ['objective', 'Completar la hoja de ruta para el T4', ['warning:objective.task']],
    ['objective', 'Lanzar la nueva oferta para diferenciarnos de la competencia', []],
    ['objective', 'Mejorar la comunicación', ['warning:objective.vague']],
    ['objective', 'Hacer crecer los ingresos', ['warning:objective.vague']],
    ['objective', 'Lanzar con éxito el nuevo producto', []],
    ['objective', 'Ser los mejores', ['warning:objective.vague']],
    ['objective', 'Ser más innovadores', ['warning:objective.vague']],
    ['objective', 'Trabajar en nuestros procesos', ['warning:objective.vague']],
    ['objective', 'Ser la primera opción de las pymes en Madrid', []],
    ['objective', 'Aumentar las ventas y reducir los costes', ['warning:objective.compound']],
    ['objective', 'Objetivos T3', ['warning:objective.period-label']],
    ['objective', 'Mantener nuestra posición', ['warning:objective.business-as-usual']],
    ['objective', 'Dejar de perder clientes', ['warning:objective.negative']],
  ])('%s “%s” → %j', (kind, text, expected) => {
    expect(verdict(kind, text)).toEqual(expected);
  });

  it('flags the Spanish outputs the English reader let pass', () => {
    expect(verdict('key_result', 'Hacer 10 reuniones.', defaultOperatingModel)).toEqual([]);
    expect(verdict('key_result', 'Hacer 10 reuniones.')).toEqual(['error:key-result.activity']);
  });

  it('agrees with the publishers on the Spanish lines of the tuning split', () => {
    const lines = readSplit(join(__dirname, '../../fixtures/okr-corpus'), 'tuning').filter(
      (line) => line.language === 'es',
    );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      const flagged = verdict(line.kind, line.text).length > 0;
      expect([line.text, flagged]).toEqual([line.text, line.label === 'bad']);
    }
  });
});

describe('Spanish coaching words', () => {
  it('is a built-in language, picked for a Spanish operating model', () => {
    expect(builtInRuleSets.for('es-ES')).toBe(spanishRules);
    expect(builtInRuleSets.for('es-MX')).toBe(spanishRules);
  });

  it('has a Spanish text for every message key, with the English text’s placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of coachingMessages.keys) {
      const text = spanishRules.messages?.[key];
      expect([key, typeof text]).toEqual([key, 'string']);
      expect(text).not.toBe(coachingMessages.template(key));
      expect([key, placeholders(text!)]).toEqual([
        key,
        placeholders(coachingMessages.template(key)),
      ]);
    }
  });

  it('says a Spanish team’s findings in Spanish, with a rewrite the Spanish reader reads as measured', () => {
    const [finding] = lintText('key_result', 'Aumentar las ventas', { model: spanish });
    expect(finding!.message).toBe(
      '«Aumentar las ventas» marca una dirección («aumentar») pero ninguna cifra: nadie podrá decir al final del ciclo si se llegó lo bastante lejos.',
    );
    const rewrite = finding!.fixes.find((fix) => fix.kind === 'rewriteAsOutcome');
    expect(rewrite?.text).toBe('Aumentar las ventas (de X a Y)');
    expect(verdict('key_result', rewrite!.text)).toEqual([]);
  });
});
