import { useCallback, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import type { useToastController } from '@fluentui/react-components';

type ToastController = Pick<
  ReturnType<typeof useToastController>,
  'dispatchToast' | 'dismissToast'
>;
type Toast = Parameters<ToastController['dispatchToast']>;

/** The toasters on the page that listen, by id, with what shows a toast in each. */
const listening = new Map<string, ToastController>();
/** Toasts asked for before their toaster was there, by toaster id, in order. */
const waiting = new Map<string, Toast[]>();
/**
 * How many mounted `useToasts` dispatch to each toaster. A toast waits only while one does: a
 * dialog's "Saved", dispatched as it closes, waits with its screen for the screen's toaster, but
 * a screen gone before its toaster loaded takes its waiting toasts with it.
 */
const dispatchers = new Map<string, number>();
/** Told whenever a toast starts or stops waiting. */
const waitingChanged = new Set<() => void>();

function setWaiting(toasterId: string, toasts: readonly Toast[]): void {
  if (toasts.length > 0) waiting.set(toasterId, [...toasts]);
  else waiting.delete(toasterId);
  for (const listener of waitingChanged) listener();
}

function onWaitingChanged(listener: () => void): () => void {
  waitingChanged.add(listener);
  return () => waitingChanged.delete(listener);
}

/**
 * Says that the toaster `toasterId` listens, through `controller`, and shows the toasts that
 * waited for it; the returned function says it stopped. A screen's toasters load on demand,
 * while what it shows can already be acted on (Copy link, Nudge owner): a toast dispatched to a
 * toaster that is not there yet would be lost, and the person given no confirmation.
 */
export function toasterListens(toasterId: string, controller: ToastController): () => void {
  listening.set(toasterId, controller);
  const toasts = waiting.get(toasterId) ?? [];
  if (toasts.length > 0) setWaiting(toasterId, []);
  for (const toast of toasts) controller.dispatchToast(...toast);
  return () => {
    if (listening.get(toasterId) === controller) listening.delete(toasterId);
  };
}

/**
 * Fluent's toast controller for the toaster `toasterId` (a `BottomToaster`), whose toasts wait
 * for it when it is not there yet, and which loads none of the toasts' code before then.
 */
export function useToasts(toasterId: string): ToastController {
  const dispatchToast = useCallback<ToastController['dispatchToast']>(
    (...toast) => {
      const toaster = listening.get(toasterId);
      if (toaster) toaster.dispatchToast(...toast);
      else if (dispatchers.get(toasterId)) {
        setWaiting(toasterId, [...(waiting.get(toasterId) ?? []), toast]);
      }
    },
    [toasterId],
  );
  const dismissToast = useCallback<ToastController['dismissToast']>(
    (toastId) => {
      const toaster = listening.get(toasterId);
      if (toaster) toaster.dismissToast(toastId);
      else {
        setWaiting(
          toasterId,
          (waiting.get(toasterId) ?? []).filter(([, options]) => options?.toastId !== toastId),
        );
      }
    },
    [toasterId],
  );
  // A layout effect: counted before any passive effect of the screen can dispatch.
  useLayoutEffect(() => {
    dispatchers.set(toasterId, (dispatchers.get(toasterId) ?? 0) + 1);
    return () => {
      const left = dispatchers.get(toasterId)! - 1;
      dispatchers.set(toasterId, left);
      if (left === 0) setWaiting(toasterId, []);
    };
  }, [toasterId]);
  return useMemo(() => ({ dispatchToast, dismissToast }), [dispatchToast, dismissToast]);
}

/**
 * Whether a toast waits for one of `toasterIds`: a screen whose toasters load when first needed
 * loads them then.
 */
export function useToastWaiting(toasterIds: readonly string[]): boolean {
  return useSyncExternalStore(onWaitingChanged, () => toasterIds.some((id) => waiting.has(id)));
}
