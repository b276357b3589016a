/**
 * The Cycles table at common widths: a date never breaks inside ("Jan 1, / 2027" read as two
 * dates), a range breaks only between its days, and a row's actions stay on one line, centred on
 * each other (they wrapped under each other unevenly from row to row); a narrow table scrolls
 * sideways instead.
 */
import { screen } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import { formatDay } from '../../src/core/format';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderSection } from './support/programme';

jest.setTimeout(60_000);

const running: Cycle = {
  id: 'c1',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  version: '4',
};

test('each day of a cycle’s dates stays on one line, and its actions on one line together', async () => {
  renderSection(CyclesSection, {
    cycles: [running],
    repository: {
      cycleHoldings: (ids: readonly string[]) =>
        Promise.resolve(new Map(ids.map((id) => [id, []]))),
    },
  });
  const row = (await screen.findByRole('cell', { name: running.name })).closest('tr')!;
  for (const day of [running.start, running.end]) {
    const shown = [...row.querySelectorAll('span')].find(
      (span) => span.textContent === formatDay(day, 'en-US'),
    );
    expect(shown).toBeDefined();
    expect(getComputedStyle(shown!).whiteSpace).toBe('nowrap');
  }
  const actions = screen.getByRole('button', { name: `Edit ${running.name}` }).parentElement!;
  expect(actions.tagName).toBe('DIV');
  expect(getComputedStyle(actions)).toMatchObject({
    display: 'flex',
    flexWrap: 'nowrap',
    alignItems: 'center',
  });
  expect(actions.contains(screen.getByRole('button', { name: /^Delete/ }))).toBe(true);
  // Columns as wide as their days and actions: Fluent's equal columns cut the actions off.
  expect(getComputedStyle(screen.getByRole('table', { name: 'Cycles' })).tableLayout).toBe('auto');
});

test('Close… shows an icon, as Edit and Delete… beside it do', async () => {
  renderSection(CyclesSection, {
    cycles: [running],
    repository: {
      cycleHoldings: (ids: readonly string[]) =>
        Promise.resolve(new Map(ids.map((id) => [id, []]))),
    },
  });
  const close = await screen.findByRole('button', { name: `Close ${running.name}` });
  for (const name of [`Edit ${running.name}`, /^Delete/])
    expect(screen.getByRole('button', { name }).querySelector('svg')).not.toBeNull();
  expect(close.querySelector('svg')).not.toBeNull();
});
