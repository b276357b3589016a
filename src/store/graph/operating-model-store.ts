/**
 * The operating model: one item of the Settings list, JSON text in `Value`. Absent or unreadable,
 * the core's defaults apply; saved, it is validated first.
 */
import { defaultOperatingModel, type OperatingModel } from '../../core/operating-model';
import { isLocale, validateOperatingModel } from '../../core/operating-model-validation';
import { CancelledError, ConflictError } from '../errors';
import { changedByOf, type GraphListItem } from '../mapping';
import type { RequestOptions } from '../repository';
import { OPERATING_MODEL_SETTING, TITLE } from '../schema';
import { ensureObject, ensureValid } from '../validation';
import type { StoreCollaborators } from './collaborators';
import { itemsFromFirstPage, queryAll } from './paging';
import { textEquals, type ListPaths } from './queries';

type SettingsCollaborators = Pick<StoreCollaborators, 'connection' | 'batch' | 'paths'>;

/** The operating model's sections, each an object of settings. */
const modelSections = [
  'checkIn',
  'confidenceScale',
  'scoring',
  'pace',
  'limits',
  'fiscalYear',
] as const;

/** The query for the operating model's item (its first page may be read alongside the site). */
export function operatingModelQuery(paths: ListPaths): string {
  // Who saved it last names them when two admins' saves meet.
  return paths.query('settings', textEquals('SettingKey', OPERATING_MODEL_SETTING), [
    'lastModifiedBy',
    'lastModifiedDateTime',
  ]);
}

async function readSetting(
  store: SettingsCollaborators,
  options?: RequestOptions,
  firstPage?: unknown,
): Promise<GraphListItem | undefined> {
  const context = { ...(options?.signal ? { signal: options.signal } : {}) };
  const [item] =
    firstPage === undefined
      ? (
          await queryAll<GraphListItem>(
            store.batch,
            store.connection,
            [operatingModelQuery(store.paths)],
            context,
          )
        )[0]!
      : await itemsFromFirstPage<GraphListItem>(store.batch, store.connection, firstPage, context);
  return item;
}

/** Stored settings over the defaults, section by section, so a newer app reads an older item. */
function fromStored(value: unknown): OperatingModel {
  if (typeof value !== 'string') return defaultOperatingModel;
  let stored: Partial<OperatingModel>;
  try {
    stored = JSON.parse(value) as Partial<OperatingModel>;
  } catch {
    return defaultOperatingModel;
  }
  const merged = { ...defaultOperatingModel, ...stored } as OperatingModel;
  for (const section of modelSections) {
    (merged as unknown as Record<string, unknown>)[section] = {
      ...defaultOperatingModel[section],
      ...stored[section],
    };
  }
  const checked = validateOperatingModel(merged);
  // A language the messages are not written in, saved before that was checked, is read as stored:
  // the editor shows it and asks for one of theirs (messages meanwhile fall back to English).
  const readable =
    checked.ok ||
    (isLocale(merged.locale) && checked.issues.every((issue) => issue.field === 'locale'));
  return readable ? merged : defaultOperatingModel;
}

/** `firstPage`: the operating model query's first page, when it was read alongside the site. */
export async function loadOperatingModel(
  store: SettingsCollaborators,
  options?: RequestOptions,
  firstPage?: unknown,
): Promise<OperatingModel> {
  const item = await readSetting(store, options, firstPage);
  return withVersion(fromStored(item?.fields.Value), item ? item.eTag : NOTHING_STORED);
}

/** The version of a model read when none was stored: saving it fails if one was stored since. */
const NOTHING_STORED = 'none';

function withVersion(model: OperatingModel, version: string | undefined): OperatingModel {
  return version ? { ...model, version } : model;
}

export async function saveOperatingModel(
  store: SettingsCollaborators,
  model: OperatingModel,
  options?: RequestOptions,
): Promise<OperatingModel> {
  for (const section of modelSections) ensureObject(model[section], `The ${section} settings`);
  const { version: readAt, ...valid } = ensureValid(
    validateOperatingModel(model),
    'The operating model',
  );
  const value = JSON.stringify(valid);
  const context = {
    ...(options?.signal ? { signal: options.signal } : {}),
    action: 'Saving the operating model',
  };
  const existing = await readSetting(store, options);
  try {
    if (existing && readAt === NOTHING_STORED) {
      throw new ConflictError('Saved by someone else meanwhile.', model, undefined);
    }
    if (existing) {
      // If-Match on the version the editor read, so a save over someone else's is refused;
      // a caller that read none (a script) saves over the latest.
      const saved = await store.connection.send<GraphListItem['fields']>(
        {
          method: 'PATCH',
          path: `${store.paths.item('settings', existing.id)}/fields`,
          headers: { 'If-Match': readAt ?? existing.eTag ?? '' },
          body: { Value: value },
        },
        context,
      );
      const etag = saved['@odata.etag'];
      return withVersion(valid, typeof etag === 'string' ? etag : undefined);
    } else {
      const created = await store.connection.send<GraphListItem>(
        {
          method: 'POST',
          path: store.paths.items('settings'),
          // SettingKey is unique: a resend after a lost answer cannot make a second item.
          idempotent: true,
          body: {
            fields: {
              [TITLE]: 'Operating model',
              SettingKey: OPERATING_MODEL_SETTING,
              Value: value,
            },
          },
        },
        context,
      );
      return withVersion(valid, created.eTag);
    }
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    // After a lost answer, or a resend that met its own write, what is stored may be this save.
    const stored = await readSetting(store, options).catch(() => undefined);
    if (stored?.fields.Value === value) return withVersion(valid, stored.eTag);
    if (!(error instanceof ConflictError)) throw error;
    // Another admin saved between our read and our write: show them both, overwrite nothing.
    const theirs = stored ?? (await readSetting(store, options));
    const changedBy = theirs && changedByOf(theirs);
    throw new ConflictError(
      `${changedBy?.displayName ?? 'Someone else'} changed the operating model just now. Review their version before saving yours.`,
      model,
      withVersion(fromStored(theirs?.fields.Value), theirs?.eTag),
      changedBy,
    );
  }
}
