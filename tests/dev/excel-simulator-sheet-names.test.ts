import { SimulatedWorkbook } from '../../src/dev/excel-simulator/simulated-workbook';
import { memoryStorage } from '../excel/support/memory-storage';

/**
 * The workbook simulator takes the sheet names Excel takes and refuses the others with why:
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9.
 */
function workbook() {
  const simulated = new SimulatedWorkbook(memoryStorage());
  simulated.addSheet('Revenue');
  return simulated;
}

const names = (simulated: SimulatedWorkbook) => Object.keys(simulated.sheets().sheets);

test.each([
  ['', 'A sheet needs a name.'],
  [
    'Objectives and key results Q1 26',
    'A sheet name has at most 31 characters; "Objectives and key results Q1 26" has 32.',
  ],
  ['Q1/Q2', 'A sheet name cannot hold "/": none of / \\ ? * : [ ] may appear in it.'],
  ["Plan'", "A sheet name cannot begin or end with an apostrophe (')."],
  ['history', 'A sheet cannot be named "History": Excel keeps that name for itself.'],
  ['REVENUE', 'That name is already taken: another sheet is named "Revenue".'],
])('adding a sheet named %j is refused: %s', (name, refusal) => {
  const simulated = workbook();
  expect(simulated.addSheet(name)).toBe(refusal);
  expect(names(simulated)).toEqual(['Revenue']);
});

test('renaming to a name Excel refuses keeps the sheet as it was; a name of 31 characters is taken', () => {
  const simulated = workbook();
  simulated.addSheet('Costs');
  expect(simulated.renameSheet('Costs', 'Revenue')).toBe(
    'That name is already taken: another sheet is named "Revenue".',
  );
  expect(simulated.renameSheet('Costs', 'Costs [draft]')).toBe(
    'A sheet name cannot hold "[": none of / \\ ? * : [ ] may appear in it.',
  );
  expect(names(simulated)).toEqual(['Revenue', 'Costs']);
  expect(simulated.renameSheet('Costs', 'COSTS')).toBeUndefined();
  expect(simulated.renameSheet('COSTS', 'OKRs · Sales and Marketing · Q1')).toBeUndefined();
  expect(names(simulated)).toEqual(['Revenue', 'OKRs · Sales and Marketing · Q1']);
});
