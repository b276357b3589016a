/** @jest-environment jsdom */
/**
 * A date field's calendar: opened by its button (or Alt+Down), on the day typed or today, in the
 * app's locale (month names, the week's first day), offering only the days the form accepts; a
 * day picked is written as if typed, the same local day in every time zone.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { OkrRepository } from '../../src/store/repository';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { DateField } from '../../src/ui/components/DateField/DateField';
import { renderWithServices } from './support/services';
import './support/async-timeout';
import './support/resize-observer';

jest.setTimeout(60_000);

function Form({
  initial = '',
  min,
  max,
  changes,
}: {
  readonly initial?: string;
  readonly min?: string;
  readonly max?: string;
  readonly changes: string[];
}) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Ends"
      value={value}
      min={min}
      max={max}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

async function render(locale: string, props: Omit<Parameters<typeof Form>[0], 'changes'> = {}) {
  const changes: string[] = [];
  const words = locale.startsWith('en') ? undefined : await loadLocaleWords(locale);
  renderWithServices({} as OkrRepository, <Form {...props} changes={changes} />, locale, words);
  return changes;
}

const calendar = () => screen.findByRole('grid');
const headers = async () =>
  within(await calendar())
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);

it('opens on the day typed, and writes the day picked as if typed', async () => {
  const changes = await render('en-US', { initial: '2027-03-31' });
  const field = screen.getByRole('textbox', { name: 'Ends' });
  expect(field).toHaveProperty('value', '03/31/2027');
  fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
  await screen.findByText('March 2027');
  // US weeks start on Sunday.
  expect(await headers()).toEqual(['S', 'M', 'T', 'W', 'T', 'F', 'S']);
  fireEvent.click(screen.getByRole('button', { name: '15, March, 2027' }));
  await waitFor(() => expect(field).toHaveProperty('value', '03/15/2027'));
  expect(changes).toEqual(['2027-03-15']);
  await waitFor(() => expect(screen.queryByRole('grid')).toBeNull());
  // Fluent gives focus back once the popover has gone, which a busy machine may do a tick later.
  await waitFor(() => expect(document.activeElement).toBe(field));
});

it('opens on today when nothing is typed, or what is typed is no date', async () => {
  jest.useFakeTimers({ now: new Date('2031-05-10T12:00:00Z'), advanceTimers: true });
  try {
    await render('en-US');
    fireEvent.change(screen.getByRole('textbox', { name: 'Ends' }), { target: { value: 'soon' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Ends' }), {
      key: 'ArrowDown',
      altKey: true,
    });
    await screen.findByText('May 2031');
  } finally {
    jest.useRealTimers();
  }
});

/** Escape in the calendar, on its days. */
async function escapeFromCalendar() {
  fireEvent.keyDown(await calendar(), { key: 'Escape' });
}

it('gives focus back to what opened it when Escape closes it: the field, or its button', async () => {
  const changes = await render('en-US', { initial: '2027-03-31' });
  const field = screen.getByRole('textbox', { name: 'Ends' });
  const button = screen.getByRole('button', { name: 'Calendar for Ends' });
  field.focus();
  fireEvent.keyDown(field, { key: 'ArrowDown', altKey: true });
  await escapeFromCalendar();
  await waitFor(() => expect(screen.queryByRole('grid')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(field));
  fireEvent.click(button);
  await escapeFromCalendar();
  await waitFor(() => expect(screen.queryByRole('grid')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(button));
  expect(changes).toEqual([]);
});

it('speaks the app’s language: German month names, Monday first', async () => {
  const changes = await render('de-DE', { initial: '2027-03-31' });
  fireEvent.click(screen.getByRole('button', { name: 'Kalender für Ends' }));
  await screen.findByText('März 2027');
  expect(await headers()).toEqual(['M', 'D', 'M', 'D', 'F', 'S', 'S']);
  expect(screen.getByRole('button', { name: 'Zu heute' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '1, März, 2027' }));
  await waitFor(() =>
    expect(screen.getByRole('textbox', { name: 'Ends' })).toHaveProperty('value', '01.03.2027'),
  );
  expect(changes).toEqual(['2027-03-01']);
});

it('offers no day before the first the form accepts', async () => {
  const changes = await render('en-US', { initial: '2027-03-31', min: '2027-03-10' });
  fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
  await screen.findByText('March 2027');
  const before = screen.getByRole('button', { name: '9, March, 2027' });
  expect(before).toHaveProperty('disabled', true);
  fireEvent.click(before);
  fireEvent.click(screen.getByRole('button', { name: '10, March, 2027' }));
  await waitFor(() => expect(changes).toEqual(['2027-03-10']));
});

it('opens on the first day the form accepts when nothing is typed and today is before it', async () => {
  jest.useFakeTimers({ now: new Date('2026-12-07T12:00:00Z'), advanceTimers: true });
  try {
    await render('en-US', { min: '2031-05-21' });
    fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
    await screen.findByText('May 2031');
  } finally {
    jest.useRealTimers();
  }
});

it('offers "Go to today" only when the form accepts today', async () => {
  jest.useFakeTimers({ now: new Date('2026-12-07T12:00:00Z'), advanceTimers: true });
  try {
    await render('en-US', { min: '2026-12-01', max: '2026-12-31' });
    fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
    await screen.findByText('December 2026');
    expect(screen.getByRole('button', { name: 'Go to today' })).toBeTruthy();
    cleanup();
    await render('en-US', { min: '2031-05-21' });
    fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
    await screen.findByText('May 2031');
    expect(screen.queryByRole('button', { name: 'Go to today' })).toBeNull();
    cleanup();
    await render('en-US', { max: '2026-11-30' });
    fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
    await screen.findByText('November 2026');
    expect(screen.queryByRole('button', { name: 'Go to today' })).toBeNull();
  } finally {
    jest.useRealTimers();
  }
});

describe.each(['America/Los_Angeles', 'America/Sao_Paulo', 'Pacific/Kiritimati'])(
  'in %s',
  (zone) => {
    const saved = process.env.TZ;
    beforeEach(() => (process.env.TZ = zone));
    afterEach(() => (process.env.TZ = saved));

    it('picks the local day shown, with no shift', async () => {
      // Brazil's clocks once skipped midnight on the first day of summer time (2018-11-04).
      const changes = await render('en-US', { initial: '2018-11-20' });
      fireEvent.click(screen.getByRole('button', { name: 'Calendar for Ends' }));
      await screen.findByText('November 2018');
      fireEvent.click(screen.getByRole('button', { name: '4, November, 2018' }));
      await waitFor(() => expect(changes).toEqual(['2018-11-04']));
      expect(screen.getByRole('textbox', { name: 'Ends' })).toHaveProperty('value', '11/04/2018');
    });
  },
);
