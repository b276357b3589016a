/**
 * The Azure Functions entry (Node.js v4 programming model): a timer trigger every 15 minutes
 * runs one reminders pass with the Function App's managed identity, which holds the application
 * permissions TeamsActivity.Send and MailboxSettings.Read and `Sites.Selected` write on the OKR
 * site (README, "Reminders").
 * https://learn.microsoft.com/azure/azure-functions/functions-reference-node (v4 model)
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer
 */
import { app, type InvocationContext, type Timer } from '@azure/functions';
import { DefaultAzureCredential } from '@azure/identity';
import { GraphOkrRepository } from '../../store';
import { readReminderJobSettings } from './config';
import { runReminderPass } from './run-pass';

const graphDefaultScope = 'https://graph.microsoft.com/.default';

export async function remindersTimer(timer: Timer, context: InvocationContext): Promise<void> {
  const settings = readReminderJobSettings(process.env);
  const credential = new DefaultAzureCredential();
  const repository = new GraphOkrRepository({
    graphBaseUrl: settings.graphBaseUrl,
    site: settings.site,
    // App-only tokens carry the app's granted roles whatever scopes are asked for.
    tokens: {
      getToken: async () => {
        const token = await credential.getToken(graphDefaultScope);
        if (!token) throw new Error('The managed identity returned no token for Microsoft Graph.');
        return token.token;
      },
    },
  });
  const report = await runReminderPass({
    repository,
    config: settings,
    now: new Date().toISOString(),
    log: {
      info: (message) => context.log(message),
      warn: (message) => context.warn(message),
      debug: (message) => context.debug(message),
    },
  });
  context.log(
    `Reminders: ${report.sent.length} sent, ${report.failed.length} failed, ` +
      `${report.alreadyHandled} already handled, ${report.skipped} skipped` +
      (report.skippedWhy ? ` (${report.skippedWhy})` : '') +
      (report.idleWhy ? `; no check-in reminders: ${report.idleWhy}` : '') +
      (timer.isPastDue ? ' (the timer was past due)' : ''),
  );
  if (report.failed.length > 0 && report.sent.length === 0 && report.planned > 0)
    throw new Error(`Every notification failed: ${report.failed[0]!.reason}`);
}

app.timer('checkInReminders', { schedule: '0 */15 * * * *', handler: remindersTimer });
