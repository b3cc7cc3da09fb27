import { readTerritories } from './audience';
import { readCsv } from './csv';
import { STUDIO_KINDS, type StudioKind } from './file-kinds';
import { readFollowerHistory } from './follower-history';
import { MAX_CSV_BYTES, toMegabytes } from './limits';
import { readOverview } from './overview';
import type { ReadOutcome } from './types';

/** Studio files that no profile field uses, each with its reason (a notice value). */
const IGNORED: Partial<Record<StudioKind, string>> = {
  // Unique viewers: no profile field is about them.
  viewers: 'viewers',
  gender: 'gender',
  // Active followers by hour, for the last 7 days only.
  activity: 'activity',
  // About 15 videos, neither the newest nor ordered by date: it cannot count the videos of a period.
  content: 'content',
};

/** Whether a Studio file is known but used by no field (so a ZIP entry need not even be inflated). */
export function isIgnored(kind: StudioKind): boolean {
  return IGNORED[kind] !== undefined;
}

function notice(file: string, code: ReadOutcome['notices'][number]['code'], values: ReadOutcome['notices'][number]['values'] = {}): ReadOutcome {
  return { candidates: [], notices: [{ file, code, values }] };
}

/** Reads one Studio CSV, known by its name, after checking it is a CSV with that file's number of columns. */
export function readStudioCsv(kind: StudioKind, bytes: Uint8Array, file: string, today: number): ReadOutcome {
  const reason = IGNORED[kind];
  if (reason) return notice(file, 'ignored-file', { reason });
  if (bytes.length > MAX_CSV_BYTES) {
    return notice(file, 'file-too-large', { size: toMegabytes(bytes.length), limit: toMegabytes(MAX_CSV_BYTES) });
  }
  const csv = readCsv(bytes);
  if (!csv.ok) return csv.reason === 'empty' ? notice(file, 'empty-file') : notice(file, 'not-csv', { format: 'binary' });
  const expected: readonly number[] = STUDIO_KINDS[kind].columns;
  const found = csv.rows[0]?.length ?? 0;
  if (!expected.includes(found)) return notice(file, 'wrong-columns', { expected: expected[0]!, found });
  if (kind === 'overview') return readOverview(csv.rows, file, today);
  if (kind === 'follower-history') return readFollowerHistory(csv.rows, file, today);
  return readTerritories(csv.rows, file);
}
