/**
 * A Notion database exported as CSV writes each relation (the objective a key result belongs to,
 * a goal's parent) as the related page's exported file, its title and id URL-encoded:
 * `../Events%202e94…/A%20Letter%20Delivered%2030c4….md, ../Events%20…` (as reported in
 * https://github.com/connertennery/Notion-to-Obsidian-Converter/issues/2). The import reads such a
 * cell as the pages' titles.
 */
import { notionPageTitles } from '../../src/migrate/values';
import { keyResultRows, planSheet, utf8 } from './support/sheet-plan';

const page = (database: string, title: string, id: string) =>
  `../${encodeURIComponent(`${database} 2e94ae45e5a748078004f261e2ef5504`)}/${encodeURIComponent(`${title} ${id}`)}.md`;
const growRevenue = page('Objectives', 'Grow revenue', '30c4fe04a118409ea8563041a7a70fb2');
const hireWell = page('Objectives', 'Hire well', '9cfd8aa5a7c849a7a45185df8e9c8569');

describe("Notion's relation cells", () => {
  it('are read as the titles of the pages they link', () => {
    expect(notionPageTitles(growRevenue)).toBe('Grow revenue');
    expect(notionPageTitles(`${growRevenue}, ${hireWell}`)).toBe('Grow revenue, Hire well');
    expect(
      notionPageTitles(
        'Grow revenue (https://www.notion.so/Grow-revenue-a7cf21e77e6d411c9d76fa9386e405f6)',
      ),
    ).toBe('Grow revenue');
  });

  it('leave any other cell as it is, and a bare notion.so address, whose title they do not spell', () => {
    for (const cell of [
      'https://www.notion.so/Q3-sign-ups-a7cf21e77e6d411c9d76fa9386e405f6',
      'See (https://www.notion.so/x-a7cf21e77e6d411c9d76fa9386e405f6) for more',
      'Grow revenue (docs/plan.md)',
      'Release a7cf21e77e6d411c9d76fa9386e405f6',
    ]) {
      expect(notionPageTitles(cell)).toBe(cell);
    }
  });

  it("put a key results database's rows under the objectives their relation names", async () => {
    const plan = await planSheet(
      'Key results 4b1e.csv',
      utf8(
        [
          'Key result,Objective,Quarter,Start,Target,Current',
          `New ARR,${growRevenue},Q1 2026,0,500,180`,
          `Churned accounts,${growRevenue},Q1 2026,30,10,22`,
          `Offers accepted,${hireWell},Q1 2026,0,8,3`,
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Grow revenue', 'New ARR', 0, 500, 180, '', undefined],
      ['Grow revenue', 'Churned accounts', 30, 10, 22, '', undefined],
      ['Hire well', 'Offers accepted', 0, 8, 3, '', undefined],
    ]);
  });

  it("place a goal list's goals under the parent page their relation names", async () => {
    const plan = await planSheet(
      'Goals 4b1e.csv',
      utf8(
        [
          'Goal name,Parent goal,Target value,Current value',
          'Grow revenue,,,',
          `New ARR,${page('Goals', 'Grow revenue', '30c4fe04a118409ea8563041a7a70fb2')},500,180`,
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([['Grow revenue', 'New ARR', 0, 500, 180, '', undefined]]);
  });
});
