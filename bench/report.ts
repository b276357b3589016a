/**
 * What the bench measured, and how it is printed: a plain-text table for a terminal, one JSON
 * document for machines (`--json`), and Markdown for the README (`--markdown`). Pure: no I/O.
 */
import type { Machine } from './machine';

export type FigureValue = number | string | null;

/** One printed figure: a number (or a word, e.g. "n/a") with its unit. */
export interface Figure {
  readonly label: string;
  readonly value: FigureValue;
  readonly unit: string;
  readonly note?: string;
}

/** A yes/no statement about the figures, e.g. "board round trips are the same at every size". */
export interface Check {
  readonly label: string;
  readonly holds: boolean;
  readonly detail?: string;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly figures: readonly Figure[];
  readonly checks: readonly Check[];
  /** The raw measurements behind the figures, for `--json`. */
  readonly data?: unknown;
  /** Why the section could not be measured (it failed). */
  readonly error?: string;
  /** Why the section was not measured on purpose (e.g. the feature is not built yet). */
  readonly unavailable?: string;
}

export interface BenchReport {
  readonly startedAt: string;
  readonly seconds: number;
  readonly machine: Machine;
  readonly sections: readonly Section[];
}

export function section(
  id: string,
  title: string,
  parts: { figures?: readonly Figure[]; checks?: readonly Check[]; data?: unknown } = {},
): Section {
  return { id, title, figures: parts.figures ?? [], checks: parts.checks ?? [], data: parts.data };
}

/** Thousands separators for whole numbers; three significant figures, at most, otherwise. */
export function formatValue(value: FigureValue): string {
  if (value === null) return 'n/a';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
}

/** `1 request`, `2,000 requests`. */
export function counting(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : plural}`;
}

export function describeMachine(machine: Machine): string {
  return [
    machine.cpu,
    `${machine.cores} ${machine.cores === 1 ? 'core' : 'cores'}`,
    `${formatValue(machine.memoryGiB)} GiB RAM (${formatValue(machine.availableMemoryGiB)} GiB free)`,
    `Node ${machine.node}`,
    machine.os,
    `load average ${formatValue(machine.loadAverage)} at the start`,
  ].join(', ');
}

function checkLine(check: Check): string {
  return `${check.holds ? 'yes' : 'NO '}  ${check.label}${check.detail ? ` (${check.detail})` : ''}`;
}

/** A fixed-width text table per section: figure, value (right-aligned), unit, note. */
export function formatTable(report: BenchReport): string {
  const lines = [
    `OKR Coach benchmarks, ${report.startedAt} (${formatValue(report.seconds)} s)`,
    describeMachine(report.machine),
  ];
  for (const s of report.sections) {
    lines.push('', s.title);
    if (s.error) lines.push(`  error: ${s.error}`);
    if (s.unavailable) lines.push(`  n/a (${s.unavailable})`);
    const labelWidth = Math.max(0, ...s.figures.map((f) => f.label.length));
    const valueWidth = Math.max(0, ...s.figures.map((f) => formatValue(f.value).length));
    const unitWidth = Math.max(0, ...s.figures.map((f) => f.unit.length));
    for (const f of s.figures) {
      const row = [
        f.label.padEnd(labelWidth),
        formatValue(f.value).padStart(valueWidth),
        f.note ? f.unit.padEnd(unitWidth) : f.unit,
      ];
      if (f.note) row.push(f.note);
      lines.push(`  ${row.join('  ')}`.trimEnd());
    }
    for (const check of s.checks) lines.push(`  ${checkLine(check)}`);
  }
  return lines.join('\n') + '\n';
}

/** The whole report as one JSON document. */
export function formatJson(report: BenchReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Markdown for the README's Performance section: one table per section, checks as a list. */
export function formatMarkdown(report: BenchReport): string {
  const lines = [
    `Measured ${report.startedAt.slice(0, 10)} with \`npm run bench\` (${formatValue(report.seconds)} s) on: ${describeMachine(report.machine)}.`,
  ];
  for (const s of report.sections) {
    lines.push('', `**${s.title}**`, '');
    if (s.error) lines.push(`Not measured: ${escapeCell(s.error)}`, '');
    if (s.unavailable) lines.push(`n/a (${escapeCell(s.unavailable)})`, '');
    if (s.figures.length > 0) {
      lines.push('| figure | value | unit | note |', '| --- | ---: | --- | --- |');
      for (const f of s.figures) {
        const cells = [f.label, formatValue(f.value), f.unit, f.note ?? ''].map(escapeCell);
        lines.push(`| ${cells.join(' | ')} |`);
      }
    }
    if (s.checks.length > 0) {
      if (s.figures.length > 0) lines.push('');
      for (const check of s.checks) {
        const detail = check.detail ? ` (${escapeCell(check.detail)})` : '';
        lines.push(`- ${check.holds ? '✅' : '❌'} ${escapeCell(check.label)}${detail}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
