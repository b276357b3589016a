import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { KeyResult, Person } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { CheckInNudge, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { BottomToaster } from '../../src/ui/components/Toasts/Toasts';
import { useNudge } from '../../src/ui/hooks/useNudge';
import { plainBrowserHost } from './support/browser-host';
import { siteRolesOf } from './support/site-roles';

/**
 * A nudge is a Teams activity notification, and Graph takes only a link on Teams' domain as its
 * text topic's `webUrl` (teams-send-activityfeednotifications): sent from the app opened in a
 * plain browser, its link must still open the KR's check-in in the owner's Teams.
 */
const appId = '2f6a3d52-5b1e-4c7b-9d0a-0f5e3c1a7b11';
const megan: Person = { id: 'm1', displayName: 'Megan Bowen' };
const adele: Person = { id: 'a1', displayName: 'Adele Vance' };
const keyResult = { id: 'k1', title: 'Reach 40 NPS', owner: adele } as KeyResult;

function NudgeButton() {
  const { nudge, toasterId } = useNudge();
  return (
    <>
      <button onClick={() => nudge(keyResult)}>Nudge</button>
      <BottomToaster toasterId={toasterId} />
    </>
  );
}

/** Megan nudges Adele from the page at `url`; what the repository was asked to send. */
async function nudgeFrom(url: string): Promise<{ sent: CheckInNudge[]; host: Host }> {
  window.history.replaceState(null, '', url);
  const sent: CheckInNudge[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    nudgeOwner: async (request: CheckInNudge) => {
      sent.push(request);
      return { sent: true };
    },
  } as unknown as OkrRepository;
  const host = plainBrowserHost({ teamsAppId: appId });
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{ repository, host, operatingModel: defaultOperatingModel, me: megan }}
      >
        <NudgeButton />
      </AppServicesProvider>
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Nudge' }));
  await screen.findByText('Nudge sent to Adele Vance');
  return { sent, host };
}

it('a nudge sent from a plain browser links to the check-in in Teams, the page as its fallback', async () => {
  const { sent, host } = await nudgeFrom('/teams/tab.html?teams=t1&cycle=q1&theme=default');

  expect(sent).toHaveLength(1);
  const link = new URL(sent[0]!.webUrl);
  expect(link.origin).toBe('https://teams.microsoft.com');
  expect(link.pathname).toBe(`/l/entity/${appId}/myOkrs`);
  expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'checkin:k1' });
  const fallback = new URL(link.searchParams.get('webUrl')!);
  expect(fallback.origin + fallback.pathname).toBe(`${window.location.origin}/teams/tab.html`);
  expect(fallback.searchParams.get('open')).toBe('checkin:k1');
  // The browser's own links stay links to this page.
  expect(new URL(host.deepLink({ type: 'checkIn', id: 'k1' })).origin).toBe(window.location.origin);
});

it('sends the nudge in the coach’s Teams language, for its preview line', async () => {
  const { sent } = await nudgeFrom('/teams/tab.html?teams=t1&cycle=q1&locale=fr-fr');
  expect(sent.map((nudge) => nudge.locale)).toEqual(['fr-fr']);
});
