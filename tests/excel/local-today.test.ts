/**
 * @jest-environment ./tests/ui/support/time-zone-environment.ts
 *
 * =OKR.STATUS with no day given judges on the user's own day, as Excel's TODAY() does: at 17:00
 * on 31 December in Los Angeles (01:00 UTC on 1 January) it is still the 31st.
 */
import { status } from '../../src/excel/functions/functions';

afterEach(() => {
  setTimeZone('UTC');
  jest.useRealTimers();
});

test('=OKR.STATUS judges on the day on the user’s clock when no day is given', async () => {
  setTimeZone('America/Los_Angeles');
  jest.useFakeTimers({ now: new Date('2027-01-01T01:00:00Z'), advanceTimers: true });
  // Half done, half the cycle gone on its first day (the 31st); all of it the next day.
  const asOfToday = await status(0, 100, 50, '2026-12-31', '2027-01-01');
  expect(asOfToday).toBe(await status(0, 100, 50, '2026-12-31', '2027-01-01', '', '2026-12-31'));
  expect(asOfToday).not.toBe(
    await status(0, 100, 50, '2026-12-31', '2027-01-01', '', '2027-01-01'),
  );
});
