/**
 * Writing what an import planned: many items of one list in `$batch`es of 20, through the batch
 * executor's retries. An item an earlier run wrote is found by its source id (a check-in by its
 * client id) and updated with If-Match instead of created again, so an interrupted import is
 * completed by running it again, and nothing is duplicated. Every item is validated by the core
 * before any request; each outcome is reported, keyed by source id.
 */
import { checkInStatuses } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import {
  validateCheckIn,
  validateCycle,
  validateInitiative,
  validateKeyResult,
  validateObjective,
} from '../../core/validation';
import type { ValidationResult } from '../../core/issues';
import { InvalidError, OkrError, UnknownStoreError } from '../errors';
import {
  checkInToFields,
  cycleToFields,
  initiativeToFields,
  keyResultToFields,
  objectiveToFields,
  teamToFields,
  type Fields,
  type GraphListItem,
} from '../mapping';
import type {
  ImportDrafts,
  ImportedItem,
  ImportList,
  ImportWrite,
  ImportWriteReport,
  RequestOptions,
  SaveProgress,
} from '../repository';
import type { BatchExecutor, BatchStep } from './batch';
import type { GraphConnection } from './connection';
import { queryAll } from './paging';
import { TITLE } from '../schema';
import { ensureFitsSchema, itemNoun } from '../validation';
import type { ListPaths } from './queries';

/** The column an import finds its earlier writes by. */
const keyColumn = (list: ImportList) => (list === 'checkIns' ? 'ClientId' : 'SourceId');

export interface ImportStore {
  readonly batch: BatchExecutor;
  readonly connection: GraphConnection;
  readonly paths: ListPaths;
  readonly rules: OperatingModel;
}

export async function findImported(
  store: ImportStore,
  list: ImportList,
  options: RequestOptions = {},
): Promise<Map<string, ImportedItem>> {
  const column = keyColumn(list);
  // A check-in's status too, so a re-run fills in one an earlier import could not keep; an
  // objective's title, cycle and team, so one written under another source id can be found.
  const columns =
    list === 'checkIns'
      ? `${column},CheckInStatus`
      : list === 'objectives'
        ? `${column},${TITLE},CycleId,TeamId`
        : column;
  const url = `${store.paths.items(list)}?expand=fields(select=id,${columns})&$top=${store.paths.pageSize}`;
  const [items] = await queryAll<GraphListItem>(store.batch, store.connection, [url], {
    signal: options.signal,
    action: 'Finding what an earlier import wrote',
  });
  const found = new Map<string, ImportedItem>();
  for (const item of items!) {
    const key = item.fields[column];
    if (typeof key === 'string' && key !== '') {
      const version = item.eTag ?? (item.fields['@odata.etag'] as string | undefined);
      const checkInStatus = checkInStatuses.find((known) => known === item.fields.CheckInStatus);
      const { [TITLE]: title, CycleId: cycleId, TeamId: teamId } = item.fields;
      found.set(key, {
        id: item.id,
        ...(version ? { version } : {}),
        ...(checkInStatus ? { checkInStatus } : {}),
        ...(list === 'objectives'
          ? {
              objective: {
                title: typeof title === 'string' ? title : '',
                cycleId: cycleId == null ? '' : String(cycleId),
                teamId: teamId == null ? '' : String(teamId),
              },
            }
          : {}),
      });
    }
  }
  return found;
}

function validate<L extends ImportList>(
  list: L,
  draft: ImportDrafts[L],
  rules: OperatingModel,
): ValidationResult<unknown> {
  const item = { ...draft, id: '' } as never;
  switch (list) {
    case 'teams':
      return (draft as ImportDrafts['teams']).name.trim()
        ? { ok: true, value: draft }
        : { ok: false, issues: [] };
    case 'cycles':
      return validateCycle(item, rules);
    case 'objectives':
      return validateObjective(item, rules);
    case 'keyResults':
      return validateKeyResult(item, rules);
    case 'initiatives':
      return validateInitiative(item, rules);
    default:
      return validateCheckIn(item, rules);
  }
}

/** A create keyed by the client id the plan derived from the source, as the app's own are. */
function clientIdOf(draft: { readonly clientId?: string }): Fields {
  return draft.clientId ? { ClientId: draft.clientId } : {};
}

/**
 * A score the file does not give is not written: a score the closing of a cycle gave after an
 * earlier run stays when the file is imported again.
 */
function withScoreGiven(fields: Fields, score: number | undefined): Fields {
  if (score !== undefined) return fields;
  const kept = { ...fields };
  delete kept.Score;
  delete kept.ScoreReason;
  return kept;
}

/**
 * The fields a write of the import sets on a new item: what the dry run checks against the
 * columns' limits (`overlongFields`), as the writer checks them before it sends anything.
 */
export function importFields<L extends ImportList>(list: L, write: ImportWrite<L>): Fields {
  const cycleId = write.cycleId ?? '';
  switch (list) {
    case 'teams': {
      // What a file never says of a team an earlier run wrote (its Microsoft 365 group, whether
      // it is archived) is not written again, nor owners the file does not name: those set on
      // the site since stay.
      const fields = { ...teamToFields(write.draft as ImportDrafts['teams']) };
      if (fields.Owners === null) delete fields.Owners;
      if (write.existing) {
        delete fields.GroupId;
        delete fields.TeamState;
      }
      return fields;
    }
    case 'cycles': {
      const draft = write.draft as ImportDrafts['cycles'];
      return { ...cycleToFields(draft), ...clientIdOf(draft) };
    }
    case 'objectives': {
      const draft = write.draft as ImportDrafts['objectives'];
      return { ...withScoreGiven(objectiveToFields(draft), draft.score), ...clientIdOf(draft) };
    }
    case 'keyResults': {
      const draft = write.draft as ImportDrafts['keyResults'];
      return {
        ...withScoreGiven(keyResultToFields(draft, cycleId), draft.score),
        ...(draft.lastCheckInAt ? { LastCheckInAt: draft.lastCheckInAt } : {}),
        ...clientIdOf(draft),
      };
    }
    case 'initiatives':
      return initiativeToFields(write.draft as ImportDrafts['initiatives'], cycleId);
    default:
      return checkInToFields(write.draft as ImportDrafts['checkIns'], cycleId);
  }
}

/** An earlier import's check-in without the status the file gives: only the status is written. */
function missingStatus(list: ImportList, write: ImportWrite<ImportList>): boolean {
  const status = list === 'checkIns' ? (write.draft as ImportDrafts['checkIns']).status : undefined;
  return status !== undefined && write.existing?.checkInStatus === undefined;
}

/**
 * What a file exported from an item's store writes over it: not the item's own ids, nor what no
 * export carries (a status set by hand, the learnings of a closing), which stay as they are: a
 * PATCH of an item's fields leaves the fields it does not name alone
 * (https://learn.microsoft.com/graph/api/listitem-update).
 */
function fromOwnExport(fields: Fields): Fields {
  const kept = { ...fields };
  delete kept.SourceId;
  delete kept.ClientId;
  delete kept.StatusOverride;
  delete kept.Learnings;
  return kept;
}

/** What a write sends: a check-in an earlier run wrote is the record, only its missing status is filled in. */
function fieldsSent<L extends ImportList>(list: L, write: ImportWrite<L>): Fields {
  return list === 'checkIns' && write.existing
    ? { CheckInStatus: (write.draft as ImportDrafts['checkIns']).status ?? null }
    : importFields(list, write);
}

function step<L extends ImportList>(store: ImportStore, list: L, write: ImportWrite<L>): BatchStep {
  const fields = fieldsSent(list, write);
  if (write.existing) {
    return {
      method: 'PATCH',
      url: `${store.paths.item(list, write.existing.id)}/fields`,
      ...(write.existing.version ? { headers: { 'If-Match': write.existing.version } } : {}),
      body: write.own ? fromOwnExport(fields) : fields,
    };
  }
  return { method: 'POST', url: store.paths.items(list), body: { fields } };
}

function asOkrError(error: unknown): OkrError {
  return error instanceof OkrError
    ? error
    : new UnknownStoreError(error instanceof Error ? error.message : String(error));
}

export async function writeImported<L extends ImportList>(
  store: ImportStore,
  list: L,
  writes: readonly ImportWrite<L>[],
  options: RequestOptions & { readonly onProgress?: (progress: SaveProgress) => void } = {},
): Promise<ImportWriteReport> {
  const written = new Map<string, string>();
  const failed: { sourceId: string; error: OkrError }[] = [];
  const toSend: ImportWrite<L>[] = [];
  for (const write of writes) {
    const result = validate(list, write.draft, store.rules);
    if (!result.ok) {
      const messages = result.issues.map((issue) => issue.message);
      failed.push({
        sourceId: write.sourceId,
        error: new InvalidError(
          `Not imported: ${messages.join(' ') || 'a name is required.'}`,
          messages,
          result.issues,
        ),
      });
    } else if (list === 'checkIns' && write.existing && !missingStatus(list, write)) {
      written.set(write.sourceId, write.existing.id);
    } else {
      // What SharePoint would refuse (a text longer than its column) is refused here, in words,
      // and not sent.
      try {
        ensureFitsSchema(list, fieldsSent(list, write), `This ${itemNoun(list)}`);
        toSend.push(write);
      } catch (error) {
        failed.push({ sourceId: write.sourceId, error: asOkrError(error) });
      }
    }
  }
  const done = () => written.size + failed.length;
  options.onProgress?.({ done: done(), total: writes.length });
  const outcomes = await store.batch.run(
    toSend.map((write) => step(store, list, write)),
    {
      signal: options.signal,
      action: 'Importing',
      // The executor resends a step only for a throttling answer (429/503/504), given before
      // anything is applied; an item an answer was lost for is found by its source id next run.
      onSettled: (settled) =>
        options.onProgress?.({
          done: written.size + failed.length + settled,
          total: writes.length,
        }),
    },
  );
  outcomes.forEach((outcome, index) => {
    const write = toSend[index]!;
    if (outcome.ok) {
      const body = outcome.body as Partial<GraphListItem> & { id?: string };
      written.set(write.sourceId, write.existing?.id ?? String(body.id));
    } else {
      failed.push({ sourceId: write.sourceId, error: asOkrError(outcome.error) });
    }
  });
  return { written, failed };
}
