/**
 * The import's findings name days the reader's way (`formatDay` in the reader's locale), never as
 * `2027-01-01`; what is written for machines (the drafts' dates) stays ISO.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';

const utf8 = (text: string) => new TextEncoder().encode(text);
const messagesOf = async (text: string, locale?: string) => {
  const source = await readImportFile('okrs.csv', utf8(text), undefined, {
    fileDate: '2027-01-04',
    ...(locale ? { locale } : {}),
  });
  const plan = planImport(source, {
    today: '2027-01-20',
    rules: defaultOperatingModel,
    ...(locale ? { locale } : {}),
  });
  return { plan, messages: plan.problems.map((problem) => problem.message).join('\n') };
};

const sheet = [
  'Objective,Key result,Baseline,Target,Current',
  'Grow the pipeline,Qualified leads reach 500,0,500,120',
].join('\r\n');

describe('days in the import findings', () => {
  it('are said in the reader’s locale: the file’s date, the cycle it chose', async () => {
    const gb = await messagesOf(sheet, 'en-GB');
    expect(gb.messages).toContain("the quarter of the file's date (4 Jan 2027)");
    expect(gb.messages).toContain("dated 4 Jan 2027, the file's date");
    expect(gb.messages).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const us = await messagesOf(sheet, 'en-US');
    expect(us.messages).toContain("the quarter of the file's date (Jan 4, 2027)");
    // The data stays ISO.
    expect(us.plan.cycles[0]!.draft.start).toBe('2027-01-01');
    expect(us.plan.checkIns[0]!.draft.at.slice(0, 10)).toBe('2027-01-04');
  });

  it('are said in English words without a locale, never ISO', async () => {
    const { messages } = await messagesOf(sheet);
    expect(messages).toContain('Jan 4, 2027');
    expect(messages).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
