import { ageOn, readBirthDate } from './birth-date';
import { readCount } from './cells';
import { OLD_DATA_DAYS } from './daily-table';
import { dayOf, isoDate } from './iso-dates';
import type { ScanResult } from './json-scan';
import { combine, proposeNumber, proposeText } from './propose';
import { safeName } from './text';
import { resolveTerritory } from './territory-names';
import type { NoticeDraft, ReadOutcome } from './types';

/** Days counted for videos30d, the data's last day included. */
const VIDEO_WINDOW = 30;

// Only these keys of the profile survive parsing: email, phone and everything else private are dropped
// by the reviver, so they are never kept, returned or put in a notice. Dropping `__proto__` and
// `constructor` comes with it.
const PROFILE_KEYS = new Set(['birthDate', 'accountRegion', 'followerCount']);
const VIDEO_KEYS = new Set(['Date', 'date']);

type Parsed = { ok: true; value: unknown } | { ok: false };

function parse(bytes: Uint8Array, keep: (key: string) => boolean): Parsed {
  try {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (key === '' || keep(key) ? value : undefined)) };
  } catch {
    return { ok: false };
  }
}

function own(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function unreadable(file: string, field: string): ReadOutcome {
  return { candidates: [], notices: [{ file, code: 'value-unreadable', values: { field } }] };
}

function followerCountOf(count: unknown): number {
  if (typeof count === 'number') return Number.isSafeInteger(count) && count >= 0 ? count : NaN;
  if (typeof count !== 'string') return NaN;
  const cell = readCount(count);
  return cell.kind === 'number' ? cell.value : NaN;
}

function readProfile(profile: unknown, file: string, today: number, last: number): ReadOutcome {
  const outcomes: ReadOutcome[] = [];
  const birthDate = own(profile, 'birthDate');
  if (typeof birthDate === 'string' && birthDate.trim()) {
    const birth = readBirthDate(birthDate);
    outcomes.push(Number.isNaN(birth) || birth > today ? unreadable(file, 'age') : proposeNumber('age', ageOn(birth, today), { file, code: 'birth-date' }));
  }
  const region = own(profile, 'accountRegion');
  if (typeof region === 'string' && region.trim()) {
    const code = resolveTerritory(region);
    if (code && code !== 'others') {
      outcomes.push(proposeText('country', code, { file, code: 'account-region' }));
    } else {
      outcomes.push({ candidates: [], notices: [{ file, code: 'unknown-territory', values: { names: safeName(region, 20), count: 1 } }] });
    }
  }
  const count = own(profile, 'followerCount');
  if (count !== undefined && count !== null && count !== '') {
    const value = followerCountOf(count);
    // Priority 1: a FollowerHistory.csv, dated and daily, wins over this count.
    outcomes.push(Number.isNaN(value) ? unreadable(file, 'followers') : proposeNumber('followers', value, { file, code: 'follower-count', to: isoDate(last), priority: 1 }));
  }
  return combine(...outcomes);
}

function readVideos(list: unknown, file: string, last: number): ReadOutcome {
  if (!Array.isArray(list)) return { candidates: [], notices: [{ file, code: 'no-videos', values: {} }] };
  const first = last - VIDEO_WINDOW + 1;
  let dated = 0;
  let inWindow = 0;
  for (const video of list) {
    const date = own(video, 'Date') ?? own(video, 'date');
    const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
    const day = match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
    if (Number.isNaN(day)) continue;
    dated += 1;
    if (day >= first && day <= last) inWindow += 1;
  }
  if (list.length && !dated) return unreadable(file, 'videos30d');
  return proposeNumber('videos30d', inWindow, {
    file,
    code: 'posted-in-30-days',
    values: { days: VIDEO_WINDOW, total: list.length },
    from: isoDate(first),
    to: isoDate(last),
    days: VIDEO_WINDOW,
  });
}

/** The data's last day: its newest dated activity (the download was made then or just after), never after today. */
function lastDay(scan: Extract<ScanResult, { status: 'ok' }>, today: number): number {
  const newest = scan.newestDate;
  if (!newest) return today;
  const day = dayOf(Math.floor(newest / 10_000), Math.floor(newest / 100) % 100, newest % 100);
  return Number.isNaN(day) ? today : Math.min(day, today);
}

/**
 * What a "Download your data" JSON supports: age, country, followers (only when no follower history
 * gives them) and videos posted in 30 days. A document that is not whole, valid JSON gives nothing.
 */
export function readDataDownload(scan: ScanResult, file: string, today: number): ReadOutcome {
  if (scan.status !== 'ok') return { candidates: [], notices: [{ file, code: scan.status === 'truncated' ? 'json-truncated' : 'json-invalid', values: {} }] };
  const profile = scan.profile ? parse(scan.profile, (key) => PROFILE_KEYS.has(key)) : undefined;
  const videos = scan.videos ? parse(scan.videos, (key) => VIDEO_KEYS.has(key) || /^\d+$/.test(key)) : undefined;
  if (profile?.ok === false || videos?.ok === false) return { candidates: [], notices: [{ file, code: 'json-invalid', values: {} }] };

  const notices: NoticeDraft[] = scan.tooLarge.map((part) => ({ file, code: 'part-too-large', values: { part } }));
  const last = lastDay(scan, today);
  if (today - last > OLD_DATA_DAYS) notices.push({ file, code: 'old-data', values: { to: isoDate(last), days: today - last } });
  const outcomes: ReadOutcome[] = [{ candidates: [], notices }];
  if (profile) outcomes.push(readProfile(profile.value, file, today, last));
  else if (!scan.tooLarge.includes('profile')) notices.push({ file, code: 'no-profile', values: {} });
  if (videos) outcomes.push(readVideos(videos.value, file, last));
  else if (!scan.tooLarge.includes('videos')) notices.push({ file, code: 'no-videos', values: {} });
  return combine(...outcomes);
}
