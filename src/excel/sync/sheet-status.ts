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

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function sheetStatus(summary: SheetSummary, lastSend?: SendOutcome): SheetStatus {
  const saved = [
    lastSend?.sent ? counted(lastSend.sent, 'check-in', 'check-ins') : '',
    lastSend?.definitions ? counted(lastSend.definitions, 'KR change', 'KR changes') : '',
  ].filter(Boolean);
  const sent = saved.length > 0 ? `${saved.join(' and ')} sent. ` : '';
  const waiting = summary.pending + summary.conflicts.length;
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
  ].filter(Boolean);
  return {
    intent: summary.withMessages.length + summary.conflicts.length > 0 ? 'warning' : 'info',
    text: `${sent}${parts.join(' · ')}.`,
  };
}
