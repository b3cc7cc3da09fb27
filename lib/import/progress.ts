/** Smallest step reported, so a 200 MB file does not post thousands of messages to the page. */
const STEP = 0.01;

/**
 * Turns bytes read into a 0..1 fraction for `onProgress`. Each file's share is its size; within a file
 * the reader reports how far it got. A callback that throws is ignored: progress must not stop an import.
 */
export class Progress {
  private base = 0;
  private size = 0;
  private reported = -1;

  constructor(
    private readonly total: number,
    private readonly report?: (fraction: number) => void,
  ) {}

  /** Starts the next file, of this many bytes. */
  startFile(size: number): void {
    this.base += this.size;
    this.size = size;
    this.within(0);
  }

  /** How far into the current file the reader is, 0..1. */
  within(fraction: number): void {
    const part = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
    this.send(this.total > 0 ? (this.base + part * this.size) / this.total : 0);
  }

  /** Reports 1: everything is read. */
  finish(): void {
    this.send(1, true);
  }

  private send(fraction: number, force = false): void {
    const value = Math.min(1, fraction);
    if (!force && value - this.reported < STEP) return;
    this.reported = value;
    try {
      this.report?.(value);
    } catch {
      // The page's handler failing is the page's problem; reading goes on.
    }
  }
}
