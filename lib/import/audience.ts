import { readShare } from './cells';
import { proposeText } from './propose';
import { safeName } from './text';
import type { CountryCode } from '../rules/countries';
import { resolveTerritory } from './territory-names';
import type { NoticeDraft, ReadOutcome } from './types';

/** Shares may add up to a little over 100% from TikTok's own rounding; more than this is not a distribution. */
const MAX_TOTAL_SHARE = 1.02;
/** Unknown territory names quoted in a notice; the rest are counted. */
const MAX_NAMED = 5;

/**
 * Whole percentages that never add up to more than the listed shares: each share is floored, then the
 * points lost to flooring go to the largest remainders (Hamilton's method), capped at 100.
 */
export function wholePercents(shares: ReadonlyMap<CountryCode, number>): [CountryCode, number][] {
  const exact = [...shares].map(([code, share]) => ({ code, percent: share * 100 }));
  const target = Math.min(100, Math.floor(exact.reduce((acc, e) => acc + e.percent, 0) + 1e-9));
  const whole = exact.map((e) => ({ ...e, whole: Math.floor(e.percent + 1e-9) }));
  let left = target - whole.reduce((acc, e) => acc + e.whole, 0);
  const byRemainder = [...whole].sort((a, b) => b.percent - b.whole - (a.percent - a.whole) || b.percent - a.percent || a.code.localeCompare(b.code));
  for (const entry of byRemainder) {
    if (left <= 0) break;
    entry.whole += 1;
    left -= 1;
  }
  return whole
    .filter((e) => e.whole > 0)
    .sort((a, b) => b.whole - a.whole || b.percent - a.percent || a.code.localeCompare(b.code))
    .map((e) => [e.code, e.whole]);
}

/** What FollowerTopTerritories.csv supports: the audience as `US:55,GB:20,DE:10`. */
export function readTerritories(rows: string[][], file: string): ReadOutcome {
  const notices: NoticeDraft[] = [];
  const refuse = (code: NoticeDraft['code'], values: NoticeDraft['values']): ReadOutcome => ({ candidates: [], notices: [...notices, { file, code, values }] });
  const hasHeader = readShare(rows[0]?.[1] ?? '').kind !== 'number';
  const data = hasHeader ? rows.slice(1) : rows;

  const shares = new Map<CountryCode, number>();
  const unknown: string[] = [];
  let total = 0;
  let counted = 0;
  for (let r = 0; r < data.length; r++) {
    const [name = '', cell = ''] = data[r]!;
    const share = readShare(cell);
    if (share.kind === 'bad') return refuse('bad-number', { row: r + (hasHeader ? 2 : 1), column: 2 });
    if (share.kind === 'none') continue;
    counted += 1;
    total += share.value;
    const code = resolveTerritory(name);
    if (code === undefined) unknown.push(safeName(name, 30) || '?');
    else if (code !== 'others') shares.set(code, (shares.get(code) ?? 0) + share.value);
  }
  if (counted === 0) return refuse('no-numbers', { kind: 'territories' });
  if (total > MAX_TOTAL_SHARE) return refuse('value-out-of-range', { field: 'audience', value: Math.round(total * 100), min: 0, max: 100 });
  if (unknown.length) {
    notices.push({ file, code: 'unknown-territory', values: { names: unknown.slice(0, MAX_NAMED).join(', '), count: unknown.length } });
  }
  const percents = wholePercents(shares);
  if (!percents.length) return refuse('no-numbers', { kind: 'territories' });
  const listed = percents.reduce((acc, [, percent]) => acc + percent, 0);
  const outcome = proposeText('audience', percents.map(([code, percent]) => `${code}:${percent}`).join(','), {
    file,
    code: 'territories',
    values: { countries: percents.length, rest: 100 - listed },
  });
  return { candidates: outcome.candidates, notices };
}
