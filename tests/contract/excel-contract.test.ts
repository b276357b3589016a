import { FakeExcel, parseCell } from '../excel/support/fake-excel';
import { contracts } from './excel/cases';

/**
 * Replays Microsoft's documented Excel JavaScript API examples (./excel/cases.ts, each naming
 * its page) against the office.js fake the add-in's workbook tests run on
 * (tests/excel/support/fake-excel.ts), and compares what each answers — or how office.js
 * refuses it — with the page. They check the fake against Excel, not against itself: when one
 * fails, read the page named in `doc` first.
 */
function cellOf(excel: FakeExcel, address: string): unknown {
  const { row, column } = parseCell(address);
  return excel.sheets.find((sheet) => sheet.name === 'Sample')?.cell(row, column).value;
}

it.each(contracts.map((contract) => [contract.example, contract] as const))(
  '%s',
  async (_example, contract) => {
    const excel = new FakeExcel();
    contract.given?.(excel);
    const before = Object.fromEntries(
      (contract.unchanged ?? []).map((address) => [address, cellOf(excel, address)]),
    );
    try {
      const outcome = excel.run(contract.snippet);
      if (contract.refusal) {
        const { code, message } = contract.refusal;
        await expect(outcome).rejects.toMatchObject({
          name: 'RichApi.Error',
          code,
          debugInfo: { code },
          ...(message === undefined ? {} : { message }),
        });
      } else {
        expect(await outcome).toEqual(contract.answer);
      }
      for (const [address, value] of Object.entries(contract.then ?? {}))
        expect([address, cellOf(excel, address)]).toEqual([address, value]);
      for (const [address, value] of Object.entries(before))
        expect([address, cellOf(excel, address)]).toEqual([address, value]);
    } catch (error) {
      if (error instanceof Error) error.message += `\n\nDocumented at ${contract.doc}`;
      throw error;
    }
  },
);
