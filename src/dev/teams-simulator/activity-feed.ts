import type { DeliveredActivity } from '../graph-emulator/teamwork';
import { stackSecretHeader } from '../stack-env';

/**
 * The selected user's Teams activity feed, as the Graph emulator recorded it from
 * `sendActivityNotification`: newest first, each with its title line, preview and time. Opening
 * one follows its link the way Teams does: a link to our app opens the app's tab with the link's
 * `subEntityId`; anything else is only noted.
 */
export interface ActivityFeedView {
  refresh(): Promise<void>;
  stop(): void;
}

export interface ActivityFeedOptions {
  /** The emulator's origin, e.g. `http://127.0.0.1:5301`. */
  readonly emulatorOrigin: string;
  /** The local stack's secret, which the emulator's control API wants. */
  readonly stackSecret: string;
  readonly userId: string;
  /** The simulated Teams language (`de-de`): the title lines are shown in it, as Teams does. */
  readonly locale: string;
  /** The simulated tenant, for a Graph endpoint that serves several (the tests' gateway). */
  readonly tenantId: string;
  readonly list: HTMLOListElement;
  readonly status: HTMLElement;
  /** Opens a link of an activity; returns false when it is not a link into the app. */
  readonly open: (webUrl: string) => boolean;
  readonly pollMs?: number;
}

export function showActivityFeed(options: ActivityFeedOptions): ActivityFeedView {
  let shownIds = '';
  const refresh = async () => {
    let feed: DeliveredActivity[];
    try {
      const response = await fetch(
        `${options.emulatorOrigin}/_emulator/activity/${encodeURIComponent(options.userId)}` +
          `?tenant=${encodeURIComponent(options.tenantId)}`,
        { headers: { [stackSecretHeader]: options.stackSecret } },
      );
      if (!response.ok) throw new Error(`the emulator answered ${response.status}`);
      feed = (await response.json()) as DeliveredActivity[];
    } catch (error) {
      options.status.textContent = `Feed unavailable: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    options.status.textContent = feed.length === 0 ? 'Nothing yet' : `${feed.length}`;
    const ids = feed.map((activity) => `${activity.id}`).join(',');
    if (ids === shownIds) return;
    shownIds = ids;
    options.list.replaceChildren(...feed.map((activity) => item(activity, options)));
  };
  const timer = setInterval(() => void refresh(), options.pollMs ?? 3000);
  void refresh();
  return { refresh, stop: () => clearInterval(timer) };
}

function item(activity: DeliveredActivity, options: ActivityFeedOptions): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.activityType = activity.activityType;
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = activityTextIn(activity, options.locale);
  const preview = document.createElement('span');
  preview.className = 'preview';
  preview.textContent = activity.previewText;
  const time = document.createElement('time');
  time.dateTime = activity.createdDateTime;
  time.textContent = new Date(activity.createdDateTime).toLocaleString();
  button.append(title, preview, time);
  button.addEventListener('click', () => {
    const url = activity.topic.webUrl;
    if (!url || !options.open(url))
      options.status.textContent = `Teams would open ${url ?? activity.topic.value} outside the app.`;
  });
  li.append(button);
  return li;
}

/**
 * The title line Teams shows a reader in `locale` (`de-de`): the language file for the exact tag,
 * else for its language (`de`), else the manifest's own text, as Teams falls back.
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-localization
 */
export function activityTextIn(activity: DeliveredActivity, locale: string): string {
  const tag = locale.toLowerCase();
  return (
    activity.localizedText?.[tag] ?? activity.localizedText?.[tag.split('-')[0]!] ?? activity.text
  );
}
