import {
  createContext,
  createElement,
  Fragment,
  lazy,
  Suspense,
  useContext,
  useState,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';
import { onFirstUse } from '../../app/onFirstUse';
import { focusAfterRetry } from './focusAfterRetry';

/** A part of a screen from a chunk of its own, shown in an `OnDemand`. */
export interface LazyPart<P> {
  (props: P): ReactElement;
  /** After a failed load: the part's next render asks for its chunk afresh. */
  readonly reload: () => void;
  /** Starts loading the part's chunk before it is shown (a failure waits for its render). */
  readonly prepare: () => void;
}

export type SayNotLoaded = (error: unknown, retry: () => void) => ReactNode;

/** How the `OnDemand` around a part says it could not be loaded, and how it tries again. */
const NotLoadedContext = createContext<{
  readonly say: SayNotLoaded;
  readonly retry: (focused: Element | null) => void;
}>({ say: () => null, retry: () => undefined });

/**
 * In place of a part that could not be loaded: the words of the `OnDemand` around it. `focused`
 * is where focus was when the load failed: on what opened the part, most often.
 */
function NotLoaded({
  error,
  focused,
}: {
  readonly error: unknown;
  readonly focused: Element | null;
}) {
  const { say, retry } = useContext(NotLoadedContext);
  return say(error, () => retry(focused));
}

/**
 * `React.lazy` for a part of a screen whose chunk may fail to load (a dropped connection), shown
 * in an `OnDemand`. A failed load shows the `OnDemand`'s words in the part's place, rendered,
 * not thrown: React 18 reports an error a boundary caught during a concurrent render as
 * uncaught (`reportError`). `lazy` keeps its first outcome for good, so `reload` makes a fresh
 * one over the same `onFirstUse` load, which forgets a failure: the next render asks again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const loaded = onFirstUse(load);
  let failed = false;
  const fresh = () =>
    // A lazy component takes its component's props; React's types tell so only of a known one.
    lazy(() =>
      loaded().then<{ default: ComponentType<P> }, { default: ComponentType<P> }>(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          const focused = document.activeElement;
          return { default: () => <NotLoaded error={error} focused={focused} /> };
        },
      ),
    ) as unknown as ComponentType<P>;
  let current = fresh();
  return Object.assign((props: P) => createElement(current, props), {
    reload: () => {
      if (!failed) return;
      failed = false;
      current = fresh();
    },
    prepare: () => {
      loaded().catch(() => undefined);
    },
  });
}

export interface OnDemandProps {
  /** The `lazyPart`s shown inside. */
  readonly parts: readonly { readonly reload: () => void }[];
  /** What shows in a part's place when it could not be loaded; `retry` loads it again. */
  readonly fallback: SayNotLoaded;
  /** What shows while a part loads. */
  readonly loading?: ReactNode;
  /** Asking for the parts again (a view chosen, a dialog opened) changes one: they load again. */
  readonly resetKeys?: readonly unknown[];
  readonly children: ReactNode;
}

/**
 * Where parts of a screen load on demand (a Suspense boundary): one that could not be loaded
 * says so in its place, and the rest of the screen stays. It loads again when it is asked for
 * again (`resetKeys`, or a new `OnDemand`) or on `retry`, after which focus goes back to where
 * it was when the part failed, not to the page's body.
 */
export function OnDemand({
  parts,
  fallback,
  loading = null,
  resetKeys = [],
  children,
}: OnDemandProps) {
  const [asked, setAsked] = useState<readonly unknown[]>();
  if (!asked || resetKeys.some((key, i) => key !== asked[i])) {
    for (const part of parts) part.reload();
    setAsked(resetKeys);
  }
  const [attempt, setAttempt] = useState(0);
  const retry = (focused: Element | null) => {
    for (const part of parts) part.reload();
    focusAfterRetry(() => (focused instanceof HTMLElement && focused.isConnected ? focused : null));
    setAttempt((n) => n + 1);
  };
  return (
    <NotLoadedContext.Provider value={{ say: fallback, retry }}>
      <Suspense fallback={loading}>
        <Fragment key={attempt}>{children}</Fragment>
      </Suspense>
    </NotLoadedContext.Provider>
  );
}
