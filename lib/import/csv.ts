import Papa from 'papaparse';

/** A CSV's rows, or why the bytes are not a CSV. */
export type CsvRead = { ok: true; rows: string[][] } | { ok: false; reason: 'binary' | 'empty' };

function decode(bytes: Uint8Array): string {
  // Studio writes UTF-8 with a BOM, which TextDecoder drops. A spreadsheet program that re-saves the
  // file may write UTF-16 instead; its BOM says so.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The rows of a CSV file, every cell a string. Quoting, `\r\n` and a missing last newline are
 * papaparse's business; text with NUL characters is not a CSV at all.
 */
export function readCsv(bytes: Uint8Array): CsvRead {
  const text = decode(bytes);
  if (text.slice(0, 65_536).includes('\u0000')) return { ok: false, reason: 'binary' };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((row) => Array.isArray(row) && row.some((cell) => cell.trim() !== ''));
  return rows.length ? { ok: true, rows } : { ok: false, reason: 'empty' };
}
