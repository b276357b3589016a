/**
 * `saveCheckIns` phase by phase: a failure injected at each phase (a thrown error nobody
 * expected, or an answer Graph refused) gives the right typed error, and the Teams tab and the
 * Excel task pane tell the person the same, right thing. The store is the real adapter over the
 * Graph emulator; only the batch executor of the writer is wrapped to inject the failure.
 */
import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import type { KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { demoUsers } from '../../src/dev/graph-emulator';
import { okrTableName } from '../../src/excel/sync/layout';
import { WorkbookSync } from '../../src/excel/sync/workbook-sync';
import { createOfficeWorkbook } from '../../src/excel/workbook/office-workbook';
import {
  InvalidError,
  NotFoundError,
  UnknownStoreError,
  type OkrError,
} from '../../src/store/errors';
import { BatchExecutor, type BatchOptions, type BatchStep } from '../../src/store/graph/batch';
import { saveCheckIns } from '../../src/store/graph/check-in-writer';
import type { StoreCollaborators } from '../../src/store/graph/collaborators';
import { createGraphConnection } from '../../src/store/graph/connection';
import { KnownItems } from '../../src/store/graph/known-items';
import { ListPaths, MAX_PAGE_SIZE } from '../../src/store/graph/queries';
import { listIdsOf, readSiteLayout } from '../../src/store/graph/site';
import type { CheckInDraft, OkrRepository } from '../../src/store/repository';
import { describeError } from '../../src/ui/errors/describeError';
import { FakeExcel } from '../excel/support/fake-excel';
import {
  model,
  okrSite,
  seedBoard,
  startOkrStore,
  type OkrStore,
} from '../excel/support/okr-store';

type Phase = 'validate' | 'read versions' | 'write KRs' | 'write check-ins';

/** Which of a batch's steps belong to a phase (by what they do). */
const phaseOf = (step: BatchStep): Phase | undefined => {
  if (step.method === 'GET' && /\/items\/\d+\?/.test(step.url)) return 'read versions';
  if (step.method === 'PATCH') return 'write KRs';
  if (step.method === 'POST') return 'write check-ins';
  return undefined;
};

type Injection = { readonly kind: 'throws'; readonly error: Error } | { readonly kind: 'refused' };

/** Runs steps as the real executor does, except those of `phase`, which fail as injected. */
class FaultyBatch extends BatchExecutor {
  constructor(
    connection: ConstructorParameters<typeof BatchExecutor>[0],
    private readonly phase: Phase,
    private readonly injection: Injection,
  ) {
    super(connection);
  }

  override async run(steps: readonly BatchStep[], options?: BatchOptions) {
    if (!steps.some((step) => phaseOf(step) === this.phase)) return super.run(steps, options);
    if (this.injection.kind === 'throws') throw this.injection.error;
    // Graph refuses the step: an item that does not exist, or a field it does not know.
    return super.run(
      steps.map((step) =>
        phaseOf(step) !== this.phase
          ? step
          : step.method === 'POST'
            ? { ...step, body: { fields: { NoSuchColumn: 1 } } }
            : { ...step, url: step.url.replace(/\/items\/\d+/, '/items/999999') },
      ),
      options,
    );
  }
}

/** Known items that break while the drafts are validated. */
class BrokenKnownItems extends KnownItems {
  override keyResult(): never {
    throw new Error('The known KRs could not be read');
  }
}

function rowOf(excel: FakeExcel, keyResultId: string): number {
  for (let row = 0; row < excel.table(okrTableName).bodyRows; row += 1) {
    if (excel.cellAt(okrTableName, row, 'KR id').value === keyResultId) return row;
  }
  throw new Error(`KR ${keyResultId} is not in the sheet`);
}

let store: OkrStore;
let collaborators: (phase: Phase | undefined, injection: Injection) => Promise<StoreCollaborators>;

beforeAll(async () => {
  store = await startOkrStore();
  const tokens = createDevTokenProvider({
    graphBaseUrl: store.graphBaseUrl,
    userId: demoUsers.diegoSiciliani.id,
  });
  const connection = createGraphConnection({
    graphBaseUrl: store.graphBaseUrl,
    tokens,
    maxRetries: 0,
  });
  const layout = await readSiteLayout(new BatchExecutor(connection), okrSite, {});
  const paths = new ListPaths(layout.siteId, listIdsOf(layout).ids!, MAX_PAGE_SIZE);
  collaborators = async (phase, injection) => ({
    connection,
    paths,
    batch: phase ? new FaultyBatch(connection, phase, injection) : new BatchExecutor(connection),
    known: phase ? new KnownItems() : new BrokenKnownItems(),
  });
}, 60_000);
afterAll(() => store.stop());

const unexpected = (): Injection => ({
  kind: 'throws',
  error: new RangeError('Invalid array length'),
});

const cases: readonly {
  readonly phase: Phase;
  readonly injection: Injection;
  readonly error: new (...args: never[]) => OkrError;
  readonly tabTitle: string;
}[] = [
  {
    phase: 'validate',
    injection: unexpected(),
    error: UnknownStoreError,
    tabTitle: 'Something went wrong',
  },
  {
    phase: 'read versions',
    injection: unexpected(),
    error: UnknownStoreError,
    tabTitle: 'Something went wrong',
  },
  {
    phase: 'read versions',
    injection: { kind: 'refused' },
    error: NotFoundError,
    tabTitle: 'Not found',
  },
  {
    phase: 'write KRs',
    injection: unexpected(),
    error: UnknownStoreError,
    tabTitle: 'Something went wrong',
  },
  {
    phase: 'write KRs',
    injection: { kind: 'refused' },
    error: NotFoundError,
    tabTitle: 'Not found',
  },
  {
    phase: 'write check-ins',
    injection: unexpected(),
    error: UnknownStoreError,
    tabTitle: 'Something went wrong',
  },
  {
    phase: 'write check-ins',
    injection: { kind: 'refused' },
    error: InvalidError,
    tabTitle: 'That was not saved',
  },
];

describe.each(cases)(
  'a failure in "$phase" ($injection.kind)',
  ({ phase, injection, error, tabTitle }) => {
    test(`is a ${error.name} in the report, and the tab and Excel show its message`, async () => {
      // One KR for the tab, another for Excel: each save starts from a KR nobody wrote to.
      const board = await seedBoard(store.repository, store.teamId, 2, '2026-06-15');
      const [keyResult, inExcel] = board.keyResults as [KeyResult, KeyResult];
      const writer = await collaborators(phase === 'validate' ? undefined : phase, injection);
      const save: OkrRepository['saveCheckIns'] = (drafts, options) =>
        saveCheckIns(writer, defaultOperatingModel, drafts, options);

      // The tab: the check-in dialog shows describeError of the draft's failure.
      const draft: CheckInDraft = {
        keyResultId: keyResult.id,
        clientId: `phase-${phase}-${injection.kind}-${keyResult.id}`,
        value: 42,
        confidence: 7,
        note: '',
        author: store.author,
        at: '2026-06-15T10:00:00.000Z',
        source: 'teams',
      };
      const report = await save([draft]);
      expect(report.saved).toEqual([]);
      expect(report.failed).toHaveLength(1);
      const failure = report.failed[0]!.error;
      expect(failure).toBeInstanceOf(error);
      const tab = describeError(failure);
      expect(tab.title).toBe(tabTitle);
      if (failure instanceof UnknownStoreError) expect(tab.message).toBe(failure.message);

      // Excel: the same failure, on the KR's row, with the same message.
      const excel = new FakeExcel();
      const repository = Object.create(store.repository, {
        saveCheckIns: { value: save },
      }) as OkrRepository;
      const sync = new WorkbookSync({
        workbook: createOfficeWorkbook({ run: excel.run, notes: true }),
        repository,
        model,
        author: store.author,
        clock: () => new Date('2026-06-15T10:00:00Z'),
      });
      await sync.load([store.teamId], board.cycle);
      excel.type(okrTableName, rowOf(excel, inExcel.id), 'Current', 42);
      await sync.markEdits();
      // The store's rules refusing the row is no failure to send again: it waits for an edit.
      const refused = failure instanceof InvalidError;
      // A KR the store does not find is gone: its row is marked so, never sent again.
      const gone = failure instanceof NotFoundError;
      expect(await sync.send()).toMatchObject({
        sent: 0,
        failed: refused || gone ? 0 : 1,
        refused: refused ? 1 : 0,
        gone: gone ? 1 : 0,
      });
      const [row] = (await sync.summary()).withMessages;
      expect(row?.keyResultId).toBe(inExcel.id);
      if (gone)
        expect(row).toMatchObject({ gone: true, message: 'deleted, found 2026-06-15 10:00 UTC' });
      else expect(row?.message).toContain(`${tab.title}. ${tab.message}`);
    }, 60_000);
  },
);
