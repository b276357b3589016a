import {
  buildTeamsDeepLink,
  deepLinkTargetFromSubEntityId,
  deepLinkTargetToSubEntityId,
} from '../../src/core/deep-links';

describe('a check-in deep link', () => {
  it('round-trips through the subEntityId, apart from a KR history link', () => {
    expect(deepLinkTargetToSubEntityId({ type: 'checkIn', id: '42' })).toBe('checkin:42');
    expect(deepLinkTargetFromSubEntityId('checkin:42')).toEqual({ type: 'checkIn', id: '42' });
    expect(deepLinkTargetFromSubEntityId('kr:42')).toEqual({ type: 'keyResult', id: '42' });
    expect(deepLinkTargetFromSubEntityId('checkin:')).toBeUndefined();
  });

  it('is a Teams link to the personal tab whose context names it', () => {
    const link = new URL(
      buildTeamsDeepLink({
        appId: 'app',
        entityId: 'myOkrs',
        target: { type: 'checkIn', id: '7' },
      }),
    );
    expect(link.pathname).toBe('/l/entity/app/myOkrs');
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'checkin:7',
    });
  });
});
