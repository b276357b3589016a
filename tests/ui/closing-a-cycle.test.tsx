/**
 * Closing a cycle as a coach: a score typed outside the scale is named at once under its field,
 * and the objective's roll-up keeps the proposed score for it meanwhile (it read 0.97 from a 1.5
 * before); a refused save takes focus to the field to fix; once closed, the rhythm's next steps
 * (the next cycle, the cycle review of the cycle just closed) are offered in the form's place.
 * Closing is for every team: from one team's scores it is not offered (it closed the cycle with
 * the other teams' key results unscored, for good). Save and close asks first (it closed at once,
 * weeks before the cycle's end if clicked then), and a cycle with no objectives, which showed only
 * "No objectives to score", is closed or deleted from there.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import { formatDay, formatProgress } from '../../src/core/format';
import { parseNumber } from '../../src/core/parse';
import type { CycleReferenceKind } from '../../src/core/cycle-deletion';
import type { Cycle, KeyResult } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { today } from '../../src/ui/board/useBoardData';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import ReviewSection from '../../src/ui/programme/sections/ReviewSection';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

// Progress 45% and 0%: proposed 0.45 and 0, the objective 0.23 by equal weights.
const second: KeyResult = {
  ...keyResult,
  id: 'k2',
  title: 'Plans sold online from 0 to 20',
  start: 0,
  target: 20,
  current: 0,
  unit: 'plans',
};

function renderClosing({
  closing = cycle,
  shown = { ...board, keyResults: [keyResult, second] },
  admin = false,
  held = [],
  locale,
}: {
  closing?: Cycle;
  shown?: Board;
  admin?: boolean;
  held?: readonly CycleReferenceKind[];
  locale?: string;
} = {}) {
  const opened: [string, string | undefined][] = [];
  const saved: unknown[] = [];
  const written: Cycle[] = [];
  const deleted: Cycle[] = [];
  const notices: string[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin, coach: true }),
    loadBoard: () => Promise.resolve({ ...shown, cycle: closing }),
    saveClosing: (closingSave: unknown) => {
      saved.push(closingSave);
      return Promise.resolve({ conflicts: [] });
    },
    updateCycle: (changed: Cycle) => {
      written.push(changed);
      return Promise.resolve({ ...changed, version: '2' });
    },
    deleteCycle: (gone: Cycle) => {
      deleted.push(gone);
      return Promise.resolve();
    },
    cycleHoldings: (ids: readonly string[]) =>
      Promise.resolve(new Map(ids.map((id) => [id, held]))),
  } as unknown as OkrRepository;
  const programme = {
    data: { teams: board.teams, cycles: [closing] },
    applyTeam: () => undefined,
    applyCycle: () => undefined,
    removeCycle: () => undefined,
    reload: () => undefined,
  };
  renderWithServices(
    repository,
    <ClosingSection
      access={{ setUp: admin, coach: true }}
      programme={programme as never}
      notify={(message) => notices.push(message)}
      open={(section, cycleId) => opened.push([section, cycleId])}
    />,
    locale,
  );
  return { opened, saved, written, deleted, notices };
}

/** Clicks a button from the keyboard, as someone tabbing to it and pressing Enter. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.keyDown(button, { key: 'Enter' });
  fireEvent.click(button);
}

/** Says yes in the confirmation a button asked for. */
async function confirm(name: string) {
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  fireEvent.click(within(dialog).getByRole('button', { name }));
}

const objectiveSummary = () => screen.getByText(/^Committed · score /);

describe('a score typed outside the scale when closing a cycle', () => {
  it('is named under its field as typed, and the roll-up keeps the proposed score', async () => {
    renderClosing();
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    expect(objectiveSummary().textContent).toBe('Committed · score 0.23');

    fireEvent.change(field, { target: { value: '1.5' } });

    const cell = field.closest('td')!;
    expect(within(cell).getByText(/from 0 to 1/)).toBeTruthy();
    expect(objectiveSummary().textContent).toBe('Committed · score 0.23');
  });

  it('says what to type for a score that is no number, never "not NaN"', async () => {
    renderClosing();
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.change(field, { target: { value: 'abc' } });

    const cell = field.closest('td')!;
    expect(cell.textContent).not.toContain('NaN');
    expect(
      within(cell).getByText(
        'Type a score: a number from 0 to 1, such as the 0.45 its progress earns.',
      ),
    ).toBeTruthy();
  });

  it('counts a score on the scale in the roll-up at once', async () => {
    renderClosing();
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.change(field, { target: { value: '0.8' } });
    expect(objectiveSummary().textContent).toBe('Committed · score 0.4');
    expect(within(field.closest('td')!).queryByText(/from 0 to 1/)).toBeNull();
  });
});

describe('scores typed the reader’s way', () => {
  it('shows proposed scores the German way and reads 0,8 as a score of 0.8', async () => {
    const { saved } = renderClosing({ locale: 'de-DE' });
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    expect((field as HTMLInputElement).value).toBe('0,45');
    // Every number in the row is the reader's (the proposed score read 0.45 here), and the
    // proposed score reads back as itself where it is typed.
    const row = field.closest('tr')!;
    const [, progress, proposed] = within(row).getAllByRole('cell');
    expect(progress!.textContent).toBe(formatProgress(0.45, 'de-DE'));
    expect(proposed!.textContent).toBe('0,45');
    expect(parseNumber(proposed!.textContent!, { locale: 'de-DE', field: 'score' })).toMatchObject({
      value: 0.45,
    });
    expect(objectiveSummary().textContent).toBe('Committed · score 0,23');
    const interpretation = objectiveSummary().nextElementSibling!.textContent!;
    expect(interpretation).toMatch(/0,23/);
    expect(interpretation).not.toMatch(/0\.23/);
    fireEvent.change(field, { target: { value: '0,8' } });
    expect(objectiveSummary().textContent).toBe('Committed · score 0,4');
    const cell = field.closest('td')!;
    fireEvent.change(field, { target: { value: '0.8' } });
    expect(
      within(cell).getByText('“0.8” is read as 0,8, with “.” as the decimal mark.'),
    ).toBeTruthy();
    fireEvent.change(field, { target: { value: '1,000' } });
    expect(
      within(cell).getByText(
        '“1,000” could mean 1 or 1.000. Type 1000 if you mean 1.000, or 1 if you mean 1.',
      ),
    ).toBeTruthy();
    fireEvent.change(field, { target: { value: '0,8' } });
    fireEvent.change(
      screen.getByRole('textbox', { name: `Reason for the score of ${keyResult.title}` }),
      { target: { value: 'The last release landed after the cut-off' } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save scores and learnings' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((saved[0] as { keyResults: KeyResult[] }).keyResults[0]).toMatchObject({ score: 0.8 });
    // Said once the scores are read again after the save.
    await screen.findByText('Scores and learnings are saved.');
  });
});

describe('saving the scores and closing the cycle', () => {
  it('confirms saved scores under the Save button, in no toast, until a score is edited again', async () => {
    const { saved, notices } = renderClosing();
    await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    const save = screen.getByRole('button', { name: 'Save scores and learnings' });
    press(save);
    await waitFor(() => expect(region.textContent).toBe('Scores and learnings are saved.'));
    expect(saved).toHaveLength(1);
    expect(notices).toEqual([]);
    expect(save.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Edited again, the scores on screen are no longer those saved.
    fireEvent.change(await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` }), {
      target: { value: '0,1' },
    });
    expect(region.textContent).toBe('');
    expect(screen.getByRole('status')).toBe(region);
  });

  it('takes focus to the field to fix when saving is refused', async () => {
    renderClosing();
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.change(field, { target: { value: '0.8' } });
    fireEvent.click(screen.getByRole('button', { name: `Save and close ${cycle.name}` }));
    const reason = screen.getByRole('textbox', {
      name: `Reason for the score of ${keyResult.title}`,
    });
    await waitFor(() => expect(document.activeElement).toBe(reason));
  });

  it('offers the next steps of the rhythm once closed, with focus on the first', async () => {
    const { opened } = renderClosing();
    await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.click(screen.getByRole('button', { name: `Save and close ${cycle.name}` }));
    await confirm(`Close ${cycle.name}`);
    const next = await screen.findByRole('button', { name: 'Start the next cycle' });
    expect(screen.getByText(`${cycle.name} is closed`)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(next));
    fireEvent.click(next);
    fireEvent.click(screen.getByRole('button', { name: 'Open the cycle review' }));
    expect(opened).toEqual([
      ['next', cycle.id],
      ['review', cycle.id],
    ]);
  });
});

describe('Save and close', () => {
  const running = { ...cycle, end: addDays(today(), 26) };

  it('asks first: what closing does, the end still ahead, the teams with no retrospective', async () => {
    const { saved, written } = renderClosing({ closing: running });
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.change(field, { target: { value: '0.45' } });

    press(screen.getByRole('button', { name: `Save and close ${cycle.name}` }));

    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
    expect(within(dialog).getByText(/become read-only/).textContent).toContain(
      'An admin can reopen it under Cycles.',
    );
    expect(
      within(dialog).getByText(
        `${cycle.name} still runs: it ends in 26 days, on ${formatDay(running.end)}.`,
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('1 team has no retrospective yet: Sales.')).toBeTruthy();
    expect(saved).toEqual([]);
    expect(written).toEqual([]);
  });

  it('Cancel keeps everything typed, saves nothing, and puts focus back on the button', async () => {
    const { saved, written } = renderClosing({ closing: running });
    const field = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.change(field, { target: { value: '0.45' } });
    const learnt = screen.getByRole('textbox', { name: /^What went well, and why\?/ });
    fireEvent.change(learnt, { target: { value: 'Weekly demos' } });
    const button = screen.getByRole('button', { name: `Save and close ${cycle.name}` });
    press(button);
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
    expect(within(dialog).queryByText(/no retrospective yet/)).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect((field as HTMLInputElement).value).toBe('0.45');
    expect((learnt as HTMLTextAreaElement).value).toBe('Weekly demos');
    expect(saved).toEqual([]);
    expect(written).toEqual([]);
  });
});

describe('a cycle with no objectives', () => {
  const empty: Board = { ...board, objectives: [], keyResults: [] };

  it('is closed from the closing page, once asked', async () => {
    const { written, notices } = renderClosing({ shown: empty });
    await screen.findByText(
      `${cycle.name} holds no objectives. Close it to make it read-only, or delete it if it was made by mistake.`,
    );
    expect(screen.queryByRole('button', { name: `Delete ${cycle.name}` })).toBeNull();

    // The polite live region the closing is confirmed in is there, empty, before the closing.
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    press(screen.getByRole('button', { name: `Close ${cycle.name}…` }));
    await confirm(`Close ${cycle.name}`);

    await screen.findByText(`${cycle.name} is closed`);
    expect(written).toEqual([{ ...cycle, state: 'closed' }]);
    // Confirmed in the section, under its next steps, in no toast: the same region, so it is
    // read out as the words come into it.
    expect(screen.getByRole('status')).toBe(region);
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe(`${cycle.name} is closed. Its OKRs are read-only now.`);
    const nextSteps = screen.getByRole('button', { name: 'Start the next cycle' });
    expect(
      nextSteps.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(notices).toEqual([]);
  });

  it('is deleted from there by an admin, once asked', async () => {
    const { deleted, written, notices } = renderClosing({ shown: empty, admin: true });

    const button = await screen.findByRole('button', { name: `Delete ${cycle.name}` });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    press(button);
    await confirm('Delete cycle');

    await waitFor(() => expect(notices).toEqual([`${cycle.name} is deleted.`]));
    expect(deleted).toEqual([cycle]);
    expect(written).toEqual([]);
  });

  it('keeps Delete disabled while the cycle still holds check-ins, saying so', async () => {
    renderClosing({ shown: empty, admin: true, held: ['checkIns'] });
    const button = await screen.findByRole('button', { name: `Delete ${cycle.name}` });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));

    fireEvent.pointerEnter(button);

    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'Holds check-ins. They stay with it as its history: close it instead, and it keeps them, read-only.',
    );
  });
});

describe('closing from one team’s scores', () => {
  it('is not offered: the cycle closes for every team, so All teams closes it', async () => {
    renderClosing();
    await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
    fireEvent.click(screen.getByRole('combobox', { name: 'Team' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sales' }));

    await screen.findByText(
      `To close ${cycle.name}, choose All teams: it closes for every team, and each key result not scored yet gets the score its progress earns.`,
    );
    expect(screen.queryByRole('button', { name: `Save and close ${cycle.name}` })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save scores and learnings' })).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: 'Team' }));
    fireEvent.click(await screen.findByRole('option', { name: 'All teams' }));
    await screen.findByRole('button', { name: `Save and close ${cycle.name}` });
  });
});

describe('the cycle review opened for a cycle', () => {
  it('shows the cycle it was opened for, not the latest', async () => {
    const earlier = { ...cycle, id: 'q0', name: 'Q0', state: 'closed' as const };
    const repository = {
      siteRoles: siteRolesOf(),
      loadBoard: () => new Promise(() => undefined),
      cycleCheckInHistory: () => new Promise(() => undefined),
    } as unknown as OkrRepository;
    renderWithServices(
      repository,
      <ReviewSection
        access={{ setUp: false, coach: true }}
        programme={{ data: { teams: board.teams, cycles: [earlier, cycle] } } as never}
        notify={() => undefined}
        open={() => undefined}
        cycleId="q0"
      />,
    );
    expect((screen.getByRole('combobox', { name: 'Cycle' }) as HTMLButtonElement).textContent).toBe(
      'Q0',
    );
  });
});
