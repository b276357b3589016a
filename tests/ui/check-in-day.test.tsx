/**
 * @jest-environment ./tests/ui/support/time-zone-environment.ts
 *
 * A check-in recorded for an earlier day (Viva Goals' "backdating"): the dialog's date field
 * starts on today, where the check-in is made now; an earlier day of the cycle is recorded on that
 * day, in the reader's time zone, at the time of day it is; a day after today or outside the
 * cycle is refused naming the days that are accepted, in the reader's language. The clock reads
 * in Los Angeles at 17:30 on 7 December 2026 (01:30 UTC on the 8th).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { CheckInDialog } from '../../src/ui/components/CheckInDialog/CheckInDialog';
import { keyResult } from '../core/fixtures';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/async-timeout';
import './support/resize-observer';

const q4: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
};
const now = '2026-12-08T01:30:00Z';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

beforeEach(() => {
  setTimeZone('America/Los_Angeles');
  jest.useFakeTimers({ now: new Date(now), advanceTimers: true });
});
afterEach(() => {
  jest.useRealTimers();
  setTimeZone('UTC');
});

async function openDialog(locale = 'en-US', cycle = q4) {
  const saveCheckIns = jest.fn().mockResolvedValue({ saved: [], conflicts: [], failed: [] });
  const repository = {
    siteRoles: siteRolesOf(),
    observeRetries: () => () => undefined,
    saveCheckIns,
  } as unknown as OkrRepository;
  const words = locale.startsWith('en') ? undefined : await loadLocaleWords(locale);
  renderWithServices(
    repository,
    <CheckInDialog
      keyResult={keyResult({ current: 1200 })}
      cycle={cycle}
      onDismiss={() => undefined}
      onSaved={() => undefined}
    />,
    locale,
    words,
  );
  await screen.findByRole('dialog');
  const save = () => fireEvent.submit(document.querySelector('form')!);
  const savedAt = (): string => saveCheckIns.mock.calls[0][0][0].at;
  // Saved once, and the save is over: its button says so again, the dialog's last update of it.
  // Waited for together, so that update comes while the test waits (with fake timers a wait
  // that passes at once ends before the save's promise settles).
  const savedOnce = () =>
    waitFor(() => {
      expect(saveCheckIns).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('button', { name: 'Save check-in' })).toBeTruthy();
    });
  return { save, saveCheckIns, savedAt, savedOnce };
}

const dateField = (name = 'Check-in date') =>
  screen.getByRole('textbox', { name: new RegExp(`^${name}`) });

it('starts on today, and a check-in for today is made now', async () => {
  const { save, savedAt, savedOnce } = await openDialog();
  expect(dateField()).toHaveProperty('value', '12/07/2026');
  save();
  await savedOnce();
  const at = Date.parse(savedAt());
  expect(at).toBeGreaterThanOrEqual(Date.parse(now));
  expect(at).toBeLessThan(Date.parse(now) + 60_000);
});

it('records an earlier day of the cycle on that day, at the time of day it is now', async () => {
  const { save, savedAt, savedOnce } = await openDialog();
  fireEvent.change(dateField(), { target: { value: '12/04/2026' } });
  save();
  await savedOnce();
  // 17:30 on Friday 4 December in Los Angeles: 01:30 UTC on the 5th.
  expect(savedAt()).toMatch(/^2026-12-05T01:3\d:\d\d\.\d{3}Z$/);
  expect(screen.queryByText(/Choose a day/)).toBeNull();
});

it('refuses a day after today and a day before the cycle, naming the days it accepts', async () => {
  const { save, saveCheckIns, savedOnce } = await openDialog();
  const accepted = 'Choose a day from Oct 1, 2026 to today (Dec 7, 2026).';
  fireEvent.change(dateField(), { target: { value: '12/08/2026' } });
  await screen.findByText(accepted);
  save();
  await waitFor(() => expect(document.activeElement).toBe(dateField()));
  fireEvent.change(dateField(), { target: { value: '09/30/2026' } });
  save();
  await screen.findByText(accepted);
  expect(dateField().getAttribute('aria-invalid')).toBe('true');
  expect(saveCheckIns).not.toHaveBeenCalled();

  // The first day of the cycle is accepted.
  fireEvent.change(dateField(), { target: { value: '10/01/2026' } });
  await waitFor(() => expect(screen.queryByText(accepted)).toBeNull());
  save();
  await savedOnce();
});

it('names the cycle’s last day once the cycle is over, and speaks the reader’s language', async () => {
  const q3: Cycle = { ...q4, id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' };
  await openDialog('de-DE', q3);
  fireEvent.change(dateField('Check\u2011in-Datum'), { target: { value: '02.10.2026' } });
  await screen.findByText('Wählen Sie einen Tag vom 1. Juli 2026 bis zum 30. Sept. 2026.');
});

it('says a check-in made after the cycle is over on the day it is in the reader’s zone', async () => {
  const q3: Cycle = { ...q4, id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' };
  const { save, saveCheckIns } = await openDialog('en-US', q3);
  // Made now, 17:30 on 7 December in Los Angeles: its UTC day is the 8th.
  const outside = 'The date Dec 7, 2026 is outside the cycle (Jul 1, 2026 to Sep 30, 2026).';
  await screen.findByText(outside);
  save();
  await screen.findByText(outside);
  expect(saveCheckIns).not.toHaveBeenCalled();
});

/** The calendar's day that has the focus (its cell, holding the day's button). */
const focusedDay = () =>
  document.activeElement?.querySelector('button')?.getAttribute('aria-label');

it('takes a day from the keyboard: Alt+Down opens the calendar on today, Enter picks the day focused', async () => {
  const { savedAt, savedOnce } = await openDialog();
  const field = dateField();
  field.focus();
  fireEvent.keyDown(field, { key: 'ArrowDown', altKey: true });
  // The calendar opens on today, focused there.
  await screen.findByRole('grid');
  await waitFor(() => expect(focusedDay()).toMatch(/^7, December, 2026/));
  // The arrow keys move between days by Fluent's focus zone, which jsdom does not run: the focus
  // is put where ArrowUp takes it in a browser (the browser test presses it).
  screen.getByRole('button', { name: '30, November, 2026' }).closest('td')!.focus();
  await waitFor(() => expect(focusedDay()).toMatch(/^30, November, 2026/));
  fireEvent.keyDown(document.activeElement!, { key: 'Enter', keyCode: 13, which: 13 });
  await waitFor(() => expect(field).toHaveProperty('value', '11/30/2026'));
  await waitFor(() => expect(document.activeElement).toBe(field));
  fireEvent.submit(field.closest('form')!);
  await savedOnce();
  expect(savedAt()).toMatch(/^2026-12-01T01:3\d/);
});
