import type { ReactNode } from 'react';

export interface EmptyStateProps {
  readonly title: string;
  readonly message: string;
  /** A call to action, e.g. "Create the first objective". */
  readonly action?: ReactNode;
  readonly icon?: ReactNode;
  /** 1 where the empty state is the whole page (the stage with nothing shared); else 2. */
  readonly headingLevel?: 1 | 2;
}

export interface ErrorStateProps {
  /** Anything thrown; typed store errors get a specific message. */
  readonly error: unknown;
  readonly onRetry?: () => void;
  /**
   * Takes the focus as it shows, for an error that replaced the button that was pressed (the
   * focus would otherwise fall to the page's body): Try again when it offers one, else the
   * message itself.
   */
  readonly takeFocus?: boolean;
}

export interface LoadingStateProps {
  /** Read by screen readers while the skeleton shows. */
  readonly label: string;
  /** How many placeholder rows to draw. */
  readonly rows?: number;
  /** The label's language, where it is not the page's. */
  readonly lang?: string;
}
