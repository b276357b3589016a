/**
 * The log pane: every message between the simulator and the framed apps, newest last. Text is
 * written with `textContent` only: what an app sends is never markup.
 */
export type LogDirection = 'app→host' | 'host→app' | 'note';
export type LogKind = 'request' | 'response' | 'event' | 'unhandled' | 'rejected' | 'note';

export interface LogEntry {
  readonly frame: string;
  readonly direction: LogDirection;
  readonly kind: LogKind;
  readonly func: string;
  readonly args?: unknown;
}

const maxEntries = 1000;

export class MessageLog {
  private readonly started = performance.now();
  private filter = '';

  constructor(private readonly list: HTMLOListElement) {}

  record(entry: LogEntry): void {
    const item = document.createElement('li');
    item.dataset.frame = entry.frame;
    item.dataset.direction = entry.direction;
    item.dataset.kind = entry.kind;
    item.dataset.func = entry.func;
    const time = `+${Math.round(performance.now() - this.started)} ms`;
    const arrow = entry.direction === 'app→host' ? '→' : entry.direction === 'host→app' ? '←' : '•';
    const summary = document.createElement('span');
    summary.className = 'log-summary';
    summary.textContent = `${time} ${arrow} [${entry.frame}] ${entry.kind} ${entry.func}`;
    item.append(summary);
    if (entry.args !== undefined) {
      const json = safeJson(entry.args);
      const details = document.createElement('details');
      const preview = document.createElement('summary');
      preview.textContent = json.length > 90 ? json.slice(0, 90) + '…' : json;
      const full = document.createElement('pre');
      full.textContent = JSON.stringify(entry.args, null, 2) ?? json;
      details.append(preview, full);
      item.append(details);
    }
    item.hidden = !this.matches(item);
    this.list.append(item);
    while (this.list.childElementCount > maxEntries) this.list.firstElementChild?.remove();
    if (!item.hidden) item.scrollIntoView({ block: 'nearest' });
  }

  setFilter(text: string): void {
    this.filter = text.trim().toLowerCase();
    for (const item of Array.from(this.list.children) as HTMLElement[])
      item.hidden = !this.matches(item);
  }

  clear(): void {
    this.list.replaceChildren();
  }

  private matches(item: HTMLElement): boolean {
    return !this.filter || (item.textContent ?? '').toLowerCase().includes(this.filter);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
