/**
 * A workbook the way Excel saves one, for the import's tests: several tabs in order, shared
 * strings, cells styled as dates or percentages (by number format), formulas with or without a
 * saved value, and rows left empty at the end.
 */
import JSZip from 'jszip';

/** A cell: text (shared string), a number, or a number shown as a date/percent, or a formula. */
export type WorkbookCell =
  | string
  | number
  | undefined
  | { readonly date: number }
  | { readonly percent: number }
  | { readonly formula: string; readonly value?: string }
  /** A formula that failed: Excel keeps its error (`#DIV/0!`) as the cell's value, type `e`. */
  | { readonly formula: string; readonly error: string }
  /** Text indented by its style (Home › Increase Indent), one or two levels. */
  | { readonly text: string; readonly indent: 1 | 2 };

export interface WorkbookTab {
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  /** Blank rows Excel keeps at the end (formatted but empty). */
  readonly trailingEmptyRows?: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export async function excelWorkbook(
  tabs: readonly WorkbookTab[],
  options: { readonly date1904?: boolean } = {},
): Promise<Uint8Array> {
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    const found = strings.indexOf(text);
    if (found >= 0) return found;
    strings.push(text);
    return strings.length - 1;
  };
  const zip = new JSZip();
  tabs.forEach((tab, t) => {
    const rows = tab.rows.map((row, r) => {
      const reference = (c: number) => `${column(c)}${r + 1}`;
      const cells = row.map((cell, c) => {
        if (cell === undefined || cell === '') return '';
        if (typeof cell === 'string')
          return `<c r="${reference(c)}" t="s"><v>${stringIndex(cell)}</v></c>`;
        if (typeof cell === 'number') return `<c r="${reference(c)}"><v>${cell}</v></c>`;
        if ('indent' in cell)
          return `<c r="${reference(c)}" s="${3 + cell.indent}" t="s"><v>${stringIndex(cell.text)}</v></c>`;
        if ('date' in cell) return `<c r="${reference(c)}" s="1"><v>${cell.date}</v></c>`;
        if ('percent' in cell) return `<c r="${reference(c)}" s="2"><v>${cell.percent}</v></c>`;
        if ('error' in cell)
          return `<c r="${reference(c)}" t="e"><f>${escape(cell.formula)}</f><v>${escape(cell.error)}</v></c>`;
        return `<c r="${reference(c)}" t="str"><f>${escape(cell.formula)}</f>${cell.value !== undefined ? `<v>${escape(cell.value)}</v>` : ''}</c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    });
    for (let extra = 0; extra < (tab.trailingEmptyRows ?? 0); extra++) {
      rows.push(`<row r="${tab.rows.length + extra + 1}" s="3" customFormat="1"/>`);
    }
    zip.file(
      `xl/worksheets/sheet${t + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${tabs
      .map((tab, t) => `<sheet name="${escape(tab.name)}" sheetId="${t + 1}" r:id="rId${t + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tabs
      .map(
        (_, t) =>
          `<Relationship Id="rId${t + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${t + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="0"/><xf numFmtId="0" applyAlignment="1"><alignment horizontal="left" indent="1"/></xf><xf numFmtId="0" applyAlignment="1"><alignment horizontal="left" indent="2"/></xf></cellXfs></styleSheet>',
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`)
      .join('')}</sst>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
