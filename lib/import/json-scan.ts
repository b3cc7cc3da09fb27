// A single pass over a data download's JSON bytes, chunk by chunk, that checks the document's structure
// and keeps only the two values this import needs, so a 200 MB file is never decoded or parsed whole.
// Strings are skipped with a native byte search; only keys near the root are decoded.

const OBJECT = 1;
const ARRAY = 2;
/** Deeper nesting than any real export: a document nested deeper is refused rather than tracked. */
const MAX_DEPTH = 1024;
/** Keys are decoded only in objects this close to the root, reached through objects alone. */
const KEY_DEPTH = 4;

const QUOTE = 0x22;
const DATE_LENGTH = 19;
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const BACKSLASH = 0x5c;

/** The two values the scanner keeps: the profile object and the posted-videos array. */
export type Capture = 'profile' | 'videos';

/** Limits and the date a scan needs. */
export interface ScanLimits {
  /** Largest capture kept per kind; a larger value is dropped and reported in `tooLarge`. */
  maxBytes: Record<Capture, number>;
  /** Today as YYYYMMDD: dates after it are not counted as the data's newest date. */
  today: number;
}

/** What a scan found, or why the document is unusable. */
export type ScanResult =
  | {
      status: 'ok';
      /** The raw bytes of the profile object and of the posted-videos array, where found. */
      profile?: Uint8Array;
      videos?: Uint8Array;
      tooLarge: Capture[];
      /** The newest `YYYY-MM-DD HH:MM:SS` value anywhere in the file, as YYYYMMDD (0 when none). */
      newestDate: number;
    }
  | { status: 'invalid' | 'truncated' };

/** Sections whose lists are what the creator did, not what they posted. */
const NOT_POSTED = /watch|brows|histor|favou?rite|like|deleted|activity|repost|share/i;

/**
 * Whether a `VideoList` under these keys lists the creator's own posts: `Post › Posts` (current) or
 * `Video › Videos` (older). Watch history (`Your Activity › Watch History › VideoList`) is not.
 */
export function isPostedPath(path: readonly string[]): boolean {
  return /^(posts?|videos?)$/i.test(path[0] ?? '') && !path.some((key) => NOT_POSTED.test(key));
}

/** Whether a `ProfileMap` under these keys is the account's profile (`Profile And Settings › Profile Info`, or older `Profile › Profile Information`). */
export function isProfilePath(path: readonly string[]): boolean {
  return /profile/i.test(path[0] ?? '');
}

/** Push the document's bytes in order, then `finish()`. Holds only the captured values, never the document. */
export class JsonScanner {
  private offset = 0;
  private readonly stack = new Uint8Array(MAX_DEPTH + 2);
  private readonly keysDecoded = new Uint8Array(MAX_DEPTH + 2);
  private readonly path: string[] = [];
  private depth = 0;
  private started = false;
  private done = false;
  private invalid = false;
  private inString = false;
  private escaped = false;
  private stringIsKey = false;
  /** Bytes of the current value string kept so far to test it as a date; -1 once it cannot be one. */
  private dateLength = -1;
  private readonly dateBytes = new Uint8Array(DATE_LENGTH);
  private keyParts: Uint8Array[] | null = null;
  private expectKey = false;
  private lastKey: string | null = null;
  private valueKey: string | null = null;
  private pending: Capture | null = null;
  private capture: { kind: Capture; depth: number; parts: Uint8Array[]; size: number; from: number } | null = null;
  private readonly found: Partial<Record<Capture, Uint8Array>> = {};
  private readonly tooLarge = new Set<Capture>();
  private newestDate = 0;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly limits: ScanLimits) {}

  /** Reads the next piece of the document. Returns false once the document is known to be invalid. */
  push(chunk: Uint8Array): boolean {
    if (this.invalid) return false;
    const n = chunk.length;
    let i = 0;
    if (this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    if (this.capture) this.capture.from = 0;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          this.dateLength = -1;
          i++;
          continue;
        }
        const quote = chunk.indexOf(QUOTE, i);
        if (quote < 0) {
          let run = 0;
          for (let j = n - 1; j >= i && chunk[j] === BACKSLASH; j--) run++;
          this.escaped = (run & 1) === 1;
          if (this.keyParts) this.keyParts.push(chunk.slice(i, n));
          if (this.dateLength >= 0) this.keepDate(chunk, i, n);
          i = n;
          break;
        }
        let run = 0;
        for (let j = quote - 1; j >= i && chunk[j] === BACKSLASH; j--) run++;
        if (run & 1) {
          if (this.keyParts) this.keyParts.push(chunk.slice(i, quote + 1));
          i = quote + 1;
          this.dateLength = -1;
          continue;
        }
        this.endString(chunk, i, quote);
        i = quote + 1;
        continue;
      }
      const c = chunk[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      if (c === QUOTE) this.startString();
      else if (c === 0x2c) this.comma();
      else if (c === 0x3a) this.colon();
      else if (c === 0x7b || c === 0x5b) this.open(c === 0x7b ? OBJECT : ARRAY, i);
      else if (c === 0x7d || c === 0x5d) this.close(c === 0x7d ? OBJECT : ARRAY, chunk, i);
      else if (c < 0x20 || c >= 0x80 || this.depth === 0) this.invalid = true;
      else this.primitive();
      if (this.invalid) return false;
      i++;
    }
    if (this.capture) this.keepCapture(chunk, n);
    this.offset += n;
    return true;
  }

  /** The outcome, once every chunk has been pushed. */
  finish(): ScanResult {
    if (this.invalid || !this.started) return { status: 'invalid' };
    if (!this.done || this.inString) return { status: 'truncated' };
    return { status: 'ok', ...this.found, tooLarge: [...this.tooLarge], newestDate: this.newestDate };
  }

  private startString(): void {
    if (this.depth === 0) {
      this.invalid = true;
      return;
    }
    this.inString = true;
    this.stringIsKey = this.expectKey && this.stack[this.depth] === OBJECT;
    this.dateLength = this.stringIsKey ? -1 : 0;
    if (this.stringIsKey) {
      this.expectKey = false;
      this.keyParts = this.keysDecoded[this.depth] && !this.capture ? [] : null;
    } else {
      this.valueKey = null;
      this.pending = null;
    }
  }

  private endString(chunk: Uint8Array, from: number, quote: number): void {
    this.inString = false;
    if (this.stringIsKey) {
      if (this.keyParts) {
        this.keyParts.push(chunk.subarray(from, quote));
        this.lastKey = this.keyParts.length === 1 ? this.decoder.decode(this.keyParts[0]) : this.decoder.decode(join(this.keyParts));
        this.keyParts = null;
      } else this.lastKey = null;
      return;
    }
    if (this.dateLength === 0) this.checkDate(chunk, from, quote);
    else if (this.dateLength > 0) {
      this.keepDate(chunk, from, quote);
      if (this.dateLength === DATE_LENGTH) this.checkDate(this.dateBytes, 0, DATE_LENGTH);
    }
  }

  /** Keeps the piece of a value string that lies in this chunk, while it could still be a date. */
  private keepDate(chunk: Uint8Array, from: number, to: number): void {
    if (this.dateLength + to - from > DATE_LENGTH) this.dateLength = -1;
    else {
      this.dateBytes.set(chunk.subarray(from, to), this.dateLength);
      this.dateLength += to - from;
    }
  }

  /** Dates are `YYYY-MM-DD HH:MM:SS`: 19 bytes, digits and separators in place. */
  private checkDate(bytes: Uint8Array, start: number, end: number): void {
    if (end - start !== DATE_LENGTH || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d || bytes[start + 10] !== 0x20) return;
    let date = 0;
    for (const at of DATE_DIGITS) {
      const digit = bytes[start + at]! - 0x30;
      if (digit < 0 || digit > 9) return;
      date = date * 10 + digit;
    }
    if (date > this.newestDate && date <= this.limits.today) this.newestDate = date;
  }

  private comma(): void {
    if (this.depth === 0) this.invalid = true;
    if (this.stack[this.depth] === OBJECT) this.expectKey = true;
    this.valueKey = null;
    this.pending = null;
  }

  private colon(): void {
    if (this.depth === 0) this.invalid = true;
    this.valueKey = this.lastKey;
    this.lastKey = null;
    this.pending = null;
    if (this.capture || this.valueKey === null) return;
    const keys = this.path.slice(2, this.depth + 1);
    if (this.valueKey === 'ProfileMap' && !this.found.profile && !this.tooLarge.has('profile') && isProfilePath(keys)) this.pending = 'profile';
    if (this.valueKey === 'VideoList' && !this.found.videos && !this.tooLarge.has('videos') && isPostedPath(keys)) this.pending = 'videos';
  }

  private open(type: number, i: number): void {
    if (this.done || this.depth >= MAX_DEPTH || (this.depth === 0 && (type !== OBJECT || this.started))) {
      this.invalid = true;
      return;
    }
    if (this.pending && !this.capture && (this.pending === 'profile') === (type === OBJECT)) {
      this.capture = { kind: this.pending, depth: this.depth, parts: [], size: 0, from: i };
    }
    this.started = true;
    this.depth += 1;
    this.stack[this.depth] = type;
    this.keysDecoded[this.depth] = this.depth === 1 || (this.keysDecoded[this.depth - 1]! && type === OBJECT && this.depth <= KEY_DEPTH) ? 1 : 0;
    if (this.depth <= KEY_DEPTH + 1) this.path[this.depth] = this.valueKey ?? '';
    this.expectKey = type === OBJECT;
    this.valueKey = null;
    this.pending = null;
  }

  private close(type: number, chunk: Uint8Array, i: number): void {
    if (this.depth === 0 || this.stack[this.depth] !== type) {
      this.invalid = true;
      return;
    }
    this.depth -= 1;
    this.expectKey = false;
    this.valueKey = null;
    this.pending = null;
    if (this.capture && this.depth === this.capture.depth) this.endCapture(chunk, i + 1);
    if (this.depth === 0) this.done = true;
  }

  private primitive(): void {
    this.valueKey = null;
    this.pending = null;
    this.expectKey = false;
  }

  private keepCapture(chunk: Uint8Array, end: number): void {
    const capture = this.capture!;
    capture.size += end - capture.from;
    if (capture.size > this.limits.maxBytes[capture.kind]) {
      this.tooLarge.add(capture.kind);
      this.capture = null;
      return;
    }
    capture.parts.push(chunk.slice(capture.from, end));
  }

  private endCapture(chunk: Uint8Array, end: number): void {
    const capture = this.capture!;
    this.keepCapture(chunk, end);
    if (this.capture) this.found[capture.kind] = join(capture.parts);
    this.capture = null;
  }
}

/** The parts one after the other, in one array (the one part itself when there is only one). */
export function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((acc, part) => acc + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
