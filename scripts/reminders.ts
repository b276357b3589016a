/**
 * The reminders job from a terminal: one pass (`--once`), or a pass every `--every` seconds.
 *
 *   npm run reminders -- --once
 *   npm run reminders -- --once --now 2026-11-30T09:00:00Z
 *   npm run reminders -- --graph https://graph.microsoft.com/v1.0 --site contoso.sharepoint.com:/sites/okr --once
 *
 * Against a real tenant the token comes from GRAPH_TOKEN (app-only, with TeamsActivity.Send,
 * MailboxSettings.Read and Sites.Selected on the OKR site) and TEAMS_APP_ID names the app. Against
 * the loopback emulator without GRAPH_TOKEN, the demo app's own token is used.
 */
import { parseArgs } from 'node:util';
import { isIsoDateTime } from '../src/core/dates';
import {
  consoleReminderLog,
  runLocalReminderPass,
  startReminderClock,
} from '../src/dev/reminders-clock';
import { defaultGraph, defaultSite } from './provision-lists';

const usage =
  'Usage: npm run reminders -- [--once] [--now ISO-INSTANT] [--every SECONDS] [--graph URL] [--site SITE] [--time-zone IANA]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      once: { type: 'boolean', default: false },
      now: { type: 'string' },
      every: { type: 'string', default: '900' },
      graph: { type: 'string', default: defaultGraph },
      site: { type: 'string', default: defaultSite },
      'time-zone': { type: 'string', default: process.env.OKR_DEFAULT_TIME_ZONE ?? 'UTC' },
    },
  });
  if (values.now !== undefined && !isIsoDateTime(values.now))
    throw new Error(
      `--now must be an ISO instant such as 2026-11-30T09:00:00Z, not "${values.now}". ${usage}`,
    );
  if (values.now !== undefined && !values.once)
    throw new Error(`--now goes with --once: a repeating run uses the clock. ${usage}`);
  const every = Number(values.every);
  if (!Number.isFinite(every) || every < 5)
    throw new Error(
      `--every must be a number of seconds, 5 or more, not "${values.every}". ${usage}`,
    );
  const options = {
    graphBaseUrl: values.graph!,
    site: values.site!,
    defaultTimeZone: values['time-zone']!,
    ...(process.env.GRAPH_TOKEN ? { token: process.env.GRAPH_TOKEN } : {}),
    ...(process.env.TEAMS_APP_ID ? { teamsAppId: process.env.TEAMS_APP_ID } : {}),
  };
  if (values.once) {
    const report = await runLocalReminderPass(
      options,
      values.now ?? new Date().toISOString(),
      consoleReminderLog,
    );
    console.log(JSON.stringify(report, null, 2));
    if (report.failed.length > 0) process.exitCode = 1;
    return;
  }
  const clock = startReminderClock({ ...options, everyMs: every * 1000 }, consoleReminderLog);
  const stop = () => void clock.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
