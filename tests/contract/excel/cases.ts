import { FakeExcel, readCellLimit, requestPayloadLimitBytes } from '../../excel/support/fake-excel';

/**
 * Microsoft's documented Excel JavaScript API examples, transcribed one per case (README.md
 * beside this file explains the format). Each snippet is the body of the page's `Excel.run`
 * callback, written with `await` where the page chains `.then`; what it returns is the answer.
 */
export interface ExcelContract {
  /** The documentation page the example is on. */
  readonly doc: string;
  /** Which example on the page, and what the case checks of it. */
  readonly example: string;
  /** The workbook the example starts from (the page's "Data before …"). */
  readonly given?: (excel: FakeExcel) => void;
  readonly snippet: (context: Excel.RequestContext) => Promise<unknown>;
  /** What the page shows the example answers (compared with `toEqual`). */
  readonly answer?: unknown;
  /** How office.js refuses it: the error's `name`, `code` and message. */
  readonly refusal?: { readonly code: string; readonly message?: string | RegExp };
  /** What the workbook holds afterwards: cells by address on the sheet "Sample". */
  readonly then?: Readonly<Record<string, string | number | boolean>>;
  /** A workbook whose sheet "Sample" is left untouched (a refused batch changed nothing). */
  readonly unchanged?: readonly string[];
}

const setGetValues =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values';
const setFormat =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-format';
const getRanges =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-get';
const tables = 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables';
const worksheets =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets';
const dataValidation =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation';
const events = 'https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events';
const nullObjects =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties';
const loadProperties =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load';
const worksheetName =
  'https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member';
const renameWorksheet =
  'https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9';
const tableName =
  'https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member';
const renameTable = 'https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114';
const errorCodes =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling';
const resourceLimits =
  'https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

/** The "Sample" sheet of "Set and get range values" (column E as its formulas computed it). */
function productSheet(excel: FakeExcel): void {
  const sheet = excel.addSheet('Sample');
  const rows: (string | number)[][] = [
    ['Product', 'Qty', 'Unit Price', 'Total Price'],
    ['Almonds', 2, 7.5, 15],
    ['Coffee', 1, 34.5, 34.5],
    ['Chocolate', 5, 9.56, 47.8],
    ['', '', '', 97.3],
  ];
  rows.forEach((line, i) =>
    line.forEach((value, j) => sheet.setCell(1 + i, 1 + j, { value, numberFormat: 'General' })),
  );
}

/** The "Sample" sheet with the table ExpensesTable of "Work with tables" (first rows). */
function expensesTable(excel: FakeExcel): void {
  productSheetEmpty(excel);
  const sheet = excel.sheets[0]!;
  const rows = [
    ['Date', 'Merchant', 'Category', 'Amount'],
    ['1/1/2017', 'The Phone Company', 'Communications', '$120'],
    ['1/2/2017', 'Northwind Electric Cars', 'Transportation', '$142'],
    ['1/5/2017', 'Best For You Organics Company', 'Groceries', '$27'],
  ];
  rows.forEach((line, i) =>
    line.forEach((value, j) => sheet.setCell(i, j, { value, numberFormat: 'General' })),
  );
  const table = excel.addTable({ sheet, row: 0, column: 0, rows: rows.length, columns: 4 });
  table.name = 'ExpensesTable';
}

function productSheetEmpty(excel: FakeExcel): void {
  excel.addSheet('Sample');
}

/** ExpensesTable as "Create a table" leaves it: its header and seven rows, A1:D8. */
function createdExpensesTable(excel: FakeExcel): void {
  productSheetEmpty(excel);
  const sheet = excel.sheets[0]!;
  const rows = [['Date', 'Merchant', 'Category', 'Amount'], ...createdExpenses];
  rows.forEach((line, i) =>
    line.forEach((value, j) => sheet.setCell(i, j, { value, numberFormat: 'General' })),
  );
  const table = excel.addTable({ sheet, row: 0, column: 0, rows: rows.length, columns: 4 });
  table.name = 'ExpensesTable';
}

const createdExpenses = [
  ['1/1/2017', 'The Phone Company', 'Communications', '$120'],
  ['1/2/2017', 'Northwind Electric Cars', 'Transportation', '$142'],
  ['1/5/2017', 'Best For You Organics Company', 'Groceries', '$27'],
  ['1/10/2017', 'Coho Vineyard', 'Restaurant', '$33'],
  ['1/11/2017', 'Bellows College', 'Education', '$350'],
  ['1/15/2017', 'Trey Research', 'Other', '$135'],
  ['1/15/2017', 'Best For You Organics Company', 'Groceries', '$97'],
];

const sample = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Sample');

const invalidArgument = {
  code: 'InvalidArgument',
  message: 'The argument is invalid or missing or has an incorrect format.',
};

/** A name Excel refuses for the sheet Sample (`rename`) or a new sheet (`add`): InvalidArgument. */
function refusedSheetName(
  doc: string,
  example: string,
  change: 'rename' | 'add',
  name: string,
): ExcelContract {
  return {
    doc,
    example,
    given: productSheet,
    snippet: async (context) => {
      if (change === 'rename') sample(context).name = name;
      else context.workbook.worksheets.add(name);
      await context.sync();
    },
    refusal: invalidArgument,
  };
}

/** A name Excel refuses for a table, given to ExpensesTable: InvalidArgument. */
function refusedTableName(
  example: string,
  name: string,
  given: (excel: FakeExcel) => void = expensesTable,
  table = 'ExpensesTable',
): ExcelContract {
  return {
    doc: renameTable,
    example,
    given,
    snippet: async (context) => {
      context.workbook.tables.getItem(table).name = name;
      await context.sync();
    },
    refusal: invalidArgument,
  };
}

export const contracts: readonly ExcelContract[] = [
  {
    doc: setGetValues,
    example: 'Get values from a range of cells: range.values of B2:E6',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const range = sheet.getRange('B2:E6');
      range.load('values');
      await context.sync();
      return range.values;
    },
    answer: [
      ['Product', 'Qty', 'Unit Price', 'Total Price'],
      ['Almonds', 2, 7.5, 15],
      ['Coffee', 1, 34.5, 34.5],
      ['Chocolate', 5, 9.56, 47.8],
      ['', '', '', 97.3],
    ],
  },
  {
    doc: setGetValues,
    example: 'Set value for a single cell: C3 becomes 5',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const range = sheet.getRange('C3');
      range.values = [[5]];
      await context.sync();
    },
    then: { C3: 5 },
  },
  {
    doc: setGetValues,
    example: 'Set values for a range of cells: B5:D5',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const data = [['Potato Chips', 10, 1.8]];
      const range = sheet.getRange('B5:D5');
      range.values = data;
      await context.sync();
    },
    then: { B5: 'Potato Chips', C5: 10, D5: 1.8 },
  },
  {
    doc: setGetValues,
    example: 'Get formulas from a range of cells: a formula where a cell has one, else its value',
    given: (excel) => {
      productSheet(excel);
      excel.sheets[0]!.setCell(2, 4, { value: 15, formula: '=C3 * D3', numberFormat: 'General' });
    },
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const range = sheet.getRange('B3:E3');
      range.load('formulas');
      await context.sync();
      return range.formulas;
    },
    answer: [['Almonds', 2, 7.5, '=C3 * D3']],
  },
  {
    doc: setFormat,
    example: 'Set number format: D3:E5 to "0.00", read back through numberFormat',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const formats = [
        ['0.00', '0.00'],
        ['0.00', '0.00'],
        ['0.00', '0.00'],
      ];
      const range = sheet.getRange('D3:E5');
      range.numberFormat = formats;
      await context.sync();
      range.load('numberFormat');
      await context.sync();
      return range.numberFormat;
    },
    answer: [
      ['0.00', '0.00'],
      ['0.00', '0.00'],
      ['0.00', '0.00'],
    ],
  },
  {
    doc: tables,
    example: 'Get data from a table: header, body, one column and one row of ExpensesTable',
    given: expensesTable,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const expensesTable = sheet.tables.getItem('ExpensesTable');
      const headerRange = expensesTable.getHeaderRowRange().load('values');
      const bodyRange = expensesTable.getDataBodyRange().load('values');
      const columnRange = expensesTable.columns
        .getItem('Merchant')
        .getDataBodyRange()
        .load('values');
      const rowRange = expensesTable.rows.getItemAt(1).load('values');
      await context.sync();
      const headerValues = headerRange.values;
      const bodyValues = bodyRange.values;
      const merchantColumnValues = columnRange.values;
      const secondRowValues = rowRange.values;
      sheet.getRange('A11:A11').values = [['Results']];
      sheet.getRange('A13:D13').values = headerValues;
      sheet.getRange('A14:D16').values = bodyValues;
      sheet.getRange('B23:B25').values = merchantColumnValues;
      sheet.getRange('A32:D32').values = secondRowValues;
      await context.sync();
      return secondRowValues;
    },
    answer: [['1/2/2017', 'Northwind Electric Cars', 'Transportation', '$142']],
    then: {
      A11: 'Results',
      A13: 'Date',
      D13: 'Amount',
      B14: 'The Phone Company',
      B25: 'Best For You Organics Company',
      C32: 'Transportation',
    },
  },
  {
    doc: tables,
    example:
      'Create a table: tables.add("A1:D1", true), its header set, seven rows added; they fill the new table\'s empty insert row, so the table is A1:D8 (seven rows, as "Add a column" then relies on)',
    given: productSheetEmpty,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const expensesTable = sheet.tables.add('A1:D1', true /*hasHeaders*/);
      expensesTable.name = 'ExpensesTable';
      expensesTable.getHeaderRowRange().values = [['Date', 'Merchant', 'Category', 'Amount']];
      expensesTable.rows.add(undefined /*add rows to the end of the table*/, createdExpenses);
      await context.sync();
      const all = expensesTable.getRange().load('address');
      const body = expensesTable.getDataBodyRange().load('address');
      await context.sync();
      return { table: all.address, body: body.address };
    },
    answer: { table: 'Sample!A1:D8', body: 'Sample!A2:D8' },
    then: { A1: 'Date', B2: 'The Phone Company', B8: 'Best For You Organics Company', D8: '$97' },
  },
  {
    doc: tables,
    example:
      'Add a column that contains static values: columns.add(null, values) appends "Day of the Week" with its seven values',
    given: createdExpensesTable,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const expensesTable = sheet.tables.getItem('ExpensesTable');
      expensesTable.columns.add(undefined /*add columns to the end of the table*/, [
        ['Day of the Week'],
        ['Saturday'],
        ['Friday'],
        ['Monday'],
        ['Thursday'],
        ['Sunday'],
        ['Saturday'],
        ['Monday'],
      ]);
      await context.sync();
      const all = expensesTable.getRange().load('address');
      await context.sync();
      return all.address;
    },
    answer: 'Sample!A1:E8',
    then: { E1: 'Day of the Week', E2: 'Saturday', E5: 'Thursday', E8: 'Monday' },
  },
  {
    doc: tables,
    example:
      'columns.add with values of another height than the table (a header and two values for seven rows): InvalidArgument, the table unchanged',
    given: createdExpensesTable,
    snippet: async (context) => {
      const expensesTable = sample(context).tables.getItem('ExpensesTable');
      expensesTable.columns.add(undefined, [['Day of the Week'], ['Saturday'], ['Friday']]);
      await context.sync();
    },
    refusal: { code: 'InvalidArgument' },
    unchanged: ['E1', 'E2'],
  },
  {
    doc: tables,
    example: 'Add rows to a table: rows.add(null, …) appends to ExpensesTable',
    given: expensesTable,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const expensesTable = sheet.tables.getItem('ExpensesTable');
      expensesTable.rows.add(undefined, [
        ['1/16/2017', 'THE PHONE COMPANY', 'Communications', '$120'],
        ['1/20/2017', 'NORTHWIND ELECTRIC CARS', 'Transportation', '$142'],
      ]);
      await context.sync();
      const body = expensesTable.getDataBodyRange().load('address');
      await context.sync();
      return body.address;
    },
    answer: 'Sample!A2:D6',
    then: { B5: 'THE PHONE COMPANY', D6: '$142' },
  },
  {
    doc: tables,
    example: 'Convert a range to a table: tables.add("A1:E7", true) over values just set',
    given: productSheetEmpty,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const values = [
        ['Product', 'Qtr1', 'Qtr2', 'Qtr3', 'Qtr4'],
        ['Frames', 5000, 7000, 6544, 4377],
        ['Saddles', 400, 323, 276, 651],
        ['Brake levers', 12000, 8766, 8456, 9812],
        ['Chains', 1550, 1088, 692, 853],
        ['Mirrors', 225, 600, 923, 544],
        ['Spokes', 6005, 7634, 4589, 8765],
      ];
      sheet.getRange('A1:E7').values = values;
      sheet.tables.add('A1:E7', true);
      await context.sync();
      const table = sheet.tables.getItem('Table1');
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('address');
      await context.sync();
      return { header: header.values, body: body.address };
    },
    answer: { header: [['Product', 'Qtr1', 'Qtr2', 'Qtr3', 'Qtr4']], body: 'Sample!A2:E7' },
  },
  {
    doc: getRanges,
    example: 'Get the selected range: its address, sheet-qualified',
    given: (excel) => {
      productSheet(excel);
      excel.selection = { sheet: 'Sample', address: 'B2:C4' };
    },
    snippet: async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      return range.address;
    },
    answer: 'Sample!B2:C4',
  },
  {
    doc: loadProperties,
    example: 'Workbook.name read without load: PropertyNotLoaded',
    given: productSheet,
    snippet: async (context) => context.workbook.name,
    refusal: { code: 'PropertyNotLoaded', message: /^The property 'name' is not available\./ },
  },
  {
    doc: loadProperties,
    example: 'reading a property that was never loaded: PropertyNotLoaded',
    given: productSheet,
    snippet: async (context) => {
      const range = sample(context).getRange('B2:E6');
      await context.sync();
      return range.values;
    },
    refusal: {
      code: 'PropertyNotLoaded',
      message:
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    },
  },
  {
    doc: loadProperties,
    example: 'reading a loaded property before context.sync(): PropertyNotLoaded',
    given: productSheet,
    snippet: async (context) => {
      const range = sample(context).getRange('B2:E6');
      range.load('values');
      return range.values;
    },
    refusal: { code: 'PropertyNotLoaded', message: /^The property 'values' is not available\./ },
  },
  {
    doc: loadProperties,
    example: 'reading a property other than the ones loaded: PropertyNotLoaded',
    given: productSheet,
    snippet: async (context) => {
      const range = sample(context).getRange('B2:E6');
      range.load('values');
      await context.sync();
      return range.address;
    },
    refusal: { code: 'PropertyNotLoaded', message: /^The property 'address' is not available\./ },
  },
  {
    doc: errorCodes,
    example: 'values whose size differs from the range: InvalidArgument at sync, the range kept',
    given: productSheet,
    snippet: async (context) => {
      sample(context).getRange('B5:D5').values = [['Potato Chips', 10]];
      await context.sync();
    },
    refusal: {
      code: 'InvalidArgument',
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    },
    unchanged: ['B5'],
  },
  {
    doc: errorCodes,
    example: 'a malformed address: InvalidArgument',
    given: productSheet,
    snippet: async (context) => {
      const range = sample(context).getRange('not an address').load('values');
      await context.sync();
      return range.values;
    },
    refusal: {
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
    },
  },
  {
    doc: errorCodes,
    example: 'worksheets.getItem of a sheet that does not exist: ItemNotFound at sync',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('NoSuchSheet').load('name');
      await context.sync();
      return sheet.name;
    },
    refusal: { code: 'ItemNotFound', message: "The requested resource doesn't exist." },
  },
  {
    doc: worksheets,
    example: 'worksheet names are case-insensitive: getItem("sample") is the sheet Sample',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('sample').load('name');
      await context.sync();
      return sheet.name;
    },
    answer: 'Sample',
  },
  {
    doc: worksheets,
    example:
      'Add a worksheet: worksheets.add("Sample"), name and position loaded; it comes after all existing worksheets',
    given: (excel) => {
      excel.addSheet('Sheet1');
      excel.addSheet('Sheet2');
    },
    snippet: async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.add('Sample');
      sheet.load('name, position');
      await context.sync();
      return `Added worksheet named "${sheet.name}" in position ${sheet.position}`;
    },
    answer: 'Added worksheet named "Sample" in position 2',
  },
  {
    doc: worksheets,
    example: "Get worksheets: the collection's items, each with its name",
    given: (excel) => {
      excel.addSheet('Sheet1');
      excel.addSheet('Sample');
    },
    snippet: async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    },
    answer: ['Sheet1', 'Sample'],
  },
  {
    doc: worksheets,
    example:
      'Set the active worksheet: activate() on Sample, then Get the active worksheet in the next batch is Sample',
    given: (excel) => {
      excel.addSheet('Sheet1');
      excel.addSheet('Sample');
      excel.selection = { sheet: 'Sheet1', address: 'A1' };
    },
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      sheet.activate();
      sheet.load('name');
      await context.sync();
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      return `The active worksheet is "${active.name}"`;
    },
    answer: 'The active worksheet is "Sample"',
  },
  {
    doc: worksheets,
    example:
      'Reference worksheets by relative position: the first, the last, and the one after the active worksheet',
    given: (excel) => {
      excel.addSheet('Sheet1');
      excel.addSheet('Sample');
      excel.addSheet('Data');
      excel.selection = { sheet: 'Sheet1', address: 'A1' };
    },
    snippet: async (context) => {
      const firstSheet = context.workbook.worksheets.getFirst().load('name');
      const lastSheet = context.workbook.worksheets.getLast().load('name');
      const nextSheet = context.workbook.worksheets.getActiveWorksheet().getNext().load('name');
      await context.sync();
      return [firstSheet.name, lastSheet.name, nextSheet.name];
    },
    answer: ['Sheet1', 'Data', 'Sample'],
  },
  {
    doc: worksheets,
    example:
      'Get the previous worksheet: "If there is no worksheet before the active worksheet, the getPrevious() method throws an ItemNotFound error"',
    given: (excel) => {
      excel.addSheet('Sheet1');
      excel.addSheet('Sample');
      excel.selection = { sheet: 'Sheet1', address: 'A1' };
    },
    snippet: async (context) => {
      const currentSheet = context.workbook.worksheets.getActiveWorksheet();
      const previousSheet = currentSheet.getPrevious();
      previousSheet.load('name');
      await context.sync();
      return previousSheet.name;
    },
    refusal: { code: 'ItemNotFound' },
  },
  {
    doc: worksheets,
    example:
      'Get a cell within a worksheet: getCell(1, 4) is row 2, column 5, its address and values',
    given: productSheet,
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sample');
      const cell = sheet.getCell(1, 4);
      cell.load('address, values');
      await context.sync();
      return `The value of the cell in row 2, column 5 is "${cell.values[0]![0]}" and the address of that cell is "${cell.address}"`;
    },
    answer:
      'The value of the cell in row 2, column 5 is "Total Price" and the address of that cell is "Sample!E2"',
  },
  {
    doc: dataValidation,
    example:
      "Creating validation rules: whole numbers greater than 0 on B2:C5 of the active worksheet, with the page's error alert",
    given: (excel) => {
      productSheet(excel);
      excel.selection = { sheet: 'Sample', address: 'A1' };
    },
    snippet: async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const range = sheet.getRange('B2:C5');
      range.dataValidation.rule = {
        wholeNumber: {
          formula1: 0,
          operator: 'GreaterThan',
        },
      };
      range.dataValidation.errorAlert = {
        message: 'Sorry, only positive whole numbers are allowed',
        showAlert: true, // default is 'true'
        style: 'Stop', // other possible values: Warning, Information
        title: 'Negative or Decimal Number Entered',
      };
      await context.sync();
    },
    then: { B2: 'Product', C3: 2 },
  },
  {
    doc: dataValidation,
    example:
      'a rule with two types (wholeNumber and decimal): "No more than one of these properties may be present", InvalidArgument',
    given: (excel) => {
      productSheet(excel);
      excel.selection = { sheet: 'Sample', address: 'A1' };
    },
    snippet: async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2:C5');
      range.dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: 'GreaterThan' },
        decimal: { formula1: 0, formula2: 100, operator: 'Between' },
      };
      await context.sync();
    },
    refusal: { code: 'InvalidArgument' },
  },
  {
    doc: events,
    example:
      'Register an event handler: worksheet.onChanged of Sample, then Handle an event: the change type, address and source of an edit there',
    given: productSheet,
    snippet: async (context) => {
      let seen: (event: Excel.WorksheetChangedEventArgs) => void = () => undefined;
      const handled = new Promise<Excel.WorksheetChangedEventArgs>((resolve) => (seen = resolve));
      const handleChange = async (event: Excel.WorksheetChangedEventArgs) => seen(event);
      const worksheet = context.workbook.worksheets.getItem('Sample');
      worksheet.onChanged.add(handleChange);
      await context.sync();
      worksheet.getRange('C3').values = [[5]];
      await context.sync();
      const event = await handled;
      return { changeType: event.changeType, address: event.address, source: event.source };
    },
    answer: { changeType: 'RangeEdited', address: 'C3', source: 'Local' },
  },
  {
    doc: events,
    example:
      'worksheet.onChanged is the event of that worksheet: an edit on another sheet does not raise it',
    given: (excel) => {
      productSheet(excel);
      excel.addSheet('Other');
    },
    snippet: async (context) => {
      const changes: string[] = [];
      const worksheet = context.workbook.worksheets.getItem('Sample');
      worksheet.onChanged.add(async (event) => void changes.push(event.address));
      await context.sync();
      context.workbook.worksheets.getItem('Other').getRange('A1').values = [['elsewhere']];
      worksheet.getRange('B2').values = [['here']];
      await context.sync();
      return changes;
    },
    answer: ['B2'],
  },
  {
    doc: worksheets,
    example: 'Rename a worksheet: the active worksheet\'s name set to "New Name"',
    given: (excel) => {
      productSheet(excel);
      excel.selection = { sheet: 'Sample', address: 'A1' };
    },
    snippet: async (context) => {
      const currentWorksheet = context.workbook.worksheets.getActiveWorksheet();
      currentWorksheet.name = 'New Name';
      await context.sync();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return active.name;
    },
    answer: 'New Name',
  },
  {
    doc: worksheetName,
    example: 'Worksheet.name "must be fewer than 32 characters": a name of 31 is taken',
    given: productSheet,
    snippet: async (context) => {
      sample(context).name = 'OKRs · Sales and Marketing · Q1';
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    },
    answer: ['OKRs · Sales and Marketing · Q1'],
  },
  refusedSheetName(
    worksheetName,
    'Worksheet.name "must be fewer than 32 characters": renaming to 32 is InvalidArgument',
    'rename',
    'OKRs · Sales and Marketing · Q1!',
  ),
  refusedSheetName(
    worksheetName,
    'worksheets.add with a name of 32 characters: InvalidArgument, no sheet added',
    'add',
    'Objectives and key results Q1 26',
  ),
  refusedSheetName(
    renameWorksheet,
    'Worksheet names cannot contain / \\ ? * : [ ]: renaming to "Q1/Q2" is InvalidArgument',
    'rename',
    'Q1/Q2',
  ),
  refusedSheetName(
    renameWorksheet,
    'Worksheet names cannot begin or end with an apostrophe: worksheets.add("Plan\'") is InvalidArgument',
    'add',
    "Plan'",
  ),
  refusedSheetName(
    renameWorksheet,
    'Worksheet names cannot be blank: renaming to "" is InvalidArgument',
    'rename',
    '',
  ),
  refusedSheetName(
    renameWorksheet,
    'Worksheet names cannot be "History", "a reserved word Excel uses internally": InvalidArgument',
    'add',
    'History',
  ),
  {
    doc: errorCodes,
    example: 'worksheets.add of a name already taken: ItemAlreadyExists',
    given: productSheet,
    snippet: async (context) => {
      context.workbook.worksheets.add('Sample');
      await context.sync();
    },
    refusal: { code: 'ItemAlreadyExists', message: 'The resource being created already exists.' },
  },
  {
    doc: tableName,
    example:
      'Table.name "must follow the guidelines" of Rename an Excel table: Sales_Tax, with the underscore the article offers as a word separator, is taken',
    given: expensesTable,
    snippet: async (context) => {
      context.workbook.tables.getItem('ExpensesTable').name = 'Sales_Tax';
      await context.sync();
      const renamed = context.workbook.tables.getItem('Sales_Tax').load('name');
      await context.sync();
      return renamed.name;
    },
    answer: 'Sales_Tax',
  },
  refusedTableName(
    '"Don\'t use a space to separate words": renaming a table to "Sales Tax" is InvalidArgument',
    'Sales Tax',
  ),
  refusedTableName(
    '"Always start a name with a letter, an underscore character (_), or a backslash": "2017Expenses" is InvalidArgument',
    '2017Expenses',
  ),
  refusedTableName(
    '"Names can\'t be the same as a cell reference, such as Z$100 or R1C1": "Z100" is InvalidArgument',
    'Z100',
  ),
  refusedTableName(
    '"You can\'t use "C", "c", "R", or "r" for the name": "r" is InvalidArgument',
    'r',
  ),
  refusedTableName(
    '"A table name can have up to 255 characters": 256 is InvalidArgument',
    `T${'x'.repeat(255)}`,
  ),
  refusedTableName(
    '"Duplicate names aren\'t allowed. Excel doesn\'t distinguish between upper and lowercase characters in names": a second table renamed "expensestable" is InvalidArgument',
    'expensestable',
    (excel) => {
      expensesTable(excel);
      const sheet = excel.sheets[0]!;
      sheet.setCell(10, 0, { value: 'Budget', numberFormat: 'General' });
      excel.addTable({ sheet, row: 10, column: 0, rows: 1, columns: 1 }).name = 'Budget';
    },
    'Budget',
  ),
  {
    doc: errorCodes,
    example: 'tables.getItem of a table that does not exist: ItemNotFound',
    given: expensesTable,
    snippet: async (context) => {
      const table = context.workbook.tables.getItem('NoSuchTable').load('name');
      await context.sync();
      return table.name;
    },
    refusal: { code: 'ItemNotFound', message: "The requested resource doesn't exist." },
  },
  {
    doc: nullObjects,
    example: 'getItemOrNullObject: isNullObject after sync, then the page adds the sheet',
    given: productSheet,
    snippet: async (context) => {
      let dataSheet = context.workbook.worksheets.getItemOrNullObject('Data');
      await context.sync();
      const wasNull = dataSheet.isNullObject;
      if (dataSheet.isNullObject) {
        dataSheet = context.workbook.worksheets.add('Data');
      }
      dataSheet.load('name');
      await context.sync();
      return { wasNull, name: dataSheet.name };
    },
    answer: { wasNull: true, name: 'Data' },
  },
  {
    doc: nullObjects,
    example: 'isNullObject read before context.sync(): PropertyNotLoaded',
    given: productSheet,
    snippet: async (context) => {
      const dataSheet = context.workbook.worksheets.getItemOrNullObject('Data');
      return dataSheet.isNullObject;
    },
    refusal: { code: 'PropertyNotLoaded' },
  },
  {
    doc: resourceLimits,
    example: 'a request over 5 MB: RequestPayloadSizeLimitExceeded (Excel on the web)',
    given: productSheet,
    snippet: async (context) => {
      const cell = 'x'.repeat(1024);
      const rows = Math.ceil(requestPayloadLimitBytes / cell.length / 4) + 1;
      const values = Array.from({ length: rows }, () => [cell, cell, cell, cell]);
      sample(context).getRange(`A20:D${19 + rows}`).values = values;
      await context.sync();
    },
    refusal: {
      code: 'RequestPayloadSizeLimitExceeded',
      message: /^The request payload size has exceeded the limit\./,
    },
    unchanged: ['A20'],
  },
  {
    doc: resourceLimits,
    example: 'reading more than 5,000,000 cells at once: RangeExceedsLimit',
    given: productSheet,
    snippet: async (context) => {
      const rows = Math.ceil(readCellLimit / 26) + 1;
      const range = sample(context).getRange(`A1:Z${rows}`).load('values');
      await context.sync();
      return range.values.length;
    },
    refusal: { code: 'RangeExceedsLimit', message: /^The cell count in the range has exceeded/ },
  },
  {
    doc: resourceLimits,
    example: 'a response over 5 MB: ResponsePayloadSizeLimitExceeded (Excel on the web)',
    given: (excel) => {
      productSheet(excel);
      const sheet = excel.sheets[0]!;
      const cell = 'x'.repeat(1024);
      for (let row = 0; row < 1400; row += 1)
        for (let column = 0; column < 4; column += 1)
          sheet.setCell(row, column, { value: cell, numberFormat: 'General' });
    },
    snippet: async (context) => {
      const range = sample(context).getRange('A1:D1400').load('values');
      await context.sync();
      return range.values.length;
    },
    refusal: {
      code: 'ResponsePayloadSizeLimitExceeded',
      message: /^The response payload size has exceeded the limit\./,
    },
  },
  {
    doc: resourceLimits,
    example: 'the same data split over several syncs, as the page advises: written',
    given: productSheet,
    snippet: async (context) => {
      const cell = 'x'.repeat(1024);
      const rows = Math.ceil(requestPayloadLimitBytes / cell.length / 4) + 1;
      const half = Math.ceil(rows / 2);
      for (const [first, count] of [
        [0, half],
        [half, rows - half],
      ] as const) {
        const values = Array.from({ length: count }, () => [cell, cell, cell, cell]);
        sample(context).getRange(`A${20 + first}:D${19 + first + count}`).values = values;
        await context.sync();
      }
    },
    then: { A20: 'x'.repeat(1024) },
  },
  {
    doc: tables,
    example:
      'rows.add with values of another width than the table (three values for four columns): InvalidArgument, the table unchanged',
    given: createdExpensesTable,
    snippet: async (context) => {
      const expensesTable = sample(context).tables.getItem('ExpensesTable');
      expensesTable.rows.add(undefined, [['1/16/2017', 'THE PHONE COMPANY', 'Communications']]);
      await context.sync();
    },
    refusal: { code: 'InvalidArgument' },
    unchanged: ['A9', 'B9'],
  },
  {
    doc: errorCodes,
    example: 'table.columns.getItem of a column the table does not have: ItemNotFound at sync',
    given: createdExpensesTable,
    snippet: async (context) => {
      const body = sample(context)
        .tables.getItem('ExpensesTable')
        .columns.getItem('Day of the Week')
        .getDataBodyRange()
        .load('values');
      await context.sync();
      return body.values;
    },
    refusal: { code: 'ItemNotFound', message: "The requested resource doesn't exist." },
  },
  {
    doc: errorCodes,
    example: 'getRangeByIndexes with a negative row: InvalidArgument',
    given: productSheet,
    snippet: async (context) => {
      const range = sample(context).getRangeByIndexes(-1, 0, 1, 1).load('values');
      await context.sync();
      return range.values;
    },
    refusal: {
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
    },
  },
  {
    doc: setFormat,
    example:
      'numberFormat of another size than the range (one row for D3:E5): InvalidArgument at sync, the formats kept',
    given: productSheet,
    snippet: async (context) => {
      sample(context).getRange('D3:E5').numberFormat = [['0.00', '0.00']];
      await context.sync();
    },
    refusal: {
      code: 'InvalidArgument',
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    },
  },
  {
    doc: setGetValues,
    example: 'Set formula for a single cell: E3 becomes "=C3 * D3", read back through formulas',
    given: productSheet,
    snippet: async (context) => {
      const range = sample(context).getRange('E3');
      range.formulas = [['=C3 * D3']];
      await context.sync();
      range.load('formulas');
      await context.sync();
      return range.formulas;
    },
    answer: [['=C3 * D3']],
  },
  {
    doc: setGetValues,
    example: 'Set formulas for a range of cells: E3:E6, read back through formulas',
    given: productSheet,
    snippet: async (context) => {
      const data = [['=C3 * D3'], ['=C4 * D4'], ['=C5 * D5'], ['=SUM(E3:E5)']];
      const range = sample(context).getRange('E3:E6');
      range.formulas = data;
      await context.sync();
      range.load('formulas');
      await context.sync();
      return range.formulas;
    },
    answer: [['=C3 * D3'], ['=C4 * D4'], ['=C5 * D5'], ['=SUM(E3:E5)']],
  },
  {
    doc: 'https://learn.microsoft.com/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1)',
    example:
      'TableRow.delete(): "Deletes the row from the table"; the rows below move up and the table shrinks by one',
    given: createdExpensesTable,
    snippet: async (context) => {
      const expensesTable = sample(context).tables.getItem('ExpensesTable');
      expensesTable.rows.getItemAt(0).delete();
      await context.sync();
      const all = expensesTable.getRange().load('address');
      await context.sync();
      return all.address;
    },
    answer: 'Sample!A1:D7',
    then: { B2: 'Northwind Electric Cars' },
  },
];
