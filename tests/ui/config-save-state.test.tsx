/**
 * What the configuration page tells Teams about its Save button, and why Save is off: it sent
 * `pages.config.setValidityState` with every render (the chosen teams, a new array each time, were
 * among its effect's dependencies), and a saved tab whose cycle was since deleted reopened with
 * Save off and no word of why.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import type { Host } from '../../src/host/types';
import { renderConfigPage, renderConfigPageIn } from './support/config-page';

jest.setTimeout(60_000);

const teams: Team[] = [
  { id: 'c', name: 'Contoso' },
  { id: 's', name: 'Sales', parentTeamId: 'c' },
];
const cycles: Cycle[] = [
  { id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30', state: 'closed' },
  { id: 'q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31', state: 'active' },
];

/** The words as they are, French non-breaking spaces and all. */
const exactly = { normalizer: (text: string) => text };

/** Teams' side of the page: the validity it was sent, in order, and the save handler it holds. */
function teamsConfiguration() {
  const validity: boolean[] = [];
  let handler: Parameters<NonNullable<Host['configuration']>['onSave']>[0] | undefined;
  const configuration: NonNullable<Host['configuration']> = {
    hostHasSaveButton: true,
    setValid: (valid) => validity.push(valid),
    onSave: (save) => (handler = save),
  };
  return { configuration, validity, save: () => handler!() };
}

test('sends the validity only when it changes, and saves the choice made last', async () => {
  const teamsSide = teamsConfiguration();
  renderConfigPage(teams, cycles, {}, { configuration: teamsSide.configuration });
  const contoso = await screen.findByRole('checkbox', { name: 'Contoso' });
  // The page renders again as it loads, as teams are ticked and as cycles are chosen.
  fireEvent.click(contoso);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sales' }));
  fireEvent.click(screen.getByRole('radio', { name: /^Q4 2026/ }));
  fireEvent.click(screen.getByRole('radio', { name: /^Q3 2026/ }));
  fireEvent.click(contoso);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sales' }));
  await waitFor(() => expect(teamsSide.validity).toEqual([false, true, false]));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sales' }));
  await waitFor(() => expect(teamsSide.validity).toEqual([false, true, false, true]));
  await expect(act(teamsSide.save)).resolves.toEqual({
    teamIds: ['s'],
    cycleId: 'q3',
    displayName: 'OKRs · Sales · Q3 2026',
  });
});

test.each([
  [
    'en-US',
    'The cycle this tab was saved with no longer exists: it was deleted. Choose one of the cycles below.',
  ],
  [
    'de-DE',
    'Der Zyklus, mit dem diese Registerkarte gespeichert wurde, existiert nicht mehr: Er wurde gelöscht. Wählen Sie einen der folgenden Zyklen aus.',
  ],
  [
    'fr-FR',
    'Le cycle enregistré avec cet onglet n’existe plus\u00a0: il a été supprimé. Choisissez l’un des cycles ci-dessous.',
  ],
  [
    'es-ES',
    'El ciclo con el que se guardó esta pestaña ya no existe: se eliminó. Elija uno de los ciclos siguientes.',
  ],
])(
  'says in %s that the saved cycle was deleted, offers the others, and saves once one is chosen',
  async (locale, message) => {
    const teamsSide = teamsConfiguration();
    await renderConfigPageIn(
      locale,
      teams,
      cycles,
      { tabSettings: { teamIds: ['c'], cycleId: 'deleted-q2' } },
      { configuration: teamsSide.configuration },
    );
    const radios = await screen.findAllByRole<HTMLInputElement>('radio');
    const cycle = screen.getByRole('radiogroup');
    // Said with the cycles, as their field's error, and none of them chosen.
    expect(cycle.getAttribute('aria-describedby')?.split(' ')).toContain(
      screen.getByText(message, exactly).id,
    );
    expect(radios).toHaveLength(3);
    expect(radios.some((radio) => radio.checked)).toBe(false);
    expect(teamsSide.validity).toEqual([false]);
    fireEvent.click(screen.getByRole('radio', { name: /^Q4 2026/ }));
    await waitFor(() => expect(teamsSide.validity).toEqual([false, true]));
    expect(screen.queryByText(message, exactly)).toBeNull();
  },
);
