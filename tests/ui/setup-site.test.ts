import { lists } from '../../src/store/schema';
import { missingItems } from '../../src/ui/components/SetupSite/missingItems';

describe('what the guided site set-up lists as missing', () => {
  it('names lists, columns, indexes, and unique values where the schema wants them', () => {
    const checkIns = lists.checkIns.displayName;
    expect(
      missingItems({
        ready: false,
        siteId: 'site',
        missingLists: [lists.cycles.displayName],
        missingColumns: [{ list: checkIns, column: 'Note' }],
        missingIndexes: [
          { list: checkIns, column: 'MeetingId' },
          { list: checkIns, column: 'ClientId' },
        ],
        permissions: { verified: true, problems: [] },
        secure: true,
      }),
    ).toEqual([
      `The list “${lists.cycles.displayName}”`,
      `The column “Note” in ${checkIns}`,
      `An index on “MeetingId” in ${checkIns}`,
      `An index with unique values on “ClientId” in ${checkIns}`,
    ]);
  });

  it('lists nothing before the site was checked', () => {
    expect(missingItems(undefined)).toEqual([]);
  });
});
