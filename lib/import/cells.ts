import { asciiDigits } from './text';

/** A CSV cell read as a number: a number, "no number" (`undefined`, empty), or something else. */
export type Cell = { kind: 'number'; value: number } | { kind: 'none' } | { kind: 'bad' };

const NONE: Cell = { kind: 'none' };
const BAD: Cell = { kind: 'bad' };

// Studio writes `undefined` for days without data; a few spellings of "nothing" are accepted with it.
// `NaN`, `Infinity` and `1e309` are not among them: they are not counts, so they are bad cells.
const NO_NUMBER = new Set(['', 'undefined', 'null', '-', '--', '—', 'n/a']);

// A stray quote can survive CSV parsing when a file mixes line endings; it never belongs to a number.
function tidy(cell: string): string {
  return asciiDigits(cell)
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim();
}

/**
 * A daily count: a plain integer, or one with thousands separators (`12,345`, `12.345`, `12 345`: a
 * count has no fraction, so a dot or comma before three digits can only group thousands).
 * Negative counts are bad unless `allowNegative`: TikTok reports likes and comments removed on a day
 * as a negative day (observed in public parsers of real exports), but never negative views or followers.
 */
export function readCount(cell: string, allowNegative = false): Cell {
  const text = tidy(cell);
  if (NO_NUMBER.has(text.toLowerCase())) return NONE;
  let digits: string;
  if (/^[+-]?\d+$/.test(text)) digits = text;
  else if (/^\d{1,3}([,. ']\d{3})+$/.test(text)) digits = text.replace(/[,. ']/g, '');
  else return BAD;
  const value = Number(digits) + 0;
  if (!Number.isSafeInteger(value)) return BAD;
  if (value < 0 && !allowNegative) return BAD;
  return { kind: 'number', value };
}

/** A share of followers: a fraction `0.55` (or `0,55`), or a percentage `55%`. Always returned as 0..1. */
export function readShare(cell: string): Cell {
  const text = tidy(cell);
  if (NO_NUMBER.has(text.toLowerCase())) return NONE;
  const match = /^(\d{0,3}(?:[.,]\d+)?|\d{1,3})(\s*%)?$/.exec(text);
  if (!match || match[1] === '') return BAD;
  const number = Number(match[1]!.replace(',', '.'));
  const value = match[2] ? number / 100 : number;
  return Number.isFinite(value) && value >= 0 && value <= 1 ? { kind: 'number', value } : BAD;
}
