import { isKnownTimeZone } from '../../core/rhythm';

/**
 * The job's settings, from the Function App's application settings (environment variables).
 * Every problem is named with what would be accepted, and the job does not start half-set.
 */
export interface ReminderJobSettings {
  /** `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  /** The OKR site as Graph addresses it: `contoso.sharepoint.com:/sites/okr` or a site id. */
  readonly site: string;
  readonly teamsAppId: string;
  readonly personalTabEntityId: string;
  readonly defaultTimeZone: string;
  readonly language: string;
}

export const reminderLanguages = ['en', 'de', 'fr', 'es'] as const;

export function readReminderJobSettings(
  env: Readonly<Record<string, string | undefined>>,
): ReminderJobSettings {
  const problems: string[] = [];
  const value = (name: string, fallback?: string) => {
    const text = env[name]?.trim() || fallback;
    if (!text) problems.push(`${name} is not set.`);
    return text ?? '';
  };
  const graphBaseUrl = value('OKR_GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0');
  if (graphBaseUrl && !/^https?:\/\/[^/]+\/v1\.0\/?$/.test(graphBaseUrl))
    problems.push(
      `OKR_GRAPH_BASE_URL must be a Graph root such as https://graph.microsoft.com/v1.0, not "${graphBaseUrl}".`,
    );
  const site = value('OKR_SITE');
  const teamsAppId = value('TEAMS_APP_ID');
  const defaultTimeZone = value('OKR_DEFAULT_TIME_ZONE', 'UTC');
  if (!isKnownTimeZone(defaultTimeZone))
    problems.push(
      `OKR_DEFAULT_TIME_ZONE must be an IANA time zone such as Europe/Berlin, not "${defaultTimeZone}".`,
    );
  const language = value('OKR_LANGUAGE', 'en').toLowerCase();
  if (!(reminderLanguages as readonly string[]).includes(language))
    problems.push(
      `OKR_LANGUAGE must be one of ${reminderLanguages.join(', ')} (the language of the notifications' preview text), not "${language}".`,
    );
  if (problems.length > 0)
    throw new Error(`The reminders job is not configured: ${problems.join(' ')}`);
  return {
    graphBaseUrl: graphBaseUrl.replace(/\/$/, ''),
    site,
    teamsAppId,
    personalTabEntityId: env.OKR_PERSONAL_TAB_ENTITY_ID?.trim() || 'myOkrs',
    defaultTimeZone,
    language,
  };
}
