import manifest from '../../../appPackage/manifest.json';
import { demoUsers } from '../../../src/dev/graph-emulator/demo-tenant';
import { hubLinks } from '../../../src/dev/hub/links';
import { parseSimulatorSettings } from '../../../src/dev/teams-simulator/settings';
import { surfaces } from '../../../src/surfaces';

describe('the dev hub', () => {
  const origin = 'http://127.0.0.1:5300';

  test('opens each Teams link in the simulator context it names', () => {
    const opened = hubLinks('teams').map((link) => {
      const url = new URL(link.href, origin);
      expect(url.pathname).toBe('/dev/teams-simulator/index.html');
      return parseSimulatorSettings(url, origin);
    });
    expect(opened.map((settings) => settings.context)).toEqual([
      'personal',
      'personal',
      'channel',
      'config',
      'meetingChat',
      'sidePanel',
      'stage',
    ]);
    expect(opened[0]?.participants[0]?.user.id).toBe(demoUsers.alexWilber.id);
    // The personal app's second tab, by the manifest's entity id.
    expect(opened[1]?.staticTab).toBe(
      manifest.staticTabs.find((tab) => tab.name === 'All OKRs')?.entityId,
    );
    const meetings = opened.filter((s) => s.context === 'sidePanel' || s.context === 'stage');
    expect(meetings.map((s) => s.participants.length)).toEqual([3, 3]);
  });

  test('links every Excel surface to the workbook simulator', () => {
    const excelSurfaces = surfaces.filter((surface) => surface.host === 'excel');
    expect(hubLinks('excel').map((link) => link.href)).toEqual(
      excelSurfaces.map((surface) => `/dev/excel-simulator/index.html?surface=${surface.id}`),
    );
  });
});
