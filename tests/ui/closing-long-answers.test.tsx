/**
 * A retrospective answer is never cut: the box took 2,000 characters and dropped the rest of a
 * pasted text without a word. Near the limit it counts the characters; over it, it says so, keeps
 * the text whole, and saving is refused until it is shortened.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import { board, cycle } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const objective = board.objectives[0]!;

function renderClosing() {
  const saved: unknown[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: () => Promise.resolve(board),
    saveClosing: (closing: unknown) => {
      saved.push(closing);
      return Promise.resolve({ conflicts: [] });
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <ClosingSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [cycle] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  return saved;
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

  fireEvent.change(box, { target: { value: 'x'.repeat(2345) } });
  expect((box as HTMLTextAreaElement).value).toHaveLength(2345);
  expect(
    screen.getByText(
      'This answer has 2,345 characters, over the 2,000 kept: shorten it to save. Nothing was cut.',
    ),
  ).toBeTruthy();
  expect(box.getAttribute('aria-invalid')).toBe('true');
  fireEvent.click(screen.getByRole('button', { name: 'Save scores and learnings' }));
  expect(
    await screen.findByText(
      'Some scores or answers need fixing (see the fields above). Nothing was saved.',
    ),
  ).toBeTruthy();
  expect(saved).toEqual([]);

  fireEvent.change(box, { target: { value: 'x'.repeat(2000) } });
  fireEvent.click(screen.getByRole('button', { name: 'Save scores and learnings' }));
  await waitFor(() => expect(saved).toHaveLength(1));
});
