import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const fixtures = join(root, 'tests/fixtures/okr-corpus');

function okrLint(args: readonly string[], input?: string) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/okr-lint.ts'), ...args],
    { cwd: root, encoding: 'utf8', ...(input !== undefined ? { input } : {}) },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm run okr-lint', () => {
  it('prints one JSON object per input line, in order, naming bad lines', () => {
    const { status, stdout } = okrLint([join(fixtures, 'cli-sample.jsonl'), '--json']);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ text: 'Make our customers love our support team', findings: [] });
    expect(lines[1]).toEqual({ text: 'Average first response time of 1 hour', findings: [] });
    const activity = lines[2] as { text: string; findings: Record<string, unknown>[] };
    expect(activity.text).toBe('Launch in-app live chat');
    expect(activity.findings.map((finding) => finding.rule)).toEqual(['key-result.activity']);
    expect(Object.keys(activity.findings[0]!).sort()).toEqual(
      ['message', 'rule', 'severity', 'source', 'suggestion'].sort(),
    );
    expect(activity.findings[0]!.source).toMatch(/Castro/);
    expect(lines[3]).toMatchObject({ line: 5, error: expect.stringMatching(/text/) });
    expect(lines[4]).toMatchObject({ line: 6, error: expect.stringMatching(/not valid JSON/) });
    const metric = lines[5] as { findings: { rule: string; severity: string }[] };
    expect(metric.findings).toContainEqual(
      expect.objectContaining({ rule: 'objective.metric', severity: 'warning' }),
    );
    expect(status).toBe(2);
  });

  it('prints findings readably with their suggestion and source', () => {
    const { status, stdout } = okrLint([join(fixtures, 'cli-sample.jsonl')]);
    expect(stdout).toMatch(
      /line 3 \(key result\): Launch in-app live chat\n\s+error {3}key-result\.activity: /,
    );
    expect(stdout).toMatch(/→ Keep “Launch in-app live chat” as an initiative/);
    expect(stdout).toMatch(/line 6: error: not valid JSON/);
    expect(stdout).toMatch(/2 line\(s\) could not be read/);
    expect(status).toBe(2);
  });

  it('reads CSV with quoted commas, doubled quotes and line breaks, and names the bad row', () => {
    const { status, stdout } = okrLint([join(fixtures, 'cli-sample.csv'), '--json']);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.text)).toEqual([
      "Win the hearts of San Francisco's tastemakers",
      'Get reviewed in 5 major SF-based foodie blogs',
      'Write 10 articles, then "promote" them',
      'Make our customers\nlove our support team',
      'Something else',
    ]);
    expect((lines[2]!.findings as { rule: string }[]).map((finding) => finding.rule)).toContain(
      'key-result.activity',
    );
    expect(lines[4]).toMatchObject({ line: 7, error: expect.stringMatching(/kind must be/) });
    expect(status).toBe(2);
  });

  it('reads standard input with -, and exits 1 when an OKR is flagged but all input is readable', () => {
    const input = '{"kind":"key_result","text":"Improve the app"}\n';
    const { status, stdout } = okrLint(['-', '--json'], input);
    const [line] = jsonLines(stdout);
    expect((line!.findings as { rule: string }[])[0]!.rule).toBe('key-result.vague');
    expect(status).toBe(1);
  });

  it('exits 0 when nothing is flagged, and 2 with a usage message for a missing file', () => {
    const clean = okrLint(
      ['-', '--format', 'jsonl'],
      '{"kind":"key_result","text":"Raise NPS from 25 to 50"}\n',
    );
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/nothing flagged/);
    const missing = okrLint([join(fixtures, 'no-such-file.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('reads OKRs in the language --language names, and a record’s own language over it', () => {
    const input = [
      '{"kind":"key_result","text":"Zehn neue Großkunden gewinnen"}',
      '{"kind":"key_result","text":"10 Bewerbungsgespräche durchführen"}',
      '{"kind":"key_result","text":"Hacer 10 reuniones","language":"es-MX"}',
    ].join('\n');
    const rules = (stdout: string) =>
      jsonLines(stdout).map((line) =>
        (line.findings as { rule: string; message: string }[]).map((finding) => finding.rule),
      );
    // Read as English, a number in words is no number and the German work verb goes unseen.
    const english = okrLint(['-', '--json'], input);
    expect(rules(english.stdout).slice(0, 2)).toEqual([['key-result.measurable'], []]);
    const german = okrLint(['-', '--json', '--language', 'de-AT'], input);
    expect(rules(german.stdout)).toEqual([[], ['key-result.activity'], ['key-result.activity']]);
    const [, work, spanish] = jsonLines(german.stdout) as { findings: { message: string }[] }[];
    expect(work!.findings[0]!.message).toMatch(/beschreibt Arbeit/);
    expect(spanish!.findings[0]!.message).toMatch(/describe trabajo/);
    expect(german.status).toBe(1);
  });

  it('refuses a language it has no rules for, naming the ones it reads', () => {
    const option = okrLint(['-', '--language=nl'], '{"kind":"objective","text":"Groei"}\n');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/--language must be one of en, de, fr, es .*not "nl"/);
    const record = okrLint(
      ['-', '--json'],
      '{"kind":"objective","text":"Groei","language":"nl"}\n',
    );
    expect(jsonLines(record.stdout)[0]).toMatchObject({
      line: 1,
      error: expect.stringMatching(/language, when given, must be one of en, de, fr, es/),
    });
    expect(record.status).toBe(2);
  });
});
