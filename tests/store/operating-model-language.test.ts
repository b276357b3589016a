import { defaultOperatingModel, type OperatingModel } from '../../src/core/operating-model';
import { InvalidError } from '../../src/store/errors';
import { OPERATING_MODEL_SETTING } from '../../src/store/schema';
import { startStore, type StoreFixture } from './store-fixture';

/**
 * The language of coaching messages is one they are written in: "klingon" was saved, with a
 * success toast, and every message then fell back to English unsaid.
 */
let store: StoreFixture;

beforeAll(async () => {
  store = await startStore();
}, 120_000);
afterAll(() => store.stop());

test('a language the messages are not written in is refused, naming those they are, nothing saved', async () => {
  const repository = store.repository();
  const refused: unknown = await repository
    .saveOperatingModel({ ...defaultOperatingModel, locale: 'klingon' })
    .catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(InvalidError);
  expect((refused as InvalidError).message).toContain(
    'Choose one of English (en), Deutsch (de), Français (fr), Español (es).',
  );
  expect((await repository.loadOperatingModel()).locale).toBe(defaultOperatingModel.locale);

  const saved = await repository.saveOperatingModel({ ...defaultOperatingModel, locale: 'fr' });
  expect(saved.locale).toBe('fr');
});

test('one stored before is read as stored, with the other settings, so the editor can show it', async () => {
  const fresh = await startStore();
  try {
    await fresh.bulkCreate('settings', [
      {
        SettingKey: OPERATING_MODEL_SETTING,
        Value: JSON.stringify({
          ...defaultOperatingModel,
          locale: 'klingon',
          checkIn: { ...defaultOperatingModel.checkIn, day: 2 },
        }),
      },
    ]);
    const read = await fresh.repository().loadOperatingModel();
    expect(read.locale).toBe('klingon');
    expect(read.checkIn.day).toBe(2);
  } finally {
    await fresh.stop();
  }
}, 120_000);

test('a model stored before the fiscal year was a setting reads as the calendar year; a saved one is kept', async () => {
  const fresh = await startStore();
  try {
    const older: { -readonly [K in keyof OperatingModel]?: OperatingModel[K] } = {
      ...defaultOperatingModel,
    };
    delete older.fiscalYear;
    await fresh.bulkCreate('settings', [
      {
        SettingKey: OPERATING_MODEL_SETTING,
        Value: JSON.stringify({ ...older, checkIn: { ...defaultOperatingModel.checkIn, day: 3 } }),
      },
    ]);
    const repository = fresh.repository();
    const read = await repository.loadOperatingModel();
    expect(read.fiscalYear).toEqual({ firstMonth: 1, namedBy: 'end' });
    expect(read.checkIn.day).toBe(3);

    await repository.saveOperatingModel({ ...read, fiscalYear: { firstMonth: 7, namedBy: 'end' } });
    const again = await fresh.repository().loadOperatingModel();
    expect(again.fiscalYear).toEqual({ firstMonth: 7, namedBy: 'end' });

    const refused: unknown = await repository
      .saveOperatingModel({ ...again, fiscalYear: { firstMonth: 0, namedBy: 'end' } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as InvalidError).message).toContain(
      'First month of the fiscal year: 0 is outside 1–12',
    );
  } finally {
    await fresh.stop();
  }
}, 120_000);

test('a fiscal year stored with only its month takes the default naming, not the whole default model', async () => {
  const fresh = await startStore();
  try {
    await fresh.bulkCreate('settings', [
      {
        SettingKey: OPERATING_MODEL_SETTING,
        Value: JSON.stringify({ ...defaultOperatingModel, fiscalYear: { firstMonth: 7 } }),
      },
    ]);
    const read = await fresh.repository().loadOperatingModel();
    expect(read.fiscalYear).toEqual({ firstMonth: 7, namedBy: 'end' });
  } finally {
    await fresh.stop();
  }
}, 120_000);
