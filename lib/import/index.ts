import { displayName } from './file-kinds';
import { dayNumber } from './iso-dates';
import { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, toMegabytes } from './limits';
import { mergeOutcome } from './merge';
import { Progress } from './progress';
import { readFile, type ReadContext } from './read-file';
import type { ImportFile, ImportOptions, ImportResult, ReadOutcome } from './types';

export { EVIDENCE_CODES, IMPORT_FIELDS, NOTICE_CODES } from './types';
export type { Evidence, EvidenceCode, ImportedFields, ImportField, ImportFile, ImportOptions, ImportResult, ImportValues, Notice, NoticeCode } from './types';

function bytesOf(file: unknown): Uint8Array | undefined {
  const bytes = file !== null && typeof file === 'object' ? (file as { bytes?: unknown }).bytes : undefined;
  return bytes instanceof Uint8Array ? bytes : undefined;
}

function nameOf(file: unknown): string {
  const name = file !== null && typeof file === 'object' ? (file as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}

function readAll(files: readonly unknown[], today: number, onProgress: ImportOptions['onProgress']): ReadOutcome {
  const taken = files.slice(0, MAX_FILES);
  const total = taken.reduce<number>((acc, file) => acc + Math.min(bytesOf(file)?.length ?? 0, MAX_FILE_BYTES), 0);
  const ctx: ReadContext = { today, progress: new Progress(total, onProgress), budget: MAX_TOTAL_BYTES, out: { candidates: [], notices: [] } };
  ctx.progress.within(0);
  for (const input of taken) {
    const path = nameOf(input);
    const file = displayName(path);
    const bytes = bytesOf(input);
    ctx.progress.startFile(Math.min(bytes?.length ?? 0, MAX_FILE_BYTES));
    try {
      if (!bytes) ctx.out.notices.push({ file, code: 'unreadable', values: { reason: 'no-bytes' } });
      else if (bytes.length > MAX_FILE_BYTES || bytes.length > ctx.budget) {
        const limit = Math.min(MAX_FILE_BYTES, Math.max(0, ctx.budget));
        ctx.out.notices.push({ file, code: 'file-too-large', values: { size: toMegabytes(bytes.length), limit: toMegabytes(limit) } });
      } else {
        ctx.budget -= bytes.length;
        readFile(ctx, file, path, bytes);
      }
    } catch {
      // A bug must not lose the other files' results: this file gets a notice, the rest go on.
      ctx.out.notices.push({ file, code: 'unreadable', values: {} });
    }
    ctx.progress.within(1);
  }
  if (files.length > MAX_FILES) {
    const first = displayName(nameOf(files[MAX_FILES]));
    ctx.out.notices.push({ file: first, code: 'too-many-files', values: { skipped: files.length - MAX_FILES, limit: MAX_FILES } });
  }
  ctx.progress.finish();
  return ctx.out;
}

/**
 * Reads TikTok's own exports (Studio analytics ZIPs or CSVs, and the "Download your data" JSON or its
 * ZIP) and says which profile fields they support, how each was worked out, and what could not be used.
 * Pure: no DOM, network or storage, the same in a browser, a Web Worker and Node. It never throws or
 * rejects, whatever the bytes: anything unexpected becomes a notice.
 */
export async function importTikTokData(files: ImportFile[], options: ImportOptions): Promise<ImportResult> {
  try {
    const today = dayNumber(typeof options?.today === 'string' ? options.today : '');
    if (Number.isNaN(today)) return mergeOutcome({ candidates: [], notices: [{ file: '', code: 'unreadable', values: { reason: 'today' } }] });
    const onProgress = typeof options.onProgress === 'function' ? options.onProgress : undefined;
    return mergeOutcome(readAll(Array.isArray(files) ? files : [], today, onProgress));
  } catch {
    return { fields: {}, evidence: [], notices: [{ file: '', code: 'unreadable', values: {}, message: 'Something went wrong reading the files, so nothing was taken from them.' }] };
  }
}
