import { isOverdue } from '../../src/core/initiatives';

describe('an initiative is overdue', () => {
  const today = '2026-12-02';

  it('when its due day has passed and it is still open', () => {
    expect(isOverdue({ status: 'notStarted', dueDate: '2026-12-01' }, today)).toBe(true);
    expect(isOverdue({ status: 'inProgress', dueDate: '2025-06-30' }, today)).toBe(true);
  });

  it('not on its due day, nor before it, nor without one', () => {
    expect(isOverdue({ status: 'inProgress', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'inProgress', dueDate: '2026-12-03' }, today)).toBe(false);
    expect(isOverdue({ status: 'inProgress' }, today)).toBe(false);
  });

  it('never once it is done or dropped', () => {
    expect(isOverdue({ status: 'done', dueDate: '2026-11-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2026-11-01' }, today)).toBe(false);
  });
});
