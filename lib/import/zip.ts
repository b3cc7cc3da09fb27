import { Inflate } from 'fflate';

// ZIP reading written for untrusted files: entries are listed from the central directory, every offset is
// checked against the file, and deflated data is inflated in small steps whose output is counted, so an
// entry that claims 1 KB but expands to gigabytes is stopped at the cap (declared sizes are not trusted).

/** One file inside a ZIP. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  encrypted: boolean;
  /** Where the compressed data starts and how long it is, both checked to lie inside the file. */
  start: number;
  length: number;
  /** The size the ZIP claims the entry inflates to. Only a progress bar may rely on it. */
  declaredSize: number;
  /** Why the entry cannot be read, when its headers are already wrong. */
  damaged?: 'headers' | 'zip64';
}

/** A ZIP's entries, or why they cannot be listed. */
export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-a-zip' | 'damaged' | 'too-many-entries'; count?: number };

/** Whether an entry inflated completely within its cap. */
export type InflateResult = { ok: true } | { ok: false; reason: 'too-large' | 'damaged' | 'method' | 'encrypted' };

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032x, so one step yields at most ~16 MB. */
const STEP = 16 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Whether the bytes start like a ZIP (a local file header, or the end record of an empty ZIP). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Lists a ZIP's entries, or says why it cannot. Stops early when there are more than `maxEntries`. */
export function listZip(bytes: Uint8Array, maxEntries: number): ZipListing {
  if (bytes.length < 22) return { ok: false, reason: 'not-a-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: 'not-a-zip' };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count > maxEntries) return { ok: false, reason: 'too-many-entries', count };
  if (offset + size > end) return { ok: false, reason: 'damaged' };
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: 'damaged' };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const length = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + skip > end) return { ok: false, reason: 'damaged' };
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, declaredSize, encrypted: (flags & 1) === 1, ...dataRange(view, local, length) });
    at += 46 + skip;
  }
  return { ok: true, entries };
}

function dataRange(view: DataView, local: number, length: number): Pick<ZipEntry, 'start' | 'length' | 'damaged'> {
  if (local === 0xffffffff || length === 0xffffffff) return { start: 0, length: 0, damaged: 'zip64' };
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return { start: 0, length: 0, damaged: 'headers' };
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + length > view.byteLength) return { start: 0, length: 0, damaged: 'headers' };
  return { start, length };
}

/**
 * Decompresses one entry, handing each piece to `onData` (return false to stop early), and stops with
 * `too-large` as soon as the output passes `cap` bytes.
 */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, cap: number, onData: (chunk: Uint8Array) => boolean | void): InflateResult {
  if (entry.damaged) return { ok: false, reason: 'damaged' };
  if (entry.encrypted) return { ok: false, reason: 'encrypted' };
  const data = zip.subarray(entry.start, entry.start + entry.length);
  if (entry.method === 0) {
    if (data.length > cap) return { ok: false, reason: 'too-large' };
    for (let at = 0; at < data.length; at += 1 << 20) if (onData(data.subarray(at, at + (1 << 20))) === false) break;
    return { ok: true };
  }
  if (entry.method !== 8) return { ok: false, reason: 'method' };
  let total = 0;
  let stop: 'too-large' | 'consumer' | undefined;
  const inflater = new Inflate((chunk) => {
    if (stop) return;
    total += chunk.length;
    if (total > cap) stop = 'too-large';
    else if (chunk.length && onData(chunk) === false) stop = 'consumer';
  });
  try {
    for (let at = 0; at < data.length && !stop; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (!data.length) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  return stop === 'too-large' ? { ok: false, reason: 'too-large' } : { ok: true };
}

/** Decompresses one entry into memory, within `cap` bytes. */
export function inflateToBytes(zip: Uint8Array, entry: ZipEntry, cap: number): { ok: true; bytes: Uint8Array } | Extract<InflateResult, { ok: false }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const result = inflateEntry(zip, entry, cap, (chunk) => {
    chunks.push(chunk);
    size += chunk.length;
  });
  if (!result.ok) return result;
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}
