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

export function summaryText(summary: RoundSummary, { titleOf, valueOf }: SummaryNames): string {
  const lines = ['OKR check-in round'];
  const change = summary.averageConfidenceChange;
  lines.push(
    `${summary.saved.length} saved, ${summary.skipped.length} skipped` +
      (summary.notReviewed.length ? `, ${summary.notReviewed.length} not reviewed` : '') +
      (change === undefined
        ? '.'
        : `; average confidence change ${formatConfidenceChange(change)}.`),
  );
  for (const outcome of summary.saved) {
    const from =
      outcome.previousConfidence === undefined ? '' : ` (was ${outcome.previousConfidence})`;
    const corrected = outcome.corrects
      ? `; corrected from ${valueOf(outcome.keyResultId, outcome.corrects.value)}, confidence ${outcome.corrects.confidence}`
      : '';
    lines.push(
      `- Saved: ${titleOf(outcome.keyResultId)}: ${valueOf(outcome.keyResultId, outcome.value)}, confidence ${outcome.confidence}${from}${corrected}`,
    );
  }
  for (const skipped of summary.skipped) {
    lines.push(`- Skipped: ${titleOf(skipped.keyResultId)}: ${skipped.reason}`);
  }
  for (const id of summary.notReviewed) lines.push(`- Not reviewed: ${titleOf(id)}`);
  if (summary.prompts.length) {
    lines.push('Discussed:');
    for (const prompt of summary.prompts) {
      lines.push(`- ${prompt.keyResultIds.map(titleOf).join('; ')}: ${prompt.text}`);
    }
  }
  return lines.join('\n');
}
