import type { DayLabel } from './day-labels';
import { dayOf, monthAndDay } from './iso-dates';

/** Studio's numbers stop about two days before the export (observed: an export on Aug 18 is full up to Aug 16). */
export const DATA_LAG_DAYS = 2;

/** The date of every row of a daily file, or the row that breaks the run of days. */
export type RowDates =
  /** Each row's day number, from the labels. */
  | { status: 'read'; days: number[] }
  /** No label could be read: the rows were taken as consecutive days ending DATA_LAG_DAYS before today. */
  | { status: 'fallback'; days: number[] }
  /** A readable label does not fit consecutive days. */
  | { status: 'inconsistent'; row: number };

/** Dates this label could be, latest first, none after today: with a year, that one; else the last few years. */
function anchorCandidates(label: DayLabel, today: number): number[] {
  const exact = label.year === undefined ? NaN : dayOf(label.year, label.month, label.day);
  if (exact <= today) return [exact];
  const { year } = monthAndDay(today);
  const days: number[] = [];
  for (let y = year; y >= year - 8; y--) {
    const day = dayOf(y, label.month, label.day);
    if (day <= today) days.push(day);
  }
  return days;
}

/** The first row whose readable label disagrees with consecutive days from this anchor, or -1. */
function firstMismatch(labels: readonly (DayLabel | null)[], days: readonly number[]): number {
  return labels.findIndex((label, i) => {
    if (!label) return false;
    const actual = monthAndDay(days[i]!);
    return actual.month !== label.month || actual.day !== label.day || (label.year !== undefined && label.year !== actual.year);
  });
}

/**
 * Gives every row its date. Rows are consecutive days, oldest first, so the last readable label fixes
 * all of them; its year is the latest that does not put it after today and lets every other readable
 * label agree (29 February needs a leap year). Arithmetic from that one anchor carries December into
 * January by itself.
 */
export function dateRows(labels: readonly (DayLabel | null)[], today: number, lastRowWithNumber: number): RowDates {
  let anchorRow = -1;
  for (let i = labels.length - 1; i >= 0 && anchorRow < 0; i--) if (labels[i]) anchorRow = i;
  const candidates = anchorRow >= 0 ? anchorCandidates(labels[anchorRow]!, today) : [];
  if (!candidates.length) {
    const endRow = lastRowWithNumber >= 0 ? lastRowWithNumber : labels.length - 1;
    const end = today - DATA_LAG_DAYS;
    return { status: 'fallback', days: labels.map((_, i) => end - (endRow - i)) };
  }
  let mismatch = -1;
  for (const anchor of candidates) {
    const days = labels.map((_, i) => anchor + (i - anchorRow));
    const row = firstMismatch(labels, days);
    if (row < 0) return { status: 'read', days };
    if (mismatch < 0) mismatch = row;
  }
  return { status: 'inconsistent', row: mismatch };
}
