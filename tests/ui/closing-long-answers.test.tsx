/**
 * A retrospective answer, or a score's reason, is never cut: the boxes took 2,000 and 500
 * characters and dropped the rest of a pasted text without a word. Near the limit each counts
 * the characters; over it, it says so, keeps the text whole, and saving is refused until it is
 * shortened.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ClosingSave } from '../../src/store/repository';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { renderSection } from './support/programme';
import './support/resize-observer';

jest.setTimeout(60_000);

const objective = board.objectives[0]!;

function renderClosing() {
  const saved: ClosingSave[] = [];
  renderSection(ClosingSection, {
    access: { setUp: false, coach: true },
    cycles: [cycle],
    teams: board.teams,
    repository: {
      loadBoard: () => Promise.resolve(board),
      saveClosing: (closing: ClosingSave) => {
        saved.push(closing);
        return Promise.resolve({ objectives: [], keyResults: [], conflicts: [] });
      },
    },
  });
  return saved;
}

/**
 * A text over its limit in `box`: kept whole, named under its field in `said`, and refused on
 * saving with nothing saved; shortened to `max`, it saves.
 */
async function keptWholeAndRefused(
  box: HTMLInputElement | HTMLTextAreaElement,
  typed: string,
  said: string,
  max: number,
  saved: readonly ClosingSave[],
) {
  fireEvent.change(box, { target: { value: typed } });
  expect(box.value).toHaveLength(typed.length);
  expect(screen.getByText(said)).toBeTruthy();
  expect(box.getAttribute('aria-invalid')).toBe('true');
  fireEvent.click(screen.getByRole('button', { name: 'Save scores and learnings' }));
  expect(
    await screen.findByText(
      'Some scores or answers need fixing (see the fields above). Nothing was saved.',
    ),
  ).toBeTruthy();
  expect(saved).toEqual([]);

  fireEvent.change(box, { target: { value: typed.slice(0, max) } });
  fireEvent.click(screen.getByRole('button', { name: 'Save scores and learnings' }));
  await waitFor(() => expect(saved).toHaveLength(1));
}

test('counts the characters near the limit, keeps a longer text whole and refuses to save it', async () => {
  const saved = renderClosing();
  const box = await screen.findByRole('textbox', {
    name: `What went well, and why? (${objective.title})`,
  });
  expect(box.hasAttribute('maxlength')).toBe(false);

  fireEvent.change(box, { target: { value: 'x'.repeat(1799) } });
  expect(screen.queryByText(/characters$/)).toBeNull();
  fireEvent.change(box, { target: { value: 'x'.repeat(1850) } });
  expect(screen.getByText('1,850 of 2,000 characters')).toBeTruthy();

  await keptWholeAndRefused(
    box as HTMLTextAreaElement,
    'x'.repeat(2345),
    'This answer has 2,345 characters, over the 2,000 kept: shorten it to save. Nothing was cut.',
    2000,
    saved,
  );
});

test('keeps a score reason longer than 500 characters whole, counts it and refuses to save it', async () => {
  const saved = renderClosing();
  const score = await screen.findByRole('textbox', { name: `Score of ${keyResult.title}` });
  const reason = screen.getByRole<HTMLInputElement>('textbox', {
    name: `Reason for the score of ${keyResult.title}`,
  });
  expect(reason.hasAttribute('maxlength')).toBe(false);
  fireEvent.change(score, { target: { value: '0.9' } });

  fireEvent.change(reason, { target: { value: 'y'.repeat(449) } });
  expect(screen.queryByText(/characters$/)).toBeNull();
  fireEvent.change(reason, { target: { value: 'y'.repeat(640) } });
  expect(screen.getByText('640 of 500 characters')).toBeTruthy();
  await keptWholeAndRefused(
    reason,
    'y'.repeat(640),
    'This reason has 640 characters, over the 500 kept: shorten it to save. Nothing was cut.',
    500,
    saved,
  );
  expect(saved[0]!.keyResults[0]!.scoreReason).toHaveLength(500);
});
