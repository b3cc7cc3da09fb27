import { readCount } from './cells';
import { readDayLabels } from './day-labels';
import { isoDate } from './iso-dates';
import { dateRows } from './row-dates';
import type { NoticeDraft } from './types';

/** Data older than this many days before today is still used, with an `old-data` notice. */
export const OLD_DATA_DAYS = 14;

/** The days of a daily Studio CSV that have a number, oldest first. */
export interface DailyTable {
  /** Day numbers (days since 1970-01-01). */
  days: number[];
  /** Per day, the requested columns in the order asked for; `null` where the cell had no number. */
  values: (number | null)[][];
}

/** Which columns of a daily Studio CSV to read, and what to call it in notices. */
export interface DailySpec {
  /** The file's name for notices. */
  file: string;
  /** What the file holds, for `no-numbers` notices. */
  kind: string;
  /** Column whose number makes a day count: views, followers. A day without it has no numbers at all. */
  key: number;
  /** Columns to read; `allowNegative` for counts that can go down in a day (likes, comments). */
  columns: readonly { index: number; allowNegative?: boolean }[];
}

/**
 * Reads a daily Studio CSV: finds its dates, keeps the days with a number in the key column, and says
 * what it could not use. A single unreadable number refuses the whole file: guessing around it could
 * quietly understate a sum.
 */
export function readDailyTable(rows: string[][], spec: DailySpec, today: number): { table: DailyTable | null; notices: NoticeDraft[] } {
  const { file, kind, key, columns } = spec;
  const notices: NoticeDraft[] = [];
  const refuse = (code: NoticeDraft['code'], values: NoticeDraft['values']) => ({ table: null, notices: [...notices, { file, code, values }] });

  // The header row is in the Studio's language, so it is recognised by not holding a number.
  const hasHeader = readCount(rows[0]?.[key] ?? '').kind !== 'number';
  const data = hasHeader ? rows.slice(1) : rows;
  const firstLine = hasHeader ? 2 : 1;

  const parsed: (number | null)[][] = [];
  const keyed: boolean[] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r]!;
    const keyCell = readCount(row[key] ?? '');
    if (keyCell.kind === 'bad') return refuse('bad-number', { row: r + firstLine, column: key + 1 });
    keyed.push(keyCell.kind === 'number');
    const values: (number | null)[] = [];
    for (const { index, allowNegative } of columns) {
      const cell = index === key ? keyCell : readCount(row[index] ?? '', allowNegative);
      if (cell.kind === 'bad') return refuse('bad-number', { row: r + firstLine, column: index + 1 });
      values.push(cell.kind === 'number' && keyCell.kind === 'number' ? cell.value : null);
    }
    parsed.push(values);
  }
  const lastWithNumber = keyed.lastIndexOf(true);
  if (lastWithNumber < 0) return refuse('no-numbers', { kind });

  const dates = dateRows(readDayLabels(data.map((row) => row[0] ?? '')), today, lastWithNumber);
  if (dates.status === 'inconsistent') return refuse('dates-not-consecutive', { row: dates.row + firstLine });
  const lastDay = dates.days[lastWithNumber]!;
  if (dates.status === 'fallback') notices.push({ file, code: 'dates-unreadable', values: { to: isoDate(lastDay) } });
  if (lastWithNumber < data.length - 1) {
    notices.push({ file, code: 'incomplete-last-day', values: { date: isoDate(dates.days[data.length - 1]!) } });
  }
  if (today - lastDay > OLD_DATA_DAYS) notices.push({ file, code: 'old-data', values: { to: isoDate(lastDay), days: today - lastDay } });

  const table: DailyTable = { days: [], values: [] };
  keyed.forEach((has, r) => {
    if (!has) return;
    table.days.push(dates.days[r]!);
    table.values.push(parsed[r]!);
  });
  return { table, notices };
}
