import { randomUUID } from 'node:crypto';
import { isAuthorized, type Caller } from './auth';
import { GraphHttpError, invalidRequest } from './errors';
import { noContent, type GraphResponse, type HandlerContext } from './graph-request';
import type { EmulatedUser } from './tenant';

/**
 * Teams' side of Microsoft Graph that the reminders need: the activity feed
 * (`POST /users/{id}/teamwork/sendActivityNotification`). The feed is kept in memory, as Teams
 * keeps it, and shown by the Teams simulator.
 */

/** What Teams knows of our app from its manifest. */
export interface TeamsAppDefinition {
  /** The manifest's `id`. */
  readonly id: string;
  readonly name: string;
  /** The manifest's `webApplicationInfo.id`: the Entra app whose tokens may notify. */
  readonly entraAppId: string;
  /** The manifest's `activities.activityTypes`. */
  readonly activityTypes: readonly {
    readonly type: string;
    readonly description: string;
    readonly templateText: string;
  }[];
  /**
   * The manifest's language files: by language tag (lower case), each activity type's translated
   * `templateText`, which Teams shows a reader whose Teams language matches.
   */
  readonly localizedTemplateTexts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface DeliveredActivity {
  readonly id: string;
  readonly recipientId: string;
  readonly activityType: string;
  /** The notification's title line: the template with its parameters and the actor filled in. */
  readonly text: string;
  /** The title line in each language the app's manifest translates, by language tag. */
  readonly localizedText?: Readonly<Record<string, string>>;
  readonly previewText: string;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl?: string };
  readonly actor: {
    readonly kind: 'user' | 'app';
    readonly id: string;
    readonly displayName: string;
  };
  readonly chainId?: number;
  readonly createdDateTime: string;
}

export class ActivityFeed {
  private readonly delivered: DeliveredActivity[] = [];
  /** Who has the app installed; undefined means everyone (as after an org-wide install). */
  private installedFor: ReadonlySet<string> | undefined;

  constructor(readonly app: TeamsAppDefinition | undefined) {}

  setInstallations(userIds: readonly string[] | null): void {
    this.installedFor = userIds ? new Set(userIds.map((id) => id.toLowerCase())) : undefined;
  }

  installations(): readonly string[] | null {
    return this.installedFor ? [...this.installedFor] : null;
  }

  isInstalledFor(userId: string): boolean {
    return !this.installedFor || this.installedFor.has(userId.toLowerCase());
  }

  /** A notification with a `chainId` already in the recipient's feed replaces that one. */
  deliver(activity: DeliveredActivity): void {
    const replaced = this.delivered.findIndex(
      (previous) =>
        activity.chainId !== undefined &&
        previous.chainId === activity.chainId &&
        previous.recipientId === activity.recipientId,
    );
    if (replaced >= 0) this.delivered.splice(replaced, 1);
    this.delivered.push(activity);
  }

  /** The recipient's feed, newest first; everyone's when no recipient is named. */
  feed(recipientId?: string): readonly DeliveredActivity[] {
    const key = recipientId?.toLowerCase();
    return this.delivered
      .filter((activity) => key === undefined || activity.recipientId.toLowerCase() === key)
      .reverse();
  }

  clear(): void {
    this.delivered.length = 0;
  }
}

/** The user a path names by id or userPrincipalName, if the directory has one. */
export function findUser(context: HandlerContext, idOrUpn: string): EmulatedUser | undefined {
  const key = idOrUpn.toLowerCase();
  return context.env
    .users()
    .find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
}

const activityParameters = new Set([
  'topic',
  'activityType',
  'chainId',
  'previewText',
  'templateParameters',
  'teamsAppId',
]);

/**
 * `POST /users/{id}/teamwork/sendActivityNotification`, validated as the docs describe: the
 * activity type is declared in the app's manifest (or is `systemDefault`), every template
 * parameter is given, a `text` topic has a `webUrl` on Teams' domain, the app is installed for the
 * recipient, and a user cannot notify themselves. 204 on success.
 * https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
 * https://learn.microsoft.com/graph/teams-send-activityfeednotifications (requirements, FAQ)
 */
export function sendActivityNotification(context: HandlerContext, idOrUpn: string): GraphResponse {
  assertTeamsPermission(context.caller);
  const recipient = findUser(context, idOrUpn);
  // Teams' own 404 for a user it does not know, not the directory's: the wording its teamwork
  // endpoints answer (reported in microsoftgraph/msgraph-sdk-java#1445, for
  // POST /users/{id}/teamwork/installedApps).
  if (!recipient) throw new GraphHttpError(404, 'NotFound', `User Id '${idOrUpn}' not found.`);
  const app = context.env.activityFeed.app;
  const body = context.request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidRequest('The request body must be a JSON object.');
  // An OData action takes only its declared parameters: a team's or chat's `recipient` is not one
  // of this action's (https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification#request-body).
  const unknown = Object.keys(body).find((name) => !activityParameters.has(name));
  if (unknown !== undefined)
    throw new GraphHttpError(
      400,
      'BadRequest',
      `The parameter '${unknown}' in the request payload is not a valid parameter for the operation 'sendActivityNotification'.`,
    );
  const { topic, activityType, previewText, templateParameters, chainId } = body as Record<
    string,
    unknown
  >;

  if (typeof topic !== 'object' || topic === null)
    throw invalidRequest("The 'topic' property is required.");
  const { source, value, webUrl } = topic as Record<string, unknown>;
  if (source !== 'text' && source !== 'entityUrl')
    throw invalidRequest("The topic's 'source' must be 'text' or 'entityUrl'.");
  if (typeof value !== 'string' || !value) throw invalidRequest("The topic's 'value' is required.");
  if (source === 'text' && (typeof webUrl !== 'string' || !webUrl))
    throw invalidRequest("'webUrl' is required when the topic's source is 'text'.");
  if (source === 'text' && !isTeamsLink(webUrl as string))
    throw invalidRequest(
      `The topic's webUrl '${String(webUrl)}' is not a Microsoft Teams link: it must start with the Teams domain, such as https://teams.microsoft.com/l/….`,
    );
  if (source === 'entityUrl' && !isSupportedEntityUrl(value, recipient))
    throw invalidRequest(
      `The topic's entityUrl '${value}' is not a supported resource: use the recipient's teamsAppInstallation (…/users/{id}/teamwork/installedApps/{id}) or a teamsCatalogApp.`,
    );

  if (typeof activityType !== 'string' || !activityType)
    throw invalidRequest("The 'activityType' property is required.");
  const declared = app?.activityTypes.find((candidate) => candidate.type === activityType);
  const template =
    activityType === 'systemDefault' ? '{systemDefaultText}' : declared?.templateText;
  if (template === undefined)
    throw invalidRequest(
      `Activity type '${activityType}' is not declared in the app manifest's activities.activityTypes.`,
    );

  if (
    previewText !== undefined &&
    (typeof previewText !== 'object' ||
      previewText === null ||
      typeof (previewText as Record<string, unknown>).content !== 'string')
  )
    throw invalidRequest("'previewText' must be an itemBody with a 'content' string.");

  const parameters = new Map<string, string>();
  if (templateParameters !== undefined) {
    if (!Array.isArray(templateParameters))
      throw invalidRequest("'templateParameters' must be a collection of keyValuePair.");
    for (const pair of templateParameters as unknown[]) {
      const { name, value: parameterValue } = (pair ?? {}) as Record<string, unknown>;
      if (typeof name !== 'string' || typeof parameterValue !== 'string')
        throw invalidRequest("Each template parameter needs a 'name' and a string 'value'.");
      parameters.set(name, parameterValue);
    }
  }
  const missing = [...template.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] as string)
    .filter((name) => name !== 'actor' && !parameters.has(name));
  if (missing.length > 0)
    throw invalidRequest(
      `Template parameter(s) ${missing.map((name) => `'${name}'`).join(', ')} of activity type '${activityType}' are missing.`,
    );
  if (chainId !== undefined && !Number.isSafeInteger(chainId))
    throw invalidRequest("'chainId' must be an Int64.");

  const caller = context.caller;
  if (caller.kind === 'user' && caller.oid.toLowerCase() === recipient.id.toLowerCase())
    throw invalidRequest(
      'A user cannot send an activity notification to themselves; use application permissions.',
    );
  const callerApp = caller.kind === 'app' ? caller.oid : app?.entraAppId;
  // The wording Graph uses when the recipient lacks the app (reported in
  // OfficeDev/microsoft-365-agents-toolkit#6067).
  if (
    !app ||
    callerApp !== app.entraAppId ||
    !context.env.activityFeed.isInstalledFor(recipient.id)
  )
    throw new GraphHttpError(
      403,
      'Forbidden',
      `Application with AAD App Id '${callerApp ?? 'unknown'}' is not authorized to generate custom text notifications about '${value}' to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).`,
    );

  const actor =
    caller.kind === 'app'
      ? { kind: 'app' as const, id: app.id, displayName: app.name }
      : { kind: 'user' as const, id: context.user.id, displayName: context.user.displayName };
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) =>
      name === 'actor' ? actor.displayName : (parameters.get(name) ?? ''),
    );
  const localizedText = Object.fromEntries(
    Object.entries(app.localizedTemplateTexts ?? {}).flatMap(([language, texts]) =>
      texts[activityType] === undefined ? [] : [[language, fill(texts[activityType])]],
    ),
  );
  context.env.activityFeed.deliver({
    id: randomUUID(),
    recipientId: recipient.id,
    activityType,
    text: fill(template),
    ...(Object.keys(localizedText).length > 0 ? { localizedText } : {}),
    previewText: ((previewText as { content?: string } | undefined)?.content ?? '').slice(0, 150),
    topic: { source, value, ...(typeof webUrl === 'string' ? { webUrl } : {}) },
    actor,
    ...(chainId === undefined ? {} : { chainId: chainId as number }),
    createdDateTime: new Date().toISOString(),
  });
  return noContent();
}

/**
 * Teams' own 403 for a token without the permission (Delegated: TeamsActivity.Send; Application:
 * TeamsActivity.Send.User or TeamsActivity.Send, on the API's page), naming what the API requires
 * and what the token holds, in the words quoted in OfficeDev/microsoft-teams-library-js#2256 and
 * MicrosoftDocs/msteams-docs#14043 (code `Forbidden`).
 */
function assertTeamsPermission(caller: Caller): void {
  if (isAuthorized(caller, 'teamsActivity.send')) return;
  const held = [...caller.scopes].join(', ');
  throw new GraphHttpError(
    403,
    'Forbidden',
    caller.kind === 'app'
      ? `Missing role permissions on the request. API requires one of 'TeamsActivity.Send, TeamsActivity.Send.User'. Roles on the request '${held}'. Resource specific consent grants on the request ''.`
      : `Missing scope permissions on the request. API requires one of 'TeamsActivity.Send'. Scopes on the request '${held}'.`,
  );
}

/**
 * "`webUrl` must start with the Microsoft Teams domain (teams.microsoft.com, for example)"
 * (https://learn.microsoft.com/graph/teams-send-activityfeednotifications, Example 3): Teams'
 * hosts in the commercial, consumer and government clouds.
 */
const teamsHosts = [
  'teams.microsoft.com',
  'teams.cloud.microsoft',
  'teams.live.com',
  'teams.microsoft.us',
  'gov.teams.microsoft.us',
  'dod.teams.microsoft.us',
];

function isTeamsLink(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && teamsHosts.includes(hostname.toLowerCase());
  } catch {
    return false;
  }
}

function isSupportedEntityUrl(url: string, recipient: EmulatedUser): boolean {
  const match = /\/users\/([^/]+)\/teamwork\/installedApps\/[^/]+$/.exec(url);
  if (match)
    return decodeURIComponent(match[1] as string).toLowerCase() === recipient.id.toLowerCase();
  return /\/appCatalogs\/teamsApps\/[^/]+$/.test(url);
}
