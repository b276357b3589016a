/**
 * The operating model: one item of the Settings list, JSON text in `Value`. Absent or unreadable,
 * the core's defaults apply; saved, it is validated first.
 */
import {
  defaultOperatingModel,
  validateOperatingModel,
  type OperatingModel,
} from '../../core/operating-model';
import { ConflictError } from '../errors';
import type { GraphListItem } from '../mapping';
import type { RequestOptions } from '../repository';
import { OPERATING_MODEL_SETTING, TITLE } from '../schema';
import { ensureValid } from '../validation';
import { toOkrError } from './errors';
import type { StoreContext } from './graph-repository';
import { queryAll } from './paging';
import { textEquals } from './queries';

async function readSetting(
  store: StoreContext,
  options?: RequestOptions,
): Promise<GraphListItem | undefined> {
  const [items] = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    [store.paths.query('settings', textEquals('SettingKey', OPERATING_MODEL_SETTING))],
    { signal: options?.signal },
  );
  return items![0];
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
  for (const section of ['checkIn', 'confidenceScale', 'scoring', 'pace', 'limits'] as const) {
    (merged as unknown as Record<string, unknown>)[section] = {
      ...defaultOperatingModel[section],
      ...stored[section],
    };
  }
  const checked = validateOperatingModel(merged);
  return checked.ok ? checked.value : defaultOperatingModel;
}

export async function loadOperatingModel(
  store: StoreContext,
  options?: RequestOptions,
): Promise<OperatingModel> {
  return fromStored((await readSetting(store, options))?.fields.Value);
}

export async function saveOperatingModel(
  store: StoreContext,
  model: OperatingModel,
  options?: RequestOptions,
): Promise<OperatingModel> {
  const valid = ensureValid(validateOperatingModel(model), 'The operating model');
  const value = JSON.stringify(valid);
  const context = { signal: options?.signal, action: 'Saving the operating model' };
  const request = (path: string) => {
    const built = store.connection.client.api(path);
    return options?.signal ? built.option('signal', options.signal) : built;
  };
  const existing = await readSetting(store, options);
  try {
    if (existing) {
      await request(`${store.paths.item('settings', existing.id)}/fields`)
        .header('If-Match', existing.eTag ?? '')
        .patch({ Value: value });
    } else {
      await request(store.paths.items('settings')).post({
        fields: { [TITLE]: 'Operating model', SettingKey: OPERATING_MODEL_SETTING, Value: value },
      });
    }
    return valid;
  } catch (error) {
    const mapped = toOkrError(error, context);
    if (!(mapped instanceof ConflictError)) throw mapped;
    // Another admin saved between our read and our write: show them both, overwrite nothing.
    const theirs = await readSetting(store, options);
    throw new ConflictError(
      'Someone else changed the operating model just now. Review their version before saving yours.',
      valid,
      fromStored(theirs?.fields.Value),
    );
  }
}
