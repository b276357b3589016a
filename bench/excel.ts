/**
 * Figures 2 (from Excel) and 3: the task pane's use cases (`WorkbookSync`) over the office.js
 * workbook, driven by the counted office-addin-mock Excel of the Excel tests, against the Graph
 * emulator. Counts `context.sync()` calls and Graph requests per load and per send.
 */
import './support/outside-jest';
import { FakeExcel } from '../tests/excel/support/fake-excel';
import type { KeyResult } from '../src/core/model';
import { okrTableName } from '../src/excel/sync/layout';
import { CellLinks } from '../src/excel/sync/cell-links';
import { WorkbookSync } from '../src/excel/sync/workbook-sync';
import {
  createOfficeCellBindings,
  createOfficeWorkbook,
} from '../src/excel/workbook/office-workbook';
import { counted, minimumRequests, requestsNote, type RequestCount } from './graph';
import { benchAuthor, createSyntheticBoard, type LocalGraph } from './local-graph';
import { counting, type Check, type Figure } from './report';

export const excelRowCounts = [10, 100, 1000] as const;

export interface ExcelFigures {
  readonly rows: number;
  readonly syncs: {
    readonly firstLoad: number;
    readonly reload: number;
    readonly send: number;
    /** Reading every KR's linked cell, half of them on a deleted sheet. */
    readonly readLinks: number;
  };
  readonly graph: { readonly load: RequestCount; readonly send: RequestCount };
  readonly minimumSendRequests: number;
}

/**
 * A value the KR accepts as a check-in without the big-jump confirmation: binary KRs take 0 or
 * 1; a "stay at or above/below" KR moves by a tenth of its range.
 */
function nextValue(kr: KeyResult): number {
  if (kr.kind === 'binary') return 1;
  if (kr.kind === 'decrease') return kr.current - 1;
  if (kr.kind === 'stayAbove' || kr.kind === 'stayBelow') {
    return kr.current + (kr.target - kr.start) / 10;
  }
  return kr.current + 1;
}

async function measureRows(graph: LocalGraph, rows: number): Promise<ExcelFigures> {
  const board = await createSyntheticBoard(graph, `Excel ${rows}`, { keyResults: rows });
  const byId = new Map(board.keyResults.map((kr) => [kr.id, kr]));
  const excel = new FakeExcel();
  // As the task pane's services do before its first screen: the repository reads the
  // operating model once, and every later validation uses it.
  const repository = graph.repository();
  const sync = new WorkbookSync({
    workbook: createOfficeWorkbook({ run: excel.run, notes: true }),
    repository,
    model: await repository.loadOperatingModel(),
    author: benchAuthor,
  });

  const syncsDuring = async <T>(work: () => Promise<T>) => {
    excel.syncs = 0;
    const result = await work();
    return { result, syncs: excel.syncs };
  };
  const firstLoad = await syncsDuring(() =>
    counted(graph, () => sync.load([board.teamId], board.cycle)),
  );
  if (firstLoad.result.result.rows !== rows) {
    throw new Error(`Loading ${rows} KRs into Excel gave ${firstLoad.result.result.rows} rows.`);
  }
  const reload = await syncsDuring(() => sync.load([board.teamId], board.cycle));

  for (let row = 0; row < rows; row += 1) {
    const kr = byId.get(String(excel.cellAt(okrTableName, row, 'KR id').value));
    if (!kr) throw new Error(`Row ${row} of the sheet holds no KR of the board.`);
    excel.type(okrTableName, row, 'Current', nextValue(kr));
  }
  const send = await syncsDuring(() => counted(graph, () => sync.send()));
  const outcome = send.result.result;
  if (outcome.sent !== rows) {
    throw new Error(
      `Excel sent ${outcome.sent} of ${rows} check-ins (${JSON.stringify(outcome)}).`,
    );
  }

  // Every KR linked to a cell of one of two sheets of the user's own; one sheet is then deleted.
  excel.addSheet('Finance');
  excel.addSheet('Operations');
  let nextId = 0;
  const bindings = createOfficeCellBindings({
    run: excel.run,
    newId: () => `bench-${++nextId}`,
    renames: true,
  });
  const linked: KeyResult[] = [];
  for (const [index, kr] of board.keyResults.entries()) {
    const sheet = index % 2 ? 'Finance' : 'Operations';
    excel.typeAt(sheet, `A${index + 1}`, index);
    const link = await bindings.addCellBinding(sheet, `A${index + 1}`);
    linked.push({ ...kr, excelLink: { ...link, workbook: excel.name } });
  }
  excel.deleteSheet('Finance');
  const links = new CellLinks({
    bindings,
    repository,
    model: await repository.loadOperatingModel(),
    author: benchAuthor,
  });
  const readLinks = await syncsDuring(() => links.read(linked));
  const broken = readLinks.result.filter((entry) => 'broken' in entry).length;
  if (readLinks.result.length !== rows || broken !== Math.floor(rows / 2)) {
    throw new Error(
      `Reading ${rows} linked cells gave ${readLinks.result.length}, ${broken} broken.`,
    );
  }
  return {
    rows,
    syncs: {
      firstLoad: firstLoad.syncs,
      reload: reload.syncs,
      send: send.syncs,
      readLinks: readLinks.syncs,
    },
    graph: { load: firstLoad.result.count, send: send.result.count },
    minimumSendRequests: minimumRequests(rows, 2),
  };
}

export async function measureExcel(
  graph: LocalGraph,
  rowCounts: readonly number[] = excelRowCounts,
) {
  const data: ExcelFigures[] = [];
  for (const rows of rowCounts) data.push(await measureRows(graph, rows));
  const n = (rows: number) => rows.toLocaleString('en-US');

  const sendFigures: Figure[] = data.map((d) => ({
    label: `Excel send (WorkbookSync.send), ${n(d.rows)} check-ins`,
    value: d.graph.send.requests,
    unit: 'HTTP requests',
    note: `minimum ${d.minimumSendRequests}; ${requestsNote(d.graph.send)}`,
  }));
  const sendChecks: Check[] = [
    {
      label: 'Excel send: Graph requests equal the minimum',
      holds: data.every((d) => d.graph.send.requests === d.minimumSendRequests),
      detail: data.map((d) => `${d.graph.send.requests}/${d.minimumSendRequests}`).join(', '),
    },
  ];

  const syncFigures: Figure[] = data.flatMap((d) => [
    {
      label: `load into a new sheet, ${n(d.rows)} rows`,
      value: d.syncs.firstLoad,
      unit: 'context.sync()',
      note: `and ${counting(d.graph.load.requests, 'Graph request')}`,
    },
    {
      label: `load again (refresh), ${n(d.rows)} rows`,
      value: d.syncs.reload,
      unit: 'context.sync()',
    },
    { label: `send, ${n(d.rows)} rows edited`, value: d.syncs.send, unit: 'context.sync()' },
    {
      label: `read ${n(d.rows)} linked cells, half on a deleted sheet`,
      value: d.syncs.readLinks,
      unit: 'context.sync()',
    },
  ]);
  const same = (pick: (d: ExcelFigures) => number) => new Set(data.map(pick)).size === 1;
  const listed = (pick: (d: ExcelFigures) => number) =>
    data.map((d) => `${pick(d)} at ${n(d.rows)}`).join(', ');
  const most = Math.max(...data.flatMap((d) => Object.values(d.syncs)));
  const syncChecks: Check[] = [
    {
      label:
        'context.sync() per load, refresh, send and linked-cell read within the design budget of 3',
      holds: most <= 3,
      detail: `the most any flow took: ${most}`,
    },
    {
      label: 'context.sync() per load does not grow with the rows',
      holds: same((d) => d.syncs.firstLoad) && same((d) => d.syncs.reload),
      detail: `new sheet ${listed((d) => d.syncs.firstLoad)}; refresh ${listed((d) => d.syncs.reload)}`,
    },
    {
      label: 'context.sync() per send does not grow with the rows',
      holds: same((d) => d.syncs.send),
      detail: listed((d) => d.syncs.send),
    },
    {
      label: 'context.sync() per linked-cell read does not grow with the links',
      holds: same((d) => d.syncs.readLinks),
      detail: listed((d) => d.syncs.readLinks),
    },
  ];
  return { sendFigures, sendChecks, syncFigures, syncChecks, data };
}
