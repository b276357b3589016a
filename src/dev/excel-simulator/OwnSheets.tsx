import { useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { columnLetter } from '../../excel/workbook/office-workbook';
import type { SimulatedWorkbook } from './simulated-workbook';

const rows = 8;
const columns = 6;

function commit(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.currentTarget.blur();
}

/** The user's own sheets: tabs, a small editable grid whose focused cell is the selection. */
export function OwnSheets({ workbook }: { readonly workbook: SimulatedWorkbook }) {
  const { sheets } = useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.sheets(),
  );
  const names = Object.keys(sheets);
  const [active, setActive] = useState<string>();
  const [newSheet, setNewSheet] = useState('Revenue');
  const [renameTo, setRenameTo] = useState('Revenue 2026');
  // What Excel said of the last name typed ("That name is already taken…"), until the next try.
  const [refusal, setRefusal] = useState<string>();
  const shown = active && names.includes(active) ? active : names[0];
  const cells = shown ? sheets[shown] : undefined;

  return (
    <div className="own-sheets">
      <div className="toolbar">
        <div role="tablist" aria-label="Sheets">
          {names.map((name) => (
            <button
              key={name}
              role="tab"
              aria-selected={name === shown}
              onClick={() => setActive(name)}
              data-sheet-tab={name}
            >
              {name}
            </button>
          ))}
        </div>
        <input
          value={newSheet}
          onChange={(event) => setNewSheet(event.target.value)}
          aria-label="New sheet name"
        />
        <button onClick={() => setRefusal(workbook.addSheet(newSheet))} data-testid="add-sheet">
          Add a sheet
        </button>
        {shown && (
          <>
            <button onClick={() => workbook.deleteSheet(shown)} data-testid="delete-sheet">
              Delete sheet {shown}
            </button>
            <input
              value={renameTo}
              onChange={(event) => setRenameTo(event.target.value)}
              aria-label="Rename the sheet to"
            />
            <button
              onClick={() => {
                const refused = workbook.renameSheet(shown, renameTo);
                setRefusal(refused);
                if (!refused) setActive(renameTo.trim());
              }}
              data-testid="rename-sheet"
            >
              Rename sheet {shown}
            </button>
          </>
        )}
        {refusal && (
          <p role="alert" className="sheet-name-refusal">
            {refusal}
          </p>
        )}
      </div>
      {shown && cells && (
        <table>
          <thead>
            <tr>
              <th />
              {Array.from({ length: columns }, (_, column) => (
                <th key={column}>{columnLetter(column)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                <th>{row + 1}</th>
                {Array.from({ length: columns }, (_, column) => {
                  const address = `${columnLetter(column)}${row + 1}`;
                  const value = String(cells[address] ?? '');
                  return (
                    <td key={address}>
                      <input
                        key={value}
                        defaultValue={value}
                        aria-label={`${shown}!${address}`}
                        data-cell={address}
                        onFocus={() => workbook.select(shown, address)}
                        onBlur={(event) => {
                          if (event.currentTarget.value !== value) {
                            workbook.editCell(shown, address, event.currentTarget.value);
                          }
                        }}
                        onKeyDown={commit}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
