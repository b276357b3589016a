import { FakeExcel } from '../excel/support/fake-excel';
import { contracts } from './excel/cases';

/**
 * Replays Microsoft's documented Excel JavaScript API examples (./excel/cases.ts, each naming
 * its page) against the office.js fake the add-in's workbook tests run on
 * (tests/excel/support/fake-excel.ts), and compares what each answers — or how office.js
 * refuses it — with the page. They check the fake against Excel, not against itself: when one
 * fails, read the page named in `doc` first.
 */
function cellOf(excel: FakeExcel, address: string): unknown {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const sheet = excel.sheets.find((candidate) => candidate.name === 'Sample');
  return sheet?.cell(Number(match[2]) - 1, column).value;
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
