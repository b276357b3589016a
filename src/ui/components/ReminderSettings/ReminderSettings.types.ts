export interface ReminderSettingsState {
  readonly status: 'loading' | 'ready' | 'saving' | 'failed';
  readonly optedOut: boolean;
  /** Set while a snooze lasts. */
  readonly snoozedUntil?: string;
  /** The outcome of the last change (or of reading the settings). */
  readonly notice?: { readonly intent: 'success' | 'error'; readonly text: string };
  readonly dismissNotice: () => void;
  readonly snoozeForAWeek: () => void;
  readonly resume: () => void;
  readonly optOut: () => void;
}
