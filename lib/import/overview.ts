import { readDailyTable, type DailyTable } from './daily-table';
import { isoDate } from './iso-dates';
import { combine, proposeNumber } from './propose';
import type { ReadOutcome } from './types';

/** Days in the window every "per month" field is about. */
const WINDOW = 30;
/**
 * Fewest days with numbers that may be scaled up to 30 days: 90% of the window. A 28-day export (27 or 28
 * days with numbers, as the last day is often incomplete) qualifies; a 7-day one would be a guess.
 */
export const MIN_DAYS_TO_SCALE = 27;
/** Fewest days for an engagement rate: a ratio needs no scaling, but one or two days say little. */
export const MIN_ENGAGEMENT_DAYS = 7;

// Overview.csv: Date, Video Views, Profile Views, Likes, Comments, Shares. Profile views are not used.
const COLUMNS = [{ index: 1 }, { index: 3, allowNegative: true }, { index: 4, allowNegative: true }, { index: 5, allowNegative: true }];
const [VIEWS, LIKES, COMMENTS, SHARES] = [0, 1, 2, 3] as const;

function sum(table: DailyTable, column: number, start: number, end: number): number {
  let total = 0;
  for (let i = start; i < end; i++) total += table.values[i]![column] ?? 0;
  return total;
}

function shortRange(file: string, field: string, days: number, needed: number): ReadOutcome {
  return { candidates: [], notices: [{ file, code: 'short-range', values: { field, days, needed } }] };
}

function views30d(table: DailyTable, file: string): ReadOutcome {
  const n = table.days.length;
  const start = Math.max(0, n - WINDOW);
  const total = sum(table, VIEWS, start, n);
  const period = { file, from: isoDate(table.days[start]!), to: isoDate(table.days[n - 1]!), days: n - start };
  if (n >= WINDOW) return proposeNumber('views30d', total, { ...period, code: 'sum-days', values: { days: WINDOW, available: n } });
  if (n >= MIN_DAYS_TO_SCALE) return proposeNumber('views30d', (total * WINDOW) / n, { ...period, code: 'scaled-to-30', values: { days: n, sum: total } });
  return shortRange(file, 'views30d', n, MIN_DAYS_TO_SCALE);
}

/** Latest 30 days against the 30 before; the earlier window may be scaled from 27-29 days like views30d. */
function viewGrowth(table: DailyTable, file: string): ReadOutcome {
  const n = table.days.length;
  if (n < WINDOW + MIN_DAYS_TO_SCALE) return shortRange(file, 'viewGrowth', n, WINDOW + MIN_DAYS_TO_SCALE);
  const previousDays = Math.min(WINDOW, n - WINDOW);
  const latest = sum(table, VIEWS, n - WINDOW, n);
  const previous = (sum(table, VIEWS, n - WINDOW - previousDays, n - WINDOW) * WINDOW) / previousDays;
  if (previous <= 0) return { candidates: [], notices: [{ file, code: 'cannot-compute', values: { field: 'viewGrowth', reason: 'zero-views' } }] };
  return proposeNumber('viewGrowth', (latest / previous - 1) * 100, {
    file,
    code: 'latest-vs-previous-30',
    values: { latest, previous: Math.round(previous), previousDays },
    from: isoDate(table.days[n - WINDOW - previousDays]!),
    to: isoDate(table.days[n - 1]!),
    days: WINDOW + previousDays,
  });
}

/** Engagement over the same latest days as views30d, counting only days that have all four numbers. */
function engagementRate(table: DailyTable, file: string): ReadOutcome {
  const n = table.days.length;
  const rows: number[] = [];
  for (let i = Math.max(0, n - WINDOW); i < n; i++) if (table.values[i]!.every((value) => value !== null)) rows.push(i);
  if (rows.length < MIN_ENGAGEMENT_DAYS) return shortRange(file, 'engagementRate', rows.length, MIN_ENGAGEMENT_DAYS);
  const total = (column: number) => rows.reduce((acc, i) => acc + (table.values[i]![column] ?? 0), 0);
  const [views, likes, comments, shares] = [total(VIEWS), total(LIKES), total(COMMENTS), total(SHARES)];
  if (views <= 0) return { candidates: [], notices: [{ file, code: 'cannot-compute', values: { field: 'engagementRate', reason: 'zero-views' } }] };
  // Removed likes and comments can make a day negative; a negative total over the window is not a rate.
  const engaged = Math.max(0, likes + comments + shares);
  return proposeNumber('engagementRate', (engaged / views) * 100, {
    file,
    code: 'engagement',
    values: { likes, comments, shares, views, days: rows.length },
    from: isoDate(table.days[rows[0]!]!),
    to: isoDate(table.days[rows[rows.length - 1]!]!),
    days: rows.length,
  });
}

/** What Overview.csv supports: views in 30 days, view growth and engagement rate. */
export function readOverview(rows: string[][], file: string, today: number): ReadOutcome {
  const { table, notices } = readDailyTable(rows, { file, kind: 'overview', key: 1, columns: COLUMNS }, today);
  const read: ReadOutcome = { candidates: [], notices };
  if (!table) return read;
  return combine(read, views30d(table, file), viewGrowth(table, file), engagementRate(table, file));
}
