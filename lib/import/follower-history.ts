import { readDailyTable } from './daily-table';
import { isoDate } from './iso-dates';
import { combine, proposeNumber } from './propose';
import type { ReadOutcome } from './types';

/** Average days in a month, to turn a span of days into months for a monthly rate. */
export const DAYS_PER_MONTH = 30.44;
/** Fewest days (first to last day with a number, both counted) for a growth rate. */
export const MIN_GROWTH_DAYS = 7;

/**
 * What FollowerHistory.csv supports: followers and their compound monthly growth. Only the Followers
 * column is read. The third column, "Difference in followers from previous day", is mislabelled (on
 * real exports it is the next day's followers minus this day's), so it is ignored.
 */
export function readFollowerHistory(rows: string[][], file: string, today: number): ReadOutcome {
  const { table, notices } = readDailyTable(rows, { file, kind: 'follower-history', key: 1, columns: [{ index: 1 }] }, today);
  const read: ReadOutcome = { candidates: [], notices };
  if (!table) return read;
  const n = table.days.length;
  const firstDay = table.days[0]!;
  const lastDay = table.days[n - 1]!;
  const first = table.values[0]![0]!;
  const last = table.values[n - 1]![0]!;
  const followers = proposeNumber('followers', last, { file, code: 'last-day', from: isoDate(lastDay), to: isoDate(lastDay), days: n, priority: 2 });

  const span = lastDay - firstDay;
  let growth: ReadOutcome;
  if (span + 1 < MIN_GROWTH_DAYS) {
    growth = { candidates: [], notices: [{ file, code: 'short-range', values: { field: 'followerGrowth', days: span + 1, needed: MIN_GROWTH_DAYS } }] };
  } else if (first <= 0) {
    growth = { candidates: [], notices: [{ file, code: 'cannot-compute', values: { field: 'followerGrowth', reason: 'zero-start' } }] };
  } else {
    const rate = ((last / first) ** (DAYS_PER_MONTH / span) - 1) * 100;
    growth = proposeNumber('followerGrowth', rate, {
      file,
      code: 'compound-monthly',
      values: { first, last, days: span },
      from: isoDate(firstDay),
      to: isoDate(lastDay),
      days: span + 1,
    });
  }
  return combine(read, followers, growth);
}
