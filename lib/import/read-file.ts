import { baseName, entryName, isTxtDownloadEntry, kindOfName, type FileKind } from './file-kinds';
import { MAX_CSV_BYTES, MAX_ENTRY_BYTES, MAX_ENTRY_NOTICES, MAX_FILES, MAX_JSON_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES, toMegabytes } from './limits';
import type { Progress } from './progress';
import { readJsonBytes, readJsonEntry } from './read-json';
import { isIgnored, readStudioCsv } from './studio-csv';
import type { ImportValues, NoticeCode, ReadOutcome } from './types';
import { inflateToBytes, listZip, looksLikeZip, type ZipEntry } from './zip';

/** What reading shares across files: today, progress, the byte budget left, and what was found so far. */
export interface ReadContext {
  today: number;
  progress: Progress;
  budget: number;
  /** Set once the budget ran out and that was said. */
  budgetNoted?: boolean;
  out: ReadOutcome;
}

function note(ctx: ReadContext, file: string, code: NoticeCode, values: ImportValues = {}): void {
  ctx.out.notices.push({ file, code, values });
}

function add(ctx: ReadContext, outcome: ReadOutcome): void {
  ctx.out.candidates.push(...outcome.candidates);
  ctx.out.notices.push(...outcome.notices);
}

/** Whether text starts with `{` after an optional BOM and white space: a JSON file under another name. */
function startsLikeJson(bytes: Uint8Array): boolean {
  for (let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; i < Math.min(bytes.length, 256); i++) {
    const c = bytes[i];
    if (c === 0x7b) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return false;
}

/** Reads one file by what its name and first bytes say it is. `file` is its display name. */
export function readFile(ctx: ReadContext, file: string, path: string, bytes: Uint8Array, depth = 0): void {
  const kind = kindOfName(path);
  if (bytes.length === 0) return note(ctx, file, 'empty-file');
  if (looksLikeZip(bytes)) return readZip(ctx, file, bytes, depth);
  if (kind.type === 'zip') return note(ctx, file, 'not-a-zip');
  if (kind.type === 'json' || (kind.type === 'unknown' && startsLikeJson(bytes))) {
    return add(ctx, readJsonBytes(bytes, file, ctx.today, (fraction) => ctx.progress.within(fraction)));
  }
  if (kind.type === 'studio') return add(ctx, readStudioCsv(kind.kind, bytes, file, ctx.today));
  if (kind.type === 'spreadsheet') return note(ctx, file, 'not-csv', { format: kind.format });
  if (kind.type === 'txt' && isTxtDownloadEntry(path)) return note(ctx, file, 'txt-data-download');
  note(ctx, file, 'unknown-file');
}

/** Folders, macOS resource forks and hidden files that archivers add: skipped without a word. */
function isClutter(name: string): boolean {
  return name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || baseName(name).startsWith('.');
}

function readZip(ctx: ReadContext, file: string, bytes: Uint8Array, depth: number): void {
  const listing = listZip(bytes, MAX_ZIP_ENTRIES);
  if (!listing.ok) {
    if (listing.reason === 'not-a-zip') return note(ctx, file, 'not-a-zip');
    if (listing.reason === 'damaged') return note(ctx, file, 'zip-damaged', { reason: 'headers' });
    return note(ctx, file, 'zip-too-large', { entries: listing.count ?? 0, limit: MAX_ZIP_ENTRIES });
  }
  const known: { entry: ZipEntry; kind: Exclude<FileKind, { type: 'unknown' | 'txt' }> }[] = [];
  const unknown: ZipEntry[] = [];
  let txt = false;
  for (const entry of listing.entries) {
    if (isClutter(entry.name)) continue;
    const kind = kindOfName(entry.name);
    if (kind.type === 'txt' && isTxtDownloadEntry(entry.name)) txt = true;
    else if (kind.type === 'unknown' || kind.type === 'txt') unknown.push(entry);
    else known.push({ entry, kind });
  }
  if (txt) note(ctx, file, 'txt-data-download');
  if (!known.length) {
    if (!txt) note(ctx, file, 'not-an-export', { entries: unknown.length });
    return;
  }
  unknown.slice(0, MAX_ENTRY_NOTICES).forEach((entry) => note(ctx, entryName(file, entry.name), 'unknown-file'));
  if (unknown.length > MAX_ENTRY_NOTICES) note(ctx, file, 'unknown-file', { more: unknown.length - MAX_ENTRY_NOTICES });

  known.forEach(({ entry, kind }, index) => {
    if (index === MAX_FILES) note(ctx, file, 'too-many-files', { skipped: known.length - MAX_FILES, limit: MAX_FILES });
    if (index >= MAX_FILES) return;
    if (ctx.budget <= 0) {
      if (!ctx.budgetNoted) note(ctx, file, 'zip-too-large', { limit: toMegabytes(MAX_TOTAL_BYTES) });
      ctx.budgetNoted = true;
      return;
    }
    readEntry(ctx, entryName(file, entry.name), bytes, entry, kind, depth);
    ctx.progress.within((index + 1) / known.length);
  });
}

function readEntry(ctx: ReadContext, file: string, zip: Uint8Array, entry: ZipEntry, kind: Exclude<FileKind, { type: 'unknown' | 'txt' }>, depth: number): void {
  if (kind.type === 'spreadsheet') return note(ctx, file, 'not-csv', { format: kind.format });
  if (kind.type === 'studio' && isIgnored(kind.kind)) return add(ctx, readStudioCsv(kind.kind, new Uint8Array(0), file, ctx.today));
  if (kind.type === 'zip' && depth >= 1) return note(ctx, file, 'nested-zip-skipped');
  if (kind.type === 'json') {
    const read = readJsonEntry(zip, entry, file, ctx.today, Math.min(MAX_JSON_BYTES, ctx.budget), (f) => ctx.progress.within(f));
    ctx.budget -= read.inflated;
    return add(ctx, read.outcome);
  }
  const cap = Math.min(kind.type === 'zip' ? MAX_ENTRY_BYTES : MAX_CSV_BYTES, ctx.budget);
  const inflated = inflateToBytes(zip, entry, cap);
  if (!inflated.ok) {
    if (inflated.reason === 'too-large') return note(ctx, file, 'entry-too-large', { limit: toMegabytes(cap) });
    return note(ctx, file, 'zip-damaged', { reason: inflated.reason });
  }
  ctx.budget -= inflated.bytes.length;
  if (kind.type === 'zip') return readZip(ctx, file, inflated.bytes, depth + 1);
  add(ctx, readStudioCsv(kind.kind, inflated.bytes, file, ctx.today));
}
