import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoAppClientId } from './graph-emulator/demo-tenant';
import type { TeamsAppDefinition } from './graph-emulator/teamwork';
import { placeholderTeamsAppId } from '../host/config';

/**
 * Our Teams app as the local stack knows it: the manifest's activity types (the emulator accepts
 * only those, as Teams does), the simulator's app id, and a local Entra client id for the app's
 * own tokens (the reminders job), which the demo OKR site grants under `Sites.Selected`.
 */
export const localEntraClientId = demoAppClientId;

export function localTeamsApp(repoRoot = process.cwd()): TeamsAppDefinition {
  const manifestPath = resolve(repoRoot, 'appPackage/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name: { short: string };
    activities?: { activityTypes: TeamsAppDefinition['activityTypes'] };
  };
  return {
    id: placeholderTeamsAppId,
    name: manifest.name.short,
    entraAppId: localEntraClientId,
    activityTypes: manifest.activities?.activityTypes ?? [],
  };
}
