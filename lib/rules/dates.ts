/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), kept as strings so results are reproducible.
 * Plain integer arithmetic on the proleptic Gregorian calendar: parsing and printing through `Date`
 * was a sixth of an evaluation's time.
 */

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1-12) of `year`. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

function format(year: number, month: number, day: number): string {
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The number written by the digits of `text` from `start` to `end` (the dates here are already validated). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

function parts(isoDate: string): [year: number, month: number, day: number] {
  return [digits(isoDate, 0, 4), digits(isoDate, 5, 7), digits(isoDate, 8, 10)];
}

/** Days since 1970-01-01 (Howard Hinnant's `days_from_civil`). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `days` after 1970-01-01 (Hinnant's `civil_from_days`). */
function fromDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** `2026-01-31` + 1 month = `2026-02-28`: the day is clamped to the month's length. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The month (YYYY-MM) `months` after the month of `isoDate`: `2026-11-26` + 2 gives `2027-01`. */
export function monthAfter(isoDate: string, months: number): string {
  const index = digits(isoDate, 0, 4) * 12 + digits(isoDate, 5, 7) - 1 + months;
  const month = (index % 12) + 1;
  return format(Math.floor(index / 12), month, 1).slice(0, 7);
}

/** `2026-12-30` + 3 days = `2027-01-02`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate);
  if (days >= 0 && day + days <= daysInMonth(year, month)) return format(year, month, day + days);
  return fromDayNumber(dayNumber(year, month, day) + days);
}

/** The last day of a month given as YYYY-MM: `2028-02` gives `2028-02-29`. */
export function lastDayOfMonth(yearMonth: string): string {
  const year = digits(yearMonth, 0, 4);
  const month = digits(yearMonth, 5, 7);
  return format(year, month, daysInMonth(year, month));
}

/** The first whole number of months m >= 0 such that `asOf` + m months is on or after `date`. */
export function monthsUntil(asOf: string, date: string): number {
  if (date <= asOf) return 0;
  const diff =
    (digits(date, 0, 4) - digits(asOf, 0, 4)) * 12 + digits(date, 5, 7) - digits(asOf, 5, 7);
  let months = Math.max(0, diff - 1);
  while (addMonths(asOf, months) < date) months++;
  return months;
}

/** Today's date in UTC as YYYY-MM-DD. Only the public entry calls this, once per evaluation. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
