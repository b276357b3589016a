/**
 * What went wrong, as the task pane and a row's long reason say it, in the pane's language:
 * `describeError`'s own words in English, and the same in German, French and Spanish.
 */
import { validationIssue } from '../../src/core/issues';
import { describeErrorIn, missingErrorWords } from '../../src/ui/errors/error-words';
import { reasonOf } from '../../src/excel/sync/check-ins';
import { errorText } from '../../src/excel/taskpane/errorText';
import { paneWordsFor } from '../../src/excel/pane-words';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  SignInError,
  ThrottledError,
  UnknownStoreError,
} from '../../src/store/errors';
import { ConfigError } from '../../src/ui/app/config';
import { describeError } from '../../src/ui/errors/describeError';
import { loadEveryPaneLanguage } from './support/pane-languages';

beforeAll(loadEveryPaneLanguage);

const tooLong = () =>
  new InvalidError(
    'The check-in was not saved: Keep Note to 2,000 characters or fewer (it has 2,001).',
    ['Keep Note to 2,000 characters or fewer (it has 2,001).'],
    [validationIssue('tooLong', 'note', { max: 2000, length: 2001 }, 'en')],
  );

function readFailed() {
  const error = new UnknownStoreError('Graph answered 500');
  error.operation = 'read';
  return error;
}

/** One error of every kind `describeError` tells apart. */
const errors = (): [string, unknown][] => [
  ['a refusal', tooLong()],
  ['a refusal without issues', new InvalidError('The unit was not saved: too long.')],
  ['a read that failed', readFailed()],
  ['no configuration', new ConfigError(['TENANT_ID is empty.'])],
  ['a conflict', new ConflictError('Megan changed this.', {}, {})],
  ['not found', new NotFoundError('No such KR.')],
  ['the site refusing', new ForbiddenError('No.', 'Edit items', 'site')],
  ['the site refusing, no permission named', new ForbiddenError('No.', undefined, 'site')],
  ['a missing scope', new ForbiddenError('No.', 'Sites.ReadWrite.All')],
  ['a missing access', new ForbiddenError('No.')],
  ['busy', new ThrottledError('429', 3)],
  ['busy for a second', new ThrottledError('429', 1)],
  ['busy, no Retry-After', new ThrottledError('429')],
  ['down', new ThrottledError('503', 10, 'unavailable')],
  [
    'busy after retries',
    new ThrottledError('429', 240, 'tooManyRequests', { retries: 3, waitedMs: 14_000 }),
  ],
  [
    'down after retries',
    new ThrottledError('503', 30, 'unavailable', { retries: 1, waitedMs: 1000 }),
  ],
  ['sign-in', new SignInError('AADSTS65001')],
  ['offline', new OfflineError('fetch failed')],
  ['a lost chunk', new TypeError('Failed to fetch dynamically imported module: /assets/x.js')],
  ['anything else', new Error('Boom')],
  ['not even an Error', 'boom'],
];

describe('error words', () => {
  test.each(errors())(
    'in English, %s is said word for word as describeError says it',
    (_, error) => {
      expect(describeErrorIn(error, 'en-US')).toEqual(describeError(error));
    },
  );

  test.each(errors())(
    'in French, %s keeps French punctuation with its non-breaking spaces',
    (_, error) => {
      const { title, message } = describeErrorIn(error, 'fr-FR');
      for (const sentence of [title, message]) {
        expect([sentence, / [:;?!»]|«[^\u00a0]/.test(sentence)]).toEqual([sentence, false]);
      }
    },
  );

  test('German, French and Spanish have every word', () => {
    expect(missingErrorWords()).toEqual({ de: [], fr: [], es: [] });
  });

  test.each(errors())(
    'in German, %s keeps what describeError says besides its words',
    (_, error) => {
      const english = describeError(error);
      const german = describeErrorIn(error, 'de-DE');
      expect(german.retryable).toBe(english.retryable);
      expect(german.permission).toBe(english.permission);
      expect(german.details?.length).toBe(english.details?.length);
      if (!(error instanceof Error && english.title === describeError(undefined).title)) {
        expect(german.title).not.toBe(english.title);
        expect(german.message).not.toBe(english.message);
      }
    },
  );

  test('a refusal says what was refused and what is accepted in the row’s language', () => {
    expect(reasonOf(tooLong(), 'de-DE')).toBe(
      'Das wurde nicht gespeichert. Einige Werte verstoßen gegen die Regeln. Es wurde nichts geschrieben. „Notiz“ darf höchstens 2.000 Zeichen lang sein (es hat 2.001).',
    );
    expect(reasonOf(tooLong(), 'fr-FR')).toMatch(
      /^Cela n’a pas été enregistré\. Certaines valeurs enfreignent les règles\. Rien n’a été écrit\. «\u00a0Note\u00a0» doit faire au plus 2\s000 caractères \(il en a 2\s001\)\.$/,
    );
    expect(reasonOf(tooLong(), 'es-ES')).toMatch(
      /^No se guardó\. .*como máximo 2\.?000 caracteres/,
    );
  });

  test('how long the store kept trying, and when to try again, in German', () => {
    expect(
      describeErrorIn(
        new ThrottledError('429', 240, 'tooManyRequests', { retries: 3, waitedMs: 14_000 }),
        'de-AT',
      ),
    ).toMatchObject({
      title: 'Microsoft 365 ist ausgelastet',
      message:
        'Microsoft Graph ist ausgelastet und hat nach 4 Versuchen in 14 Sekunden nicht geantwortet. Versuchen Sie es in 4 Minuten erneut.',
    });
    expect(describeErrorIn(new ThrottledError('429', 1), 'es')).toMatchObject({
      message: 'Demasiadas solicitudes en este momento. Vuelva a intentarlo en 1 segundo.',
    });
  });

  test('a part that could not be loaded is said in the pane’s language as the board’s error words say it', () => {
    const lost = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES']) {
      const { title, message } = describeErrorIn(lost, locale);
      expect(`${title}. ${message}`).toBe(paneWordsFor(locale).notLoaded());
    }
    expect(paneWordsFor('de-DE').notLoaded()).toBe(
      'Ein Teil von OKR Coach konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    );
  });

  test('the pane’s error line is in its language, and an error it has no words for says its own message', async () => {
    expect(await errorText(new OfflineError('fetch failed'), paneWordsFor('de-DE'))).toBe(
      'Sie sind offline: Microsoft 365 war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    );
    expect(await errorText(new OfflineError('fetch failed'), paneWordsFor('en-GB'))).toBe(
      'You are offline: Microsoft 365 could not be reached. Check your connection and try again.',
    );
    expect(await errorText(new Error('Boom'), paneWordsFor('fr-FR'))).toBe('Boom');
  });
});
