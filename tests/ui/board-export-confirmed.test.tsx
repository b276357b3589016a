import { act, waitFor } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder } from 'node:util';
import type { Board } from '../../src/store/repository';
import { renderBoardView } from './support/board-view';
import { bytesOf, downloaded, handedFiles } from './support/export-downloads';
import { keyResult, objective } from './support/onboarding-okrs';

/** An export says, once its file is handed to the browser, how many KRs it holds and where. */
const board: Board = {
  cycle: { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-12-31', state: 'active' },
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [objective],
  keyResults: [keyResult, { ...keyResult, id: 'k2', title: 'Halve time to first value' }],
  initiatives: [],
};

it.each([
  ['exportCsv', 'Sales, Q1.csv'],
  ['exportXlsx', 'Sales, Q1.xlsx'],
] as const)('%s says it exported the 2 KRs shown to %s', async (exportAs, fileName) => {
  const onExported = jest.fn();
  const { result } = renderBoardView(board, { exported: onExported });
  act(() => result.current[exportAs]());
  await waitFor(
    () => expect(onExported).toHaveBeenCalledWith(`Exported 2 key results to ${fileName}`),
    { timeout: 30_000 },
  );
});

it.each([
  ['exportCsv', 'Sales, Q1.csv'],
  ['exportXlsx', 'Sales, Q1.xlsx'],
] as const)('%s names the objectives it holds without key results', async (exportAs, fileName) => {
  const onExported = jest.fn();
  const planning: Board = {
    ...board,
    objectives: [objective, { ...objective, id: 'o2', title: 'Open the Nordics' }],
  };
  const { result } = renderBoardView(planning, { exported: onExported });
  act(() => result.current[exportAs]());
  await waitFor(
    () =>
      expect(onExported).toHaveBeenCalledWith(
        `Exported 2 key results and 1 objective without key results to ${fileName}`,
      ),
    { timeout: 30_000 },
  );
});

it.each(['exportCsv', 'exportXlsx'] as const)(
  '%s of a search that matches nothing makes no empty file and says why',
  async (exportAs) => {
    const onExported = jest.fn();
    const onNothingToExport = jest.fn();
    const { result } = renderBoardView(board, {
      exported: onExported,
      nothingToExport: onNothingToExport,
    });
    act(() => result.current.filter.change({ search: 'no such words' }));
    const before = downloaded.length;
    act(() => result.current[exportAs]());
    await waitFor(() => expect(onNothingToExport).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(onExported).not.toHaveBeenCalled();
    expect(downloaded.length).toBe(before);
  },
);

it('writes only the key results in the progress ranges chosen', async () => {
  handedFiles.length = 0;
  const onExported = jest.fn();
  const ranged: Board = {
    ...board,
    keyResults: [
      { ...keyResult, current: 35, lastCheckInAt: '2026-02-02T09:00:00Z' }, // 25 %
      {
        ...keyResult,
        id: 'k2',
        title: 'Sign 12 partners',
        current: 44,
        lastCheckInAt: '2026-02-02T09:00:00Z',
      }, // 70 %
      { ...keyResult, id: 'k3', title: 'Open two offices' }, // never checked in
    ],
  };
  const { result } = renderBoardView(ranged, { exported: onExported });
  act(() => result.current.filter.change({ progress: ['from70', 'noCheckIn'] }));
  act(() => result.current.exportCsv());
  await waitFor(() => expect(onExported).toHaveBeenCalled(), { timeout: 30_000 });
  expect(onExported).toHaveBeenCalledWith('Exported 2 key results to Sales, Q1.csv');
  const text = new TextDecoder().decode((await bytesOf(handedFiles[0]!)).subarray(3));
  expect(text).toContain('Sign 12 partners');
  expect(text).toContain('Open two offices');
  expect(text).not.toContain('Raise NPS');
});

it('hands the CSV to the browser with the byte-order mark Excel needs, its text formula-safe', async () => {
  handedFiles.length = 0;
  const onExported = jest.fn();
  const named: Board = {
    ...board,
    teams: [{ id: 't1', name: 'Zürich € 東京' }],
    objectives: [{ ...objective, title: '=HYPERLINK("http://evil.example","Click")' }],
  };
  const { result } = renderBoardView(named, { exported: onExported });
  act(() => result.current.exportCsv());
  await waitFor(() => expect(onExported).toHaveBeenCalled(), { timeout: 30_000 });
  expect(handedFiles).toHaveLength(1);
  expect(handedFiles[0]!.type).toBe('text/csv;charset=utf-8');
  const bytes = await bytesOf(handedFiles[0]!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row] = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
  expect(header!.startsWith('"Team","Objective"')).toBe(true);
  expect(row!.startsWith(`"Zürich € 東京","'=HYPERLINK(""http://evil.example"",""Click"")"`)).toBe(
    true,
  );
});

describe('an objective aligned to another cycle’s', () => {
  const aligned: Board = { ...board, objectives: [{ ...objective, parentId: 'o9' }] };
  const year = { id: 'fy', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' } as const;
  const company = { ...objective, id: 'o9', cycleId: 'fy', title: 'Grow abroad' };

  it.each(['exportCsv', 'exportXlsx'] as const)(
    '%s reads it from the store and names it, with its cycle',
    async (exportAs) => {
      handedFiles.length = 0;
      const onExported = jest.fn();
      const loadObjectives = jest.fn(async () => [company]);
      const { result } = renderBoardView(
        aligned,
        { exported: onExported },
        {
          loadObjectives,
          listCycles: async () => [board.cycle, { ...year, state: 'active' }],
        },
      );
      act(() => result.current[exportAs]());
      await waitFor(() => expect(onExported).toHaveBeenCalled(), { timeout: 30_000 });
      expect(loadObjectives).toHaveBeenCalledWith(['o9']);
      const bytes = await bytesOf(handedFiles[0]!);
      if (exportAs === 'exportCsv') {
        const [, row] = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
        // No initiative (five empty columns); the items' ids in the store come last, the
        // initiatives' (none) after the key result's.
        expect(
          row!.endsWith(
            ',"Committed","Grow abroad","FY 2026",,,,,,"board-view-store","Oo1","Kk1",',
          ),
        ).toBe(true);
      } else {
        const zip = await JSZip.loadAsync(bytes);
        const texts = await Promise.all(
          ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'].map(
            (name) => zip.file(name)?.async('string') ?? '',
          ),
        );
        expect(texts.join('')).toMatch(/Grow abroad[\s\S]*FY 2026/);
      }
    },
  );

  it('makes no file when the objective it aligns to cannot be read, and says the export failed', async () => {
    handedFiles.length = 0;
    const onExported = jest.fn();
    const onExportFailed = jest.fn();
    const { result } = renderBoardView(
      aligned,
      { exported: onExported, exportFailed: onExportFailed },
      { loadObjectives: () => Promise.reject(new Error('offline')) },
    );
    act(() => result.current.exportCsv());
    await waitFor(() => expect(onExportFailed).toHaveBeenCalledWith('CSV'), { timeout: 30_000 });
    expect(onExported).not.toHaveBeenCalled();
    expect(handedFiles).toHaveLength(0);
  });
});
