/**
 * Wrong input in the check-in dialog: each error names what was wrong and what is accepted, and a
 * value refused outright is not also offered as a "big jump" to confirm (with a note it then
 * requires), which would ask the reader to confirm a value the dialog will never save. A refused
 * save takes the focus to the first field it names.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import type { LocaleWords } from '../../src/ui/board/locale-words';
import { words as german } from '../../src/ui/board/words/de';
import { words as spanish } from '../../src/ui/board/words/es';
import { words as french } from '../../src/ui/board/words/fr';
import { CheckInDialog } from '../../src/ui/components/CheckInDialog/CheckInDialog';
import { keyResult as fixtureKeyResult } from '../core/fixtures';
import { siteRolesOf } from './support/site-roles';

const cycle: Cycle = {
  id: 'q',
  name: 'This quarter',
  start: '2000-01-01',
  end: '2999-12-31',
  state: 'active',
};

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

async function openDialog(
  keyResult = fixtureKeyResult({ current: 1200 }),
  reader?: { locale: string; words: LocaleWords },
) {
  const saveCheckIns = jest.fn();
  const repository = {
    siteRoles: siteRolesOf(),
    observeRetries: () => () => undefined,
    saveCheckIns,
  } as unknown as OkrRepository;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: reader?.locale ?? 'en-US' } } as never,
          ...(reader ? { words: reader.words } : {}),
          operatingModel: defaultOperatingModel,
          me: { id: 'adele', displayName: 'Adele Vance' },
        }}
      >
        <CheckInDialog
          keyResult={keyResult}
          cycle={cycle}
          onDismiss={() => undefined}
          onSaved={() => undefined}
        />
      </AppServicesProvider>
    </FluentProvider>,
  );
  const value = await screen.findByRole(
    'textbox',
    { name: /New value|Neuer Wert|Nouvelle valeur|Nuevo valor/ },
    { timeout: 30_000 },
  );
  const save = () => fireEvent.submit(value.closest('form')!);
  return { value, save, saveCheckIns };
}

test('an empty value says what to type', async () => {
  const { value, save, saveCheckIns } = await openDialog();
  fireEvent.change(value, { target: { value: '' } });
  save();
  // Named as its field is labelled (New value), where it said Value.
  await screen.findByText('New value is empty. Type a number such as 1,234.5.', undefined, {
    timeout: 30_000,
  });
  expect(saveCheckIns).not.toHaveBeenCalled();
});

test('a value below zero is refused, not offered as a big jump to confirm', async () => {
  const { value, save, saveCheckIns } = await openDialog();
  fireEvent.change(value, { target: { value: '-5' } });
  save();
  await screen.findByText(/cannot go below zero .* Enter 0 or more\./, undefined, {
    timeout: 30_000,
  });
  expect(screen.queryByRole('checkbox', { name: /this value is right/ })).toBeNull();
  expect(screen.queryByText(/is a big jump/)).toBeNull();
  expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toBeTruthy();
  expect(saveCheckIns).not.toHaveBeenCalled();

  // A real big jump still asks for its confirmation.
  fireEvent.change(value, { target: { value: '1900' } });
  await screen.findByRole('checkbox', { name: /this value is right/ }, { timeout: 30_000 });
});

test('a refused save takes the focus to the first field it names, not left on Save', async () => {
  const { value, save } = await openDialog();
  const note = screen.getByRole('textbox', { name: 'Note (optional)' });
  fireEvent.change(note, { target: { value: 'x'.repeat(2001) } });
  screen.getByRole('button', { name: 'Save check-in' }).focus();
  save();
  await waitFor(() => expect(document.activeElement).toBe(note));

  fireEvent.change(note, { target: { value: 'Shipped the cache' } });
  fireEvent.change(value, { target: { value: 'twelve' } });
  screen.getByRole('button', { name: 'Save check-in' }).focus();
  save();
  await waitFor(() => expect(document.activeElement).toBe(value));
});

test('150% on a KR measured in % from 35% to 70% is asked about by name, and saved once confirmed with a note', async () => {
  const share = fixtureKeyResult({
    title: 'Teams with a check-in in their first week',
    start: 35,
    target: 70,
    current: 55,
    unit: '%',
    version: '12',
  });
  const { value, save, saveCheckIns } = await openDialog(share);
  saveCheckIns.mockResolvedValue({ saved: [], conflicts: [], failed: [] });
  fireEvent.change(value, { target: { value: '150' } });
  const confirm = await screen.findByRole(
    'checkbox',
    { name: /this value is right/ },
    { timeout: 30_000 },
  );
  // The question says what is odd about it, not only that it moved far.
  expect(
    screen.getByText(
      /150% is more than 100% for .*\(from 35% to 70%\): a share cannot pass 100%, growth can\./,
    ),
  ).toBeTruthy();
  expect(screen.queryByText(/is a big jump/)).toBeNull();
  fireEvent.click(confirm);
  save();
  await screen.findByText(/150% on .* is more than 100%: add a note on what it measures\./);
  expect(saveCheckIns).not.toHaveBeenCalled();
  fireEvent.change(screen.getByRole('textbox', { name: /^Note/ }), {
    target: { value: 'Growth in active teams, not a share' },
  });
  save();
  await waitFor(() => expect(saveCheckIns).toHaveBeenCalledTimes(1));
  // With the KR it was typed against: a KR renamed meanwhile takes it, one checked in is a conflict.
  expect(saveCheckIns.mock.calls[0][0][0]).toMatchObject({
    value: 150,
    keyResultVersion: '12',
    keyResultBasis: { kind: 'increase', start: 35, target: 70, unit: '%', current: 55 },
  });
});

test.each([
  ['de-DE', german, 'Neuer Wert (Tickets)', 'Notiz (optional)'],
  ['fr-FR', french, 'Nouvelle valeur (Tickets)', 'Note (facultative)'],
  ['es-ES', spanish, 'Nuevo valor (Tickets)', 'Nota (opcional)'],
])(
  'in %s the value and the note are named as their fields are labelled',
  async (locale, words, valueLabel, noteLabel) => {
    const { value, save } = await openDialog(fixtureKeyResult({ current: 1200, unit: 'Tickets' }), {
      locale,
      words,
    });
    expect(screen.getByRole('textbox', { name: valueLabel })).toBe(value);
    fireEvent.change(value, { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: noteLabel }), {
      target: { value: 'x'.repeat(2001) },
    });
    save();
    const named = (label: string) => new RegExp(`^\\W+${label.replace(/ \(.*/, '')}\\W`);
    await screen.findByText(named(valueLabel), undefined, { timeout: 30_000 });
    expect(screen.getByText(named(noteLabel))).toBeTruthy();
  },
);
