import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
    localizationInfo?: { additionalLanguages?: { languageTag: string; file: string }[] };
  };
  const activityTypes = manifest.activities?.activityTypes ?? [];
  const localizedTemplateTexts = Object.fromEntries(
    (manifest.localizationInfo?.additionalLanguages ?? []).map(({ languageTag, file }) => {
      const strings = JSON.parse(
        readFileSync(resolve(dirname(manifestPath), file), 'utf8'),
      ) as Record<string, string>;
      const texts = activityTypes.flatMap((activity, index) => {
        const text = strings[`activities.activityTypes[${index}].templateText`];
        return text === undefined ? [] : [[activity.type, text] as const];
      });
      return [languageTag.toLowerCase(), Object.fromEntries(texts)];
    }),
  );
  return {
    id: placeholderTeamsAppId,
    name: manifest.name.short,
    entraAppId: localEntraClientId,
    activityTypes,
    localizedTemplateTexts,
  };
}
