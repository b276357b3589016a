/** @jest-environment jsdom */
/**
 * The Programme's People and roles in Teams' display language: the roles, what each may do and
 * Save roles were English beside a board that speaks German. French is checked too.
 */
import { screen } from '@testing-library/react';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import PeopleSection from '../../src/ui/programme/sections/PeopleSection';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { renderSection } from './support/programme';
import './support/async-timeout';
import './support/resize-observer';

// A Fluent page in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

/** English words People and roles says, none of which a German one says. */
const english = [
  'People and roles',
  'Admins',
  'set up',
  'close',
  'groups',
  'Looking up',
  'Site owners',
  'owners',
  'permissions',
  'Nobody',
  'Save roles',
  'Search people',
  'Type a name',
];
const englishOnScreen = () => englishWordsOnScreen(english);

async function renderPeopleIn(locale: string, setUp: boolean) {
  const words = await loadLocaleWords(locale);
  return renderSection(PeopleSection, {
    access: { setUp, coach: setUp },
    locale,
    ...(words ? { words } : {}),
    repository: { findPeople: () => Promise.resolve(new Map()) },
  });
}

it('names the roles in German, what each may do, and Save roles for an admin', async () => {
  await renderPeopleIn('de-DE', true);
  screen.getByRole('heading', { name: 'Personen und Rollen' });
  screen.getByText(/^Administratoren richten Teams, Zyklen und das Betriebsmodell ein/);
  await screen.findByRole('button', { name: 'Rollen speichern' });
  screen.getByText('Besitzer der Website');
  screen.getByText(/^Als Besitzer der OKR-Website ebenfalls Administratoren/);
  screen.getByText('Niemand');
  expect(englishOnScreen()).toEqual([]);
});

it('says in French that nobody holds a role yet, to a reader', async () => {
  await renderPeopleIn('fr-FR', false);
  screen.getByRole('heading', { name: 'Personnes et rôles' });
  expect(await screen.findAllByText('Personne pour l’instant')).toHaveLength(2);
  screen.getByText('Propriétaires du site');
  expect(screen.queryByRole('button', { name: 'Enregistrer les rôles' })).toBeNull();
});
