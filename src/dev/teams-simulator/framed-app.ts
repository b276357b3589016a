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
  'loading' | 'initialized' | 'loaded' | 'ready' | 'failed' | 'expectedFailure' | 'timedOut';

/**
 * Teams' native loading indicator, for an app whose manifest sets `showLoadingIndicator`: Teams
 * covers the frame until the app calls `app.notifyAppLoaded()` (which only hides the indicator)
 * or `app.notifySuccess()`; "If `notifySuccess` isn't called within 30 seconds, Teams assumes
 * that your app has timed out, and displays an error screen with a retry option". After
 * `app.notifyFailure()` "a generic error screen appears to the user" (its `message` is not
 * shown), while `app.notifyExpectedFailure()` means the app "can be considered loaded
 * successfully".
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/content-page#show-a-native-loading-indicator
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/app-initialization
 */
export interface LoadingIndicator {
  /** How long Teams waits for `notifySuccess` (30 s in Teams; a simulator setting). */
  readonly timeoutMs: number;
}

/** The error screen's words: "the tab app doesn't load and shows the error `There was a problem
 * reaching this app`" (https://learn.microsoft.com/en-us/microsoftteams/platform/resources/schema/manifest-schema#showloadingindicator). */
export const loadErrorText = 'There was a problem reaching this app';

/**
 * What Teams shows when a configuration page's save fails without a reason of its own
 * (`saveEvent.notifyFailure()`, or settings it refused), as its users report it
 * (MicrosoftDocs/msteams-docs issues 6832 and 7727).
 */
export const saveFailedText = "We couldn't save your tab settings. Please try again.";

const coveredWhile: ReadonlySet<FrameStatus> = new Set(['loading', 'initialized']);
/** Teams stops waiting for `notifySuccess` (`notifyAppLoaded` only hides the indicator). */
const settled: ReadonlySet<FrameStatus> = new Set([
  'ready',
  'failed',
  'expectedFailure',
  'timedOut',
]);
const errorScreenAfter: ReadonlySet<FrameStatus> = new Set(['failed', 'timedOut']);

export interface FramedAppOptions {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  readonly scope: FrameScope;
  readonly participant?: Participant;
  readonly appOrigin: string;
  /** Present when the app's manifest sets `showLoadingIndicator`. */
  readonly loadingIndicator?: LoadingIndicator;
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
  private readonly loadingIndicator: LoadingIndicator | undefined;
  private readonly hostScreen: HTMLElement;
  private loadingTimer: ReturnType<typeof setTimeout> | undefined;

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
    this.loadingIndicator = options.loadingIndicator;
    this.hostScreen = document.createElement('div');
    this.hostScreen.className = 'host-screen';
    const viewport = document.createElement('div');
    viewport.className = 'viewport';
    viewport.append(this.iframe, this.hostScreen);
    this.card.append(header, this.problem, viewport);
    this.startLoading();
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
    if (this.status === 'timedOut' && status !== 'loading') {
      this.note(`${status} after Teams timed out: its error screen stays until Try again`);
      return;
    }
    // "When the `app.initialize()` function is called and completes successfully, it always resets
    // the app to the loading state even if it was called before": Teams waits for it again.
    // https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/app-initialization
    const loadingAgain = status === 'initialized' && !coveredWhile.has(this.status);
    if (settled.has(status)) clearTimeout(this.loadingTimer);
    this.status = status;
    this.card.dataset.status = status;
    const elapsed = Math.round(performance.now() - this.openedAt);
    this.statusBadge.textContent = status === 'ready' ? `ready in ${elapsed} ms` : status;
    if (status === 'ready') this.card.dataset.readyMs = String(elapsed);
    this.showProblem(detail);
    this.showHostScreen();
    if (loadingAgain) this.startLoading();
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
    this.startLoading();
    this.iframe.setAttribute('src', this.iframe.src);
  }

  remove(): void {
    clearTimeout(this.loadingTimer);
    this.card.remove();
  }

  private startLoading(): void {
    this.showHostScreen();
    if (!this.loadingIndicator) return;
    const { timeoutMs } = this.loadingIndicator;
    clearTimeout(this.loadingTimer);
    this.loadingTimer = setTimeout(
      () =>
        this.setStatus(
          'timedOut',
          `Teams timed out: the app did not call notifySuccess within ${timeoutMs / 1000} s.`,
        ),
      timeoutMs,
    );
  }

  /** Teams' loading indicator or its error screen over the frame, or nothing (`data-screen`). */
  private showHostScreen(): void {
    const screen = !this.loadingIndicator
      ? undefined
      : coveredWhile.has(this.status)
        ? 'loading'
        : errorScreenAfter.has(this.status)
          ? 'error'
          : undefined;
    if (screen === this.card.dataset.screen) return;
    if (screen) this.card.dataset.screen = screen;
    else delete this.card.dataset.screen;
    this.hostScreen.hidden = !screen;
    this.hostScreen.replaceChildren(
      ...(screen === 'loading'
        ? this.loadingScreen()
        : screen === 'error'
          ? this.errorScreen()
          : []),
    );
  }

  private loadingScreen(): HTMLElement[] {
    const spinner = document.createElement('div');
    spinner.className = 'spinner';
    spinner.setAttribute('role', 'progressbar');
    spinner.setAttribute('aria-label', `Loading ${this.label}`);
    return [spinner];
  }

  private errorScreen(): HTMLElement[] {
    const text = document.createElement('p');
    text.textContent = loadErrorText;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Try again';
    retry.addEventListener('click', () => this.reload());
    return [text, retry];
  }

  private note(text: string): void {
    this.log.record({ frame: this.id, direction: 'note', kind: 'note', func: text });
  }

  private post(message: object): void {
    this.window?.postMessage(message, this.appOrigin);
  }
}
