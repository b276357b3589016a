import { isAuthorized } from './auth';
import { GraphHttpError, unknownSegment } from './errors';
import { json, type GraphResponse, type HandlerContext } from './graph-request';
import { metadataUrl } from './resources';
import { findUser } from './teamwork';
import type { EmulatedUser } from './tenant';

/**
 * `GET /me/mailboxSettings`, `GET /users/{id | userPrincipalName}/mailboxSettings` and each of its
 * settings on its own (`…/mailboxSettings/timeZone`, `…/workingHours`, …), as
 * https://learn.microsoft.com/graph/api/user-get-mailboxsettings lists them: a setting that is a
 * string comes as `{ value }`, one that is an object as its properties. The time zone is a
 * Windows or an IANA name, as the user set it in Outlook; the other settings are Outlook's
 * defaults. Needs MailboxSettings.Read or .ReadWrite, and a delegated caller reads only their own;
 * otherwise Outlook's 403 `ErrorAccessDenied`.
 */
export function getMailboxSettings(
  context: HandlerContext,
  who: { idOrUpn: string } | 'me',
  setting: string | undefined,
): GraphResponse {
  const user =
    who === 'me' ? context.user : (findUser(context, who.idOrUpn) ?? invalidUser(who.idOrUpn));
  // Outlook's refusal, for another user's mailbox as for a token without the permission.
  if (
    (context.caller.kind === 'user' && user.id !== context.user.id) ||
    !isAuthorized(context.caller, 'mailboxSettings.read')
  )
    throw new GraphHttpError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
    );
  // The pages' own examples name the signed-in user's settings `Me/mailboxSettings`.
  const base = who === 'me' ? 'Me/mailboxSettings' : `users('${user.id}')/mailboxSettings`;
  const settings = mailboxSettingsOf(user);
  if (setting === undefined) {
    const select = selectedSettings(context.request.query.get('$select'), settings);
    return json(200, {
      '@odata.context': metadataUrl(context.env, select ? `${base}(${select.join(',')})` : base),
      ...(select ? Object.fromEntries(select.map((name) => [name, settings[name]])) : settings),
    });
  }
  const name = Object.keys(settings).find((key) => key.toLowerCase() === setting.toLowerCase());
  if (name === undefined) throw unknownSegment(setting);
  const value = settings[name];
  const settingContext = metadataUrl(context.env, `${base}/${name}`);
  return json(
    200,
    typeof value === 'object' && value !== null
      ? { '@odata.context': settingContext, ...value }
      : { '@odata.context': settingContext, value },
  );
}

/**
 * Outlook's 404 for a mailbox user it cannot resolve, in the words quoted in
 * microsoftgraph/microsoft-graph-docs#4097 and microsoft-graph-docs-contrib#5460 — not the
 * directory's `Request_ResourceNotFound`: Outlook, not Entra ID, answers mailboxSettings.
 */
function invalidUser(idOrUpn: string): never {
  throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`);
}

/** The properties of https://learn.microsoft.com/graph/api/resources/mailboxsettings. */
function mailboxSettingsOf(user: EmulatedUser): Record<string, unknown> {
  const timeZone = user.timeZone ?? 'UTC';
  const locale = user.preferredLanguage ?? 'en-US';
  return {
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      scheduledStartDateTime: { dateTime: '2024-01-01T08:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2024-01-02T08:00:00.0000000', timeZone: 'UTC' },
      internalReplyMessage: '',
      externalReplyMessage: '',
    },
    timeZone,
    language: { locale, displayName: languageName(locale) },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: timeZone },
    },
    userPurpose: { value: 'user' },
    dateFormat: 'M/d/yyyy',
    timeFormat: 'h:mm tt',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
  };
}

/** "English (United States)" for en-US, as Outlook names a locale. */
function languageName(locale: string): string {
  try {
    return (
      new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' }).of(locale) ??
      locale
    );
  } catch {
    return locale;
  }
}

function selectedSettings(
  select: string | null,
  settings: Record<string, unknown>,
): string[] | undefined {
  if (select === null) return undefined;
  return select.split(',').map((raw) => {
    const name = Object.keys(settings).find(
      (key) => key.toLowerCase() === raw.trim().toLowerCase(),
    );
    if (name === undefined)
      throw new GraphHttpError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${raw.trim()}' on type 'microsoft.graph.mailboxSettings'.`,
      );
    return name;
  });
}
