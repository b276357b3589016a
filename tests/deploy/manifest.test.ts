import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  escapeForJsonString,
  fillPlaceholders,
  placeholdersIn,
  type Environment,
} from '../../scripts/teams-env';
import {
  bundledSchemaPath,
  localizationFilesOf,
  ManifestSchemaError,
  validateTeamsLocalization,
  validateTeamsManifest,
} from '../../scripts/teams-manifest-schema';
import { surfaces } from '../../src/surfaces';
import { tabSettingsFromEntityId, tabSettingsFromQuery } from '../../src/host/tab-settings';

const projectRoot = resolve(__dirname, '../..');
const template = readFileSync(join(projectRoot, 'appPackage/manifest.json'), 'utf8');

/** Values of the shape provisioning writes to env/.env.<env>. */
const provisioned: Environment = new Map([
  ['TEAMS_APP_ID', '3f0c1b52-7a47-4a7e-9d7e-0f0e6a1c2b3d'],
  ['AAD_APP_CLIENT_ID', '8e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f'],
  ['TAB_DOMAIN', 'okrcoachdev.azurestaticapps.net'],
  ['PUBLISHER_WEBSITE_URL', 'https://contoso.example/okr'],
  ['PUBLISHER_PRIVACY_URL', 'https://contoso.example/privacy'],
  ['PUBLISHER_TERMS_URL', 'https://contoso.example/terms'],
]);

/** The parts of the Teams manifest these tests read. */
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  developer?: unknown;
  staticTabs: Array<{ entityId: string; name: string; scopes: string[]; contentUrl: string }>;
  configurableTabs: Array<{
    configurationUrl: string;
    scopes: string[];
    context: string[];
    meetingSurfaces: string[];
  }>;
  validDomains: string[];
  devicePermissions: string[];
  webApplicationInfo: { id: string; nestedAppAuthInfo: unknown[] };
  authorization: { permissions: { resourceSpecific: unknown[] } };
}

function filledManifest(environment: Environment = provisioned): Manifest {
  const { text, unresolved } = fillPlaceholders(template, environment, escapeForJsonString);
  expect(unresolved).toEqual([]);
  return JSON.parse(text) as Manifest;
}

/** Fails the test if anything tries to reach the network while the schema is checked. */
async function withoutNetwork<T>(run: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  const attempts: string[] = [];
  globalThis.fetch = (async (input: unknown) => {
    attempts.push(String(input));
    throw new Error(`network call during an offline validation: ${String(input)}`);
  }) as typeof fetch;
  try {
    return await run();
  } finally {
    globalThis.fetch = realFetch;
    expect(attempts).toEqual([]);
  }
}

describe('appPackage/manifest.json', () => {
  it('uses the newest Teams manifest schema that @microsoft/app-manifest bundles', () => {
    const schemasDir = join(
      projectRoot,
      'node_modules/@microsoft/app-manifest/build/json-schemas/teams',
    );
    const newest = readdirSync(schemasDir)
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1))
      .sort((a, b) => {
        const [aMajor, aMinor] = a.split('.').map(Number) as [number, number];
        const [bMajor, bMinor] = b.split('.').map(Number) as [number, number];
        return aMajor - bMajor || aMinor - bMinor;
      })
      .at(-1);
    const manifest = JSON.parse(template) as Manifest;
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  it('resolves its $schema URL to the file the package bundles', () => {
    const { $schema } = JSON.parse(template) as Manifest;
    const file = bundledSchemaPath(projectRoot, $schema);
    expect(file).toMatch(/@microsoft[/\\]app-manifest[/\\]build[/\\]json-schemas[/\\]teams/);
    expect(JSON.parse(readFileSync(file, 'utf8').replace(/\\[av]/g, ''))).toHaveProperty(
      'properties.manifestVersion',
    );
    // Localised URLs name the same schema.
    expect(bundledSchemaPath(projectRoot, $schema.replace('.com/', '.com/en-us/'))).toBe(file);
  });

  it('refuses schema URLs that are not bundled Teams schemas instead of fetching them', async () => {
    expect(() =>
      bundledSchemaPath(projectRoot, 'https://example.com/json-schemas/teams/v1.30/x.json'),
    ).toThrow(ManifestSchemaError);
    await expect(
      validateTeamsManifest(projectRoot, {
        $schema:
          'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json',
      }),
    ).rejects.toThrow(/does not bundle/);
  });

  it('is valid against the official schema once the environment is filled in, offline', async () => {
    const errors = await withoutNetwork(() => validateTeamsManifest(projectRoot, filledManifest()));
    expect(errors).toEqual([]);
  });

  it('is caught by the validator when it breaks the schema', async () => {
    const broken = filledManifest();
    broken.id = 'not-a-guid';
    broken.configurableTabs[0]!.scopes = ['personal'];
    delete broken.developer;
    const errors = await withoutNetwork(() => validateTeamsManifest(projectRoot, broken));
    expect(errors.join('\n')).toMatch(/\/id /);
    expect(errors.join('\n')).toMatch(/\/configurableTabs\/0\/scopes\/0/);
    expect(errors.join('\n')).toMatch(/developer/);
  });

  it('uses only the environment placeholders provisioning and env/ provide', () => {
    expect(placeholdersIn(template)).toEqual([
      'AAD_APP_CLIENT_ID',
      'PUBLISHER_PRIVACY_URL',
      'PUBLISHER_TERMS_URL',
      'PUBLISHER_WEBSITE_URL',
      'TAB_DOMAIN',
      'TEAMS_APP_ID',
    ]);
    const manifest = JSON.parse(template) as Manifest;
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(manifest.webApplicationInfo.id).toBe('${{AAD_APP_CLIENT_ID}}');
  });

  it('declares the personal "My OKRs" and "All OKRs" tabs and one configurable tab for chats, channels and meetings', () => {
    const manifest = filledManifest();
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        name: 'My OKRs',
        scopes: ['personal'],
        contentUrl: expect.stringMatching(
          /^https:\/\/okrcoachdev\.azurestaticapps\.net\/teams\/tab\.html\?/,
        ),
      }),
      expect.objectContaining({
        name: 'All OKRs',
        scopes: ['personal'],
        contentUrl: 'https://okrcoachdev.azurestaticapps.net/teams/tab.html?teams=&cycle=current',
      }),
    ]);
    // The entity id carries the same settings as the content URL (every team, the running cycle).
    const allOkrs = manifest.staticTabs[1]!;
    expect(tabSettingsFromEntityId(allOkrs.entityId)).toEqual(
      tabSettingsFromQuery(new URL(allOkrs.contentUrl).search),
    );
    expect(tabSettingsFromEntityId(allOkrs.entityId)).toEqual({ teamIds: [], cycleId: 'current' });
    const [tab] = manifest.configurableTabs as [Manifest['configurableTabs'][number]];
    expect(tab.configurationUrl).toBe('https://okrcoachdev.azurestaticapps.net/teams/config.html');
    expect(tab.scopes.sort()).toEqual(['groupChat', 'team']);
    expect(tab.context.sort()).toEqual([
      'channelTab',
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
      'privateChatTab',
    ]);
    expect(tab.meetingSurfaces.sort()).toEqual(['sidePanel', 'stage']);
  });

  it('signs in with Nested App Authentication and trusts only the tab domain', () => {
    const manifest = filledManifest();
    expect(manifest.validDomains).toEqual(['okrcoachdev.azurestaticapps.net']);
    expect(manifest.devicePermissions).toEqual([]);
    expect(manifest.webApplicationInfo).toEqual({
      id: '8e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f',
      nestedAppAuthInfo: [
        {
          redirectUri: 'brk-multihub://okrcoachdev.azurestaticapps.net',
          scopes: ['User.Read', 'Sites.ReadWrite.All', 'TeamsActivity.Send'],
        },
      ],
    });
  });

  it('asks only for the resource-specific permissions meeting stage sharing and Live Share need', () => {
    // Names from Microsoft Learn, "Live Share core capabilities" > "Register RSC permissions".
    expect(filledManifest().authorization.permissions.resourceSpecific).toEqual([
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
      { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
      { name: 'LiveShareSession.ReadWrite.Group', type: 'Delegated' },
    ]);
  });

  it('points every tab URL at a page the build makes', () => {
    const pages = new Set(surfaces.map((s) => `/${s.page}`));
    const manifest = filledManifest();
    const urls = [
      ...manifest.staticTabs.map((t) => t.contentUrl),
      ...manifest.configurableTabs.map((t) => t.configurationUrl),
    ];
    for (const url of urls) expect(pages).toContain(new URL(url).pathname);
  });

  it('keeps a value from changing the structure of the manifest', () => {
    const hostile = new Map(provisioned);
    hostile.set('TAB_DOMAIN', 'evil.example", "validDomains": ["*');
    const manifest = filledManifest(hostile);
    expect(manifest.validDomains).toEqual(['evil.example", "validDomains": ["*']);
  });
});

describe('appPackage language files (de, fr, es)', () => {
  const manifest = () =>
    JSON.parse(template) as Manifest & {
      activities: { activityTypes: { type: string; description: string; templateText: string }[] };
    };
  const languages = localizationFilesOf(JSON.parse(template));
  const read = (file: string) =>
    JSON.parse(readFileSync(join(projectRoot, 'appPackage', file), 'utf8')) as Record<
      string,
      string
    >;

  it('are named by localizationInfo, English being the manifest itself', () => {
    expect((JSON.parse(template) as { localizationInfo: unknown }).localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [
        { languageTag: 'de', file: 'de.json' },
        { languageTag: 'fr', file: 'fr.json' },
        { languageTag: 'es', file: 'es.json' },
      ],
    });
  });

  it.each(languages.map((language) => [language.file, language] as const))(
    '%s is valid against the official localization schema of the manifest’s version, offline',
    async (file, language) => {
      const localization = read(file);
      expect(localization.$schema).toBe(
        'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json',
      );
      const errors = await withoutNetwork(() =>
        validateTeamsLocalization(projectRoot, manifest(), language, localization),
      );
      expect(errors).toEqual([]);
    },
  );

  it.each(languages.map((language) => [language.file] as const))(
    '%s translates every activity type, tab name and the app’s name and descriptions',
    (file) => {
      const localization = read(file);
      const { activities, staticTabs } = manifest();
      const expectedKeys = [
        '$schema',
        'name.short',
        'name.full',
        'description.short',
        'description.full',
        ...staticTabs.map((_, index) => `staticTabs[${index}].name`),
        ...activities.activityTypes.flatMap((_, index) => [
          `activities.activityTypes[${index}].description`,
          `activities.activityTypes[${index}].templateText`,
        ]),
      ];
      expect(Object.keys(localization).sort()).toEqual(expectedKeys.sort());
      activities.activityTypes.forEach((activity, index) =>
        expect(localization[`activities.activityTypes[${index}].templateText`]).not.toBe(
          activity.templateText,
        ),
      );
    },
  );

  it('are caught when they break the schema, follow another version or drop a template parameter', async () => {
    const [german] = languages;
    const broken = {
      ...read('de.json'),
      'name.short': 'x'.repeat(31),
      'staticTabs[0].title': 'Meine OKRs',
    };
    const schemaErrors = await withoutNetwork(() =>
      validateTeamsLocalization(projectRoot, manifest(), german!, broken),
    );
    expect(schemaErrors.join('\n')).toMatch(/^de\.json: \/name\.short must NOT have more than 30/m);
    expect(schemaErrors.join('\n')).toMatch(/additionalProperty":"staticTabs\[0\]\.title"/);

    const olderVersion = {
      ...read('de.json'),
      $schema:
        'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json',
    };
    expect(await validateTeamsLocalization(projectRoot, manifest(), german!, olderVersion)).toEqual(
      [expect.stringMatching(/^de\.json: \$schema must be .*v1\.30\/MicrosoftTeams\.Localization/)],
    );

    const lostParameter = {
      ...read('de.json'),
      'activities.activityTypes[0].templateText': '{actor}: Check-in fällig in {cycleName}',
    };
    expect(
      await validateTeamsLocalization(projectRoot, manifest(), german!, lostParameter),
    ).toEqual([
      'de.json: activities.activityTypes[0].templateText must use the parameters of "{actor}: key results to check in on in {cycleName}: {keyResultCount}" (actor, cycleName, keyResultCount), not actor, cycleName.',
    ]);
  });
});
