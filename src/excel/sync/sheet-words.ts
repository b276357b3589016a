import { createCatalogue, localeFallbacks, type MessageParams } from '../../core/i18n';
import { statuses } from '../../core/model';
import { statusNamed, statusWord } from '../../core/status-words';

/*
 * The words the add-in writes into the OKR sheet besides its headers (`column.*` in the pane's
 * words), the Kind words (`core/kind-words.ts`) and the Status words (`core/status-words.ts`),
 * in Office's display language: what a Status cell that names no status is told, the data
 * validation's alerts, and the coach's cell notes and =OKR.LINT's answer (their findings are in
 * the rules' language).
 * Apart from the pane's words, so the pane's first screen does not carry them: they load with
 * the sync.
 */
const sheetWords = createCatalogue(
  {
    'status.unknown': '“{typed}” is not a status (a status is one of {accepted})',
    'validation.kind': 'Choose one of: {words}.',
    'validation.doneOrNotDone': 'Choose {done} or {notDone}.',
    'validation.confidence': '{column} is a whole number from 1 to 10, such as {example}.',
    'validation.number': '{column} is a number, such as {example}.',
    'validation.weight': '{column} is a number greater than {above}, such as {example}.',
    'validation.checkInDate':
      '{column} is a date no later than today: the day the check-in is for. Leave the cell empty for today.',
    'note.finding': '{message}\nSuggestion: {suggestion}',
    'function.finding': '{message} Suggestion: {suggestion}',
    'formatted.percent':
      '{column}: Excel shows “{shown}” because the cell is formatted as a percentage, but {takes}. Set the cell’s number format back to General (Home › Number Format), then type the number again.',
    'formatted.date':
      '{column}: Excel shows the date {shown} because the cell is formatted as a date, but {takes}. Set the cell’s number format back to General (Home › Number Format), then type the number again.',
    'formatted.currency':
      '{column}: Excel shows “{shown}” because the cell is formatted in another currency, but {takes}. Set the cell’s number format back to General (Home › Number Format), then type the amount again.',
    'formatted.eitherScale':
      '{column}: the cell’s currency format makes its number {shown}, which on this KR in {unit} may be meant as {scaled}: OKR Coach cannot tell which, so it sends neither. Type the amount as the board shows it: {inFull} for {shown}, or {scaled}.',
    'formatted.takesUnit': 'this KR counts {unit}',
    'formatted.takesNumber': 'this KR takes a plain number',
    'formatted.takesConfidence': 'confidence is a whole number from {min} to {max}',
    'formatted.takesWeight': 'the weight is a plain number',
    'owner.empty':
      '{column}: the cell is empty, and a KR always has an owner. Type a colleague’s work email (such as {example}) or their full name as the directory has it.',
    'keyResult.empty':
      '{column}: the cell is empty, and a KR always has a title. Type what the key result measures again (it read “{loaded}”).',
  },
  {
    de: {
      'status.unknown': '„{typed}“ ist kein Status (ein Status ist einer dieser Werte: {accepted})',
      'validation.kind': 'Wählen Sie einen dieser Werte: {words}.',
      'validation.doneOrNotDone': 'Wählen Sie „{done}“ oder „{notDone}“.',
      'validation.confidence': '„{column}“ muss eine ganze Zahl von 1 bis 10 sein, etwa {example}.',
      'validation.number': '„{column}“ muss eine Zahl sein, etwa {example}.',
      'validation.weight': '„{column}“ muss eine Zahl größer als {above} sein, etwa {example}.',
      'validation.checkInDate':
        '„{column}“ muss ein Datum bis heute sein: der Tag, für den der Check-in gilt. Lassen Sie die Zelle leer für heute.',
      'note.finding': '{message}\nVorschlag: {suggestion}',
      'function.finding': '{message} Vorschlag: {suggestion}',
      'formatted.percent':
        '{column}: Excel zeigt „{shown}“, weil die Zelle als Prozent formatiert ist, aber {takes}. Stellen Sie das Zahlenformat der Zelle wieder auf Standard (Start › Zahlenformat), und geben Sie die Zahl dann erneut ein.',
      'formatted.date':
        '{column}: Excel zeigt das Datum {shown}, weil die Zelle als Datum formatiert ist, aber {takes}. Stellen Sie das Zahlenformat der Zelle wieder auf Standard (Start › Zahlenformat), und geben Sie die Zahl dann erneut ein.',
      'formatted.currency':
        '{column}: Excel zeigt „{shown}“, weil die Zelle in einer anderen Währung formatiert ist, aber {takes}. Stellen Sie das Zahlenformat der Zelle wieder auf Standard (Start › Zahlenformat), und geben Sie den Betrag dann erneut ein.',
      'formatted.eitherScale':
        '{column}: Das Währungsformat der Zelle macht ihre Zahl zu {shown}, auf diesem KR in {unit} ist aber vielleicht {scaled} gemeint: OKR Coach kann das nicht unterscheiden und sendet keins von beiden. Geben Sie den Betrag ein, wie das Board ihn zeigt: {inFull} für {shown} oder {scaled}.',
      'formatted.takesUnit': 'dieses KR zählt {unit}',
      'formatted.takesNumber': 'dieses KR nimmt eine einfache Zahl',
      'formatted.takesConfidence': 'die Zuversicht ist eine ganze Zahl von {min} bis {max}',
      'formatted.takesWeight': 'die Gewichtung ist eine einfache Zahl',
      'owner.empty':
        '{column}: Die Zelle ist leer, und ein KR hat immer einen Verantwortlichen. Geben Sie die geschäftliche E-Mail-Adresse einer Kollegin oder eines Kollegen ein (etwa {example}) oder den vollständigen Namen, wie ihn das Verzeichnis führt.',
      'keyResult.empty':
        '{column}: Die Zelle ist leer, und ein KR hat immer einen Titel. Geben Sie wieder ein, was das Schlüsselergebnis misst (zuvor: „{loaded}“).',
    },
    fr: {
      'status.unknown':
        '« {typed} » n’est pas un statut (un statut est l’une de ces valeurs : {accepted})',
      'validation.kind': 'Choisissez l’une de ces valeurs : {words}.',
      'validation.doneOrNotDone': 'Choisissez « {done} » ou « {notDone} ».',
      'validation.confidence':
        '« {column} » doit être un nombre entier de 1 à 10, comme {example}.',
      'validation.number': '« {column} » doit être un nombre, comme {example}.',
      'validation.weight': '« {column} » doit être un nombre supérieur à {above}, comme {example}.',
      'validation.checkInDate':
        '« {column} » doit être une date jusqu’à aujourd’hui : le jour du point. Laissez la cellule vide pour aujourd’hui.',
      'note.finding': '{message}\nSuggestion : {suggestion}',
      'function.finding': '{message} Suggestion : {suggestion}',
      'formatted.percent':
        '{column} : Excel affiche « {shown} » parce que la cellule est au format pourcentage, mais {takes}. Remettez le format de nombre de la cellule sur Standard (Accueil › Format de nombre), puis retapez le nombre.',
      'formatted.date':
        '{column} : Excel affiche la date {shown} parce que la cellule est au format date, mais {takes}. Remettez le format de nombre de la cellule sur Standard (Accueil › Format de nombre), puis retapez le nombre.',
      'formatted.currency':
        '{column} : Excel affiche « {shown} » parce que la cellule est au format d’une autre devise, mais {takes}. Remettez le format de nombre de la cellule sur Standard (Accueil › Format de nombre), puis retapez le montant.',
      'formatted.eitherScale':
        '{column} : le format monétaire de la cellule fait de son nombre {shown}, mais sur ce KR en {unit} il veut peut-être dire {scaled} : OKR Coach ne peut pas trancher et n’envoie ni l’un ni l’autre. Tapez le montant comme le tableau l’affiche : {inFull} pour {shown}, ou {scaled}.',
      'formatted.takesUnit': 'ce KR se compte en {unit}',
      'formatted.takesNumber': 'ce KR prend un nombre simple',
      'formatted.takesConfidence': 'la confiance est un nombre entier de {min} à {max}',
      'formatted.takesWeight': 'le poids est un nombre simple',
      'owner.empty':
        '{column} : la cellule est vide, et un KR a toujours un responsable. Saisissez l’adresse e-mail professionnelle d’un collègue (comme {example}) ou son nom complet tel que l’annuaire l’indique.',
      'keyResult.empty':
        '{column} : la cellule est vide, et un KR a toujours un titre. Saisissez de nouveau ce que mesure le résultat clé (il était « {loaded} »).',
    },
    es: {
      'status.unknown': '«{typed}» no es un estado (un estado es uno de estos valores: {accepted})',
      'validation.kind': 'Elija uno de estos valores: {words}.',
      'validation.doneOrNotDone': 'Elija «{done}» o «{notDone}».',
      'validation.confidence': '«{column}» debe ser un número entero del 1 al 10, como {example}.',
      'validation.number': '«{column}» debe ser un número, como {example}.',
      'validation.weight': '«{column}» debe ser un número mayor que {above}, como {example}.',
      'validation.checkInDate':
        '«{column}» debe ser una fecha hasta hoy: el día del registro. Deje la celda vacía para hoy.',
      'note.finding': '{message}\nSugerencia: {suggestion}',
      'function.finding': '{message} Sugerencia: {suggestion}',
      'formatted.percent':
        '{column}: Excel muestra «{shown}» porque la celda tiene formato de porcentaje, pero {takes}. Vuelva a poner el formato de número de la celda en General (Inicio › Formato de número) y escriba el número de nuevo.',
      'formatted.date':
        '{column}: Excel muestra la fecha {shown} porque la celda tiene formato de fecha, pero {takes}. Vuelva a poner el formato de número de la celda en General (Inicio › Formato de número) y escriba el número de nuevo.',
      'formatted.currency':
        '{column}: Excel muestra «{shown}» porque la celda tiene formato de otra moneda, pero {takes}. Vuelva a poner el formato de número de la celda en General (Inicio › Formato de número) y escriba el importe de nuevo.',
      'formatted.eitherScale':
        '{column}: el formato de moneda de la celda convierte su número en {shown}, pero en este KR en {unit} quizá signifique {scaled}: OKR Coach no puede saber cuál y no envía ninguno. Escriba el importe como lo muestra el tablero: {inFull} para {shown}, o {scaled}.',
      'formatted.takesUnit': 'este KR cuenta {unit}',
      'formatted.takesNumber': 'este KR toma un número simple',
      'formatted.takesConfidence': 'la confianza es un número entero del {min} al {max}',
      'formatted.takesWeight': 'el peso es un número simple',
      'owner.empty':
        '{column}: la celda está vacía, y un KR siempre tiene un responsable. Escriba el correo de trabajo de un compañero (como {example}) o su nombre completo tal como figura en el directorio.',
      'keyResult.empty':
        '{column}: la celda está vacía, y un KR siempre tiene un título. Escriba de nuevo lo que mide el resultado clave (decía «{loaded}»).',
    },
  },
);

export type SheetWordKey = (typeof sheetWords.keys)[number];

/** Every key of the sheet's words, for the checks that read a language's words whole. */
export const sheetWordKeys: readonly SheetWordKey[] = sheetWords.keys;

/** The sheet's words in one locale's language. */
export function sayInSheet(key: SheetWordKey, locale: string, params?: MessageParams): string {
  return sheetWords.format(key, params, locale);
}

/**
 * The language whose words a locale writes (`de-AT` → `de`; `ja` → `en`): what the workbook
 * records of its formats, so a pane in another language knows to add its own.
 */
export function sheetLanguageOf(locale: string): string {
  return localeFallbacks(locale).find((tag) => sheetWords.locales.includes(tag)) ?? 'en';
}

/** Every language the sheet is written in, English first. */
export const sheetLanguages: readonly string[] = [
  'en',
  ...sheetWords.locales.filter((l) => l !== 'en'),
];

/**
 * Why a Status cell's word is no status, naming it and the words the column holds in the
 * locale's language ('' for a status word in any language, or an empty cell).
 */
export function unknownStatus(word: string, locale: string): string {
  if (word.trim() === '' || statusNamed(word)) return '';
  const accepted = statuses.map((status) => statusWord(status, locale)).join(', ');
  return sayInSheet('status.unknown', locale, { typed: word.trim(), accepted });
}
