/**
 * Nothing lost through a form: the tab's editors show only some fields of an item, and saving an
 * edit must keep the rest. An imported KR's phased targets, roll-up, score and source id (which a
 * second import matches on), an objective's weighted alignments and learnings, a team's or
 * cycle's source id were all written back empty before. A KR or objective nobody owns keeps
 * having no owner: the person who edited its title used to become its owner without a word.
 */
import type { ReactElement } from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { act, renderHook } from '@testing-library/react';
import type { Cycle, KeyResult, Objective, Team } from '../../src/core/model';
import { ConflictError } from '../../src/store/errors';
import type { Board, OkrRepository } from '../../src/store/repository';
import { KeyResultEditor } from '../../src/ui/components/KeyResultEditor/KeyResultEditor';
import { ObjectiveEditor } from '../../src/ui/components/ObjectiveEditor/ObjectiveEditor';
import { useSaveWithConflict } from '../../src/ui/hooks/useSaveWithConflict';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const cycle: Cycle = {
  id: 'q1',
  sourceId: 'viva:tp-7',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
  coachingPlan: { rituals: [] } as unknown as NonNullable<Cycle['coachingPlan']>,
  version: '4',
};
const team: Team = { id: 't1', sourceId: 'viva:team-3', name: 'Onboarding', version: '2' };
const company: Objective = {
  id: 'o0',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Grow into the mid-market',
  description: '',
  commitment: 'committed',
  state: 'active',
};
const partners: Objective = { ...company, id: 'o9', title: 'Partners bring a third of sales' };
const objective: Objective = {
  id: 'o1',
  sourceId: 'viva:412',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Customers love onboarding',
  description: 'From the autumn survey',
  commitment: 'committed',
  parentId: 'o0',
  alignments: [
    { objectiveId: 'o0', weight: 60 },
    { objectiveId: 'o9', weight: 40 },
  ],
  rollsUpAligned: true,
  state: 'active',
  score: 0.7,
  learnings: 'Start the survey earlier.',
  version: '3',
};
const keyResult: KeyResult = {
  id: 'kr1',
  sourceId: 'viva:413',
  objectiveId: 'o1',
  title: 'Raise activation from 30% to 50%',
  description: 'Activated = finished the first project',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 41,
  unit: '%',
  weight: 2,
  confidence: 7,
  targets: [
    { date: '2027-01-31', value: 36 },
    { date: '2027-02-28', value: 43 },
  ],
  rolledUpFrom: [{ kind: 'keyResult', id: 'kr7', weight: 1 }],
  score: 0.6,
  scoreReason: 'The survey came late',
  excelLink: { workbook: 'Finance.xlsx', sheet: 'Q1', address: 'B5', bindingId: 'okr-kr1' },
  lastCheckInAt: '2027-02-10T09:00:00.000Z',
  version: '5',
};
const board: Board = {
  cycle,
  teams: [team],
  objectives: [company, partners, objective],
  keyResults: [keyResult],
  initiatives: [],
};

/** A repository that takes every update as it is sent and answers with the next version. */
function recordingUpdates() {
  const sent: unknown[] = [];
  const update = <T extends object>(item: T) => {
    sent.push(item);
    return Promise.resolve({ ...item, version: 'next' });
  };
  const repository = {
    siteRoles: siteRolesOf(),
    loadBoard: () => Promise.resolve(board),
    listCycles: () => Promise.resolve([cycle]),
    listInitiatives: () => Promise.resolve([]),
    updateKeyResult: update,
    updateObjective: update,
    updateTeam: update,
    updateCycle: update,
  } as unknown as OkrRepository;
  return { repository, sent };
}

/** The tab's objective editor open on `objective`. */
function editObjective(repository: OkrRepository) {
  renderWithServices(
    repository,
    <ObjectiveEditor
      board={board}
      objective={objective}
      onDismiss={() => undefined}
      onSaved={() => undefined}
    />,
  );
}

async function submit(label: string, sent: unknown[]) {
  fireEvent.submit(screen.getByRole('button', { name: label }).closest('form')!);
  await waitFor(() => expect(sent).toHaveLength(1), { timeout: 20_000 });
}

test('a KR edited in the tab keeps its phased targets, roll-up, score, source id and Excel link', async () => {
  const { repository, sent } = recordingUpdates();
  renderWithServices(
    repository,
    <KeyResultEditor
      objective={objective}
      keyResult={keyResult}
      onDismiss={() => undefined}
      onSaved={() => undefined}
    />,
  );
  fireEvent.change(screen.getByRole('textbox', { name: /Key result/ }), {
    target: { value: 'Raise activation from 30% to 55%' },
  });
  fireEvent.change(screen.getByRole('textbox', { name: /Target/ }), { target: { value: '55' } });
  const details = screen.getByRole('textbox', { name: /Details/ });
  expect((details as HTMLTextAreaElement).value).toBe(keyResult.description);
  fireEvent.change(details, { target: { value: 'x'.repeat(4001) } });
  fireEvent.submit(screen.getByRole('button', { name: 'Save key result' }).closest('form')!);
  expect(await screen.findByText(/to 4,?000 characters or fewer \(it has 4,?001\)/)).toBeTruthy();
  expect(sent).toHaveLength(0);
  fireEvent.change(details, {
    target: { value: 'Activated = finished a first project in 7 days' },
  });
  await submit('Save key result', sent);
  expect(sent[0]).toEqual({
    ...keyResult,
    title: 'Raise activation from 30% to 55%',
    description: 'Activated = finished a first project in 7 days',
    target: 55,
  });
  expect((sent[0] as KeyResult).owner).toBeUndefined();
});

test('an objective edited in the tab keeps its weighted alignments, roll-up, score and learnings', async () => {
  const { repository, sent } = recordingUpdates();
  editObjective(repository);
  expect(
    await screen.findByText(
      'Aligned to 2 objectives by weight: Grow into the mid-market (60%); Partners bring a third of sales (40%). Kept while the first stays chosen here.',
    ),
  ).toBeTruthy();
  fireEvent.change(screen.getByRole('textbox', { name: /Objective/ }), {
    target: { value: 'New customers love onboarding' },
  });
  await submit('Save objective', sent);
  expect(sent[0]).toEqual({ ...objective, title: 'New customers love onboarding' });
  expect((sent[0] as Objective).owner).toBeUndefined();
});

test('a title pasted over the limit is kept whole, and the form says by how much', async () => {
  const { repository, sent } = recordingUpdates();
  editObjective(repository);
  const title = screen.getByRole('textbox', { name: /Objective/ }) as HTMLInputElement;
  // A browser cuts a paste at maxLength without a word: the field has none, the rules speak.
  expect(title.hasAttribute('maxlength')).toBe(false);
  const pasted = `${'Every new customer finishes onboarding in a week '.repeat(5)}`.trim();
  expect(pasted.length).toBeGreaterThan(200);
  fireEvent.change(title, { target: { value: pasted } });
  fireEvent.submit(screen.getByRole('button', { name: 'Save objective' }).closest('form')!);
  expect(
    await screen.findByText(
      `Keep the title to 150 characters or fewer (it has ${pasted.length}).`,
      {},
      { timeout: 20_000 },
    ),
  ).toBeTruthy();
  expect(title.value).toBe(pasted);
  expect(sent).toHaveLength(0);
});

test('an objective given another parent aligns to that one alone, and keeps the rest', async () => {
  const { repository, sent } = recordingUpdates();
  editObjective(repository);
  fireEvent.change(screen.getByRole('combobox', { name: /Aligns to/ }), {
    target: { value: 'o9' },
  });
  expect(
    await screen.findByText(
      /^Saving aligns it to the chosen objective alone, in place of 2 weighted/,
    ),
  ).toBeTruthy();
  await submit('Save objective', sent);
  expect(sent[0]).toEqual({ ...objective, alignments: undefined, parentId: 'o9' });
  expect(sent[0]).not.toHaveProperty('alignments');
});

test('a team and a cycle edited in the Programme area keep their source ids', async () => {
  const { repository, sent } = recordingUpdates();
  const programme = {
    data: { teams: [team], cycles: [cycle] },
    applyTeam: () => undefined,
    applyCycle: () => undefined,
    reload: () => undefined,
  };
  const sectionProps = {
    access: { setUp: true } as never,
    programme: programme as never,
    notify: () => undefined,
    open: () => undefined,
  };
  // Each section's editor is a modal dialog: its fields and its Save are looked for inside it, so
  // that a dialog still closing after the last save is never the one typed into.
  const editIn = async (section: ReactElement, edit: string, name: string) => {
    const { unmount } = renderWithServices(repository, section);
    fireEvent.click(screen.getByRole('button', { name: edit }));
    const dialog = within(await screen.findByRole('dialog', {}, { timeout: 20_000 }));
    fireEvent.change(dialog.getByRole('textbox', { name: /Name/ }), { target: { value: name } });
    fireEvent.click(await dialog.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 20_000 });
    unmount();
    return sent.splice(0)[0];
  };
  expect(
    await editIn(<TeamsSection {...sectionProps} />, 'Edit Onboarding', 'Customer onboarding'),
  ).toEqual({ ...team, name: 'Customer onboarding' });
  expect(
    await editIn(<CyclesSection {...sectionProps} />, 'Edit Q1 2027', 'Q1 2027 (pilot)'),
  ).toEqual({ ...cycle, name: 'Q1 2027 (pilot)' });
});

test('"Keep mine" puts what I changed on their version and keeps their other changes', async () => {
  type Item = { readonly title: string; readonly note: string; readonly version?: string };
  const base: Item = { title: 'Ship it', note: '', version: '1' };
  const sent: Item[] = [];
  const write = (item: Item) => {
    sent.push(item);
    return sent.length === 1
      ? Promise.reject(new ConflictError('Changed meanwhile', item, theirs))
      : Promise.resolve({ ...item, version: '3' });
  };
  // They changed the same title (a clash) and a note I never touched.
  const theirs: Item = { title: 'Ship it in May', note: 'Legal signed off', version: '2' };
  const { result } = renderHook(() => useSaveWithConflict(write, () => undefined, undefined, base));
  act(() => result.current.save({ ...base, title: 'Ship it in June' }));
  await waitFor(() => expect(result.current.conflict).toBeDefined());
  act(() => result.current.keepMine());
  await waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toEqual({ title: 'Ship it in June', note: 'Legal signed off', version: '2' });
});
