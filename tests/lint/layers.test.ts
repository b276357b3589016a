import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The layer rules in eslint.config.js, proved on fixture strings: ESLint's Node API lints each
 * one as if it were a file at the given path. ESLint runs in a child process because it loads
 * the (ES module) config file itself.
 */
const root = path.resolve(__dirname, '../..');

interface Fixture {
  readonly file: string;
  readonly code: string;
}

async function lint(fixtures: readonly Fixture[]): Promise<string[][]> {
  const script = `
    import { ESLint } from 'eslint';
    const fixtures = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { file, code } of fixtures) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(fixtures)],
    { cwd: root, timeout: 120_000 },
  );
  return JSON.parse(stdout) as string[][];
}

const refused: readonly (Fixture & { readonly rule: string; readonly says: string })[] = [
  {
    file: 'src/ui/components/Leak.tsx',
    code: "import { seed } from '../../dev/seed/seed';\nexport const x = seed;\n",
    rule: 'layers/allowed-imports',
    says: 'src/ui may not import src/dev',
  },
  {
    file: 'src/core/leak.ts',
    code: "export type { OkrRepository } from '../store/repository';\n",
    rule: 'layers/allowed-imports',
    says: 'src/core may not import src/store',
  },
  {
    file: 'src/teams/tab/leak.ts',
    code: "import { reloadable } from '../../reloadable';\nexport const load = reloadable(() => import('../../excel/sync/rows'));\n",
    rule: 'layers/allowed-imports',
    says: 'src/teams may not import src/excel',
  },
  {
    file: 'src/host/leak.ts',
    code: "import { x } from '../ui/app/roles';\nexport const y = x;\n",
    rule: 'layers/allowed-imports',
    says: 'src/host may not import src/ui',
  },
  {
    file: 'src/ui/meeting/leak.ts',
    code: "import { LiveState } from '@microsoft/live-share';\nexport const s = LiveState;\n",
    rule: 'no-restricted-imports',
    says: 'Only src/host joins Live Share',
  },
  {
    file: 'src/ui/app/leak.ts',
    code: "import { app } from '@microsoft/teams-js';\nexport const a = app;\n",
    rule: 'no-restricted-imports',
    says: 'Only src/host talks to Teams',
  },
  {
    file: 'src/ui/app/leak.ts',
    code: "import { Client } from '@microsoft/microsoft-graph-client';\nexport const c = Client;\n",
    rule: 'no-restricted-imports',
    says: 'Only src/store talks to Microsoft Graph',
  },
  {
    file: 'src/excel/sync/leak.ts',
    code: 'export const ready = () => Office.onReady();\n',
    rule: 'no-restricted-globals',
    says: 'Only src/host touches office.js (Office)',
  },
  {
    file: 'src/ui/app/leak.ts',
    code: "export { createDevTokenProvider } from '../../auth/dev-token-provider';\n",
    rule: 'no-restricted-imports',
    says: 'Pages sign in through the host (NAA)',
  },
  {
    file: 'src/core/leak.ts',
    code: "import { useState } from 'react';\nexport const u = useState;\n",
    rule: 'no-restricted-imports',
    says: 'src/core is pure TypeScript',
  },
  {
    file: 'src/ui/components/Part.tsx',
    code: "export const load = () => import('./PartDialog').then((part) => part.default);\n",
    rule: 'no-restricted-syntax',
    says: 'Load a chunk through reloadable',
  },
];

const accepted: readonly Fixture[] = [
  { file: 'src/ui/app/fine.ts', code: "export type { KeyResult } from '../../core/model';\n" },
  {
    file: 'src/host/fine.ts',
    code: "import { app } from '@microsoft/teams-js';\nexport const a = app;\n",
  },
  {
    file: 'src/store/graph/fine.ts',
    code: "import { Client } from '@microsoft/microsoft-graph-client';\nexport const c = Client;\n",
  },
  {
    file: 'src/excel/workbook/fine.ts',
    code: 'export type Context = Excel.RequestContext;\n',
  },
  { file: 'src/dev/fine.ts', code: "export { surfaces } from '../surfaces';\n" },
  {
    file: 'src/ui/components/fine.ts',
    code: "import { reloadable } from '../../reloadable';\nconst loadPart = reloadable(() => import('./PartDialog'));\nexport const load = () => loadPart().then((part) => part.default);\n",
  },
];

test('a cross-layer import or host global fails lint, naming the rule and the layer', async () => {
  const results = await lint(refused);
  refused.forEach((fixture, index) => {
    expect(results[index]).toEqual([expect.stringContaining(`${fixture.rule}: `)]);
    expect(results[index]?.[0]).toContain(fixture.says);
  });
}, 180_000);

test('imports the layer table allows pass', async () => {
  expect(await lint(accepted)).toEqual(accepted.map(() => []));
}, 180_000);
