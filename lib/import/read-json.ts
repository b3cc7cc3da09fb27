import { readDataDownload } from './data-download';
import { JsonScanner } from './json-scan';
import { MAX_PROFILE_BYTES, MAX_VIDEO_LIST_BYTES, toMegabytes } from './limits';
import { monthAndDay } from './iso-dates';
import type { NoticeDraft, ReadOutcome } from './types';
import { inflateEntry, type ZipEntry } from './zip';

/** Bytes scanned between progress reports for a JSON file given whole. */
const CHUNK = 2 ** 20;

function newScanner(today: number): JsonScanner {
  const { year, month, day } = monthAndDay(today);
  return new JsonScanner({ maxBytes: { profile: MAX_PROFILE_BYTES, videos: MAX_VIDEO_LIST_BYTES }, today: year * 10_000 + month * 100 + day });
}

/** Reads a data download JSON given as bytes, reporting progress as it scans. */
export function readJsonBytes(bytes: Uint8Array, file: string, today: number, within: (fraction: number) => void): ReadOutcome {
  const scanner = newScanner(today);
  for (let at = 0; at < bytes.length; at += CHUNK) {
    if (!scanner.push(bytes.subarray(at, at + CHUNK))) break;
    within((at + CHUNK) / bytes.length);
  }
  return readDataDownload(scanner.finish(), file, today);
}

/**
 * Reads a data download JSON inside a ZIP as it inflates, never holding it whole. Progress is measured
 * against the entry's declared size: an untrusted number, but only a progress bar depends on it.
 */
export function readJsonEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  file: string,
  today: number,
  cap: number,
  within: (fraction: number) => void,
): { outcome: ReadOutcome; inflated: number } {
  const scanner = newScanner(today);
  let inflated = 0;
  const result = inflateEntry(zip, entry, cap, (chunk) => {
    inflated += chunk.length;
    if (entry.declaredSize > 0) within(inflated / entry.declaredSize);
    return scanner.push(chunk);
  });
  if (!result.ok) {
    const notice: NoticeDraft =
      result.reason === 'too-large'
        ? { file, code: 'entry-too-large', values: { limit: toMegabytes(cap) } }
        : { file, code: 'zip-damaged', values: { reason: result.reason } };
    return { outcome: { candidates: [], notices: [notice] }, inflated };
  }
  return { outcome: readDataDownload(scanner.finish(), file, today), inflated };
}
