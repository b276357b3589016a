import { createCatalogue, type MessageParams } from '../../core/i18n';
import { sayIssue } from '../../core/issue-words';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  OkrError,
  SignInError,
  ThrottledError,
} from '../../store/errors';
import { ConfigError } from '../app/config';
import { describeError, partNotLoaded, type ErrorDescription } from './describeError';

/*
 * What went wrong, as `describeError` says it, in the host's display language (English, German,
 * French or Spanish; English for any other): the Teams pages' error states (with a language's
 * board words), the task pane's error lines and the long reasons of the rows a send did not take.
 * Apart from `describeError` (every surface's first screen) and from the first screens: these
 * words load with a language's words, or with the sync. The English is `describeError`'s own,
 * word for word (tests/excel/error-words.test.ts holds them together).
 */
const errorWords = createCatalogue(
  {
    'notSaved.title': 'That was not saved',
    'notSaved.message': 'Some values break the rules. Nothing was written.',
    'notLoaded.title': 'This could not be loaded',
    'notLoaded.message':
      'Microsoft 365 did not answer the request for this data as expected. Nothing was changed; try loading it again.',
    'config.title': 'The app is not configured',
    'config.message': 'An administrator needs to finish the app settings.',
    'conflict.title': 'Someone else changed this',
    'conflict.message': 'It changed since you opened it. Reload to see the latest version.',
    'notFound.title': 'Not found',
    'notFound.message': 'It may have been deleted, or the OKR site is not set up yet.',
    'site.title': 'You do not have permission',
    'site.message':
      'The OKR site does not let you do this: {permission}. Nothing was changed; ask an OKR admin if you need it.',
    'site.askAdmin': 'ask an OKR admin',
    'access.title': 'You do not have access',
    'access.permission':
      'This needs the "{permission}" permission. Ask your Microsoft 365 admin to grant it.',
    'access.account': 'Your account cannot do this. Ask your Microsoft 365 admin for access.',
    'busy.title': 'Microsoft 365 is busy',
    'unavailable.title': 'Microsoft 365 is unavailable',
    'busy.retried': 'Microsoft Graph is busy and did not answer after {tries} tries{over}. {later}',
    'unavailable.retried':
      'Microsoft Graph is unavailable and did not answer after {tries} tries{over}; nothing was lost. {later}',
    'retried.over.one': ' over {n} second',
    'retried.over.many': ' over {n} seconds',
    'retried.inMinutes': 'Try again in {n} minutes.',
    'retried.inAMinute': 'Try again in a minute.',
    'busy.message': 'Too many requests right now. {later}',
    'unavailable.message': 'The service is down for a moment; nothing was lost. {later}',
    'later.seconds.one': 'Try again in {n} second.',
    'later.seconds.many': 'Try again in {n} seconds.',
    'later.moment': 'Try again in a moment.',
    'signIn.title': 'You could not be signed in',
    'signIn.message':
      'Microsoft 365 did not sign you in to OKR Coach. An admin may need to consent to the app’s permissions.',
    'offline.title': 'You are offline',
    'offline.message': 'Microsoft 365 could not be reached. Check your connection and try again.',
    'unknown.title': 'Something went wrong',
    'unknown.message': 'An unexpected error happened.',
    'partNotLoaded.title': partNotLoaded.title,
    'partNotLoaded.message': partNotLoaded.message,
  },
  {
    de: {
      'notSaved.title': 'Das wurde nicht gespeichert',
      'notSaved.message': 'Einige Werte verstoßen gegen die Regeln. Es wurde nichts geschrieben.',
      'notLoaded.title': 'Das konnte nicht geladen werden',
      'notLoaded.message':
        'Microsoft 365 hat die Anfrage nach diesen Daten nicht wie erwartet beantwortet. Es wurde nichts geändert; laden Sie sie erneut.',
      'config.title': 'Die App ist nicht eingerichtet',
      'config.message':
        'Eine Administratorin oder ein Administrator muss die App-Einstellungen abschließen.',
      'conflict.title': 'Jemand anderes hat das geändert',
      'conflict.message':
        'Es wurde geändert, seit Sie es geöffnet haben. Laden Sie neu, um die neueste Version zu sehen.',
      'notFound.title': 'Nicht gefunden',
      'notFound.message':
        'Es wurde vielleicht gelöscht, oder die OKR-Website ist noch nicht eingerichtet.',
      'site.title': 'Sie haben keine Berechtigung',
      'site.message':
        'Die OKR-Website erlaubt Ihnen das nicht: {permission}. Es wurde nichts geändert; wenden Sie sich an eine OKR-Administration, wenn Sie es brauchen.',
      'site.askAdmin': 'wenden Sie sich an eine OKR-Administration',
      'access.title': 'Sie haben keinen Zugriff',
      'access.permission':
        'Dafür ist die Berechtigung „{permission}“ nötig. Bitten Sie Ihre Microsoft 365-Administration, sie zu erteilen.',
      'access.account':
        'Ihr Konto kann das nicht. Bitten Sie Ihre Microsoft 365-Administration um Zugriff.',
      'busy.title': 'Microsoft 365 ist ausgelastet',
      'unavailable.title': 'Microsoft 365 ist nicht erreichbar',
      'busy.retried':
        'Microsoft Graph ist ausgelastet und hat nach {tries} Versuchen{over} nicht geantwortet. {later}',
      'unavailable.retried':
        'Microsoft Graph ist nicht erreichbar und hat nach {tries} Versuchen{over} nicht geantwortet; es ging nichts verloren. {later}',
      'retried.over.one': ' in {n} Sekunde',
      'retried.over.many': ' in {n} Sekunden',
      'retried.inMinutes': 'Versuchen Sie es in {n} Minuten erneut.',
      'retried.inAMinute': 'Versuchen Sie es in einer Minute erneut.',
      'busy.message': 'Gerade kommen zu viele Anfragen. {later}',
      'unavailable.message':
        'Der Dienst ist kurz nicht verfügbar; es ging nichts verloren. {later}',
      'later.seconds.one': 'Versuchen Sie es in {n} Sekunde erneut.',
      'later.seconds.many': 'Versuchen Sie es in {n} Sekunden erneut.',
      'later.moment': 'Versuchen Sie es gleich noch einmal.',
      'signIn.title': 'Sie konnten nicht angemeldet werden',
      'signIn.message':
        'Microsoft 365 hat Sie nicht bei OKR Coach angemeldet. Möglicherweise muss eine Administration den Berechtigungen der App zustimmen.',
      'offline.title': 'Sie sind offline',
      'offline.message':
        'Microsoft 365 war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      'unknown.title': 'Etwas ist schiefgegangen',
      'unknown.message': 'Ein unerwarteter Fehler ist aufgetreten.',
      'partNotLoaded.title': 'Ein Teil von OKR Coach konnte nicht geladen werden',
      'partNotLoaded.message': 'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    },
    fr: {
      'notSaved.title': 'Cela n’a pas été enregistré',
      'notSaved.message': 'Certaines valeurs enfreignent les règles. Rien n’a été écrit.',
      'notLoaded.title': 'Cela n’a pas pu être chargé',
      'notLoaded.message':
        'Microsoft 365 n’a pas répondu comme prévu à la demande de ces données. Rien n’a été modifié ; chargez-les à nouveau.',
      'config.title': 'L’application n’est pas configurée',
      'config.message': 'Un administrateur doit terminer les paramètres de l’application.',
      'conflict.title': 'Quelqu’un d’autre a modifié cet élément',
      'conflict.message':
        'Il a changé depuis que vous l’avez ouvert. Rechargez pour voir la dernière version.',
      'notFound.title': 'Introuvable',
      'notFound.message': 'Il a peut-être été supprimé, ou le site OKR n’est pas encore configuré.',
      'site.title': 'Vous n’avez pas l’autorisation',
      'site.message':
        'Le site OKR ne vous permet pas de faire cela : {permission}. Rien n’a été modifié ; demandez à un administrateur OKR si vous en avez besoin.',
      'site.askAdmin': 'demandez à un administrateur OKR',
      'access.title': 'Vous n’avez pas accès',
      'access.permission':
        'Cela nécessite l’autorisation « {permission} ». Demandez à votre administrateur Microsoft 365 de l’accorder.',
      'access.account':
        'Votre compte ne peut pas faire cela. Demandez l’accès à votre administrateur Microsoft 365.',
      'busy.title': 'Microsoft 365 est surchargé',
      'unavailable.title': 'Microsoft 365 est indisponible',
      'busy.retried':
        'Microsoft Graph est surchargé et n’a pas répondu après {tries} essais{over}. {later}',
      'unavailable.retried':
        'Microsoft Graph est indisponible et n’a pas répondu après {tries} essais{over} ; rien n’a été perdu. {later}',
      'retried.over.one': ' en {n} seconde',
      'retried.over.many': ' en {n} secondes',
      'retried.inMinutes': 'Réessayez dans {n} minutes.',
      'retried.inAMinute': 'Réessayez dans une minute.',
      'busy.message': 'Trop de requêtes en ce moment. {later}',
      'unavailable.message':
        'Le service est momentanément indisponible ; rien n’a été perdu. {later}',
      'later.seconds.one': 'Réessayez dans {n} seconde.',
      'later.seconds.many': 'Réessayez dans {n} secondes.',
      'later.moment': 'Réessayez dans un instant.',
      'signIn.title': 'Vous n’avez pas pu être connecté',
      'signIn.message':
        'Microsoft 365 ne vous a pas connecté à OKR Coach. Un administrateur doit peut-être consentir aux autorisations de l’application.',
      'offline.title': 'Vous êtes hors connexion',
      'offline.message': 'Microsoft 365 est injoignable. Vérifiez votre connexion et réessayez.',
      'unknown.title': 'Une erreur s’est produite',
      'unknown.message': 'Une erreur inattendue s’est produite.',
      'partNotLoaded.title': 'Une partie d’OKR Coach n’a pas pu être chargée',
      'partNotLoaded.message': 'Vérifiez votre connexion, puis réessayez.',
    },
    es: {
      'notSaved.title': 'No se guardó',
      'notSaved.message': 'Algunos valores incumplen las reglas. No se escribió nada.',
      'notLoaded.title': 'No se pudo cargar',
      'notLoaded.message':
        'Microsoft 365 no respondió como se esperaba a la solicitud de estos datos. No se cambió nada; vuelva a cargarlos.',
      'config.title': 'La aplicación no está configurada',
      'config.message': 'Un administrador debe completar la configuración de la aplicación.',
      'conflict.title': 'Otra persona cambió esto',
      'conflict.message':
        'Cambió desde que lo abrió. Vuelva a cargar para ver la versión más reciente.',
      'notFound.title': 'No encontrado',
      'notFound.message':
        'Puede que se haya eliminado, o que el sitio de OKR aún no esté configurado.',
      'site.title': 'No tiene permiso',
      'site.message':
        'El sitio de OKR no le permite hacer esto: {permission}. No se cambió nada; pida a un administrador de OKR si lo necesita.',
      'site.askAdmin': 'pida a un administrador de OKR',
      'access.title': 'No tiene acceso',
      'access.permission':
        'Esto necesita el permiso «{permission}». Pida a su administrador de Microsoft 365 que lo conceda.',
      'access.account':
        'Su cuenta no puede hacer esto. Pida acceso a su administrador de Microsoft 365.',
      'busy.title': 'Microsoft 365 está ocupado',
      'unavailable.title': 'Microsoft 365 no está disponible',
      'busy.retried':
        'Microsoft Graph está ocupado y no respondió tras {tries} intentos{over}. {later}',
      'unavailable.retried':
        'Microsoft Graph no está disponible y no respondió tras {tries} intentos{over}; no se perdió nada. {later}',
      'retried.over.one': ' en {n} segundo',
      'retried.over.many': ' en {n} segundos',
      'retried.inMinutes': 'Vuelva a intentarlo en {n} minutos.',
      'retried.inAMinute': 'Vuelva a intentarlo en un minuto.',
      'busy.message': 'Demasiadas solicitudes en este momento. {later}',
      'unavailable.message':
        'El servicio no está disponible por un momento; no se perdió nada. {later}',
      'later.seconds.one': 'Vuelva a intentarlo en {n} segundo.',
      'later.seconds.many': 'Vuelva a intentarlo en {n} segundos.',
      'later.moment': 'Vuelva a intentarlo en un momento.',
      'signIn.title': 'No se pudo iniciar su sesión',
      'signIn.message':
        'Microsoft 365 no inició su sesión en OKR Coach. Puede que un administrador deba dar su consentimiento a los permisos de la aplicación.',
      'offline.title': 'Está sin conexión',
      'offline.message':
        'No se pudo conectar con Microsoft 365. Compruebe su conexión y vuelva a intentarlo.',
      'unknown.title': 'Algo salió mal',
      'unknown.message': 'Se produjo un error inesperado.',
      'partNotLoaded.title': 'No se pudo cargar una parte de OKR Coach',
      'partNotLoaded.message': 'Compruebe su conexión y vuelva a intentarlo.',
    },
  },
);

type ErrorWordKey = (typeof errorWords.keys)[number];

/** The error kinds that have a title and a message of their own. */
type Said =
  | 'notSaved'
  | 'notLoaded'
  | 'config'
  | 'conflict'
  | 'notFound'
  | 'signIn'
  | 'offline'
  | 'partNotLoaded'
  | 'unknown';

/**
 * `describeError`'s description of what went wrong, in the locale's language: the same title and
 * message for the same error, and a refusal's broken rules said in that language too. What it
 * keeps as it is: whether to try again, the permission to ask for, and the store's own details of
 * a read or sign-in that failed (technical, for support).
 */
export function describeErrorIn(error: unknown, locale: string): ErrorDescription {
  const english = describeError(error);
  const say = (key: ErrorWordKey, params?: MessageParams) => errorWords.format(key, params, locale);
  const said = (kind: Said, message = say(`${kind}.message`)): ErrorDescription => ({
    ...english,
    title: say(`${kind}.title`),
    message,
  });
  if (error instanceof InvalidError && error.operation !== 'read') {
    return {
      ...said('notSaved'),
      ...(error.details.length > 0
        ? { details: error.details.map((issue) => sayIssue(issue, locale)) }
        : {}),
    };
  }
  if (
    error instanceof OkrError &&
    error.operation === 'read' &&
    (error.kind === 'invalid' || error.kind === 'unknown')
  ) {
    return said('notLoaded');
  }
  if (error instanceof ConfigError) return said('config');
  if (error instanceof ConflictError) return said('conflict');
  if (error instanceof NotFoundError) return said('notFound');
  if (error instanceof ForbiddenError && error.grantedBy === 'site') {
    const permission = error.permission ?? say('site.askAdmin');
    return { ...english, title: say('site.title'), message: say('site.message', { permission }) };
  }
  if (error instanceof ForbiddenError) {
    const message = error.permission
      ? say('access.permission', { permission: error.permission })
      : say('access.account');
    return { ...english, title: say('access.title'), message };
  }
  if (error instanceof ThrottledError) {
    const reason = error.reason === 'unavailable' ? 'unavailable' : 'busy';
    const counted = (key: 'retried.over' | 'later.seconds', n: number) =>
      say(`${key}.${n === 1 ? 'one' : 'many'}`, { n });
    const { retried } = error;
    if (retried) {
      const waited = Math.round(retried.waitedMs / 1000);
      const minutes = Math.ceil((error.retryAfterSeconds ?? 0) / 60);
      const message = say(`${reason}.retried`, {
        tries: retried.retries + 1,
        over: waited > 0 ? counted('retried.over', waited) : '',
        later: minutes > 1 ? say('retried.inMinutes', { n: minutes }) : say('retried.inAMinute'),
      });
      return { ...english, title: say(`${reason}.title`), message };
    }
    const seconds = error.retryAfterSeconds;
    const later = seconds ? counted('later.seconds', seconds) : say('later.moment');
    return {
      ...english,
      title: say(`${reason}.title`),
      message: say(`${reason}.message`, { later }),
    };
  }
  if (error instanceof SignInError) return said('signIn');
  if (error instanceof OfflineError) return said('offline');
  if (english === partNotLoaded) return said('partNotLoaded');
  // Anything else: its own message, or that nothing says more.
  return said('unknown', error instanceof Error ? error.message : say('unknown.message'));
}

/** Every locale the error words have, and the keys each lacks (none, once complete). */
export function missingErrorWords(): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(
    errorWords.locales
      .filter((locale) => locale !== 'en')
      .map((locale) => [
        locale,
        errorWords.keys.filter(
          (key) => errorWords.template(key, locale) === errorWords.template(key, 'en'),
        ),
      ]),
  );
}
