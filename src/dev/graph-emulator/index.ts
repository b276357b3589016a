import type { AddressInfo } from 'node:net';
import { localStackSecret } from '../../auth/dev-token-provider';
import { Database } from './database';
import { demoSites, demoUserList } from './demo-tenant';
import { FaultInjector, type AnswerLoss, type FaultSettings } from './faults';
import type { GraphEnvironment } from './graph-request';
import { createEmulatorServer } from './http-server';
import { ensureDocumentLibraries } from './lists';
import { StatsRecorder, type EmulatorStats } from './stats';
import { ActivityFeed, type DeliveredActivity, type TeamsAppDefinition } from './teamwork';
import { assertValidSite, assertValidUser, type EmulatedSite, type EmulatedUser } from './tenant';

export { emulatorToken, emulatorAppToken, defaultEmulatorScopes } from './auth';
export type { DeliveredActivity, TeamsAppDefinition } from './teamwork';
export type { FaultSettings } from './faults';
export type { EmulatorStats } from './stats';
export type { EmulatedSite, EmulatedUser } from './tenant';
export * from './demo-tenant';

export interface GraphEmulatorOptions {
  /** 0 picks a free port. Default: 0. */
  port?: number;
  /** Where the journal and snapshot live. */
  dataDir: string;
  /** Default: the demo tenant's root and OKR sites. */
  sites?: readonly EmulatedSite[];
  /** Default: the demo tenant's people. */
  users?: readonly EmulatedUser[];
  faults?: Partial<FaultSettings>;
  /** Seeds the fault PRNG. Default: 1. */
  seed?: number;
  /** Items per page when `$top` is absent. Default 200, like SharePoint. */
  pageSize?: number;
  /** The largest page `$top` can ask for. Default 5000, SharePoint's list view threshold. */
  maxPageSize?: number;
  /** Fold the journal into the snapshot once it passes this many bytes. Default 8 MB. */
  compactAfterBytes?: number;
  /** The Teams app whose activity notifications are accepted (its manifest's activity types). */
  teamsApp?: TeamsAppDefinition;
  /**
   * The run's secret: it signs the tokens the emulator accepts and opens its control API.
   * Default: `localStackSecret()` (`OKR_STACK_SECRET`, created per process tree).
   */
  secret?: string;
  /**
   * The origins whose pages may call the emulator (CORS); a request from any other origin is
   * refused. Default: `OKR_STACK_ORIGINS` (comma-separated), else none: Node callers only.
   */
  allowedOrigins?: readonly string[];
}

export interface GraphEmulator {
  /** e.g. `http://127.0.0.1:5301` */
  url: string;
  /** The secret its control API wants in `X-OKR-Stack-Secret` and that signs its tokens. */
  secret: string;
  /** `${url}/v1.0` */
  graphBaseUrl: string;
  stats(): EmulatorStats;
  resetStats(): void;
  setFaults(faults: Partial<FaultSettings>): FaultSettings;
  /** Tests: the next `count` matching requests are applied, then their answers lost. */
  loseAnswers(count: number, matches: AnswerLoss): void;
  /** Tests: Graph requests wait, unhandled, until the returned release is called. */
  holdAnswers(): () => void;
  setUsers(users: readonly EmulatedUser[]): void;
  setSites(sites: readonly EmulatedSite[]): void;
  /** Deletes every list and item (durably); each site gets back its empty Documents library. */
  reset(): Promise<void>;
  /** The Teams activity feed: what was sent to whom, newest first. */
  activity(recipientId?: string): readonly DeliveredActivity[];
  /** Who has the Teams app installed; null for everyone. */
  setInstallations(userIds: readonly string[] | null): void;
  /** Every list-item delta token issued so far answers 410 resyncRequired from now on (durably). */
  expireDeltaTokens(): Promise<void>;
  /** Stops listening, finishes the journal, compacts it and releases the data directory. */
  close(): Promise<void>;
}

export async function startGraphEmulator(options: GraphEmulatorOptions): Promise<GraphEmulator> {
  let sites = validated(options.sites ?? demoSites, assertValidSite);
  let users = validated(options.users ?? demoUserList, assertValidUser);
  const faults = new FaultInjector(options.faults, options.seed ?? 1);
  const stats = new StatsRecorder();
  const activityFeed = new ActivityFeed(options.teamsApp);
  const db = await Database.open(options.dataDir, options.compactAfterBytes);
  const pageSize = options.pageSize ?? 200;
  const maxPageSize = Math.max(options.maxPageSize ?? 5000, pageSize);
  const secret = options.secret ?? localStackSecret();
  const allowedOrigins = new Set(
    options.allowedOrigins ?? (process.env.OKR_STACK_ORIGINS ?? '').split(',').filter(Boolean),
  );
  ensureDocumentLibraries(db, sites);
  const reset = async () => {
    db.commit({ t: 'reset', at: new Date().toISOString() });
    ensureDocumentLibraries(db, sites);
    await db.flush();
  };
  const expireDeltaTokens = async () => {
    db.commit({ t: 'expireDeltaTokens', at: new Date().toISOString() });
    await db.flush();
  };
  const setUsers = (next: readonly EmulatedUser[]) => {
    users = validated(next, assertValidUser);
  };
  const setSites = (next: readonly EmulatedSite[]) => {
    sites = validated(next, assertValidSite);
    ensureDocumentLibraries(db, sites);
  };

  const server = createEmulatorServer({
    env: (origin): GraphEnvironment => ({
      db,
      sites: () => sites,
      users: () => users,
      graphBaseUrl: `${origin}/v1.0`,
      pageSize,
      maxPageSize,
      activityFeed,
      signingKey: secret,
    }),
    secret,
    allowedOrigins,
    faults,
    stats,
    control: {
      faults,
      stats,
      getUsers: () => users,
      setUsers,
      getSites: () => sites,
      setSites,
      reset,
      activityFeed,
      expireDeltaTokens,
    },
    flush: () => db.flush(),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;

  return {
    url,
    secret,
    graphBaseUrl: `${url}/v1.0`,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (next) => faults.update(next),
    loseAnswers: (count, matches) => faults.loseAnswers(count, matches),
    holdAnswers: () => faults.holdAnswers(),
    setUsers,
    setSites,
    reset,
    activity: (recipientId) => activityFeed.feed(recipientId),
    setInstallations: (userIds) => activityFeed.setInstallations(userIds),
    expireDeltaTokens,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await db.close();
      })()),
  };
}

function validated<T>(values: readonly T[], check: (value: T) => void): readonly T[] {
  values.forEach(check);
  return [...values];
}
