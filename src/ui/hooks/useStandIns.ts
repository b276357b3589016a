import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useFirstScreenShown } from '../app/AppServices';

/** What marks a trigger, stand-in or real, so that keyboard focus can pass from one to the other. */
const marker = 'data-stand-in';

export interface StandIns<M> {
  /** The popups' module once it is in; until then each trigger is its stand-in. */
  readonly module: M | undefined;
  /** Whether the user opened `name` before the module came: it opens as the module arrives. */
  readonly openedEarly: (name: string) => boolean;
  /**
   * Props for the trigger `name`: on the stand-in, a click, Enter, Space or ArrowDown opens it
   * as soon as the module is in; on the real trigger, the mark that gives it the stand-in's focus.
   */
  /** Only the mark, for a stand-in that acts at once (a tab selects itself). */
  readonly mark: (name: string) => { readonly [marker]: string };
  readonly trigger: (name: string) => {
    readonly [marker]: string;
    readonly onClick?: () => void;
    readonly onKeyDown?: (event: KeyboardEvent) => void;
  };
}

/**
 * Popups a first screen does not show (menus, tooltips, a dropdown's list, and Fluent's
 * positioning under them) load once that screen is painted: `load` (an `import()` at module
 * level) starts then, or at once where the page does not say when (`useFirstScreenShown`). A
 * board's first screen is painted once its data is in: loaded while it renders, the popups'
 * modules would be compiled and their components rendered before its first row. Until the
 * module is in, each trigger is a stand-in that looks the same;
 * one the user opened early opens when the module arrives, and one holding keyboard focus hands
 * it to the real trigger that replaces it (a new element: React mounts it afresh), a text field
 * with its caret. A search box typed into at once has a stand-in too.
 */
export function useStandIns<M>(load: () => Promise<M>): StandIns<M> {
  const [module, setModule] = useState<M>();
  const [opened, setOpened] = useState<string>();
  const focused = useRef<{ readonly name: string; readonly caret?: readonly [number, number] }>(
    undefined,
  );
  const prefix = useId();
  const arrive = useCallback(
    (value: M) => {
      const active = document.activeElement;
      const name = active?.getAttribute(marker);
      // A text field's caret and selection go with its focus (a search typed into the stand-in).
      const caret =
        active instanceof HTMLInputElement && active.selectionStart !== null
          ? ([active.selectionStart, active.selectionEnd ?? active.selectionStart] as const)
          : undefined;
      focused.current = name?.startsWith(prefix)
        ? { name, ...(caret ? { caret } : {}) }
        : undefined;
      setModule(() => value);
    },
    [prefix],
  );
  const firstScreenShown = useFirstScreenShown();
  useEffect(() => {
    if (module) return;
    let mounted = true;
    void (firstScreenShown ?? Promise.resolve()).then(() => {
      if (mounted) load().then(arrive, () => undefined);
    });
    return () => {
      mounted = false;
    };
  }, [load, module, arrive, firstScreenShown]);
  useLayoutEffect(() => {
    const handed = focused.current;
    if (!module || !handed) return;
    focused.current = undefined;
    const triggers = document.querySelectorAll<HTMLElement>(`[${marker}]`);
    const real = [...triggers].find((element) => element.getAttribute(marker) === handed.name);
    real?.focus();
    if (handed.caret && real instanceof HTMLInputElement) real.setSelectionRange(...handed.caret);
  }, [module]);
  const openedEarly = useCallback((name: string) => opened === name, [opened]);
  const mark = useCallback((name: string) => ({ [marker]: `${prefix}${name}` }), [prefix]);
  const trigger = useCallback(
    (name: string) => {
      if (module) return mark(name);
      const open = () => {
        setOpened(name);
        // The same load, or a new one if the first failed.
        load().then(arrive, () => undefined);
      };
      return {
        ...mark(name),
        onClick: open,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          open();
        },
      };
    },
    [load, module, mark, arrive],
  );
  return { module, openedEarly, mark, trigger };
}
