/**
 * One client id per dialog (#20): a create dialog keeps the client id it was opened with, so
 * saving again after a lost answer sends the same id and the store finds the first item instead
 * of creating a second one.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cycle, KeyResult } from '../../src/core/model';
import { OfflineError } from '../../src/store/errors';
import type {
  Board,
  InitiativeDraft,
  KeyResultDraft,
  ObjectiveDraft,
  OkrRepository,
  TeamDraft,
} from '../../src/store/repository';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { InitiativesEditor } from '../../src/ui/components/InitiativesEditor/InitiativesEditor';
import { ObjectiveEditor } from '../../src/ui/components/ObjectiveEditor/ObjectiveEditor';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import { objective } from './support/onboarding-okrs';

const cycle: Cycle = {
  id: 'q1',
  name: 'Q1',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'active',
};
const board: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Onboarding' }],
  objectives: [objective],
  keyResults: [],
  initiatives: [],
};

/** The first create's answer is lost (an error although it was applied); the second succeeds. */
function losingFirstAnswer() {
  const sent: { clientId?: string }[] = [];
  const create = (draft: { clientId?: string }) => {
    sent.push(draft);
    return sent.length === 1
      ? Promise.reject(new OfflineError('Microsoft 365 did not answer.'))
      : Promise.resolve({ ...draft, id: 'new', version: '1' });
  };
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: () => Promise.resolve(board),
    listCycles: () => Promise.resolve([cycle]),
    createObjective: (draft: ObjectiveDraft) => create(draft),
    createKeyResult: (draft: KeyResultDraft) => create(draft),
    createTeam: (draft: TeamDraft) => create(draft),
    createInitiative: (draft: InitiativeDraft) => create(draft),
    listInitiatives: () => Promise.resolve([]),
  } as unknown as OkrRepository;
  return { repository, sent };
}

async function saveTwice(submitLabel: string, onSaved: jest.Mock) {
  const form = () => screen.getByRole('button', { name: submitLabel }).closest('form')!;
  fireEvent.submit(form());
  await screen.findByRole('alert');
  fireEvent.submit(form());
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
}

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

test('the objective editor sends one client id for both saves', async () => {
  const { repository, sent } = losingFirstAnswer();
  const onSaved = jest.fn();
  renderWithServices(
    repository,
    <ObjectiveEditor board={board} onDismiss={() => undefined} onSaved={onSaved} />,
  );
  fireEvent.change(screen.getByRole('textbox', { name: /Objective/ }), {
    target: { value: 'Partners sell the new plan' },
  });
  await saveTwice('Create objective', onSaved);
  expect(sent).toHaveLength(2);
  expect(sent[0]!.clientId).toEqual(expect.any(String));
  expect(sent[1]!.clientId).toBe(sent[0]!.clientId);
});

test('the key result editor sends one client id for both saves', async () => {
  const { repository, sent } = losingFirstAnswer();
  const onSaved = jest.fn();
  renderWithServices(
    repository,
    <KeyResultEditor objective={objective} onDismiss={() => undefined} onSaved={onSaved} />,
  );
  fireEvent.change(screen.getByRole('textbox', { name: /Key result/ }), {
    target: { value: 'Raise activation from 30% to 50%' },
  });
  fireEvent.change(screen.getByRole('textbox', { name: /Target/ }), { target: { value: '50' } });
  await saveTwice('Create key result', onSaved);
  expect(sent).toHaveLength(2);
  expect(sent[0]!.clientId).toEqual(expect.any(String));
  expect(sent[1]!.clientId).toBe(sent[0]!.clientId);
});

test('the team dialog sends one client id for both saves', async () => {
  const { repository, sent } = losingFirstAnswer();
  const onSaved = jest.fn();
  const programme = { data: { teams: [] }, applyTeam: onSaved, reload: () => undefined };
  renderWithServices(
    repository,
    <TeamsSection
      access={{ setUp: true } as never}
      programme={programme as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'New team' }));
  fireEvent.change(await screen.findByRole('textbox', { name: /Name/ }), {
    target: { value: 'Partner success' },
  });
  await saveTwice('Create team', onSaved);
  expect(sent).toHaveLength(2);
  expect(sent[0]!.clientId).toEqual(expect.any(String));
  expect(sent[1]!.clientId).toBe(sent[0]!.clientId);
});

test('the initiatives editor sends one client id per initiative, kept until it is added', async () => {
  const { repository, sent } = losingFirstAnswer();
  const keyResult: KeyResult = {
    id: 'kr1',
    objectiveId: objective.id,
    title: 'Raise activation from 30% to 50%',
    kind: 'increase',
    start: 30,
    target: 50,
    current: 30,
    unit: '%',
    weight: 1,
  };
  renderWithServices(repository, <InitiativesEditor keyResult={keyResult} />);
  const title = await screen.findByRole('textbox', { name: 'New initiative' });
  const add = async (name: string, outcome: RegExp) => {
    fireEvent.change(title, { target: { value: name } });
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    await screen.findByText(outcome);
  };
  await add('Call every new customer', /You are offline/);
  await add('Call every new customer', /“Call every new customer” added/);
  await add('Write the welcome guide', /“Write the welcome guide” added/);
  expect(sent).toHaveLength(3);
  expect(sent[1]!.clientId).toBe(sent[0]!.clientId);
  expect(sent[2]!.clientId).toEqual(expect.any(String));
  expect(sent[2]!.clientId).not.toBe(sent[0]!.clientId);
});
