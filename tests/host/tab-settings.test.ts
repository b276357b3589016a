import {
  tabEntityId,
  tabSettingsFromEntityId,
  tabSettingsFromQuery,
  tabSettingsToQuery,
} from '../../src/host/tab-settings';

describe('tab settings', () => {
  it('round-trips through the content URL query and the entity id', () => {
    const settings = { teamIds: ['12', 'team,with,commas', 'ü'], cycleId: '2026-Q3' };
    expect(tabSettingsFromQuery(tabSettingsToQuery(settings))).toEqual(settings);
    expect(tabSettingsFromEntityId(tabEntityId(settings))).toEqual(settings);
  });

  it('reads the plain form a person would type', () => {
    expect(tabSettingsFromQuery('?teams=1,2&cycle=current')).toEqual({
      teamIds: ['1', '2'],
      cycleId: 'current',
    });
    expect(tabSettingsFromQuery('teams=&cycle=current')).toEqual({
      teamIds: [],
      cycleId: 'current',
    });
  });

  it('finds no settings where there are none', () => {
    expect(tabSettingsFromQuery('')).toBeUndefined();
    expect(tabSettingsFromQuery('teams=1')).toBeUndefined();
    expect(tabSettingsFromEntityId('myOkrs')).toBeUndefined();
    expect(tabSettingsFromEntityId(undefined)).toBeUndefined();
    expect(tabSettingsFromQuery('teams=%E0%A4%A&cycle=current')).toBeUndefined();
  });

  it('refuses to write settings without a cycle', () => {
    expect(() => tabSettingsToQuery({ teamIds: ['1'], cycleId: '' })).toThrow(/cycle/);
  });
});
