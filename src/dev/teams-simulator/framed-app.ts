import type { pages } from '@microsoft/teams-js';
import type { FrameScope } from './legacy-context';
import type { MessageLog } from './message-log';
import { responseTo, type HostEvent, type TeamsRequest } from './protocol';
import type { Participant } from './settings';

/**
 * One app page framed by the simulator: its iframe, the scope it runs in (which becomes its
 * Teams context), and what it has told the host so far. The card around it shows that state.
 */
export type FrameStatus =
  'loading' | 'initialized' | 'loaded' | 'ready' | 'failed' | 'expectedFailure';

export interface FramedAppOptions {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  readonly scope: FrameScope;
  readonly participant?: Participant;
  readonly appOrigin: string;
}

export class FramedApp {
  readonly id: string;
  readonly label: string;
  readonly participant?: Participant;
  readonly iframe: HTMLIFrameElement;
  readonly card: HTMLElement;
  readonly registeredHandlers = new Set<string>();
  scope: FrameScope;
  status: FrameStatus = 'loading';
  /** What the configuration page asked Teams to save (`settings.setSettings`). */
  pendingConfig?: pages.InstanceConfig;
  private readonly appOrigin: string;
  private openedAt = performance.now();
  private readonly statusBadge: HTMLElement;
  private readonly problem: HTMLElement;
  private readonly saveButton: HTMLButtonElement;

  constructor(
    options: FramedAppOptions,
    private readonly log: MessageLog,
    onSave: (frame: FramedApp) => void,
  ) {
    this.id = options.id;
    this.label = options.label;
    this.scope = options.scope;
    this.appOrigin = options.appOrigin;
    if (options.participant) this.participant = options.participant;

    this.card = document.createElement('section');
    this.card.className = 'card';
    this.card.dataset.frame = this.id;
    this.card.dataset.frameContext = this.scope.frameContext;
    this.card.dataset.user = this.scope.user.id;
    this.card.dataset.status = this.status;

    const header = document.createElement('header');
    const title = document.createElement('strong');
    title.textContent = this.label;
    this.statusBadge = document.createElement('span');
    this.statusBadge.className = 'status';
    this.statusBadge.textContent = this.status;
    this.saveButton = document.createElement('button');
    this.saveButton.type = 'button';
    this.saveButton.className = 'save';
    this.saveButton.textContent = 'Save';
    this.saveButton.disabled = true;
    this.saveButton.hidden = this.scope.frameContext !== 'settings';
    this.saveButton.addEventListener('click', () => onSave(this));
    header.append(title, this.statusBadge, this.saveButton);

    this.problem = document.createElement('p');
    this.problem.className = 'problem';
    this.problem.hidden = true;

    this.iframe = document.createElement('iframe');
    this.iframe.title = this.label;
    this.iframe.src = options.url;
    this.card.append(header, this.problem, this.iframe);
  }

  get window(): Window | null {
    return this.iframe.contentWindow;
  }

  respond(request: TeamsRequest, args: readonly unknown[]): void {
    this.post(responseTo(request, args));
    this.log.record({
      frame: this.id,
      direction: 'host→app',
      kind: 'response',
      func: request.func,
      args,
    });
  }

  raise(event: HostEvent): void {
    this.post(event);
    this.log.record({
      frame: this.id,
      direction: 'host→app',
      kind: 'event',
      func: event.func,
      args: event.args,
    });
  }

  setStatus(status: FrameStatus, detail?: string): void {
    this.status = status;
    this.card.dataset.status = status;
    const elapsed = Math.round(performance.now() - this.openedAt);
    this.statusBadge.textContent = status === 'ready' ? `ready in ${elapsed} ms` : status;
    if (status === 'ready') this.card.dataset.readyMs = String(elapsed);
    this.showProblem(detail);
  }

  showProblem(text: string | undefined): void {
    this.problem.hidden = !text;
    this.problem.textContent = text ?? '';
  }

  setSaveEnabled(enabled: boolean): void {
    this.saveButton.disabled = !enabled;
    this.card.dataset.valid = String(enabled);
  }

  /** Loads the page again, e.g. with a new context after a deep link. */
  reload(): void {
    this.registeredHandlers.clear();
    this.openedAt = performance.now();
    this.setStatus('loading');
    this.iframe.setAttribute('src', this.iframe.src);
  }

  remove(): void {
    this.card.remove();
  }

  private post(message: object): void {
    this.window?.postMessage(message, this.appOrigin);
  }
}
