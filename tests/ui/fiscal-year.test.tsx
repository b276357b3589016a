/**
 * An organisation whose fiscal year starts in another month than January sets it in the operating
 * model, and the Programme lays its quarter and year templates on it: before, a new cycle could
 * only be a calendar quarter or year, and a fiscal quarter took custom dates and a name typed by
 * hand.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { nextQuarterOn, quarterCycles } from '../../src/core/cycle-templates';
import { defaultOperatingModel, type OperatingModel } from '../../src/core/operating-model';
import type { OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { today } from '../../src/ui/app/today';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import OperatingModelSection from '../../src/ui/programme/sections/OperatingModelSection';
import { adele } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';

jest.setTimeout(60_000);

const julyYear: OperatingModel = {
  ...defaultOperatingModel,
  fiscalYear: { firstMonth: 7, namedBy: 'end' },
};

async function renderSection(
  section: 'model' | 'cycles',
  repository: Partial<OkrRepository>,
  operatingModel: OperatingModel,
  locale = 'en-US',
) {
  const words = await loadLocaleWords(locale);
  const programme = {
    data: { teams: [], cycles: [] },
    applyTeam: () => undefined,
    applyCycle: () => undefined,
    reload: () => undefined,
  };
  const props = {
    access: { setUp: true, coach: true },
    programme: programme as never,
    notify: () => undefined,
    open: () => undefined,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository: {
            siteRoles: siteRolesOf({ admin: true, coach: true }),
            ...repository,
          } as never,
          host: { context: { locale }, notifySuccess: () => undefined } as never,
          operatingModel,
          me: adele,
          ...(words ? { words } : {}),
        }}
      >
        {section === 'model' ? <OperatingModelSection {...props} /> : <CyclesSection {...props} />}
      </AppServicesProvider>
    </FluentProvider>,
  );
}

/** What describes a control to a screen reader (its field's hint). */
const describedAs = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

async function choose(combobox: HTMLElement, option: string | RegExp) {
  fireEvent.click(combobox);
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

test('the operating model sets the month a fiscal year starts in and which of its years names it', async () => {
  const saveOperatingModel = jest.fn((model: OperatingModel) => Promise.resolve(model));
  await renderSection(
    'model',
    { loadBoard: () => new Promise(() => undefined), saveOperatingModel } as never,
    defaultOperatingModel,
  );
  const starts = await screen.findByRole('combobox', { name: 'Fiscal year starts in' });
  const namedBy = screen.getByRole('combobox', { name: 'Fiscal years are named by' });
  // A year starting in January is the calendar year: no naming to choose.
  expect(starts.textContent).toBe('January');
  expect(namedBy.hasAttribute('disabled')).toBe(true);
  // The keyboard passes a disabled choice by: its description says why it is one.
  const year = new Date().getUTCFullYear();
  expect(describedAs(namedBy)).toBe(
    `Starting in January, the fiscal year is the calendar year: FY${year} either way. Default: The year they end in`,
  );

  await choose(starts, 'July');
  expect(namedBy.hasAttribute('disabled')).toBe(false);
  expect(describedAs(namedBy)).toBe('Default: The year they end in');
  // Each choice says what it makes of a year: FY2027 (or FY2026) is the one starting in July 2026.
  fireEvent.click(namedBy);
  const options = within(await screen.findByRole('listbox')).getAllByRole('option');
  expect(options.map((option) => option.textContent)).toEqual([
    expect.stringMatching(/^The year they end in: FY(\d{4}) starts in July \d{4}$/),
    expect.stringMatching(/^The year they start in: FY(\d{4}) starts in July \d{4}$/),
  ]);
  const [, endYear, endStart] = /FY(\d{4}) starts in July (\d{4})/.exec(options[0]!.textContent!)!;
  const [, startYear, startStart] = /FY(\d{4}) starts in July (\d{4})/.exec(
    options[1]!.textContent!,
  )!;
  expect(Number(endYear)).toBe(Number(endStart) + 1);
  expect([startYear, startStart]).toEqual([endStart, endStart]);
  fireEvent.click(options[1]!);

  fireEvent.click(screen.getByRole('button', { name: 'Save the operating model' }));
  await waitFor(() => expect(saveOperatingModel).toHaveBeenCalledTimes(1), { timeout: 20_000 });
  expect(saveOperatingModel.mock.calls[0]![0].fiscalYear).toEqual({
    firstMonth: 7,
    namedBy: 'start',
  });
});

test('a new cycle is a quarter or the whole of the fiscal year, named and dated by it', async () => {
  const created: unknown[] = [];
  const createCycle = (cycle: object) => {
    created.push(cycle);
    return Promise.resolve({ ...cycle, id: `c${created.length}`, version: '1' });
  };
  await renderSection('cycles', { createCycle } as never, julyYear);
  fireEvent.click(await screen.findByRole('button', { name: 'New cycle' }));
  expect(screen.getByRole('radio', { name: 'A quarter of the fiscal year' })).toBeTruthy();
  // It proposes the quarter after today's, the one being planned: never one already past.
  const next = nextQuarterOn(today(), julyYear.fiscalYear);
  const proposed = quarterCycles(next.year, julyYear.fiscalYear)[next.quarter - 1]!;
  expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe(
    proposed.name,
  );
  expect(proposed.start > today()).toBe(true);
  fireEvent.change(screen.getByRole('textbox', { name: 'Fiscal year' }), {
    target: { value: '2027' },
  });
  fireEvent.click(screen.getByRole('radio', { name: 'Q2' }));
  const name = screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement;
  expect(name.value).toBe('Q2 FY2027');
  fireEvent.click(screen.getByRole('button', { name: 'Create cycle' }));
  await waitFor(() => expect(created).toHaveLength(1), { timeout: 20_000 });
  expect(created[0]).toMatchObject({ name: 'Q2 FY2027', start: '2026-10-01', end: '2026-12-31' });

  fireEvent.click(await screen.findByRole('button', { name: 'New cycle' }, { timeout: 20_000 }));
  fireEvent.click(screen.getByRole('radio', { name: 'A whole fiscal year (annual cycle)' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Fiscal year' }), {
    target: { value: '2028' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Create cycle' }));
  await waitFor(() => expect(created).toHaveLength(2), { timeout: 20_000 });
  expect(created[1]).toMatchObject({ name: 'FY 2028', start: '2027-07-01', end: '2028-06-30' });
});

test('in German the fiscal year is the Geschäftsjahr, its months named the German way', async () => {
  await renderSection(
    'model',
    { loadBoard: () => new Promise(() => undefined) } as never,
    julyYear,
    'de-DE',
  );
  const starts = await screen.findByRole('combobox', { name: 'Das Geschäftsjahr beginnt im' });
  expect(starts.textContent).toBe('Juli');
  expect(screen.getByRole('combobox', { name: 'Geschäftsjahre heißen nach' }).textContent).toMatch(
    /^dem Jahr, in dem sie enden: GJ \d{4} beginnt im Juli \d{4}$/,
  );
});
