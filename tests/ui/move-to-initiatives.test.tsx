import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Initiative, KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import type { KeyResultEditorProps } from '../../src/ui/components/KeyResultEditor/KeyResultEditor.types';
import { siteRolesOf } from './support/site-roles';
import { objective } from './support/onboarding-okrs';

const adele = { id: 'adele', displayName: 'Adele Vance' };
const sibling: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Raise activation from 30% to 50%',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 35,
  unit: '%',
  weight: 1,
};
const activity = 'Launch the new onboarding flow';

function fakeRepository() {
  const calls: { kind: string; value: unknown }[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    listInitiatives: () => Promise.resolve([]),
    createInitiative: (draft: Omit<Initiative, 'id'>) => {
      calls.push({ kind: 'createInitiative', value: draft });
      return Promise.resolve({ ...draft, id: 'i1', version: '1' });
    },
    createKeyResult: (draft: Omit<KeyResult, 'id'>) => {
      calls.push({ kind: 'createKeyResult', value: draft });
      return Promise.resolve({ ...draft, id: 'k9', version: '1' });
    },
    updateKeyResult: (keyResult: KeyResult) => {
      calls.push({ kind: 'updateKeyResult', value: keyResult.title });
      return Promise.resolve({ ...keyResult, version: '2' });
    },
    deleteKeyResult: (keyResult: KeyResult) => {
      calls.push({ kind: 'deleteKeyResult', value: keyResult.id });
      return Promise.resolve();
    },
  } as unknown as OkrRepository;
  return { repository, calls };
}

function renderEditor(repository: OkrRepository, props: Partial<KeyResultEditorProps>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host: { context: { locale: 'en-GB' } } as never,
          operatingModel: defaultOperatingModel,
          me: adele,
        }}
      >
        <KeyResultEditor
          objective={objective}
          onDismiss={() => undefined}
          onSaved={() => undefined}
          {...props}
        />
      </AppServicesProvider>
    </FluentProvider>,
  );
  const title = screen.getByRole('textbox', { name: /Key result/ });
  fireEvent.change(title, { target: { value: activity } });
  fireEvent.blur(title);
  fireEvent.click(screen.getByRole('button', { name: /Move to initiatives/ }));
}

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

describe('KeyResultEditor: the coach’s “Move to initiatives”', () => {
  it('puts the work under another KR of the objective and drops the draft', async () => {
    const { repository, calls } = fakeRepository();
    const onMoved = jest.fn();
    renderEditor(repository, { siblings: [sibling], onMoved });
    const under = screen.getByRole('radio', { name: `Under “${sibling.title}”` });
    expect((under as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move it' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(calls).toEqual([
      {
        kind: 'createInitiative',
        value: { keyResultId: 'k1', title: activity, status: 'notStarted', owner: adele },
      },
    ]);
    expect(onMoved.mock.calls[0][0]).toMatchObject({ under: sibling, initiative: { id: 'i1' } });
  });

  it('deletes a saved KR moved under another only while nothing was checked in on it', async () => {
    const { repository, calls } = fakeRepository();
    const onMoved = jest.fn();
    const mine = { ...sibling, id: 'k2', title: activity, version: '3' };
    renderEditor(repository, { keyResult: mine, siblings: [sibling, mine], onMoved });
    fireEvent.click(screen.getByRole('button', { name: 'Move it' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(calls.map((call) => call.kind)).toEqual(['createInitiative', 'deleteKeyResult']);
    expect(onMoved.mock.calls[0][0].removed).toBe(mine);
  });

  it('keeps the work under this KR, rewritten as an outcome, and adds it on save', async () => {
    const { repository, calls } = fakeRepository();
    const onSaved = jest.fn();
    const checkedIn = {
      ...sibling,
      id: 'k2',
      title: activity,
      owner: adele,
      lastCheckInAt: '2026-11-01T09:00:00Z',
    };
    renderEditor(repository, { keyResult: checkedIn, siblings: [sibling, checkedIn], onSaved });
    // Something was checked in on it: it cannot be deleted, so it keeps its own work.
    expect(screen.queryByRole('radio', { name: `Under “${sibling.title}”` })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Move it' }));
    const title = screen.getByRole('textbox', { name: /Key result/ }) as HTMLInputElement;
    expect(title.value).toBe('Increase <metric> from X to Y');
    screen.getByText(/is added as an initiative under this key result when you save it/);
    expect(calls).toEqual([]);
    fireEvent.submit(screen.getByRole('button', { name: 'Save key result' }).closest('form')!);
    await waitFor(() => expect(onSaved).toHaveBeenCalled());

    expect(calls).toEqual([
      { kind: 'updateKeyResult', value: 'Increase <metric> from X to Y' },
      {
        kind: 'createInitiative',
        value: { keyResultId: 'k2', title: activity, status: 'notStarted', owner: adele },
      },
    ]);
  });
});
