import { useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import { columnNamed } from '../../excel/sync/headers';
import { columnOf, okrColumns, okrSheetName, type ColumnKey } from '../../excel/sync/layout';
import { formulaProgressOf, readOnlyEdits, stateOf } from '../../excel/sync/row-state';
import { earlierFormats, statusColourOf } from '../../excel/sync/sheet-format';
import type { CellValue, OkrRow } from '../../excel/workbook/types';
import { noteKey, type SimulatedWorkbook } from './simulated-workbook';

/** A row's cells by layout column, whichever language its headers are in. */
type CellsByKey = Partial<Record<ColumnKey, CellValue>>;

const isHidden = (header: string) => {
  const key = columnNamed(header);
  return key !== undefined && columnOf(key).hidden === true;
};

/**
 * The simulator has no formula engine: Progress shows what its formula does (`progressFormula`),
 * the row's Saved progress when it has one, else the progress its cells make.
 */
function progressText(cells: CellsByKey): string {
  const saved = cells.savedProgress;
  const progress =
    typeof saved === 'number'
      ? saved
      : formulaProgressOf({
          keyResult: cells.keyResult ?? '',
          unit: cells.unit ?? '',
          kind: cells.kind ?? '',
          start: cells.start ?? '',
          target: cells.target ?? '',
          current: cells.current ?? '',
        });
  return progress === undefined ? '' : `${Math.round(progress * 100)}%`;
}

/**
 * The row's state for tests and styling, read from its hidden "Sync state" cell (the visible
 * Sync words are in the user's language): waiting, in conflict, failed, refused, its KR gone,
 * or typed over and kept.
 */
function rowStateOf(byKey: CellsByKey, locale: string): string | undefined {
  if (byKey.state === undefined || byKey.state === '') return undefined;
  const row = {
    cells: Object.fromEntries(okrColumns.map((c) => [c.key, byKey[c.key] ?? ''])),
  } as OkrRow;
  const { kind } = stateOf(row);
  const shown = ['pending', 'conflict', 'failed', 'refused', 'gone'];
  if (shown.includes(kind)) return kind;
  return readOnlyEdits(row, locale).length > 0 ? 'kept' : undefined;
}

type CellField = HTMLInputElement | HTMLTextAreaElement;

/** Enter commits the entry, as in Excel (a wrapped cell too: no new line). */
function commit(event: KeyboardEvent<CellField>) {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  event.currentTarget.blur();
}

/** The workbook as a grid: editable cells, notes, highlights and pending markers. */
export function WorkbookGrid({ workbook }: { readonly workbook: SimulatedWorkbook }) {
  const sheet = useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.current(),
  );
  const refusal = useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.refusal(),
  );
  const [showHidden, setShowHidden] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [newColumn, setNewColumn] = useState('My notes');
  // Format Cells › Custom on the cell last focused, as Excel formats the selected cell.
  const [numberFormat, setNumberFormat] = useState('€ #,##0');
  const selected = useRef<{ readonly row: number; readonly header: string } | undefined>(undefined);
  // The cell whose entry the Stop alert refused: it has the focus again once the alert closes.
  const refusedCell = useRef<CellField | null>(null);
  const dismissRefusal = () => {
    workbook.dismissRefusal();
    refusedCell.current?.focus();
  };

  if (!sheet) {
    return (
      <p className="empty">
        An empty workbook. Use “Load KRs into this workbook” in the task pane.
      </p>
    );
  }
  const visible = sheet.headers
    .map((header, index) => ({ header, index }))
    .filter(({ header }) => showHidden || !isHidden(header));
  const keys = sheet.headers.map(columnNamed);
  const flagsColumn = keys.indexOf('coach');
  const idColumn = keys.indexOf('keyResultId');
  const formats = sheet.formats ?? earlierFormats;
  const widths = formats.widths ?? {};

  return (
    <div className="grid">
      {/* The OKR sheet's tab, as Excel shows it below the grid; here above it. */}
      <div className="sheet-tab" data-testid="sheet-tab">
        {sheet.name ?? okrSheetName}
      </div>
      <div className="toolbar">
        <ToolbarToggle
          label="Show hidden columns"
          checked={showHidden}
          onChange={setShowHidden}
          testId="show-hidden"
        />
        <ToolbarToggle
          label="Paste entries (no data validation)"
          checked={pasting}
          onChange={setPasting}
          testId="paste-entries"
        />
        <input
          value={newColumn}
          onChange={(event) => setNewColumn(event.target.value)}
          aria-label="New column name"
        />
        <button onClick={() => workbook.addColumn(newColumn)}>Add a column of my own</button>
        <input
          value={numberFormat}
          onChange={(event) => setNumberFormat(event.target.value)}
          aria-label="Number format"
          data-testid="number-format"
        />
        <button
          data-testid="apply-number-format"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const at = selected.current;
            if (at) workbook.setNumberFormat(at.row, at.header, numberFormat);
          }}
        >
          Format the selected cell (a currency, Text @ or General)
        </button>
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
              <th key={header} className={isHidden(header) ? 'hidden-column' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.body.map((cells, row) => {
            const byKey: CellsByKey = {};
            keys.forEach((key, index) => {
              if (key && !(key in byKey)) byKey[key] = cells[index] ?? '';
            });
            const state = rowStateOf(byKey, workbook.locale);
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
                  const key = keys[index];
                  const flagged = key !== undefined && flags.includes(`${key};`);
                  // Progress shows its formula's result, or a value typed over the formula.
                  const typed = workbook.shownText(row, header);
                  const value =
                    key === 'progress' && (typed === '' || typed.startsWith('='))
                      ? progressText(byKey)
                      : typed;
                  // The Status column's conditional formats: each status word in its colour.
                  const colour = key === 'status' ? statusColourOf(value, formats) : undefined;
                  const field = {
                    defaultValue: value,
                    'aria-label': `${header}, row ${row + 1}`,
                    'data-col': header,
                    style: colour ? { color: colour, fontWeight: 'bold' } : undefined,
                    onBlur: (event: FocusEvent<CellField>) => {
                      const input = event.currentTarget;
                      // A refused entry goes, as after Cancel on Excel's Stop alert.
                      if (
                        input.value !== value &&
                        !workbook.edit(row, header, input.value, pasting)
                      ) {
                        input.value = value;
                        refusedCell.current = input;
                      }
                    },
                    onKeyDown: commit,
                    onFocus: () => (selected.current = { row, header }),
                  };
                  // A field is drawn anew when what the cell holds changes, though it shows the
                  // same: `'54,25` typed where 54,25 was shows 54,25 again, the apostrophe gone.
                  const fieldKey = `${value}\u0000${String(cells[index] ?? '')}`;
                  // A column the pane gave a width (in points) wraps its text within it.
                  const width = key && widths[key];
                  return (
                    <td
                      key={header}
                      className={
                        [note ? 'note' : '', flagged ? 'flagged' : ''].join(' ').trim() || undefined
                      }
                      title={note}
                    >
                      {width ? (
                        <textarea
                          key={fieldKey}
                          {...field}
                          className="wrapped"
                          rows={1}
                          style={{ ...field.style, width: `${width}pt` }}
                        />
                      ) : (
                        <input key={fieldKey} {...field} />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {refusal && (
        // Excel's Stop alert for an entry the cell's data validation refuses: a modal dialog
        // that takes the focus, whose Cancel (or Escape) puts the cell back as it was. Its
        // backdrop keeps the pointer off the workbook and the pane meanwhile, and a press on it
        // (or on the dialog's text) leaves the focus on Cancel, as Excel's modal keeps it.
        <div
          className="refusal-backdrop"
          onMouseDown={(event) => {
            // A press on the dialog's text, as on the backdrop, leaves the focus on Cancel.
            if (!(event.target as HTMLElement).closest('button')) event.preventDefault();
          }}
        >
          <div
            className="refusal"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="refusal-title"
            aria-describedby="refusal-message"
            onKeyDown={(event) => {
              if (event.key === 'Escape') dismissRefusal();
              // Cancel is the dialog's one control: Tab stays on it.
              if (event.key === 'Tab') event.preventDefault();
            }}
          >
            <h2 id="refusal-title">{refusal.title}</h2>
            <p id="refusal-message">{refusal.message}</p>
            <button autoFocus onClick={dismissRefusal}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function ToolbarToggle({
  label,
  checked,
  onChange,
  testId,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly testId: string;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
      />{' '}
      {label}
    </label>
  );
}
