/**
 * The custom functions' words besides their English metadata (which is the JSDoc of
 * `functions.ts`): what a bad argument is told, in Office's display language, and the German,
 * French and Spanish metadata, which Excel shows in the formula's tooltip and its Insert Function
 * dialog. Excel localizes a function's metadata from one JSON file per language, named in the
 * manifest by locale overrides; only `name` and `description` are localized, never the `id`:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions
 * Loaded on a function's first refusal and by the build, not with the task pane.
 */
import { createCatalogue, type MessageTemplates } from '../../core/i18n';
import { kindWordsFor } from '../../core/kind-words';
import { keyResultKinds } from '../../core/model';

/** The core's validation messages in the display language, for the functions' refusals too. */
export { sayIssue } from '../../core/issue-words';

const english = {
  notANumber: '{name} must be a number.',
  notAKind: '{name} must be one of {kinds}; got “{text}”.',
  nothingToMove:
    '{start} and {target} are both {value}, so there is nothing to move and no progress to measure. Use a target that differs from the start (to hold a line, use kind {stayAbove} or {stayBelow}).',
  notADate: '{name} must be a date (a date cell or text like 2026-03-31).',
  endBeforeStart: '{cycleEnd} must be after {cycleStart}; the cycle runs from {start} to {end}.',
  noText: '{name} must be the words of an objective or key result.',
  notALintKind: '{name} must be “kr” or “objective”; got “{text}”.',
  notALanguage:
    '{name} must be one of {languages} (or a locale of one, such as de-AT), not “{text}”.',
  pageReady: 'OKR Coach functions are ready: =OKR.PROGRESS, =OKR.STATUS, =OKR.LINT.',
  pageOutsideExcel: 'Open this page from Excel to use the OKR Coach functions.',
} as const satisfies MessageTemplates<string>;

export type FunctionWordKey = keyof typeof english;

const functionWords = createCatalogue<FunctionWordKey>(english, {
  de: {
    notANumber: '{name} muss eine Zahl sein.',
    notAKind: '{name} muss einer dieser Werte sein: {kinds}; erhalten: „{text}“.',
    nothingToMove:
      '{start} und {target} sind beide {value}: Es gibt nichts zu bewegen und keinen Fortschritt zu messen. Geben Sie ein Ziel an, das vom Start abweicht (um eine Linie zu halten, die Art {stayAbove} oder {stayBelow}).',
    notADate: '{name} muss ein Datum sein (eine Datumszelle oder Text wie 2026-03-31).',
    endBeforeStart:
      '{cycleEnd} muss nach {cycleStart} liegen; der Zyklus läuft vom {start} bis zum {end}.',
    noText: '{name} muss der Wortlaut eines Objectives oder Key Results sein.',
    notALintKind: '{name} muss „kr“ oder „objective“ sein; erhalten: „{text}“.',
    notALanguage:
      '{name} muss einer dieser Werte sein: {languages} (oder ein Gebietsschema davon, etwa de-AT), nicht „{text}“.',
    pageReady: 'Die Funktionen von OKR Coach sind bereit: =OKR.PROGRESS, =OKR.STATUS, =OKR.LINT.',
    pageOutsideExcel: 'Öffnen Sie diese Seite in Excel, um die Funktionen von OKR Coach zu nutzen.',
  },
  fr: {
    notANumber: '{name} doit être un nombre.',
    notAKind: '{name} doit être l’une de ces valeurs : {kinds} ; reçu « {text} ».',
    nothingToMove:
      '{start} et {target} valent tous deux {value} : il n’y a rien à faire avancer ni de progression à mesurer. Choisissez une cible différente du départ (pour tenir une ligne, le type {stayAbove} ou {stayBelow}).',
    notADate: '{name} doit être une date (une cellule de date ou un texte comme 2026-03-31).',
    endBeforeStart: '{cycleEnd} doit être après {cycleStart} ; le cycle va du {start} au {end}.',
    noText: '{name} doit être le texte d’un objectif ou d’un résultat clé.',
    notALintKind: '{name} doit être « kr » ou « objective » ; reçu « {text} ».',
    notALanguage:
      '{name} doit être l’une de ces valeurs : {languages} (ou l’un de leurs paramètres régionaux, comme de-AT), pas « {text} ».',
    pageReady: 'Les fonctions d’OKR Coach sont prêtes : =OKR.PROGRESS, =OKR.STATUS, =OKR.LINT.',
    pageOutsideExcel: 'Ouvrez cette page dans Excel pour utiliser les fonctions d’OKR Coach.',
  },
  es: {
    notANumber: '{name} debe ser un número.',
    notAKind: '{name} debe ser uno de estos valores: {kinds}; se recibió «{text}».',
    nothingToMove:
      '{start} y {target} valen ambos {value}: no hay nada que mover ni progreso que medir. Use un objetivo distinto del inicio (para mantener una línea, el tipo {stayAbove} o {stayBelow}).',
    notADate: '{name} debe ser una fecha (una celda de fecha o un texto como 2026-03-31).',
    endBeforeStart:
      '{cycleEnd} debe ser posterior a {cycleStart}; el ciclo va del {start} al {end}.',
    noText: '{name} debe ser el texto de un objetivo o de un resultado clave.',
    notALintKind: '{name} debe ser «kr» u «objective»; se recibió «{text}».',
    notALanguage:
      '{name} debe ser uno de estos valores: {languages} (o una configuración regional de uno, como de-AT), no «{text}».',
    pageReady: 'Las funciones de OKR Coach están listas: =OKR.PROGRESS, =OKR.STATUS, =OKR.LINT.',
    pageOutsideExcel: 'Abra esta página desde Excel para usar las funciones de OKR Coach.',
  },
} satisfies Record<'de' | 'fr' | 'es', MessageTemplates<FunctionWordKey>>);

/** Every key of the functions' messages, for the checks that read a language's words whole. */
export const functionWordKeys: readonly FunctionWordKey[] = functionWords.keys;

/** A message of the functions in a locale (`de-AT` is German; English for any other). */
export function sayInFunction(
  key: FunctionWordKey,
  locale: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return functionWords.format(key, params, locale);
}

/** The languages whose metadata is translated here (English is the JSDoc's). */
export const metadataLanguages = ['de', 'fr', 'es'] as const;
export type MetadataLanguage = (typeof metadataLanguages)[number];

/** The custom functions' ids, as `@customfunction` names them. */
export type FunctionId = 'PROGRESS' | 'STATUS' | 'LINT';

interface ParameterWords {
  readonly name: string;
  readonly description: string;
}

interface FunctionMetadataWords {
  readonly description: string;
  readonly parameters: Readonly<Record<string, ParameterWords>>;
}

/** A language's kind words as a formula takes them, the default first. */
const kindList = (language: string, defaultWord: string, or: string) => {
  const { kinds } = kindWordsFor(language);
  const [first, ...rest] = keyResultKinds.map((kind) => kinds[kind]);
  return `${first} (${defaultWord}), ${rest.slice(0, -1).join(', ')} ${or} ${rest.at(-1)}`;
};

function metadataIn(
  language: MetadataLanguage,
): Readonly<Record<FunctionId, FunctionMetadataWords>> {
  switch (language) {
    case 'de': {
      const measure = {
        start: { name: 'Start', description: 'Der Ausgangswert: der Wert zu Beginn des Zyklus.' },
        target: { name: 'Ziel', description: 'Der Wert, bei dem das Key Result erreicht ist.' },
        current: { name: 'Aktuell', description: 'Der Wert jetzt.' },
        kind: {
          name: 'Art',
          description: `${kindList('de', 'Standard', 'oder')}; auch die englischen Namen (increase, stayAbove …).`,
        },
      };
      return {
        PROGRESS: {
          description:
            'Fortschritt eines Key Results: 0 am Start, 1 am Ziel. Key Results der Art Steigern und Senken können über 1 hinausgehen, wenn sie das Ziel übertreffen. Formatieren Sie die Zelle als Prozent.',
          parameters: measure,
        },
        STATUS: {
          description:
            'Status eines Key Results nach seinem Tempo: der Fortschritt verglichen mit der im Zyklus vergangenen Zeit.',
          parameters: {
            ...measure,
            cycleStart: { name: 'Zyklusbeginn', description: 'Der erste Tag des Zyklus.' },
            cycleEnd: { name: 'Zyklusende', description: 'Der letzte Tag des Zyklus.' },
            today: {
              name: 'Heute',
              description: 'Der Tag, an dem beurteilt wird; heute, wenn weggelassen.',
            },
          },
        },
        LINT: {
          description:
            'Der wichtigste Hinweis des Coachs zu einem Objective oder Key Result, mit seinem Vorschlag, nach den Regeln der Sprache, in der es geschrieben ist, und in ihr gesagt.',
          parameters: {
            text: { name: 'Text', description: 'Das Objective oder Key Result, wie geschrieben.' },
            kind: { name: 'Art', description: '"kr" (Standard) oder "objective".' },
            language: {
              name: 'Sprache',
              description:
                'Die Sprache des Texts: "en", "de", "fr" oder "es", oder ein Gebietsschema wie "de-AT"; weggelassen die Anzeigesprache von Office (Englisch, wenn sie keine davon ist).',
            },
          },
        },
      };
    }
    case 'fr': {
      const measure = {
        start: { name: 'départ', description: 'La référence : la valeur au début du cycle.' },
        target: { name: 'cible', description: 'La valeur qui signifie atteint.' },
        current: { name: 'actuel', description: 'La valeur maintenant.' },
        kind: {
          name: 'type',
          description: `${kindList('fr', 'par défaut', 'ou')}\u00a0; aussi les noms anglais (increase, stayAbove…).`,
        },
      };
      return {
        PROGRESS: {
          description:
            'Progression d’un résultat clé : 0 au départ, 1 à la cible. Un résultat clé à augmenter ou à diminuer peut dépasser 1 s’il fait mieux que sa cible. Mettez la cellule au format pourcentage.',
          parameters: measure,
        },
        STATUS: {
          description:
            'Statut d’un résultat clé selon son rythme : la progression comparée au temps écoulé du cycle.',
          parameters: {
            ...measure,
            cycleStart: { name: 'débutCycle', description: 'Le premier jour du cycle.' },
            cycleEnd: { name: 'finCycle', description: 'Le dernier jour du cycle.' },
            today: {
              name: 'aujourdhui',
              description: 'Le jour où juger ; aujourd’hui s’il est omis.',
            },
          },
        },
        LINT: {
          description:
            'La principale remarque du coach sur un objectif ou un résultat clé, avec sa suggestion, selon les règles de la langue dans laquelle il est écrit, et dite dans cette langue.',
          parameters: {
            text: { name: 'texte', description: 'L’objectif ou le résultat clé, tel qu’écrit.' },
            kind: { name: 'type', description: '"kr" (par défaut) ou "objective".' },
            language: {
              name: 'langue',
              description:
                'La langue du texte : "en", "de", "fr" ou "es", ou des paramètres régionaux comme "de-AT" ; omise, la langue d’affichage d’Office (l’anglais si ce n’est aucune de celles-ci).',
            },
          },
        },
      };
    }
    case 'es': {
      const measure = {
        start: { name: 'inicio', description: 'La referencia: el valor al comenzar el ciclo.' },
        target: { name: 'objetivo', description: 'El valor que significa logrado.' },
        current: { name: 'actual', description: 'El valor ahora.' },
        kind: {
          name: 'tipo',
          description: `${kindList('es', 'predeterminado', 'o')}; también los nombres en inglés (increase, stayAbove…).`,
        },
      };
      return {
        PROGRESS: {
          description:
            'Progreso de un resultado clave: 0 al inicio, 1 en el objetivo. Un resultado clave de aumentar o disminuir puede pasar de 1 si supera su objetivo. Dé a la celda formato de porcentaje.',
          parameters: measure,
        },
        STATUS: {
          description:
            'Estado de un resultado clave según su ritmo: el progreso comparado con el tiempo transcurrido del ciclo.',
          parameters: {
            ...measure,
            cycleStart: { name: 'inicioCiclo', description: 'El primer día del ciclo.' },
            cycleEnd: { name: 'finCiclo', description: 'El último día del ciclo.' },
            today: {
              name: 'hoy',
              description: 'El día en que se juzga; hoy si se omite.',
            },
          },
        },
        LINT: {
          description:
            'La observación principal del coach sobre un objetivo o resultado clave, con su sugerencia, según las reglas del idioma en que está escrito, y dicha en ese idioma.',
          parameters: {
            text: {
              name: 'texto',
              description: 'El objetivo o resultado clave, tal como está escrito.',
            },
            kind: { name: 'tipo', description: '"kr" (predeterminado) u "objective".' },
            language: {
              name: 'idioma',
              description:
                'El idioma del texto: "en", "de", "fr" o "es", o una configuración regional como "de-AT"; si se omite, el idioma de presentación de Office (inglés si no es ninguno de ellos).',
            },
          },
        },
      };
    }
  }
}

/** The metadata's words of a function in a language. */
export function functionMetadataIn(
  language: MetadataLanguage,
  id: FunctionId,
): FunctionMetadataWords {
  return metadataIn(language)[id];
}

/**
 * How a function's parameter is named where it is shown in Office's display language (the
 * tooltip's name, so a message names what the reader sees); the JSDoc's name in English.
 */
export function parameterName(id: FunctionId, parameter: string, locale: string): string {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  const language = metadataLanguages.find((known) => known === primary);
  return (language && metadataIn(language)[id].parameters[parameter]?.name) ?? parameter;
}
