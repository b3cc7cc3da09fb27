import { COUNTRY_CODES, type CountryCode } from './countries';

// Where a creator's audience lives, as links and the API write it: `US:55,GB:20,DE:10` (ISO codes,
// whole percent, largest first, total at most 100; the rest counts as "elsewhere"). No zod here: the
// importer and the schema both use it.

/** One country's share of the audience, in whole percent. */
export type AudienceShare = { country: CountryCode; percent: number };

/** Why an audience text was refused; the schema words it in the caller's language. */
export type AudienceProblem = 'format' | 'country' | 'percent' | 'duplicate' | 'total';

const KNOWN = new Set<string>(COUNTRY_CODES);
const PART = /^([A-Za-z]{2})\s*:\s*(\d{1,3})$/;

/**
 * Reads `US:55,GB:20` into shares, largest first (ties by code), or says what is wrong with it.
 * Zero shares are dropped: they say nothing about where the audience is.
 */
export function readAudience(text: string): { shares: AudienceShare[] } | { problem: AudienceProblem } {
  const parts = text.split(',').map((part) => part.trim());
  if (text.trim() === '') return { problem: 'format' };
  const shares: AudienceShare[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const part of parts) {
    const match = PART.exec(part);
    if (!match) return { problem: 'format' };
    const country = match[1]!.toUpperCase();
    const percent = Number(match[2]);
    if (!KNOWN.has(country)) return { problem: 'country' };
    if (percent > 100) return { problem: 'percent' };
    if (seen.has(country)) return { problem: 'duplicate' };
    seen.add(country);
    total += percent;
    if (percent > 0) shares.push({ country: country as CountryCode, percent });
  }
  if (total > 100) return { problem: 'total' };
  shares.sort((a, b) => b.percent - a.percent || a.country.localeCompare(b.country));
  return { shares };
}

/** Writes shares the one way links use: `US:55,GB:20`, largest first. */
export function writeAudience(shares: readonly AudienceShare[]): string {
  return [...shares]
    .filter((share) => share.percent > 0)
    .sort((a, b) => b.percent - a.percent || a.country.localeCompare(b.country))
    .map((share) => `${share.country}:${share.percent}`)
    .join(',');
}
