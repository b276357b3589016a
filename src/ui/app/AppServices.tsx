import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { defaultLocale } from '../../core/i18n';
import type { Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { Host } from '../../host/types';
import type { CachedRead } from '../../store/caching';
import type { OkrRepository } from '../../store/repository';
import type { LocaleWords } from '../board/locale-words';
import { afterNextPaint } from '../hooks/afterNextPaint';
import { prefetchLaterParts } from './laterParts';
import { noRoles, type Roles } from './roles';

/**
 * Newer data for a read the repository answered from its cache: a listener gets each update and
 * the returned function unsubscribes.
 */
export type DataUpdates = (listener: (update: CachedRead) => void) => () => void;

/** What every screen needs, created once per page by the bootstrap. */
export interface AppServicesInit {
  readonly repository: OkrRepository;
  readonly host: Host;
  readonly operatingModel: OperatingModel;
  /** The signed-in user, as the store knows them (owners and authors use these ids). */
  readonly me: Person;
  /**
   * The OKR site the repository reads and writes (a Graph site id or `hostname:/sites/path`):
   * what a page remembers in this browser is kept for it, as the cache is.
   */
  readonly site?: string;
  /** Present when reads may be served stale from a cache; screens replace what they show. */
  readonly onDataUpdate?: DataUpdates;
  /** The first screen shows data (from the cache or not): the cache revalidates from then on. */
  readonly onFirstScreen?: () => void;
  /**
   * Settles once the first screen is painted (or after a while): what it does not show (the
   * site roles) is read from then on, so a page painted from the cache sends nothing before.
   */
  readonly firstScreenShown?: Promise<void>;
  /**
   * The board's words in the host's language, loaded beside the services so that the first
   * screen is painted in them; absent for English (and on pages that speak English only).
   */
  readonly words?: LocaleWords;
}

export interface AppServices extends AppServicesInit {
  readonly roles: Roles;
  /**
   * Whether SharePoint has answered who the user is on the site: until then (and while it cannot)
   * `roles` are a member's, and a screen says nothing about what the user may not do.
   */
  readonly rolesKnown: boolean;
  /** Why the roles could not be read; undefined while they are read or once they are. */
  readonly rolesError: unknown;
  /** Reads the roles again (after `rolesError`). */
  readonly reloadRoles: () => void;
  /** After an admin saved the operating model (e.g. the story), every screen sees the new one. */
  readonly setOperatingModel: (model: OperatingModel) => void;
  /** Tells the host the first screen shows data; only the first call reaches the host. */
  readonly firstScreenReady: () => void;
}

const AppServicesContext = createContext<AppServices | undefined>(undefined);

export function AppServicesProvider({
  services,
  children,
}: {
  readonly services: AppServicesInit;
  readonly children: ReactNode;
}) {
  const [operatingModel, setOperatingModel] = useState(services.operatingModel);
  const [me, setMe] = useState(services.me);
  const [roles, setRoles] = useState<Roles>(noRoles);
  const [rolesKnown, setRolesKnown] = useState(false);
  const [rolesError, setRolesError] = useState<unknown>(undefined);
  const [rolesAttempt, setRolesAttempt] = useState(0);
  const notified = useRef(false);
  const { host, onDataUpdate, onFirstScreen, firstScreenShown, repository } = services;
  useEffect(() => {
    // Read once the first screen is painted, never before it: until SharePoint answers (or if it
    // cannot), the page offers only what every member may do.
    const controller = new AbortController();
    setRolesKnown(false);
    setRolesError(undefined);
    void (firstScreenShown ?? Promise.resolve())
      .then(() => {
        if (controller.signal.aborted) return;
        return repository
          .siteRoles()
          .mine({ signal: controller.signal })
          .then((answer) => {
            if (controller.signal.aborted) return;
            setRoles(answer);
            setRolesKnown(true);
          });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setRolesError(error);
      });
    return () => controller.abort();
  }, [repository, me.id, firstScreenShown, rolesAttempt]);
  const reloadRoles = useCallback(() => setRolesAttempt((n) => n + 1), []);
  useEffect(
    () =>
      onDataUpdate?.((update) => {
        if (update.kind === 'operatingModel') setOperatingModel(update.value);
        if (update.kind === 'me') setMe(update.value);
      }),
    [onDataUpdate],
  );
  const firstScreenReady = useCallback(() => {
    if (notified.current) return;
    notified.current = true;
    host.notifySuccess();
    onFirstScreen?.();
    afterNextPaint(() => prefetchLaterParts(document));
  }, [host, onFirstScreen]);
  const value = useMemo<AppServices>(
    () => ({
      ...services,
      me,
      operatingModel,
      roles,
      rolesKnown,
      rolesError,
      reloadRoles,
      setOperatingModel,
      firstScreenReady,
    }),
    [services, me, operatingModel, roles, rolesKnown, rolesError, reloadRoles, firstScreenReady],
  );
  return <AppServicesContext.Provider value={value}>{children}</AppServicesContext.Provider>;
}

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices is used outside <AppServicesProvider>.');
  return services;
}

/**
 * Settles once the page's first screen is painted; undefined where the page does not say
 * (outside the app, or a page without a cache to revalidate), and then nothing need wait.
 */
export function useFirstScreenShown(): Promise<void> | undefined {
  return useContext(AppServicesContext)?.firstScreenShown;
}

/**
 * The reader's locale and words where a page has them without its services: what went wrong
 * when the services could not be loaded is said in the language their words were loaded for.
 */
const ReaderContext = createContext<
  { readonly locale: string; readonly words: LocaleWords | undefined } | undefined
>(undefined);

export const ReaderProvider = ReaderContext.Provider;

/**
 * The reader's locale for numbers and dates: the host's (Teams' or Office's display language),
 * English where a component is shown outside the app (tests, the dev hub).
 */
export function useLocale(): string {
  const reader = useContext(ReaderContext);
  return useContext(AppServicesContext)?.host.context.locale ?? reader?.locale ?? defaultLocale;
}

/** The board's words for the host's locale, where the page loaded them (English otherwise). */
export function useLocaleWords(): LocaleWords | undefined {
  const reader = useContext(ReaderContext);
  return useContext(AppServicesContext)?.words ?? reader?.words;
}
