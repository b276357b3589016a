/** @jest-environment jsdom */
/**
 * Team names in the order of the app's language, not the machine's: the Programme's Teams and
 * the channel tab's set-up sorted them with the runtime's default locale, so a Swedish Teams on
 * an English machine listed "Ärende" before "Zebra" (Swedish files "Ä" after "Z"; German and
 * English beside "A").
 */
import { screen } from '@testing-library/react';
import type { Team } from '../../src/core/model';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderConfigPage } from './support/config-page';
import { renderSection } from './support/programme';
import './support/async-timeout';
import './support/resize-observer';

jest.setTimeout(60_000);

const teams: Team[] = [
  { id: 'z', name: 'Zebra', version: '1' },
  { id: 'a', name: 'Ärende', version: '1' },
  { id: 'b', name: 'Bravo', version: '1' },
];

/** The names of `teams` as the page lists them, top to bottom. */
const listed = (elements: readonly HTMLElement[]) =>
  elements
    .map((element) => teams.find((team) => element.textContent?.includes(team.name))?.name)
    .filter((name) => name !== undefined);

it.each([
  ['sv-SE', ['Bravo', 'Zebra', 'Ärende']],
  ['de-DE', ['Ärende', 'Bravo', 'Zebra']],
])('the Programme’s Teams lists them as %s files them', async (locale, order) => {
  renderSection(TeamsSection, { teams, locale });
  await screen.findByText('Zebra');
  expect(listed(screen.getAllByRole('row'))).toEqual(order);
});

it.each([
  ['sv-se', ['Bravo', 'Zebra', 'Ärende']],
  ['de-de', ['Ärende', 'Bravo', 'Zebra']],
])('the channel tab’s set-up lists them as %s files them', async (locale, order) => {
  renderConfigPage(teams, [], { locale });
  await screen.findByRole('checkbox', { name: 'Zebra' });
  expect(
    listed(
      screen.getAllByRole('checkbox').map((box) => box.closest<HTMLElement>('.fui-Checkbox')!),
    ),
  ).toEqual(order);
});
