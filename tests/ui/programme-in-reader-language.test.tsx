/** @jest-environment jsdom */
/**
 * The Programme area in Teams' display language: a German Teams' board opened an English
 * Programme ("Back to OKRs", its tabs, notices and Get started), while everything around it spoke
 * German. French and Spanish are checked too.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import ProgrammePage from '../../src/teams/tab/ProgrammePage';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { today } from './support/german-okrs';
import { renderInTeams } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/async-timeout';
import './support/resize-observer';

// A Fluent page in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const planned: Cycle = {
  id: 'q2',
  name: 'Q2',
  start: addDays(today, 20),
  end: addDays(today, 110),
  state: 'planning',
};

/** English words the Programme's frame and Get started say, none of which a German one says. */
const english = [
  'Programme',
  'cycles',
  'people and roles',
  'Back to OKRs',
  'Nobody',
  'admin',
  'Become',
  'read the programme',
  'Get started',
  'Cycles',
  'People and roles',
  'Operating model',
  'Close a cycle',
  'Next cycle',
  'Cycle review',
  'Import and export',
  'sections',
  'Loading',
  'operating model',
  'coaching plan',
  'Coaching plan',
  'Answer',
  'How many',
  'Up to',
  'More than',
  'How often',
  'Every week',
  'Every 2 weeks',
  'Check-in day',
  'Are OKRs new',
  'Yes',
  'No',
  'Committed',
  'aspirational',
  'Both',
  'Cycle to plan',
  'Proposed',
  'Check in every',
  'Date',
  'Past',
  'Use this',
  'Monday',
  'Sunday',
  'planning week',
  'retrospective',
  'Type the number',
  'Cancel',
];
const englishOnScreen = () => englishWordsOnScreen(english);

function programmeOf(cycles: readonly Cycle[], roles = { admin: true, coach: true }) {
  return {
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve(cycles),
    siteRoles: siteRolesOf(roles),
  } as unknown as OkrRepository;
}

/** Opens a section by its tab, or from the "more sections" menu when the row has no room for it. */
async function openSection(name: string, more: RegExp) {
  await screen.findByRole('tablist');
  const tab = screen.queryByRole('tab', { name });
  if (tab) {
    fireEvent.click(tab);
    return;
  }
  fireEvent.click(screen.getByRole('tab', { name: more }));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}

afterEach(() => localStorage.clear());

it('opens the Programme in German: its header, notice, tabs and Get started', async () => {
  await renderInTeams(
    programmeOf([planned]),
    <ProgrammePage onBack={() => undefined} />,
    'de-DE',
    'personalTab',
  );
  screen.getByRole('button', { name: 'Zurück zu den OKRs' });
  screen.getByText(
    'Teams, Zyklen, Personen und Rollen und wie Ihre Organisation mit OKRs arbeitet',
  );
  await screen.findByRole('button', { name: 'Administration übernehmen' });
  const tabs = screen.getByRole('tablist', { name: 'Bereiche des Programms' });
  // A programme with no team and nothing run or planned opens on its first run.
  within(tabs).getByRole('tab', { name: 'Erste Schritte', selected: true });

  await openSection('Erste Schritte', /^\d+ weitere Bereiche?$/);
  await screen.findByRole('heading', {
    name: 'Erste Schritte: Ihr Betriebsmodell und Ihr Coaching-Plan',
  });
  screen.getByRole('radiogroup', { name: 'Wie viele Personen werden mit OKRs arbeiten?' });
  screen.getByRole('radio', { name: 'Alle 2 Wochen' });
  expect(screen.getByRole('combobox', { name: 'Check\u2011in-Tag' }).textContent).toBe('Montag');
  const plan = screen.getByRole('table', { name: 'Coaching-Plan für Q2' });
  expect(
    within(plan)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Datum', 'Ritual']);
  expect(plan.textContent).toContain('Planungswoche');
  expect(plan.textContent).toContain('Retrospektive');
  screen.getByText(
    'Checken Sie jede Woche ein: ein kurzer wöchentlicher Rhythmus hält OKRs lebendig (Wodtke, Radical Focus).',
  );
  screen.getByRole('button', {
    name: 'Dieses Betriebsmodell und diesen Coaching-Plan übernehmen',
  });
  expect(englishOnScreen()).toEqual([]);

  fireEvent.change(screen.getByRole('textbox', { name: /Wie viele Teams/ }), {
    target: { value: '20000' },
  });
  screen.getByText('Geben Sie die Anzahl der Teams ein, eine ganze Zahl von 1 bis 10.000.');
  expect(englishOnScreen()).toEqual([]);
});

it('tells a French reader that they read the Programme, and Get started is for admins', async () => {
  await renderInTeams(
    programmeOf([planned], { admin: false, coach: false }),
    <ProgrammePage onBack={() => undefined} />,
    'fr-FR',
    'personalTab',
  );
  await screen.findByText(
    'Vous pouvez consulter le programme ici. Ses administrateurs et ses coachs (les groupes « OKR admins » et « OKR coaches » du site OKR) le modifient.',
  );
  screen.getByRole('button', { name: 'Retour aux OKR' });
  await openSection('Premiers pas', /^\d+ autres? sections?$/);
  await screen.findByText('La première configuration est réservée aux administrateurs');
  screen.getByRole('tablist', { name: 'Sections du programme' });
});

it('asks a Spanish admin for a first cycle before Get started', async () => {
  await renderInTeams(
    programmeOf([]),
    <ProgrammePage onBack={() => undefined} />,
    'es-ES',
    'personalTab',
  );
  await openSection('Introducción', /^\d+ secci(ón|ones) más$/);
  await screen.findByText('Crear el primer ciclo');
  screen.getByRole('button', { name: 'Ir a Ciclos' });
  screen.getByRole('button', { name: 'Convertirse en administrador' });
});
