/**
 * A button pressed to save keeps the keyboard focus while the save runs and after it fails: it is
 * aria-disabled meanwhile (Fluent's `disabledFocusable`), not disabled, which in a browser drops
 * the focus to the page's body (the focus fixup rule, applied here as Chromium applies it).
 * Where a step replaces the pressed button, the focus goes to what took its place.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { OfflineError } from '../../src/store/errors';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { CheckInDialog } from '../../src/ui/components/CheckInDialog/CheckInDialog';
import { DeleteDialog } from '../../src/ui/components/DeleteDialog/DeleteDialog';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { StatusOverrideDialog } from '../../src/ui/components/StatusOverrideDialog/StatusOverrideDialog';
import { StoryPanel } from '../../src/ui/components/StoryPanel/StoryPanel';
import { ImportPage } from '../../src/ui/migrate/ImportPage/ImportPage';
import { keyResult as fixtureKeyResult, objective, q1 } from '../core/fixtures';
import { applyFocusFixup } from './support/focus-fixup';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);
const found = { timeout: 30_000 };

// A cycle running today: a check-in is dated now.
const cycle = { ...q1, start: '2000-01-01', end: '2999-12-31' };
const keyResult = fixtureKeyResult({ current: 1200 });

let undoFixup: () => void;
beforeEach(() => (undoFixup = applyFocusFixup()));
afterEach(() => undoFixup());

/** A write that fails (offline) once the test lets it, so the test sees it while it runs. */
function heldFailure() {
  let fail: () => void = () => undefined;
  const write = jest.fn(
    (..._args: unknown[]): Promise<never> =>
      new Promise((_, reject) => (fail = () => reject(new OfflineError('offline')))),
  );
  return { write, fail: () => fail() };
}

function renderAs(admin: boolean, repository: Partial<OkrRepository>, node: ReactNode) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository: {
            siteRoles: siteRolesOf({ admin, coach: false }),
            observeRetries: () => () => undefined,
            ...repository,
          } as unknown as OkrRepository,
          host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as never,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        {node}
      </AppServicesProvider>
    </FluentProvider>,
  );
}

function renderStatusDialog(write: OkrRepository['updateKeyResult']) {
  renderAs(
    false,
    { updateKeyResult: write },
    <StatusOverrideDialog
      target={{ kind: 'keyResult', keyResult }}
      cycle={cycle}
      onDismiss={() => undefined}
      onSaved={() => undefined}
    />,
  );
}

/** In jsdom a modal dialog's buttons are not exposed by role: found by their text. */
async function buttonWithText(text: string): Promise<HTMLButtonElement> {
  return (await screen.findByText(text, undefined, found)).closest('button')!;
}

async function pressAndFail(button: HTMLButtonElement, busyText: string, fail: () => void) {
  button.focus();
  fireEvent.click(button);
  await screen.findByText(busyText, undefined, found);
  expect(document.activeElement).toBe(button);
  expect(button.getAttribute('aria-disabled')).toBe('true');
  fail();
  await screen.findByText(/You are offline|offline/i, undefined, found);
}

test('the check-in dialog’s Save keeps the focus while it saves and after it failed', async () => {
  const { write, fail } = heldFailure();
  renderAs(
    false,
    { saveCheckIns: write },
    <CheckInDialog
      keyResult={keyResult}
      cycle={cycle}
      onDismiss={() => undefined}
      onSaved={() => undefined}
    />,
  );
  await screen.findByRole('textbox', { name: /New value/ }, found);
  const save = await buttonWithText('Save check-in');
  await pressAndFail(save, 'Saving…', fail);
  await waitFor(() => expect(save.textContent).toBe('Save check-in'), found);
  expect(document.activeElement).toBe(save);
  // Pressed again while it saves (Enter in a field submits too), it saves once.
  fireEvent.click(save);
  fireEvent.click(save);
  expect(write).toHaveBeenCalledTimes(2);
});

test('the status dialog’s Set status keeps the focus after its save failed', async () => {
  const { write, fail } = heldFailure();
  renderStatusDialog(write);
  fireEvent.change(await screen.findByRole('textbox', { name: /Why/ }, found), {
    target: { value: 'Legal template is late' },
  });
  const save = await buttonWithText('Set status');
  await pressAndFail(save, 'Saving…', fail);
  await waitFor(() => expect(save.textContent).toBe('Set status'), found);
  expect(document.activeElement).toBe(save);
});

test('a failed delete leaves the focus on the dialog’s button, now Close', async () => {
  const { write, fail } = heldFailure();
  renderAs(
    true,
    { deleteKeyResult: write },
    <DeleteDialog
      target={{ kind: 'keyResult', keyResult }}
      onDismiss={() => undefined}
      onDeleted={() => undefined}
    />,
  );
  const remove = await buttonWithText('Delete key result');
  await pressAndFail(remove, 'Deleting…', fail);
  await waitFor(() => expect(remove.textContent).toBe('Close'), found);
  expect(document.activeElement).toBe(remove);
});

test('the story panel’s Save keeps the focus after it failed; saved, the focus is on Edit', async () => {
  const { write, fail } = heldFailure();
  renderAs(true, { saveOperatingModel: write }, <StoryPanel open onOpenChange={() => undefined} />);
  const edit = await buttonWithText('Edit');
  edit.focus();
  fireEvent.click(edit);
  // Edit is gone: the focus is in the story's editor, not on the page.
  const editor = await screen.findByRole('textbox', { name: /The story/ }, found);
  await waitFor(() => expect(document.activeElement).toBe(editor), found);
  fireEvent.change(editor, { target: { value: '# Why\nTo focus.' } });

  const save = await buttonWithText('Save the story');
  await pressAndFail(save, 'Saving…', fail);
  await waitFor(() => expect(save.textContent).toBe('Save the story'), found);
  expect(document.activeElement).toBe(save);

  // Saved: the store hands the model back.
  write.mockImplementation((model) => Promise.resolve(model) as Promise<never>);
  fireEvent.click(save);
  await screen.findByText('The story is saved.', undefined, found);
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'), found);
});

test('an export that failed on the Import page leaves the focus on its button', async () => {
  const { write, fail } = heldFailure();
  renderAs(
    true,
    {
      listCycles: write,
      listTeams: () => Promise.resolve([]),
      storeIdentity: () => Promise.resolve('objectives-list-id'),
    },
    <ImportPage />,
  );
  const csv = await buttonWithText('Export as CSV');
  await pressAndFail(csv, 'Exporting…', fail);
  await waitFor(() => expect(csv.getAttribute('aria-disabled')).toBeNull(), found);
  expect(document.activeElement).toBe(csv);
});

test('a refused status takes the focus to its Why, which says what is missing', async () => {
  const { write } = heldFailure();
  renderStatusDialog(write);
  const why = await screen.findByRole('textbox', { name: /Why/ }, found);
  const save = await buttonWithText('Set status');
  save.focus();
  fireEvent.click(save);
  await waitFor(() => expect(document.activeElement).toBe(why), found);
  expect(why.getAttribute('aria-invalid')).toBe('true');
  expect(write).not.toHaveBeenCalled();
});

test('a refused key result takes the focus to the first field it names', async () => {
  const { write } = heldFailure();
  renderAs(
    false,
    { updateKeyResult: write, listInitiatives: () => Promise.resolve([]) },
    <KeyResultEditor
      objective={objective()}
      keyResult={keyResult}
      onDismiss={() => undefined}
      onSaved={() => undefined}
    />,
  );
  const target = await screen.findByRole('textbox', { name: /Target/ }, found);
  fireEvent.change(target, { target: { value: 'x' } });
  const save = await buttonWithText('Save key result');
  save.focus();
  fireEvent.click(save);
  await waitFor(() => expect(document.activeElement).toBe(target), found);
  expect(write).not.toHaveBeenCalled();
});
