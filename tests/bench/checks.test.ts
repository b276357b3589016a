import { minimumRequests, requestsNote, sameAtEverySize } from '../../bench/graph';
import { counting } from '../../bench/report';

describe('what the Graph figures are held against', () => {
  test('the minimum: ceil(N/20) $batches per kind of write', () => {
    expect(minimumRequests(1, 2)).toBe(2);
    expect(minimumRequests(20, 2)).toBe(2);
    expect(minimumRequests(21, 2)).toBe(4);
    expect(minimumRequests(1000, 2)).toBe(100);
    expect(minimumRequests(1000, 1)).toBe(50);
  });

  test('"the same at every size" holds only when every size has the same count', () => {
    const constant = sameAtEverySize('board', [
      { size: 10, value: 1 },
      { size: 5000, value: 1 },
    ]);
    expect(constant).toEqual({ label: 'board', holds: true, detail: '1 at 10, 1 at 5,000' });
    const growing = sameAtEverySize('history', [
      { size: 10, value: 1 },
      { size: 1000, value: 4 },
    ]);
    expect(growing.holds).toBe(false);
    expect(growing.detail).toBe('1 at 10, 4 at 1,000');
  });

  test('notes count batches and sub-requests in words', () => {
    expect(requestsNote({ requests: 1, batches: 1, subRequests: 1 })).toBe(
      '1 $batch, 1 sub-request',
    );
    expect(requestsNote({ requests: 17, batches: 17, subRequests: 334 })).toBe(
      '17 $batches, 334 sub-requests',
    );
    expect(counting(2000, 'row')).toBe('2,000 rows');
  });
});
