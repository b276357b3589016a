import { debuglog } from 'node:util';
import { demoAppClientId, emulatorAppToken } from './graph-emulator';
import { isLoopbackOrigin } from '../host/config';
import { defaultPersonalTabEntityId, placeholderTeamsAppId } from '../host/config';
import {
  runReminderPass,
  type ReminderJobLog,
  type ReminderPassReport,
} from '../jobs/reminders/run-pass';
import { GraphOkrRepository, type TokenSource } from '../store';

/**
 * The reminders job on the local stack: the same pass the Azure Function runs, against the
 * emulator with the demo app's own token, on a faster clock (`npm start`: every 30 seconds).
 */
export interface LocalReminderOptions {
  readonly graphBaseUrl: string;
  readonly site: string;
  /** A token for a real tenant; without one, only a loopback emulator is accepted. */
  readonly token?: string;
  readonly teamsAppId?: string;
  readonly defaultTimeZone?: string;
}

export function reminderRepository(options: LocalReminderOptions): GraphOkrRepository {
  let tokens: TokenSource;
  if (options.token) {
    const token = options.token;
    tokens = { getToken: async () => token };
  } else {
    if (!isLoopbackOrigin(new URL(options.graphBaseUrl).origin))
      throw new Error(
        `Set GRAPH_TOKEN to run the reminders against ${options.graphBaseUrl}: the demo app's token is for the local emulator only.`,
      );
    const token = emulatorAppToken(demoAppClientId, [
      'Sites.Selected',
      'TeamsActivity.Send',
      'MailboxSettings.Read',
    ]);
    tokens = { getToken: async () => token };
  }
  return new GraphOkrRepository({ graphBaseUrl: options.graphBaseUrl, site: options.site, tokens });
}

export function runLocalReminderPass(
  options: LocalReminderOptions,
  now: string,
  log: ReminderJobLog,
): Promise<ReminderPassReport> {
  return runReminderPass({
    repository: reminderRepository(options),
    config: {
      teamsAppId: options.teamsAppId ?? placeholderTeamsAppId,
      personalTabEntityId: defaultPersonalTabEntityId,
      defaultTimeZone: options.defaultTimeZone ?? 'UTC',
    },
    now,
    log,
  });
}

/**
 * The jobs' log on the console; each skipped reminder shows with NODE_DEBUG=reminders
 * (https://nodejs.org/api/util.html#utildebuglogsection-callback).
 */
export const consoleReminderLog: ReminderJobLog = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  debug: debuglog('reminders'),
};

/**
 * Runs a pass now and then every `everyMs` until stopped; a failed pass is logged, not fatal.
 * A pass says what it did in one line, and only when there is news: something sent or failed,
 * or other reminders skipped than the pass before (a KR without an owner is said once, not
 * every pass), or another reason why no check-in reminder can be due (no active cycle, once).
 */
export function startReminderClock(
  options: LocalReminderOptions & { readonly everyMs: number },
  log: ReminderJobLog,
): { close(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let skippedBefore = '';
  let idleBefore = '';
  const tick = () => {
    running = runLocalReminderPass(options, new Date().toISOString(), log)
      .then((report) => {
        const skipped = report.skippedWhy;
        const idle = report.idleWhy;
        if (
          report.sent.length > 0 ||
          report.failed.length > 0 ||
          skipped !== skippedBefore ||
          idle !== idleBefore
        ) {
          log.info(
            `reminders: ${report.sent.length} sent, ${report.failed.length} failed` +
              (skipped ? `, skipped ${skipped}` : '') +
              (idle ? `; no check-in reminders: ${idle}` : ''),
          );
        }
        skippedBefore = skipped;
        idleBefore = idle;
      })
      .catch((error: unknown) =>
        log.warn(
          `reminders: pass failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  };
  tick();
  const timer = setInterval(tick, options.everyMs);
  return {
    close: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
