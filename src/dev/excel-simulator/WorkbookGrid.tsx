import { useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { progressAt } from '../../core/progress';
import { keyResultKindFromLabel } from '../../core/format';
import { binaryValueOf } from '../../core/kind-words';
import { okrColumns } from '../../excel/sync/layout';
import { readOnlyEdits, stateOf } from '../../excel/sync/row-state';
import type { CellValue, OkrRow } from '../../excel/workbook/types';
import { noteKey, type SimulatedWorkbook } from './simulated-workbook';

const hiddenHeaders = new Set(okrColumns.filter((c) => c.hidden).map((c) => c.header));
const keyOf = new Map(okrColumns.map((c) => [c.header, c.key]));

/** The simulator has no formula engine: progress is worked out by the core, as =OKR.PROGRESS does. */
function progressText(cells: Record<string, CellValue>): string {
  const [start, target] = [cells.Start, cells.Target];
  const current =
    typeof cells.Current === 'string'
      ? (binaryValueOf(cells.Current) ?? cells.Current)
      : cells.Current;
  const kind = keyResultKindFromLabel(String(cells.Kind));
  if (typeof start !== 'number' || typeof target !== 'number' || typeof current !== 'number') {
    return '';
  }
  if (!kind) return '';
  return `${Math.round(progressAt({ kind, start, target }, current) * 100)}%`;
}

/**
 * The row's state for tests and styling, read from its hidden "Sync state" cell (the visible
 * Sync words are in the user's language): waiting, in conflict, failed, or typed over and kept.
 */
function rowStateOf(byHeader: Readonly<Record<string, CellValue>>): string | undefined {
  if (byHeader['Sync state'] === undefined || byHeader['Sync state'] === '') return undefined;
  const row = {
    cells: Object.fromEntries(okrColumns.map((c) => [c.key, byHeader[c.header] ?? ''])),
  } as OkrRow;
  const { kind } = stateOf(row);
  if (kind === 'pending' || kind === 'conflict' || kind === 'failed') return kind;
  return readOnlyEdits(row).length > 0 ? 'kept' : undefined;
}

function commit(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.currentTarget.blur();
}

/** The workbook as a grid: editable cells, notes, highlights and pending markers. */
export function WorkbookGrid({ workbook }: { readonly workbook: SimulatedWorkbook }) {
  const sheet = useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.current(),
  );
  const [showHidden, setShowHidden] = useState(false);
  const [newColumn, setNewColumn] = useState('My notes');

  if (!sheet) {
    return (
      <p className="empty">
        An empty workbook. Use “Load KRs into this workbook” in the task pane.
      </p>
    );
  }
  const visible = sheet.headers
    .map((header, index) => ({ header, index }))
    .filter(({ header }) => showHidden || !hiddenHeaders.has(header));
  const flagsColumn = sheet.headers.indexOf('Coach flags');
  const idColumn = sheet.headers.indexOf('KR id');

  return (
    <div className="grid">
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(event) => setShowHidden(event.target.checked)}
            data-testid="show-hidden"
          />{' '}
          Show hidden columns
        </label>
        <input
          value={newColumn}
          onChange={(event) => setNewColumn(event.target.value)}
          aria-label="New column name"
        />
        <button onClick={() => workbook.addColumn(newColumn)}>Add a column of my own</button>
        <button onClick={() => workbook.clear()} data-testid="reset-workbook">
          Start over with an empty workbook
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th>
              <button
                className="row-action"
                aria-label="Insert a row at the top"
                onClick={() => workbook.insertRow(-1)}
              >
                +
              </button>
            </th>
            {visible.map(({ header }) => (
              <th key={header} className={hiddenHeaders.has(header) ? 'hidden-column' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.body.map((cells, row) => {
            const byHeader = Object.fromEntries(sheet.headers.map((h, i) => [h, cells[i] ?? '']));
            const state = rowStateOf(byHeader);
            const flags = String(cells[flagsColumn] ?? '');
            return (
              <tr
                key={`${String(cells[idColumn])}-${row}`}
                data-kr={String(cells[idColumn] ?? '')}
                data-state={state}
              >
                <th className="row-header">
                  {row + 1}
                  <button
                    className="row-action"
                    aria-label={`Insert a row below row ${row + 1}`}
                    onClick={() => workbook.insertRow(row)}
                  >
                    +
                  </button>
                  <button
                    className="row-action"
                    aria-label={`Delete row ${row + 1}`}
                    onClick={() => workbook.deleteRow(row)}
                  >
                    ×
                  </button>
                </th>
                {visible.map(({ header, index }) => {
                  const note = sheet.notes[noteKey(row, header)];
                  const key = keyOf.get(header);
                  const flagged = key !== undefined && flags.includes(`${key};`);
                  // Progress shows its formula's result, or a value typed over the formula.
                  const typed = String(cells[index] ?? '');
                  const value =
                    header === 'Progress' && (typed === '' || typed.startsWith('='))
                      ? progressText(byHeader)
                      : typed;
                  return (
                    <td
                      key={header}
                      className={
                        [note ? 'note' : '', flagged ? 'flagged' : ''].join(' ').trim() || undefined
                      }
                      title={note}
                    >
                      <input
                        key={value}
                        defaultValue={value}
                        aria-label={`${header}, row ${row + 1}`}
                        data-col={header}
                        onBlur={(event) => {
                          if (event.currentTarget.value !== value) {
                            workbook.edit(row, header, event.currentTarget.value);
                          }
                        }}
                        onKeyDown={commit}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
