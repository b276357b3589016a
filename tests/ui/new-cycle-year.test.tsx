/**
 * A new cycle laid on a quarter or a year: the year is read as every typed number is (in the
 * reader's locale), and one that cannot be a cycle's (letters, a fraction, 1899) is named as typed
 * with the years accepted, as soon as it is typed, and nothing is created from it; the name it
 * proposed stays meanwhile (it went blank). Custom days before 2000 or after 2100 are refused the
 * same way, and the dialog's messages name days as the reader writes them (they were ISO).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { today } from '../../src/ui/app/today';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

// The dialog proposes next year from October on, and offers it as the example.
const example = Number(today().slice(0, 4)) + (Number(today().slice(5, 7)) > 9 ? 1 : 0);
const refusal = (typed: string) =>
  `“${typed}” is not a year a cycle can take. Type a whole year from 2000 to 2100, such as ${example}.`;

function newCycleDialog(locale?: string, cycles: readonly Cycle[] = []) {
  const created: unknown[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    createCycle: (cycle: object) => {
      created.push(cycle);
      return Promise.resolve({ ...cycle, id: 'c9', version: '1' });
    },
  } as unknown as OkrRepository;
  const programme = {
    data: { teams: [], cycles },
    applyTeam: () => undefined,
    applyCycle: () => undefined,
    reload: () => undefined,
  };
  renderWithServices(
    repository,
    <CyclesSection
      access={{ setUp: true } as never}
      programme={programme as never}
      notify={() => undefined}
      open={() => undefined}
    />,
    locale,
  );
  fireEvent.click(screen.getByRole('button', { name: 'New cycle' }));
  return created;
}

const year = () => screen.getByRole('textbox', { name: 'Year' });
const name = () => screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement;
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create cycle' }));
// The dialog proposes the quarter after today's; these tests lay on the first.
const typeYear = async (value: string) => {
  fireEvent.change(await screen.findByRole('textbox', { name: 'Year' }, { timeout: 20_000 }), {
    target: { value },
  });
  fireEvent.click(screen.getByRole('radio', { name: 'Q1' }));
};

test('letters for a year are named at once, and creating waits for a year', async () => {
  const created = newCycleDialog();
  await typeYear('next');
  expect(screen.getByText(refusal('next'))).toBeTruthy();
  create();
  expect(screen.getAllByText(refusal('next'))).toHaveLength(1);
  expect(created).toEqual([]);

  fireEvent.change(year(), { target: { value: '2031' } });
  expect(screen.queryByText(refusal('2031'))).toBeNull();
  expect(name().value).toBe('Q1 2031');
  create();
  await waitFor(() => expect(created).toHaveLength(1), { timeout: 20_000 });
  expect(created[0]).toMatchObject({ name: 'Q1 2031', start: '2031-01-01', end: '2031-03-31' });
});

test('a year still being typed is not an error until it is saved', async () => {
  const created = newCycleDialog();
  await typeYear('20');
  // Still being typed: not yet an error.
  expect(screen.queryByText(refusal('20'))).toBeNull();
  create();
  expect(await screen.findByText(refusal('20'), {}, { timeout: 20_000 })).toBeTruthy();
  expect(created).toEqual([]);
});

test('a fraction or a year out of range is refused as typed, saying which years are accepted', async () => {
  const created = newCycleDialog();
  await typeYear('2031.5');
  expect(screen.getByText(refusal('2031.5'))).toBeTruthy();
  fireEvent.change(year(), { target: { value: '1899' } });
  expect(screen.getByText(refusal('1899'))).toBeTruthy();
  create();
  expect(created).toEqual([]);
});

test('the year is read in the reader’s locale: 2031,5 is a fraction in German', async () => {
  const created = newCycleDialog('de-DE');
  await typeYear('2031,5');
  expect(screen.getByText(refusal('2031,5'))).toBeTruthy();
  fireEvent.change(year(), { target: { value: ' 2031 ' } });
  expect(screen.queryByText(refusal('2031,5'))).toBeNull();
  create();
  await waitFor(() => expect(created).toHaveLength(1), { timeout: 20_000 });
  expect(created[0]).toMatchObject({ name: 'Q1 2031', start: '2031-01-01' });
});

test('the name proposed stays while the year is retyped or wrong', async () => {
  newCycleDialog();
  await typeYear('2031');
  expect(name().value).toBe('Q1 2031');
  fireEvent.change(year(), { target: { value: '203' } });
  expect(name().value).toBe('Q1 2031');
  fireEvent.change(year(), { target: { value: 'abcd' } });
  expect(name().value).toBe('Q1 2031');
  expect(screen.getByText(refusal('abcd'))).toBeTruthy();
});

const custom = async (start: string, end: string) => {
  fireEvent.click(await screen.findByRole('radio', { name: 'Custom dates' }, { timeout: 20_000 }));
  fireEvent.change(name(), { target: { value: 'Long ago' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Starts/ }), { target: { value: start } });
  fireEvent.change(screen.getByRole('textbox', { name: /Ends/ }), { target: { value: end } });
  create();
};

test('custom days before 2000 are refused, named as the reader writes days', async () => {
  const created = newCycleDialog();
  await custom('1899-01-01', '2031-03-31');
  expect(
    await screen.findByText(
      'Start date (Jan 1, 1899) is outside the years a cycle can take. Choose a day from Jan 1, 2000 to Dec 31, 2100.',
    ),
  ).toBeTruthy();
  expect(created).toEqual([]);
});

test('an end before the start names both days the reader’s way, not as ISO dates', async () => {
  const created = newCycleDialog('en-GB');
  await custom('2031-03-01', '2031-01-01');
  expect(
    await screen.findByText('The cycle must end after it starts (1 Mar 2031 to 1 Jan 2031).'),
  ).toBeTruthy();
  expect(created).toEqual([]);
});
