/** Calendar arithmetic on ISO dates (YYYY-MM-DD), kept as strings so results are reproducible. */

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `2026-01-31` + 1 month = `2026-02-28`: the day is clamped to the month's length. */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(newDay, 2)}`;
}

/** The first whole number of months m >= 0 such that `asOf` + m months is on or after `date`. */
export function monthsUntil(asOf: string, date: string): number {
  if (date <= asOf) return 0;
  const diff =
    (Number(date.slice(0, 4)) - Number(asOf.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(asOf.slice(5, 7));
  let months = Math.max(0, diff - 1);
  while (addMonths(asOf, months) < date) months++;
  return months;
}

/** Today's date in UTC as YYYY-MM-DD. Only the public entry calls this, once per evaluation. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
