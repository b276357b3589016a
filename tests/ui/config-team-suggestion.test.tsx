/**
 * A new tab in a team's channel starts with the OKR team linked to that team in Teams, and says
 * why; with none linked, it says so and how an admin links one, without blocking the choice.
 * A team lead adding the app found nothing chosen and nothing said.
 */
import { screen } from '@testing-library/react';
import type { Team } from '../../src/core/model';
import { renderConfigPage } from './support/config-page';

jest.setTimeout(60_000);

const groupId = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';
const channelTeam = { id: '19:okr@thread.tacv2', name: 'Contoso OKRs', groupId };
const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });

test('chooses the linked OKR team over one of the same name, and says why', async () => {
  const teams: Team[] = [
    { id: 'c', name: 'Contoso OKRs' },
    { id: 's', name: 'Sales', parentTeamId: 'c', groupId },
  ];
  renderConfigPage(teams, [], { team: channelTeam });
  await screen.findByRole('checkbox', { name: 'Sales', checked: true });
  expect(box('Contoso OKRs').checked).toBe(false);
  const hint = screen.getByText('Sales is chosen because it is linked to this team in Teams.');
  expect(screen.getByRole('group', { name: 'Teams' }).getAttribute('aria-describedby')).toContain(
    hint.id,
  );
});

test('chooses the OKR team of the same name when none is linked, and says why', async () => {
  renderConfigPage([{ id: 'c', name: 'Contoso OKRs' }], [], { team: channelTeam });
  await screen.findByRole('checkbox', { name: 'Contoso OKRs', checked: true });
  screen.getByText('Contoso OKRs is chosen because it has the name of this team in Teams.');
});

test('says when no OKR team is linked, and how an admin links one; an archived link counts for none', async () => {
  const teams: Team[] = [
    { id: 'c', name: 'Contoso' },
    { id: 'old', name: 'Old', groupId, archived: true },
  ];
  renderConfigPage(teams, [], { team: channelTeam });
  await screen.findByText(
    `No OKR team is linked to Contoso OKRs, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams (${groupId}).`,
  );
  expect(box('Contoso').checked).toBe(false);
});
