/**
 * The task pane's one line about the sheet, worked out from the same summary as the banners
 * (the rows not sent until fixed, the conflicts) and the row states, so they never disagree:
 * it is green only when nothing in the sheet waits to be sent.
 */
import { paneWordsFor, type PaneWords } from '../pane-words';
import type { SendOutcome, SheetSummary } from './workbook-sync';

export interface SheetStatus {
  readonly intent: 'success' | 'info' | 'warning';
  readonly text: string;
  /**
   * What the last send did, said apart (as a success) while the sheet still has rows waiting:
   * inside the warning it read as one more thing that went wrong.
   */
  readonly done?: string;
}

/**
 * The Send button's words: how many changes it sends (edited, new and deleted rows), not
 * counting rows with a cell to fix first, which it would not send.
 */
export function sendLabel(summary: SheetSummary, words: PaneWords = paneWordsFor('en')): string {
  const changes = summary.pending + summary.deleted;
  return changes === 0 ? words.say('send.nothing') : words.count('send.changes', changes);
}

function joined(parts: readonly string[], words: PaneWords): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} ${words.say('status.and')} ${parts[parts.length - 1]}`;
}

export function sheetStatus(
  summary: SheetSummary,
  lastSend?: SendOutcome,
  words: PaneWords = paneWordsFor('en'),
): SheetStatus {
  const saved = [
    lastSend?.sent ? words.count('status.checkIns', lastSend.sent) : '',
    lastSend?.definitions ? words.count('status.krChanges', lastSend.definitions) : '',
  ].filter(Boolean);
  const done = [
    saved.length > 0 ? words.say('status.sent', { list: joined(saved, words) }) : '',
    lastSend?.created ? words.count('status.created', lastSend.created) : '',
    lastSend?.deleted ? words.count('status.deleted', lastSend.deleted) : '',
  ].filter(Boolean);
  const sent = done.length > 0 ? `${joined(done, words)}.` : '';
  const notSent = summary.pending + summary.toFix;
  const missing = summary.missingColumns.length;
  const refused = summary.withMessages.filter((row) => row.refused).length;
  const gone = summary.withMessages.filter((row) => row.gone).length;
  const waiting =
    notSent +
    refused +
    gone +
    summary.conflicts.length +
    summary.deleted +
    summary.readOnly.length +
    missing;
  if (waiting === 0) {
    return { intent: 'success', text: `${sent ? `${sent} ` : ''}${words.say('status.allSent')}` };
  }
  const failed = summary.withMessages.filter((row) => row.failed).length;
  const parts = [
    notSent > 0 ? words.count('status.notSent', notSent) : '',
    summary.toFix > 0 ? words.count('status.fixing', summary.toFix) : '',
    failed > 0 ? words.count('status.failed', failed) : '',
    refused > 0 ? words.count('status.refused', refused) : '',
    gone > 0 ? words.count('status.gone', gone) : '',
    summary.conflicts.length > 0 ? words.count('status.conflicts', summary.conflicts.length) : '',
    summary.deleted > 0 ? words.count('status.deletedRows', summary.deleted) : '',
    summary.readOnly.length > 0 ? words.count('status.typedOver', summary.readOnly.length) : '',
    missing > 0 ? words.count('status.missingColumns', missing) : '',
  ].filter(Boolean);
  const attention =
    summary.withMessages.length + summary.conflicts.length + summary.readOnly.length + missing;
  return {
    intent: attention > 0 ? 'warning' : 'info',
    text: `${parts.join(' · ')}.`,
    ...(sent ? { done: sent } : {}),
  };
}
