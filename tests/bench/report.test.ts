import {
  formatJson,
  formatMarkdown,
  formatTable,
  formatValue,
  section,
  type BenchReport,
} from '../../bench/report';

const machine = {
  cpu: 'Test CPU',
  cores: 2,
  memoryGiB: 8,
  availableMemoryGiB: 6.5,
  node: 'v20.20.2',
  os: 'linux 6',
  loadAverage: 1.5,
};

const report: BenchReport = {
  startedAt: '2026-03-02T10:00:00.000Z',
  seconds: 12.34,
  machine,
  sections: [
    section('board', '1. Board round trips', {
      figures: [
        { label: 'loadBoard, 10 KRs', value: 1, unit: 'HTTP requests', note: '1 $batch' },
        { label: 'loadBoard, 5,000 KRs', value: 12, unit: 'HTTP requests' },
      ],
      checks: [{ label: 'same at every size', holds: false, detail: '1 at 10, 12 at 5,000' }],
      data: [{ size: 10, requests: 1 }],
    }),
    { ...section('render', '5. First render'), unavailable: 'not built yet' },
    { ...section('bundle', '4. Initial JavaScript'), error: 'vite build failed | exit 1' },
  ],
};

describe('formatting numbers', () => {
  test.each([
    [0, '0'],
    [5000, '5,000'],
    [1234567, '1,234,567'],
    [123.456, '123'],
    [12.345, '12.3'],
    [1.2345, '1.23'],
    [0.01234, '0.012'],
    [null, 'n/a'],
    ['n/a (not built yet)', 'n/a (not built yet)'],
  ])('%p prints as %p', (value, printed) => {
    expect(formatValue(value)).toBe(printed);
  });
});

describe('the table', () => {
  const table = formatTable(report);
  const lines = table.split('\n');

  test('names the machine and every section', () => {
    expect(lines[1]).toBe(
      'Test CPU, 2 cores, 8 GiB RAM (6.5 GiB free), Node v20.20.2, linux 6, load average 1.5 at the start',
    );
    expect(table).toContain('1. Board round trips');
    expect(table).toContain('5. First render\n  n/a (not built yet)');
    expect(table).toContain('4. Initial JavaScript\n  error: vite build failed | exit 1');
  });

  test('aligns values to the right and units after them', () => {
    const small = lines.find((line) => line.includes('loadBoard, 10 KRs'))!;
    const large = lines.find((line) => line.includes('loadBoard, 5,000 KRs'))!;
    expect(small.indexOf('HTTP requests')).toBe(large.indexOf('HTTP requests'));
    expect(small).toMatch(/10 KRs\s+1 {2}HTTP requests {2}1 \$batch$/);
    expect(large).toMatch(/5,000 KRs\s+12 {2}HTTP requests$/);
  });

  test('says plainly when a check does not hold', () => {
    expect(table).toContain('  NO   same at every size (1 at 10, 12 at 5,000)');
  });
});

describe('the JSON document', () => {
  test('is one parseable document with the raw data', () => {
    const parsed = JSON.parse(formatJson(report)) as BenchReport;
    expect(parsed.machine).toEqual(machine);
    expect(parsed.sections.map((s) => s.id)).toEqual(['board', 'render', 'bundle']);
    expect(parsed.sections[0]!.data).toEqual([{ size: 10, requests: 1 }]);
    expect(parsed.sections[1]!.unavailable).toBe('not built yet');
  });
});

describe('the Markdown', () => {
  const markdown = formatMarkdown(report);

  test('has a table per section and the checks as a list', () => {
    expect(markdown).toContain('| loadBoard, 5,000 KRs | 12 | HTTP requests |  |');
    expect(markdown).toContain('- ❌ same at every size (1 at 10, 12 at 5,000)');
    expect(markdown).toContain('n/a (not built yet)');
  });

  test('escapes pipes, which would break a table', () => {
    expect(markdown).toContain('Not measured: vite build failed \\| exit 1');
  });
});
