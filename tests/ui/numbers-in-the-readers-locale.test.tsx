/**
 * Numbers are typed the way the board shows them, in the reader's locale (the host's): in German
 * `80.000` is eighty thousand and `1,5` one and a half. The key result editor read them with the
 * organisation's coaching language (English), so `80.000` was saved as 80 and `1,5` refused; the
 * dialogs filled in two decimals at most, so a value saved untouched lost its third.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { CheckIn, Cycle, KeyResult } from '../../src/core/model';
import type { CheckInDraft, KeyResultDraft, OkrRepository } from '../../src/store/repository';
import { CheckInDialog } from '../../src/ui/components/CheckInDialog/CheckInDialog';
import { CorrectCheckInDialog } from '../../src/ui/components/CorrectCheckInDialog/CorrectCheckInDialog';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { keyResult as fixtureKeyResult } from '../core/fixtures';
import { objective } from './support/onboarding-okrs';
import { adele, renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const running: Cycle = {
  id: 'q',
  name: 'This quarter',
  start: '2000-01-01',
  end: '2999-12-31',
  state: 'active',
};

const boardLoad = fixtureKeyResult({
  title: 'Board load p95 from 2.4 s to 0.8 s',
  kind: 'decrease',
  start: 2.4,
  target: 0.8,
  current: 1.2345,
  unit: 's',
});

describe('the key result editor in German', () => {
  function renderEditor(keyResult?: KeyResult) {
    const created: KeyResultDraft[] = [];
    const updated: KeyResult[] = [];
    const repository = {
      siteRoles: siteRolesOf(),
      createKeyResult: (draft: KeyResultDraft) => {
        created.push(draft);
        return Promise.resolve({ ...draft, id: 'kr1' });
      },
      updateKeyResult: (item: KeyResult) => {
        updated.push(item);
        return Promise.resolve(item);
      },
    } as unknown as OkrRepository;
    renderWithServices(
      repository,
      <KeyResultEditor
        objective={objective}
        {...(keyResult ? { keyResult } : {})}
        onDismiss={() => undefined}
        onSaved={() => undefined}
      />,
      'de-DE',
    );
    const field = (name: RegExp) => screen.getByRole('textbox', { name });
    const type = (name: RegExp, value: string) =>
      fireEvent.change(field(name), { target: { value } });
    const create = () =>
      fireEvent.submit(screen.getByRole('button', { name: 'Create key result' }).closest('form')!);
    return { created, updated, field, type, create };
  }

  it('saves a target of 80.000 as eighty thousand, and says 80.000 as the example', async () => {
    const { created, field, type, create } = renderEditor();
    expect(field(/Target/).getAttribute('placeholder')).toBe('e.g. 80.000');
    type(/Key result/, 'Cloud spend down to 80k');
    type(/Start/, '0');
    type(/Target/, '80.000');
    create();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ start: 0, target: 80000, current: 0 });
  });

  it('saves a target of 1,5 as one and a half', async () => {
    const { created, type, create } = renderEditor();
    type(/Key result/, 'Deploys a day up to 1.5');
    type(/Target/, '1,5');
    create();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ target: 1.5 });
  });

  it('says how a target typed the English way was read, and saves what it said', async () => {
    const { created, type, create } = renderEditor();
    type(/Key result/, 'Deploys a day up to 1.5');
    type(/Target/, '1.5');
    expect(screen.getByText('“1.5” is read as 1,5, with “.” as the decimal mark.')).toBeTruthy();
    create();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ target: 1.5 });
  });

  it('asks which number 1,500 is, and saves nothing until it is clear', async () => {
    const { created, field, type, create } = renderEditor();
    type(/Key result/, 'Signups up to 1500');
    type(/Target/, '1,500');
    create();
    expect(
      await screen.findByText(
        '“1,500” could mean 1,5 or 1.500. Type 1500 if you mean 1.500, or 1,5 if you mean 1,5.',
      ),
    ).toBeTruthy();
    expect(field(/Target/).getAttribute('aria-invalid')).toBe('true');
    expect(created).toEqual([]);
  });

  it('shows a key result’s numbers the German way, every digit, and saves them untouched', async () => {
    const spend = fixtureKeyResult({
      title: 'Cloud spend from 120.000 to 90.000',
      kind: 'decrease',
      start: 120000,
      target: 90000.125,
      current: 101250.75,
      unit: '€',
      weight: 0.5,
    });
    const { updated, field } = renderEditor(spend);
    expect((field(/Start/) as HTMLInputElement).value).toBe('120.000');
    expect((field(/Target/) as HTMLInputElement).value).toBe('90.000,125');
    expect((field(/Weight/) as HTMLInputElement).value).toBe('0,5');
    fireEvent.submit(screen.getByRole('button', { name: 'Save key result' }).closest('form')!);
    await waitFor(() => expect(updated).toHaveLength(1));
    expect(updated[0]).toMatchObject({ start: 120000, target: 90000.125, weight: 0.5 });
  });
});

describe('the check-in dialog in German', () => {
  function renderDialog(keyResult: KeyResult = boardLoad) {
    const saveCheckIns = jest.fn(async (drafts: CheckInDraft[]) => ({
      saved: drafts.map((draft) => ({
        checkIn: draft,
        keyResult: { ...keyResult, current: draft.value },
      })),
      conflicts: [],
      failed: [],
    }));
    renderWithServices(
      {
        siteRoles: siteRolesOf(),
        observeRetries: () => () => undefined,
        saveCheckIns,
      } as unknown as OkrRepository,
      <CheckInDialog
        keyResult={keyResult}
        cycle={running}
        onDismiss={() => undefined}
        onSaved={() => undefined}
      />,
      'de-DE',
    );
    const save = () =>
      fireEvent.submit(screen.getByRole('button', { name: 'Save check-in' }).closest('form')!);
    return { saveCheckIns, save };
  }

  it('fills in the value the German way, every digit of it', async () => {
    renderDialog();
    const value = await screen.findByRole('textbox', { name: /New value/ }, { timeout: 30_000 });
    expect((value as HTMLInputElement).value).toBe('1,2345');
  });

  it('saves 1,05 as 1.05', async () => {
    const { saveCheckIns, save } = renderDialog();
    const value = await screen.findByRole('textbox', { name: /New value/ }, { timeout: 30_000 });
    fireEvent.change(value, { target: { value: '1,05' } });
    save();
    await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(1));
    expect(saveCheckIns.mock.calls[0]![0][0]).toMatchObject({ value: 1.05 });
  });

  it('says how 1.5 was read, and saves one and a half', async () => {
    const { saveCheckIns, save } = renderDialog();
    const value = await screen.findByRole('textbox', { name: /New value/ }, { timeout: 30_000 });
    fireEvent.change(value, { target: { value: '1.5' } });
    expect(screen.getByText('“1.5” is read as 1,5, with “.” as the decimal mark.')).toBeTruthy();
    save();
    await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(1));
    expect(saveCheckIns.mock.calls[0]![0][0]).toMatchObject({ value: 1.5 });
  });

  it('saves 80.000 users as eighty thousand', async () => {
    const users = fixtureKeyResult({ start: 60000, target: 100000, current: 75000 });
    const { saveCheckIns, save } = renderDialog(users);
    const value = await screen.findByRole('textbox', { name: /New value/ }, { timeout: 30_000 });
    expect((value as HTMLInputElement).value).toBe('75.000');
    fireEvent.change(value, { target: { value: '80.000 users' } });
    save();
    await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(1));
    expect(saveCheckIns.mock.calls[0]![0][0]).toMatchObject({ value: 80000 });
  });
});

describe('correcting a check-in in German', () => {
  it('fills in the value every digit of it and reads a corrected 1,1 as 1.1', async () => {
    const checkIn: CheckIn = {
      clientId: 'c1',
      keyResultId: boardLoad.id,
      value: 1.2345,
      confidence: 6,
      note: '',
      author: adele,
      at: '2026-02-02T10:00:00.000Z',
      source: 'teams',
    };
    const correctCheckIn = jest.fn((corrected: CheckIn) =>
      Promise.resolve({
        checkIn: corrected,
        keyResult: { ...boardLoad, current: corrected.value },
      }),
    );
    renderWithServices(
      {
        siteRoles: siteRolesOf(),
        observeRetries: () => () => undefined,
        correctCheckIn,
      } as unknown as OkrRepository,
      <CorrectCheckInDialog
        target={{ mode: 'edit', checkIn, keyResult: boardLoad }}
        cycle={running}
        onDismiss={() => undefined}
        onCorrected={() => undefined}
      />,
      'de-DE',
    );
    const value = await screen.findByRole('textbox', { name: /^Value/ }, { timeout: 30_000 });
    expect((value as HTMLInputElement).value).toBe('1,2345');
    fireEvent.change(value, { target: { value: '1.1' } });
    expect(screen.getByText('“1.1” is read as 1,1, with “.” as the decimal mark.')).toBeTruthy();
    fireEvent.change(value, { target: { value: '1,1' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Why correct it/ }), {
      target: { value: 'Typed the wrong build' },
    });
    fireEvent.submit(screen.getByRole('button', { name: 'Save correction' }).closest('form')!);
    await waitFor(() => expect(correctCheckIn).toHaveBeenCalledTimes(1));
    expect(correctCheckIn.mock.calls[0]![0]).toMatchObject({ value: 1.1 });
  });
});
