import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import {
  descendants,
  fillExcelManifest,
  parseXml,
  type XmlElement,
} from '../../scripts/excel-manifest';
import { loadEnvironment } from '../../scripts/teams-env';
import {
  functionsMetadataPath,
  iconPath,
  iconSizes,
  localizedMetadataPath,
} from '../../src/excel/addin-assets-plugin';
import { metadataLanguages } from '../../src/excel/functions/function-words';
import { surfaces } from '../../src/surfaces';
import { linkCellCommand, linkCellCommandLabel } from '../../src/excel/taskpane/pane-requests';

const projectRoot = resolve(__dirname, '../..');
const template = readFileSync(resolve(projectRoot, 'appPackage/excel-manifest.xml'), 'utf8');
const manifest = parseXml(template);
const all = descendants(manifest);
const named = (name: string) => all.filter((e) => e.name === name);
const site = 'https://${{TAB_DOMAIN}}/';

/** Every file the build writes for the add-in: its pages (the Vite inputs) and plugin assets. */
const built = new Map<string, string>([
  ...surfaces
    .filter((s) => s.host === 'excel')
    .map((s) => [s.page, resolve(projectRoot, 'src', s.page)] as const),
  [functionsMetadataPath, resolve(projectRoot, 'src/excel/functions/functions.ts')],
  ...metadataLanguages.map(
    (language) =>
      [
        localizedMetadataPath(language),
        resolve(projectRoot, 'src/excel/functions/function-words.ts'),
      ] as const,
  ),
  ...iconSizes.map(
    (size) => [iconPath(size), resolve(projectRoot, 'src', iconPath(size))] as const,
  ),
]);

test('is a well-formed task pane add-in for Excel with the requirement sets it uses', () => {
  expect(manifest.name).toBe('OfficeApp');
  expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
  expect(manifest.children.find((e) => e.name === 'Id')?.text).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  );
  expect(named('Host').map((h) => h.attributes.Name ?? h.attributes['xsi:type'])).toEqual([
    'Workbook',
    'Workbook',
  ]);
  const sets = Object.fromEntries(
    named('Set').map((s) => [s.attributes.Name, s.attributes.MinVersion]),
  );
  expect(sets).toEqual({
    ExcelApi: '1.14',
    SharedRuntime: '1.1',
    CustomFunctionsRuntime: '1.2',
    NestedAppAuth: '1.1',
  });
  expect(() => parseXml('<OfficeApp><Id></OfficeApp>')).toThrow();
});

test('every resource id used is defined, and every one defined is used', () => {
  const defined = all.filter((e) => e.attributes.id && ['Image', 'Url', 'String'].includes(e.name));
  const definedIds = defined.map((e) => e.attributes.id);
  expect(new Set(definedIds).size).toBe(definedIds.length);
  const used = new Set(all.map((e) => e.attributes.resid).filter((id): id is string => !!id));
  expect([...used].sort()).toEqual([...definedIds].sort());
});

test('runs in one shared runtime: the runtime, functions page and script, and the button share a URL', () => {
  const runtime = named('Runtime')[0];
  expect(runtime?.attributes).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
  const customFunctions = all.find(
    (e) => e.name === 'ExtensionPoint' && e.attributes['xsi:type'] === 'CustomFunctions',
  ) as XmlElement;
  const location = (name: string) =>
    customFunctions.children.find((e) => e.name === name)?.children[0]?.attributes.resid;
  expect([
    location('Page'),
    location('Script'),
    named('FunctionFile')[0]?.attributes.resid,
  ]).toEqual(['Taskpane.Url', 'Taskpane.Url', 'Taskpane.Url']);
  const action = named('Action')[0];
  expect(action?.children.find((e) => e.name === 'SourceLocation')?.attributes.resid).toBe(
    'Taskpane.Url',
  );
  const namespace = all.find((e) => e.attributes.id === 'Functions.Namespace');
  expect(namespace?.attributes.DefaultValue).toBe('OKR');
});

test('"Link to a key result…" runs the pane’s command in the shared runtime, labelled as the simulator shows it', () => {
  const control = named('Control').find((e) => e.attributes.id === 'OkrCoach.LinkCell');
  const action = control?.children.find((e) => e.name === 'Action');
  expect(action?.attributes['xsi:type']).toBe('ExecuteFunction');
  expect(action?.children.find((e) => e.name === 'FunctionName')?.text).toBe(linkCellCommand);
  const label = control?.children.find((e) => e.name === 'Label')?.attributes.resid;
  expect(all.find((e) => e.attributes.id === label)?.attributes.DefaultValue).toBe(
    linkCellCommandLabel,
  );
  // ExecuteFunction runs in the FunctionFile's page, which is the shared runtime's.
  expect(named('FunctionFile')[0]?.attributes.resid).toBe(named('Runtime')[0]?.attributes.resid);
  // Both buttons sit in the one OKR Coach group of the Home tab.
  expect(named('Group').map((g) => g.children.filter((c) => c.name === 'Control').length)).toEqual([
    2,
  ]);
});

test('every URL on the site points at a file the build writes, and icons have their stated size', () => {
  const urls = all
    .flatMap((e) => Object.values(e.attributes).concat([e.text.trim()]))
    .filter((value) => value.startsWith(site));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    const path = url.slice(site.length).split('?')[0]!;
    expect(built.has(path) ? path : `not built: ${url}`).toBe(path);
    expect(existsSync(built.get(path)!)).toBe(true);
  }
  for (const image of named('Image').filter((e) => e.attributes.id)) {
    const size = Number(/Icon\.(\d+)x/.exec(image.attributes.id!)?.[1]);
    const file = built.get(image.attributes.DefaultValue!.slice(site.length))!;
    expect(PNG.sync.read(readFileSync(file)).width).toBe(size);
  }
  expect(named('SourceLocation')[0]?.attributes.DefaultValue).toBe(`${site}excel/taskpane.html`);
});

test('fills from an environment with XML escaping; a value can never add markup', () => {
  const local = fillExcelManifest(template, loadEnvironment({ projectRoot, envName: 'local' }));
  expect(local.unresolved).toEqual([]);
  expect(parseXml(local.text).children.length).toBe(manifest.children.length);

  const hostile = new Map([
    ['TAB_DOMAIN', 'evil.example"/><Script src="x'],
    ['PUBLISHER_WEBSITE_URL', 'https://example.com/?a=1&b=2'],
  ]);
  const filled = fillExcelManifest(template, hostile);
  const parsed = descendants(parseXml(filled.text));
  expect(parsed.length).toBe(all.length);
  expect(parsed.find((e) => e.name === 'SupportUrl')?.attributes.DefaultValue).toBe(
    'https://example.com/?a=1&b=2',
  );
  expect(fillExcelManifest(template, new Map()).unresolved).toEqual([
    'PUBLISHER_WEBSITE_URL',
    'TAB_DOMAIN',
  ]);
});
