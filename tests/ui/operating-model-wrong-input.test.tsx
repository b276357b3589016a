/**
 * Wrong input in the operating model's number settings names the setting and what it takes: an
 * emptied box read "“” is not a number", quoting nothing. A refused value is not previewed as a
 * change to the running cycle ("Check-ins come every 0 days instead of 7"). Numbers are typed and
 * shown the reader's way: in German `2.500` was read as 2.5.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import OperatingModelSection from '../../src/ui/programme/sections/OperatingModelSection';
import { board, cycle } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

/** The section with no cycle to preview, for a host in `locale`; what it saves goes to `saved`. */
async function renderModel(locale?: string, saveOperatingModel = jest.fn()) {
  renderWithServices(
    {
      siteRoles: siteRolesOf({ admin: true, coach: true }),
      loadBoard: () => new Promise(() => undefined),
      saveOperatingModel,
    } as unknown as OkrRepository,
    <OperatingModelSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
    locale,
  );
  return screen.findByRole('textbox', { name: 'Days between check-ins' });
}

const cadenceField = () => renderModel();

it('says an emptied setting is empty, by its name, and what to type', async () => {
  const field = await cadenceField();
  fireEvent.change(field, { target: { value: '  ' } });
  expect(
    screen.getByText('Days between check-ins is empty. Type a number such as 7.'),
  ).toBeTruthy();
});

it('quotes what was typed when it is not a number', async () => {
  const field = await cadenceField();
  fireEvent.change(field, { target: { value: 'weekly' } });
  expect(screen.getByText('“weekly” is not a number. Type a number such as 7.')).toBeTruthy();
});

it('previews no change from a value it refuses, and the change once the value is one it takes', async () => {
  // A cycle running whatever the day: the preview is of the current cycle's board.
  const running = { ...cycle, start: '2000-01-01', end: '2999-12-31' };
  renderWithServices(
    {
      siteRoles: siteRolesOf({ admin: true, coach: true }),
      loadBoard: () => Promise.resolve({ ...board, cycle: running }),
    } as unknown as OkrRepository,
    <OperatingModelSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [running] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  const field = await screen.findByRole('textbox', { name: 'Days between check-ins' });
  fireEvent.change(field, { target: { value: '14' } });
  await screen.findByText(/Check-ins come every 14 days instead of 7/, {}, { timeout: 20_000 });

  fireEvent.change(field, { target: { value: '0' } });
  expect(screen.getByText(/must be greater than zero/)).toBeTruthy();
  expect(screen.queryByText(/Check-ins come every/)).toBeNull();
  expect(screen.queryByText(/What changes in/)).toBeNull();
});

it('shows its numbers and their defaults the German way, and reads 2.500 as two and a half thousand', async () => {
  const saveOperatingModel = jest.fn((model: unknown) => Promise.resolve(model));
  await renderModel('de-DE', saveOperatingModel);
  const atRisk = screen.getByRole('textbox', { name: /At risk when behind by/ });
  expect((atRisk as HTMLInputElement).value).toBe('0,25');
  expect(screen.getAllByText(/^Default: 0,25/)).not.toHaveLength(0);
  fireEvent.change(atRisk, { target: { value: '0.3' } });
  expect(screen.getByText('“0.3” is read as 0,3, with “.” as the decimal mark.')).toBeTruthy();
  fireEvent.change(screen.getByRole('textbox', { name: /Longest description/ }), {
    target: { value: '2.500' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save the operating model' }));
  await waitFor(() => expect(saveOperatingModel).toHaveBeenCalledTimes(1));
  expect(saveOperatingModel.mock.calls[0]![0]).toMatchObject({
    pace: { atRiskBehind: 0.3 },
    limits: { descriptionMaxLength: 2500 },
  });
});

it('takes the focus to the first refused field when Save is pressed, its message out of sight above', async () => {
  const saveOperatingModel = jest.fn((model: unknown) => Promise.resolve(model));
  await renderModel('en-US', saveOperatingModel);
  const cadence = screen.getByRole('textbox', { name: 'Days between check-ins' });
  fireEvent.change(cadence, { target: { value: 'seven' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Longest title/ }), {
    target: { value: '1e9' },
  });
  const save = screen.getByRole('button', { name: 'Save the operating model' });
  save.focus();

  fireEvent.click(save);

  await waitFor(() => expect(document.activeElement).toBe(cadence));
  expect(screen.getByText('“seven” is not a number. Type a number such as 7.')).toBeTruthy();
  expect(saveOperatingModel).not.toHaveBeenCalled();

  // What was typed, numbers or not, is dropped by Discard changes (greyed out before).
  fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
  await waitFor(() => expect((cadence as HTMLInputElement).value).toBe('7'));
});
