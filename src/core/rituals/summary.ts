import { formatMessage, type MessageParams } from '../i18n';
import type { RoundControl, RoundOutcome, SkippedKeyResult } from './round';

/** What a finished (or stopped) round came to, for the facilitator to share with the meeting. */
export interface RoundSummary {
  readonly saved: readonly RoundOutcome[];
  readonly skipped: readonly SkippedKeyResult[];
  /** KRs not reached: neither saved nor skipped. */
  readonly notReviewed: readonly string[];
  /** Mean change of confidence over the saved KRs that had one before; one decimal. */
  readonly averageConfidenceChange: number | undefined;
  /** The discussion prompts shown for the saved KRs, each once, with the KRs it was shown for. */
  readonly prompts: readonly DiscussedPrompt[];
}

/**
 * A prompt as the room discussed it. Its text need not name its KR ("The team's confidence (5) is
 * below the owner's (7)…"), so the KRs go with it.
 */
export interface DiscussedPrompt {
  readonly text: string;
  readonly keyResultIds: readonly string[];
}

function discussedPrompts(saved: readonly RoundOutcome[]): DiscussedPrompt[] {
  const byText = new Map<string, string[]>();
  for (const { prompt, keyResultId } of saved) {
    if (prompt === undefined) continue;
    byText.set(prompt, [...(byText.get(prompt) ?? []), keyResultId]);
  }
  return [...byText].map(([text, keyResultIds]) => ({ text, keyResultIds }));
}

export function roundSummary(control: RoundControl): RoundSummary {
  const saved = control.keyResultIds.flatMap((id) => control.outcomes[id] ?? []);
  const skipped = control.keyResultIds.flatMap((id) => control.skipped[id] ?? []);
  const changes = saved.flatMap((outcome) =>
    outcome.previousConfidence === undefined
      ? []
      : [outcome.confidence - outcome.previousConfidence],
  );
  const averageConfidenceChange = changes.length
    ? Math.round((changes.reduce((sum, change) => sum + change, 0) / changes.length) * 10) / 10
    : undefined;
  return {
    saved,
    skipped,
    notReviewed: control.keyResultIds.filter((id) => !control.outcomes[id] && !control.skipped[id]),
    averageConfidenceChange,
    prompts: discussedPrompts(saved),
  };
}

/**
 * The summary as plain text for the meeting chat. KR titles are the users' text: it stays plain
 * text (the chat shows it as typed), never markup.
 */
export interface SummaryNames {
  readonly titleOf: (keyResultId: string) => string;
  /** A value in its KR's terms (`3,300 users`, `Done`). */
  readonly valueOf: (keyResultId: string, value: number) => string;
}

/** A change of confidence with its sign always shown, minus as U+2212: `+1.5`, `−0.5`, `±0`. */
export function formatConfidenceChange(change: number): string {
  return `${change > 0 ? '+' : change < 0 ? '\u2212' : '±'}${Math.abs(change)}`;
}

/**
 * What the round's summary says, in English: the chat text's lines and the stage's list of them.
 * A page in another language says them again with its own words (`summaryText`'s `say`).
 */
export type SummaryLine =
  | 'OKR check-in round'
  | '{saved} saved, {skipped} skipped'
  | ', {count} not reviewed'
  | '; average confidence change {change}'
  | 'Saved: {title}: {value}, confidence {confidence}'
  | ' (was {confidence})'
  | '; corrected from {value}, confidence {confidence}'
  | 'Skipped: {title}: {reason}'
  | 'Not reviewed: {title}'
  | 'Discussed:';

export type SaySummary = (line: SummaryLine, params?: MessageParams) => string;

const inEnglish: SaySummary = (line, params) => formatMessage(line, params);

export function summaryText(
  summary: RoundSummary,
  { titleOf, valueOf }: SummaryNames,
  say: SaySummary = inEnglish,
): string {
  const lines = [say('OKR check-in round')];
  const change = summary.averageConfidenceChange;
  lines.push(
    say('{saved} saved, {skipped} skipped', {
      saved: summary.saved.length,
      skipped: summary.skipped.length,
    }) +
      (summary.notReviewed.length
        ? say(', {count} not reviewed', { count: summary.notReviewed.length })
        : '') +
      (change === undefined
        ? ''
        : say('; average confidence change {change}', { change: formatConfidenceChange(change) })) +
      '.',
  );
  for (const outcome of summary.saved) {
    const from =
      outcome.previousConfidence === undefined
        ? ''
        : say(' (was {confidence})', { confidence: outcome.previousConfidence });
    const corrected = outcome.corrects
      ? say('; corrected from {value}, confidence {confidence}', {
          value: valueOf(outcome.keyResultId, outcome.corrects.value),
          confidence: outcome.corrects.confidence,
        })
      : '';
    const saved = say('Saved: {title}: {value}, confidence {confidence}', {
      title: titleOf(outcome.keyResultId),
      value: valueOf(outcome.keyResultId, outcome.value),
      confidence: outcome.confidence,
    });
    lines.push(`- ${saved}${from}${corrected}`);
  }
  for (const skipped of summary.skipped) {
    const line = say('Skipped: {title}: {reason}', {
      title: titleOf(skipped.keyResultId),
      reason: skipped.reason,
    });
    lines.push(`- ${line}`);
  }
  for (const id of summary.notReviewed) {
    lines.push(`- ${say('Not reviewed: {title}', { title: titleOf(id) })}`);
  }
  if (summary.prompts.length) {
    lines.push(say('Discussed:'));
    for (const prompt of summary.prompts) {
      lines.push(`- ${prompt.keyResultIds.map(titleOf).join('; ')}: ${prompt.text}`);
    }
  }
  return lines.join('\n');
}
