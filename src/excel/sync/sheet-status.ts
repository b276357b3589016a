/**
 * The task pane's one line about the sheet, worked out from the same summary as the banners
 * (the rows not sent until fixed, the conflicts) and the row states, so they never disagree:
 * it is green only when nothing in the sheet waits to be sent.
 */
import type { SendOutcome, SheetSummary } from './workbook-sync';

export interface SheetStatus {
  readonly intent: 'success' | 'info' | 'warning';
  readonly text: string;
}

export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The Send button's words: how many changes it sends (edited, new and deleted rows). */
export function sendLabel(summary: SheetSummary): string {
  const changes = summary.pending + summary.deleted;
  return changes === 0 ? 'Nothing to send' : `Send ${counted(changes, 'change', 'changes')}`;
}

function joined(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function sheetStatus(summary: SheetSummary, lastSend?: SendOutcome): SheetStatus {
  const saved = [
    lastSend?.sent ? counted(lastSend.sent, 'check-in', 'check-ins') : '',
    lastSend?.definitions ? counted(lastSend.definitions, 'KR change', 'KR changes') : '',
  ].filter(Boolean);
  const done = [
    saved.length > 0 ? `${joined(saved)} sent` : '',
    lastSend?.created ? `${counted(lastSend.created, 'KR', 'KRs')} created` : '',
    lastSend?.deleted ? `${counted(lastSend.deleted, 'KR', 'KRs')} deleted` : '',
  ].filter(Boolean);
  const sent = done.length > 0 ? `${joined(done)}. ` : '';
  const waiting =
    summary.pending + summary.conflicts.length + summary.deleted + summary.readOnly.length;
  if (waiting === 0) {
    return {
      intent: 'success',
      text: `${sent}Everything in the sheet is sent.`,
    };
  }
  const parts = [
    summary.pending > 0 ? `${counted(summary.pending, 'row', 'rows')} not sent yet` : '',
    summary.withMessages.length > 0
      ? `${counted(summary.withMessages.length, 'needs', 'need')} fixing first (see below)`
      : '',
    summary.conflicts.length > 0
      ? `${counted(summary.conflicts.length, 'conflict', 'conflicts')} to choose below`
      : '',
    summary.deleted > 0
      ? `${counted(summary.deleted, 'deleted row', 'deleted rows')} to confirm (Load brings ${summary.deleted === 1 ? 'it' : 'them'} back)`
      : '',
    summary.readOnly.length > 0
      ? `${counted(summary.readOnly.length, 'row has', 'rows have')} read-only cells typed over, not sent (see below)`
      : '',
  ].filter(Boolean);
  const attention =
    summary.withMessages.length + summary.conflicts.length + summary.readOnly.length;
  return {
    intent: attention > 0 ? 'warning' : 'info',
    text: `${sent}${parts.join(' · ')}.`,
  };
}
