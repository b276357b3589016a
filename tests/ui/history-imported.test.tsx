/**
 * A check-in imported from Viva Goals says so in History's "From" column (it said "Teams", the
 * surface no one used), one from a spreadsheet "Imported file"; and an imported note keeps the
 * line breaks it was written with.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { CheckIn, KeyResult } from '../../src/core/model';
import { importedFrom } from '../../src/migrate/imported-from';
import { HistoryChart } from '../../src/ui/components/HistoryChart/HistoryChart';

const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Uptime',
  kind: 'increase',
  start: 99.9,
  target: 99.95,
  current: 99.93,
  unit: '%',
  weight: 1,
};
const checkIn = (clientId: string, day: number, note = ''): CheckIn => ({
  clientId,
  keyResultId: 'k1',
  value: 99.9,
  note,
  author: { id: 'p', displayName: 'Pat' },
  at: `2025-11-${10 + day}T09:00:00Z`,
  source: 'teams',
});

it('names where an imported check-in came from, and keeps its note’s lines', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <HistoryChart
        keyResult={keyResult}
        checkIns={[
          checkIn('viva:c:8002', 0, 'Outage 11/9 — DB failover\nPostmortem: PM-42'),
          checkIn('sheet:c:row-4', 1),
          checkIn('3f2a9c1e-0d44-4b7a-9a51-2f1c6a7d9e10', 2),
        ]}
        confidenceMax={10}
      />
    </FluentProvider>,
  );
  const rows = within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  // Newest first: the app's own, the sheet's, Viva Goals'.
  expect(rows.map((cells) => cells[4])).toEqual(['Teams', 'Imported file', 'Viva Goals']);
  const note = screen.getByText(/Outage 11\/9/);
  expect(note.textContent).toBe('Outage 11/9 — DB failover\nPostmortem: PM-42');
  expect(getComputedStyle(note).whiteSpace).toBe('pre-line');
});

it('tells an imported check-in by its id alone', () => {
  expect(importedFrom('viva:c:1')).toBe('Viva Goals');
  expect(importedFrom('sheet:c:x')).toBe('Imported file');
  expect(importedFrom('constructor:x')).toBeUndefined();
  expect(importedFrom('c1')).toBeUndefined();
  expect(importedFrom(undefined)).toBeUndefined();
});
