import type { SiteRoles } from './access';
import type { OkrRepository, RetryNotice } from './repository';

/** The port's methods that answer with a promise: each can wait for the repository to load. */
type AsyncMethod = {
  [K in keyof OkrRepository]-?: OkrRepository[K] extends (...args: never[]) => Promise<unknown>
    ? K
    : never;
}[keyof OkrRepository];

/** Every asynchronous method, by name: adding one to the port without listing it here fails to compile. */
const asyncMethods: Record<AsyncMethod, true> = {
  whoAmI: true,
  storeIdentity: true,
  searchPeople: true,
  resolvePeople: true,
  listCycles: true,
  createCycle: true,
  updateCycle: true,
  cycleHoldings: true,
  cyclesWithObjectives: true,
  deleteCycle: true,
  listTeams: true,
  createTeam: true,
  updateTeam: true,
  saveClosing: true,
  rollOver: true,
  recordLeftOut: true,
  loadBoard: true,
  loadObjectives: true,
  loadKeyResults: true,
  objectivesOfCycles: true,
  createObjective: true,
  updateObjective: true,
  deleteObjective: true,
  createKeyResult: true,
  updateKeyResult: true,
  setExcelLink: true,
  deleteKeyResult: true,
  listInitiatives: true,
  createInitiative: true,
  updateInitiative: true,
  deleteInitiative: true,
  checkInHistory: true,
  cycleCheckInHistory: true,
  saveCheckIns: true,
  correctCheckIn: true,
  withdrawCheckIn: true,
  changesSince: true,
  findPeople: true,
  findImported: true,
  writeImported: true,
  nudgeOwner: true,
  reminderPreferencesOf: true,
  saveReminderPreferences: true,
  recordMeetingSession: true,
  listMeetingSessions: true,
  loadOperatingModel: true,
  saveOperatingModel: true,
};

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * A repository created when it is first used (the Graph adapter: its code and the Graph client's
 * loaded then), so a page that paints from its cache, or shows its first screen before it reads,
 * loads none of that code before it. Each call waits for the creation; a failed creation (a chunk
 * that did not load) is tried again by the next call.
 */
export function repositoryOnFirstUse(create: () => Promise<OkrRepository>): OkrRepository {
  let created: Promise<OkrRepository> | undefined;
  let onCreated: (repository: OkrRepository) => void = () => undefined;
  const whenCreated = new Promise<OkrRepository>((resolve) => (onCreated = resolve));
  const repository = () =>
    (created ??= create().then(
      (loaded) => {
        onCreated(loaded);
        return loaded;
      },
      (error: unknown) => {
        created = undefined;
        throw error;
      },
    ));
  const forward =
    (name: AsyncMethod): AnyMethod =>
    async (...args) =>
      ((await repository())[name] as AnyMethod)(...args);
  const roles: SiteRoles = {
    mine: async (...args) => (await repository()).siteRoles().mine(...args),
    members: async (...args) => (await repository()).siteRoles().members(...args),
    owners: async (...args) => (await repository()).siteRoles().owners(...args),
    add: async (...args) => (await repository()).siteRoles().add(...args),
    remove: async (...args) => (await repository()).siteRoles().remove(...args),
  };
  const methods = Object.fromEntries(
    (Object.keys(asyncMethods) as AsyncMethod[]).map((name) => [name, forward(name)]),
  ) as Pick<OkrRepository, AsyncMethod>;
  return {
    ...methods,
    siteRoles: () => roles,
    // Told of once the repository exists (nothing retries before), without creating it.
    observeRetries(observer: (retry: RetryNotice) => void) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void whenCreated.then((loaded) => {
        if (!stopped) stop = loaded.observeRetries?.(observer);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
