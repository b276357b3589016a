/** @jest-environment jsdom */
/**
 * The Programme's Cycles in Teams' display language: a German admin's cycles table, its buttons,
 * the new-cycle form, the start and delete questions and a Delete's reason were English, beside
 * a board that says the same cycles' states in German. French is checked too.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CycleReferenceKind } from '../../src/core/cycle-deletion';
import type { Cycle } from '../../src/core/model';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { renderSection } from './support/programme';
import './support/async-timeout';
import './support/resize-observer';

// A Fluent dialog in jsdom on a busy machine takes seconds to render, and now and then keeps its
// surface aria-hidden after it opened (its motion): its buttons are found by their words.
jest.setTimeout(60_000);

const planned: Cycle = {
  id: 'c2',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
  version: '1',
};
const running: Cycle = {
  id: 'c1',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  version: '4',
  coachingPlan: { rituals: [{ kind: 'planning', date: '2026-09-24' }] } as never,
};
const closed: Cycle = {
  id: 'c0',
  name: 'Q3 2026',
  start: '2026-07-01',
  end: '2026-09-30',
  state: 'closed',
  version: '4',
};
const runningHolds: CycleReferenceKind[] = ['objectives', 'keyResults', 'checkIns'];

/** English words the Cycles section says, none of which a German one says. */
const english = [
  'Cycles',
  'New cycle',
  'Cycle',
  'Dates',
  'State',
  'Time',
  'Coaching plan',
  'Actions',
  'Active',
  'Planning',
  'Closed',
  'Upcoming',
  'starts',
  'left',
  'ended',
  'days',
  'ritual',
  'Edit',
  'Start',
  'Back to planning',
  'Close',
  'Reopen',
  'Delete',
  'Holds',
  'objectives',
  'key results',
  'check-ins',
  'history',
  'Checking',
  'becomes active',
  'Cancel',
  'Template',
  'quarter',
  'year',
  'Custom',
  'Year',
  'Quarter',
  'Starts',
  'Ends',
  'Discard',
  'Keep editing',
  'not saved',
  'deleted',
  'for good',
  'between',
];
const englishOnScreen = () => englishWordsOnScreen(english);

async function renderCyclesIn(locale: string) {
  const words = await loadLocaleWords(locale);
  return renderSection(CyclesSection, {
    cycles: [closed, running, planned],
    locale,
    ...(words ? { words } : {}),
    repository: {
      cycleHoldings: (ids: readonly string[]) =>
        Promise.resolve(new Map(ids.map((id) => [id, id === running.id ? runningHolds : []]))),
      deleteCycle: () => Promise.resolve(),
    },
  });
}

afterEach(() => localStorage.clear());

it('lists the cycles in German, says why a Delete is not offered and asks before a start', async () => {
  await renderCyclesIn('de-DE');
  screen.getByRole('heading', { name: 'Zyklen' });
  screen.getByRole('button', { name: 'Neuer Zyklus' });
  const table = screen.getByRole('table', { name: 'Zyklen' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Zyklus', 'Zeitraum', 'Zustand', 'Zeit', 'Coaching-Plan', 'Aktionen']);
  const row = (cycle: Cycle) => within(table).getByRole('row', { name: new RegExp(cycle.name) });
  expect(row(planned).textContent).toContain('1. Jan. 2027');
  expect(row(planned).textContent).toContain('In Planung');
  expect(row(running).textContent).toContain('1 Ritual');
  expect(row(closed).textContent).toContain('Abgeschlossen');
  screen.getByRole('button', { name: 'Q1 2027 bearbeiten' });
  screen.getByRole('button', { name: 'Q3 2026 wieder öffnen' });

  await waitFor(() =>
    expect(
      screen.getByRole('button', { name: 'Q1 2027 löschen' }).getAttribute('aria-disabled'),
    ).not.toBe('true'),
  );
  fireEvent.pointerEnter(screen.getByRole('button', { name: 'Q4 2026 löschen' }));
  expect((await screen.findByRole('tooltip')).textContent).toBe(
    'Enthält Objectives, Key Results und Check\u2011ins. Sie bleiben als seine Geschichte bei ihm: Schließen Sie ihn stattdessen ab, dann behält er sie schreibgeschützt.',
  );
  expect(englishOnScreen()).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: 'Q1 2027 starten' }));
  const start = await screen.findByRole('alertdialog', { name: 'Q1 2027 starten?' });
  expect(start.textContent).toContain(
    'Q1 2027 (1. Jan. 2027 – 31. März 2027) wird aktiv: In seinem Zeitraum ist er auf jedem Board der laufende Zyklus',
  );
  within(start).getByText('Zyklus starten');
  expect(englishOnScreen()).toEqual([]);
  fireEvent.click(within(start).getByText('Abbrechen'));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
});

it('makes a new cycle in German, refusing a year, and asks before its changes are dropped', async () => {
  await renderCyclesIn('de-DE');
  fireEvent.click(screen.getByRole('button', { name: 'Neuer Zyklus' }));
  const form = await screen.findByRole('dialog', { name: 'Neuer Zyklus' });
  within(form).getByRole('radio', { name: 'Ein Quartal eines Jahres', hidden: true });
  within(form).getByRole('radio', { name: 'Eigener Zeitraum', hidden: true });
  const year = within(form).getByRole('textbox', { name: 'Jahr', hidden: true });
  fireEvent.change(year, { target: { value: '1999' } });
  expect(form.textContent).toContain('„1999“ ist kein Jahr, das ein Zyklus haben kann.');
  within(form).getByText('Zyklus anlegen');
  expect(englishOnScreen()).toEqual([]);

  fireEvent.keyDown(year, { key: 'Escape' });
  const discard = await screen.findByRole('alertdialog');
  expect(discard.textContent).toContain('Ihre Änderungen an dem Zyklus sind nicht gespeichert.');
  expect(englishOnScreen()).toEqual([]);
});

it('deletes a cycle in German, once asked', async () => {
  const { notices } = await renderCyclesIn('de-DE');
  const button = screen.getByRole('button', { name: 'Q1 2027 löschen' });
  await waitFor(() => expect(button.getAttribute('aria-disabled')).not.toBe('true'));
  fireEvent.click(button);
  const dialog = await screen.findByRole('alertdialog', { name: 'Q1 2027 löschen?' });
  within(dialog).getByText(
    'Q1 2027 (1. Jan. 2027 – 31. März 2027) wird mit seinem Coaching-Plan endgültig gelöscht.',
  );
  expect(englishOnScreen()).toEqual([]);
  fireEvent.click(within(dialog).getByText('Zyklus löschen'));
  await waitFor(() => expect(notices).toEqual(['Q1 2027 ist gelöscht.']));
});

it('lists the cycles in French', async () => {
  await renderCyclesIn('fr-FR');
  const table = screen.getByRole('table', { name: 'Cycles' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Cycle', 'Dates', 'État', 'Temps', 'Plan de coaching', 'Actions']);
  screen.getByRole('button', { name: 'Nouveau cycle' });
  screen.getByRole('button', { name: 'Démarrer Q1 2027' });
});
