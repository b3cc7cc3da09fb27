import { dayOf, monthAndDay } from './iso-dates';
import { monthIndex } from './months';
import { foldText } from './text';

/** The month a name stands for, when every language that knows the name agrees ("Jan", "janvier"). */
function monthNamed(name: string): number {
  const matches = monthIndex().names.get(foldText(name));
  if (!matches?.length) return NaN;
  const month = matches[0]!.month;
  return matches.every((match) => match.month === month) ? month : NaN;
}

/**
 * The day number of a profile's birth date, or NaN. Data downloads have written `DD-Mon-YYYY`
 * (`05-Jan-2000`) and `YYYY-MM-DD`; other spellings are read when they are unambiguous. `03/04/2000`
 * could be March or April, so it is not read.
 */
export function readBirthDate(text: string): number {
  const value = text.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(value);
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-\s/.]+([^\d\s/.-]+)\.?[-\s/.,]+(\d{4})$/u.exec(value);
  if (match) return dayOf(Number(match[3]), monthNamed(match[2]!), Number(match[1]));
  match = /^([^\d\s/.-]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(value);
  if (match) return dayOf(Number(match[3]), monthNamed(match[1]!), Number(match[2]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (a > 12 || a === b) return dayOf(year, b, a);
    if (b > 12) return dayOf(year, a, b);
  }
  return NaN;
}

/** Whole years from a birth day to today (both day numbers). */
export function ageOn(birth: number, today: number): number {
  const b = monthAndDay(birth);
  const t = monthAndDay(today);
  const beforeBirthday = t.month < b.month || (t.month === b.month && t.day < b.day);
  return t.year - b.year - (beforeBirthday ? 1 : 0);
}
