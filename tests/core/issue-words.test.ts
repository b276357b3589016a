/**
 * The core's validation messages in the Excel add-in's languages: every code said in German,
 * French and Spanish from its params (each language has every key: the translations' type asks
 * for all of them), and in English exactly as the core says it.
 */
import { sayIssue, sayIssues } from '../../src/core/issue-words';
import { validationCodes, validationIssue, type ValidationCode } from '../../src/core/issues';
import { coreMessages } from '../../src/core/messages';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { parseNumber } from '../../src/core/parse';
import { validateKeyResult } from '../../src/core/validation';
import { keyResult } from './fixtures';

/** An issue of this code with a value for each of its English template's placeholders. */
function issueOf(code: ValidationCode, field = 'current') {
  const template = coreMessages.template(`validation.${code}`);
  const names = [...template.matchAll(/\{(\w+)(:day)?[|}]/g)].map((match) => [
    match[1]!,
    match[2] !== undefined,
  ]);
  // A day is given as the store holds it (ISO); the message says it the locale's way.
  const params = Object.fromEntries(
    names
      .filter(([name]) => name !== 'field')
      .map(([name, day]) => [name, name === 'count' ? 2 : day ? '2027-01-01' : `<${name}>`]),
  );
  return validationIssue(code, field, params);
}

test('every validation message is said in German, French and Spanish, every placeholder filled', () => {
  for (const code of validationCodes) {
    const issue = issueOf(code);
    for (const locale of ['de-DE', 'fr-FR', 'es-ES']) {
      const said = sayIssue(issue, locale);
      expect({ code, locale, same: said === issue.message }).toEqual({ code, locale, same: false });
      expect(said).not.toContain('2027-01-01');
      expect({ code, locale, left: said.match(/\{[^}]*\}/g) }).toEqual({
        code,
        locale,
        left: null,
      });
      for (const value of Object.values(issue.params)) {
        if (typeof value === 'string' && value !== '2027-01-01') expect(said).toContain(value);
      }
    }
  }
});

test('in English an issue is said as the core says it; a language without words gets English', () => {
  for (const code of validationCodes.filter((c) => c !== 'directionMismatch')) {
    const issue = issueOf(code, 'owner');
    // Numbers and days as the reader's locale writes them ("1 Jan 2027" in en-GB).
    const inLocale = (locale: string) =>
      validationIssue(issue.code, issue.field, issue.params, locale).message;
    expect(sayIssue(issue, 'en-GB')).toBe(inLocale('en-GB'));
    expect(sayIssue(issue, 'ja-JP')).toBe(inLocale('ja-JP'));
  }
});

test('a wrong entry in the sheet reads in the user’s language, its field by name and its number as they write it', () => {
  const notANumber = validationIssue('notANumber', 'value', { text: 'abc', example: 1234.5 }, 'de');
  expect(sayIssue(notANumber, 'de-DE')).toBe(
    '„abc“ ist keine Zahl. Geben Sie eine Zahl wie 1.234,5 ein.',
  );
  const empty = validationIssue('numberRequired', 'target', { example: 10 });
  expect(sayIssues([notANumber, empty], 'fr')).toBe(
    '«\u00a0abc\u00a0» n’est pas un nombre. Saisissez un nombre comme 1\u202f234,5. «\u00a0Cible\u00a0» est vide. Saisissez un nombre comme 10.',
  );
  const ambiguous = parseNumber('1,500', { locale: 'de-DE' });
  expect(!ambiguous.ok && sayIssue(ambiguous.issues[0]!, 'de-DE')).toBe(
    '„1,500“ kann 1,5 oder 1.500 bedeuten. Geben Sie 1500 ein, wenn Sie 1.500 meinen, oder 1,5, wenn Sie 1,5 meinen.',
  );
  const readAs = parseNumber('1.5', { locale: 'fr-FR' });
  expect(readAs.ok && readAs.readAs && sayIssue(readAs.readAs, 'fr-FR')).toBe(
    '«\u00a01.5\u00a0» est lu comme 1,5, avec «\u00a0.\u00a0» comme séparateur décimal.',
  );
  const misgrouped = parseNumber('1.2.3', { locale: 'es-ES' });
  expect(!misgrouped.ok && sayIssue(misgrouped.issues[0]!, 'es-ES')).toBe(
    '«1.2.3» no es un número tal como está escrito: el separador decimal aparece una vez como mucho, y los separadores de cifras cada tres cifras. Escriba 80.000 o 80000 para ochenta mil, 1,5 para uno y medio.',
  );
  const setback = validationIssue('bigSetbackUnconfirmed', 'value', {
    keyResult: 'WAU',
    previous: '1.100',
    value: '400',
    share: '50%',
  });
  expect(sayIssue(setback, 'de-DE')).toContain('großer Sprung in die falsche Richtung');
  expect(sayIssue(setback, 'fr-FR')).toContain('grand saut dans le mauvais sens');
  expect(sayIssue(setback, 'es-ES')).toContain('gran salto en la dirección equivocada');
  const direction = validationIssue('directionMismatch', 'target', {
    kind: 'decrease',
    start: 5,
    target: 9,
    expected: 'below',
  });
  expect(sayIssue(direction, 'es')).toBe(
    'Un resultado clave de tipo «Reducir» necesita una meta por debajo de su valor inicial (5); la meta es 9.',
  );
  const validated = validateKeyResult(
    keyResult({ kind: 'decrease', start: 5, target: 9, current: 5 }),
    defaultOperatingModel,
  );
  expect(!validated.ok && sayIssue(validated.issues[0]!, 'en-GB')).toBe(
    !validated.ok && validated.issues[0]!.message,
  );
  expect(!validated.ok && sayIssue(validated.issues[0]!, 'de-DE')).toBe(
    'Ein Key Result der Art „Senken“ braucht einen Zielwert unter seinem Startwert (5); der Zielwert ist 9.',
  );
});
