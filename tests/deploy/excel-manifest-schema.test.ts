import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fillExcelManifest, parseXml } from '../../scripts/excel-manifest';
import {
  assertValidExcelManifest,
  checkExcelManifest,
  ExcelManifestError,
} from '../../scripts/excel-manifest-schema';
import { loadEnvironment } from '../../scripts/teams-env';

const projectRoot = resolve(__dirname, '../..');
const template = readFileSync(resolve(projectRoot, 'appPackage/excel-manifest.xml'), 'utf8');
const production = { TAB_DOMAIN: 'okrcoach.azurestaticapps.net' };

function filled(envName: string, overrides: Record<string, string> = {}): string {
  const { text, unresolved } = fillExcelManifest(
    template,
    loadEnvironment({ projectRoot, envName, overrides }),
  );
  expect(unresolved).toEqual([]);
  return text;
}

const local = filled('local');
/** The problems found in the local manifest after one textual change. */
function problemsAfter(from: string | RegExp, to: string): string[] {
  const changed = local.replace(from, to);
  expect(changed).not.toBe(local);
  return checkExcelManifest(parseXml(changed)).map((p) => `${p.path}: ${p.message}`);
}

describe('the Excel add-in manifest', () => {
  it('passes the structural check for the local stack and for a deployment', () => {
    expect(checkExcelManifest(parseXml(local))).toEqual([]);
    expect(checkExcelManifest(parseXml(filled('dev', production)))).toEqual([]);
  });
});

describe('a broken manifest is refused, naming the element path and what is accepted', () => {
  it('a missing required element', () => {
    expect(problemsAfter('<Version>0.1.0.0</Version>', '')).toEqual([
      expect.stringMatching(
        /^OfficeApp: required child Version is missing; accepted, in this order: Id, AlternateId, Version, ProviderName/,
      ),
    ]);
  });

  it('children out of order', () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    const moved = local
      .replace(permissions, '')
      .replace('<DefaultSettings>', `${permissions}<DefaultSettings>`);
    const problems = checkExcelManifest(parseXml(moved));
    expect(problems).toEqual([
      {
        path: 'OfficeApp/DefaultSettings',
        message: expect.stringMatching(
          /^is out of order: it must come before Permissions; accepted, in this order: .*DefaultSettings, Permissions, VersionOverrides/,
        ),
      },
    ]);
  });

  it('an Id that is not a GUID, a bad version', () => {
    expect(problemsAfter(/<Id>[^<]+<\/Id>/, '<Id>okr-coach</Id>')).toEqual([
      expect.stringContaining('OfficeApp/Id: text "okr-coach" is not a GUID'),
    ]);
    expect(problemsAfter('<Version>0.1.0.0</Version>', '<Version>0.1.0.0.1</Version>')).toEqual([
      expect.stringContaining(
        'OfficeApp/Version: text "0.1.0.0.1" is not a version n, n.n, n.n.n or n.n.n.n',
      ),
    ]);
  });

  it('an over-long DisplayName and an over-long short string', () => {
    const long = 'O'.repeat(126);
    expect(
      problemsAfter(
        '<DisplayName DefaultValue="OKR Coach"/>',
        `<DisplayName DefaultValue="${long}"/>`,
      ),
    ).toEqual([
      expect.stringContaining(
        'OfficeApp/DisplayName: DefaultValue is 126 characters long; 1 to 125 are accepted (https://learn.microsoft.com/javascript/api/manifest/displayname)',
      ),
    ]);
    expect(problemsAfter('DefaultValue="OKR Coach is ready"', `DefaultValue="${long}"`)).toEqual([
      expect.stringMatching(
        /ShortStrings\/String\[2\]: DefaultValue is 126 characters long; 1 to 125/,
      ),
    ]);
  });

  it('a resid naming no resource, or a resource of the wrong kind, or too long', () => {
    expect(problemsAfter('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>')).toEqual([
      expect.stringMatching(
        /^OfficeApp\/VersionOverrides\/Hosts\/Host\/DesktopFormFactor\/ExtensionPoint\/OfficeTab\/Group\/Label: resid "Group.Lable" names no short string resource; declared short strings: Functions.Namespace, GetStarted.Title, Group.Label/,
      ),
    ]);
    expect(problemsAfter('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>')).toEqual([
      expect.stringContaining(
        'resid "Taskpane.Url" names a url resource; a short string is expected here',
      ),
    ]);
    const long = 'X'.repeat(33);
    expect(problemsAfter(/"Group\.Label"/g, `"${long}"`)).toEqual([
      expect.stringContaining(
        'OfficeTab/Group/Label: resid is 33 characters long; 1 to 32 are accepted',
      ),
      expect.stringContaining(
        'ShortStrings/String[3]: id is 33 characters long; 1 to 32 are accepted',
      ),
    ]);
  });

  it('a resource id declared twice', () => {
    expect(
      problemsAfter('<bt:String id="Group.Label"', '<bt:String id="GetStarted.Title"'),
    ).toEqual([
      expect.stringContaining(
        'ShortStrings/String[3]: id "GetStarted.Title" is already declared at OfficeApp/VersionOverrides/Resources/ShortStrings/String[2]; ids must be unique',
      ),
      expect.stringContaining('resid "Group.Label" names no short string resource'),
    ]);
  });

  it('a Control id used twice', () => {
    expect(problemsAfter('id="OkrCoach.LinkCell"', 'id="OkrCoach.OpenTaskpane"')).toEqual([
      expect.stringContaining(
        'Group/Control[2]: id "OkrCoach.OpenTaskpane" is already used at OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control[1]; it must be unique among the Control elements of a host',
      ),
    ]);
  });

  it("but the same ids in two hosts are accepted, as in Microsoft's own task pane template", () => {
    const host = /<Host xsi:type="Workbook">[\s\S]*?<\/Host>/.exec(local)![0];
    const twoHosts = local.replace(host, `${host.replace('"Workbook"', '"Document"')}${host}`);
    expect(twoHosts).not.toBe(local);
    expect(checkExcelManifest(parseXml(twoHosts))).toEqual([]);
  });

  it('a wrong xsi:type', () => {
    expect(
      problemsAfter('xsi:type="PrimaryCommandSurface"', 'xsi:type="PrimaryCommandBar"'),
    ).toEqual([
      expect.stringContaining(
        'DesktopFormFactor/ExtensionPoint: xsi:type "PrimaryCommandBar" is not accepted; accepted: PrimaryCommandSurface',
      ),
    ]);
    expect(problemsAfter('<Host xsi:type="Workbook">', '<Host xsi:type="MailHost">')).toEqual([
      expect.stringContaining(
        'Hosts/Host: xsi:type "MailHost" is not accepted; accepted: Document, Notebook, Presentation, Workbook',
      ),
    ]);
    // The task pane hosts share one form (this add-in's own test asks for Workbook).
    expect(problemsAfter('<Host xsi:type="Workbook">', '<Host xsi:type="Document">')).toEqual([]);
  });

  it('an http URL', () => {
    const insecure = filled('local', { PUBLISHER_WEBSITE_URL: 'http://www.example.com/okr-coach' });
    expect(() => assertValidExcelManifest(parseXml(insecure))).toThrow(ExcelManifestError);
    expect(checkExcelManifest(parseXml(insecure)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringContaining(
        'OfficeApp/SupportUrl: DefaultValue "http://www.example.com/okr-coach" is not https; only https:// URLs are accepted',
      ),
      expect.stringContaining(
        'Urls/Url[3]: DefaultValue "http://www.example.com/okr-coach" is not https',
      ),
    ]);
  });

  it('an unknown element, attribute or permission, and an element in the wrong namespace', () => {
    expect(problemsAfter('<FunctionFile ', '<FunctionFiles ')).toEqual([
      expect.stringContaining(
        'DesktopFormFactor/FunctionFiles: is not accepted in DesktopFormFactor; accepted, in this order: GetStarted, FunctionFile, ExtensionPoint',
      ),
    ]);
    expect(problemsAfter('lifetime="long"', 'lifetime="forever"')).toEqual([
      expect.stringContaining(
        'Runtimes/Runtime: lifetime "forever" is not accepted; accepted: short, long',
      ),
    ]);
    expect(problemsAfter('<Permissions>ReadWriteDocument', '<Permissions>ReadWrite')).toEqual([
      expect.stringContaining(
        'OfficeApp/Permissions: text "ReadWrite" is not accepted; accepted: Restricted, ReadDocument',
      ),
    ]);
    expect(
      problemsAfter(
        '<bt:Image size="16" resid="Icon.16x16"/>',
        '<Image size="16" resid="Icon.16x16"/>',
      ),
    ).toEqual([
      expect.stringContaining(
        'OfficeTab/Group/Icon/Image[1]: is in namespace "http://schemas.microsoft.com/office/taskpaneappversionoverrides"; "http://schemas.microsoft.com/office/officeappbasictypes/1.0" is expected',
      ),
    ]);
    expect(problemsAfter('<Set Name="ExcelApi"', '<Set Nom="ExcelApi"')).toEqual([
      expect.stringContaining(
        'Sets/Set[1]: attribute Nom is not accepted; accepted: Name, MinVersion',
      ),
      expect.stringContaining('Sets/Set[1]: attribute Name is missing'),
    ]);
  });
});

/**
 * `npm run package:excel` in a temporary copy of what it reads, so it runs for real without
 * touching the shared env/ and appPackage/build/.
 */
describe('npm run package:excel', () => {
  let fixture: string;
  beforeAll(() => {
    fixture = mkdtempSync(join(tmpdir(), 'okr-excel-manifest-'));
    for (const dir of ['appPackage', 'scripts', 'env']) mkdirSync(join(fixture, dir));
    for (const file of [
      'package.json',
      'appPackage/excel-manifest.xml',
      'scripts/build-excel-manifest.ts',
      'scripts/excel-manifest.ts',
      'scripts/excel-manifest-schema.ts',
      'scripts/teams-env.ts',
    ]) {
      copyFileSync(join(projectRoot, file), join(fixture, file));
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(fixture, 'node_modules'), 'dir');
    writeFileSync(
      join(fixture, 'env/.env.ci'),
      `TAB_DOMAIN=${production.TAB_DOMAIN}\nPUBLISHER_WEBSITE_URL=https://contoso.example/okr\n`,
    );
  }, 60_000);
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  const out = () => join(fixture, 'appPackage/build/excel-manifest.ci.xml');
  const run = (env: Record<string, string>) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const name of ['TAB_DOMAIN', 'PUBLISHER_WEBSITE_URL']) {
      if (!(name in env)) delete childEnv[name];
    }
    return spawnSync('npm', ['run', '--silent', 'package:excel', '--', 'ci'], {
      cwd: fixture,
      env: childEnv,
      encoding: 'utf8',
    });
  };

  // Each run is an npm and a tsx start-up: seconds quiet, far more on a busy machine.
  it('refuses an invalid manifest with the checker’s error and writes nothing', () => {
    const result = run({ PUBLISHER_WEBSITE_URL: 'http://contoso.example/okr' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The Excel add-in manifest is not valid (2 problems)');
    expect(result.stderr).toContain(
      'OfficeApp/SupportUrl: DefaultValue "http://contoso.example/okr" is not https',
    );
    expect(existsSync(out())).toBe(false);
  }, 120_000);

  it('writes a valid one', () => {
    const result = run({});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(checkExcelManifest(parseXml(readFileSync(out(), 'utf8')))).toEqual([]);
  }, 120_000);
});
