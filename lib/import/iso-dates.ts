// ISO calendar dates (`YYYY-MM-DD`) as whole days since 1970-01-01, in UTC so no time zone or daylight
// saving shift can move a day.

const DAY_MS = 86_400_000;

/** Day number of an ISO date, or NaN when it is not a real calendar date. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NaN;
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Day number of a year, month (1-12) and day, or NaN when that day does not exist (31 June). */
export function dayOf(year: number, month: number, day: number): number {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN;
  return time / DAY_MS;
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Month (1-12) and day of a day number. */
export function monthAndDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
