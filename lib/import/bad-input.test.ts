import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_BOUNDS } from './propose';
import { csvBytes, dataDownloadJson, overviewCsv, studioExport, territoriesCsv, zipBomb, zipOf } from './fixtures';
import { importTikTokData } from './index';
import { IMPORT_FIELDS, NOTICE_CODES, type ImportFile, type ImportResult } from './types';

const TODAY = '2026-08-18';
const run = (files: ImportFile[]) => importTikTokData(files, { today: TODAY });
const codes = (result: ImportResult) => result.notices.map((notice) => notice.code);
const MB = 2 ** 20;

/** Random-looking but repeatable bytes. */
function noise(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  return bytes;
}

/** What every result must be, whatever went in. */
function expectWellFormed(result: ImportResult): void {
  for (const [field, value] of Object.entries(result.fields)) {
    expect(IMPORT_FIELDS).toContain(field);
    if (typeof value === 'number') {
      const { min, max } = FIELD_BOUNDS[field as keyof typeof FIELD_BOUNDS];
      expect(Number.isFinite(value) && value >= min && value <= max).toBe(true);
    }
  }
  expect(result.evidence.map((e) => e.field)).toEqual(Object.keys(result.fields));
  for (const notice of result.notices) {
    expect(NOTICE_CODES).toContain(notice.code);
    expect(notice.message.length).toBeGreaterThan(0);
  }
}

describe('files that are not what they seem', () => {
  it.each(['Overview.csv', 'FollowerHistory.csv', 'FollowerTopTerritories.csv', 'Followers_me.zip', 'user_data_tiktok.json', 'photo.jpg'])(
    'gives a notice and nothing else for random bytes named %s',
    async (name) => {
      const result = await run([{ name, bytes: noise(50_000) }]);
      expect(result.fields).toEqual({});
      expect(result.notices).toHaveLength(1);
      expectWellFormed(result);
    },
  );

  it('says a ZIP that holds no export files is not an export', async () => {
    const result = await run([{ name: 'holiday.zip', bytes: zipOf({ 'photo.jpg': noise(1000), 'notes.txt': new TextEncoder().encode('hi') }) }]);
    expect(result.notices).toEqual([expect.objectContaining({ file: 'holiday.zip', code: 'not-an-export', values: { entries: 2 } })]);
  });

  // Inflating to the caps takes a few seconds on a busy machine: a generous timeout, and no check on time
  // (the caps themselves are what stop the bomb).
  it('stops a ZIP bomb at the cap whatever its headers claim', { timeout: 60_000 }, async () => {
    const result = await run([
      { name: 'Overview_bomb.zip', bytes: zipBomb('Overview.csv') },
      { name: 'nested_bomb.zip', bytes: zipBomb('inner.zip') },
      { name: 'json_bomb.zip', bytes: zipBomb('user_data_tiktok.json', 50 * MB, 0x20) },
    ]);
    expect(result.fields).toEqual({});
    expect(result.notices.map((n) => [n.file, n.code, n.values])).toEqual([
      ['Overview_bomb.zip › Overview.csv', 'entry-too-large', { limit: 10 }],
      ['nested_bomb.zip › inner.zip', 'entry-too-large', { limit: 100 }],
      // 50 MB of spaces is scanned as it inflates (never held) and holds no document.
      ['json_bomb.zip › user_data_tiktok.json', 'json-invalid', {}],
    ]);
  });

  it('fills nothing from a truncated data download inside a ZIP', async () => {
    const bytes = dataDownloadJson();
    const result = await run([{ name: 'TikTok_Data.zip', bytes: zipOf({ 'user_data_tiktok.json': bytes.subarray(0, bytes.length / 2) }) }]);
    expect(result.fields).toEqual({});
    expect(codes(result)).toEqual(['json-truncated']);
  });

  it.each(['1e309', 'NaN', 'Infinity', '-5', '12.5', '0x10', '<script>alert(1)</script>', '__proto__'])(
    'refuses an Overview.csv with %s as a number, and fills nothing from it',
    async (cell) => {
      const rows = [['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares']];
      for (let day = 1; day <= 30; day++) rows.push([`July ${day}`, day === 12 ? cell : '100', '1', '5', '1', '1']);
      const result = await run([{ name: 'Overview.csv', bytes: csvBytes(rows) }]);
      expect(result.fields).toEqual({});
      expect(result.notices).toEqual([expect.objectContaining({ code: 'bad-number', values: { row: 13, column: 2 } })]);
    },
  );

  it('never echoes markup from cells or file names', async () => {
    const result = await run([
      { name: '<img src=x onerror=alert(1)>.csv', bytes: csvBytes([['<script>alert(1)</script>']]) },
      { name: 'FollowerTopTerritories.csv', bytes: territoriesCsv([['<script>alert(1)</script>', 0.5], ['US', 0.5]]) },
      { name: 'Overview.csv', bytes: overviewCsv({ label: () => '<script>alert(1)</script>' }) },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/<|>/);
    expect(result.fields.audience).toBe('US:50');
  });

  it('cannot pollute object prototypes through names, cells or keys', async () => {
    await run([
      { name: '__proto__', bytes: new TextEncoder().encode('{"__proto__": {"polluted": 1}}') },
      { name: 'FollowerTopTerritories.csv', bytes: territoriesCsv([['__proto__', 0.5], ['constructor', 0.5]]) },
      { name: 'constructor.zip', bytes: zipOf({ '__proto__.csv': csvBytes([['a']]), 'Overview.csv': csvBytes([['__proto__', 'constructor']]) }) },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('deals with a 500 MB file whatever its name', { timeout: 60_000 }, async () => {
    const huge = new Uint8Array(500 * MB);
    const result = await run(['big.bin', 'Overview.csv', 'user_data_tiktok.json', 'export.zip'].map((name) => ({ name, bytes: huge })));
    expect(codes(result)).toEqual(['unknown-file', 'file-too-large', 'json-invalid', 'not-a-zip']);
    expect(result.notices[1]?.values).toEqual({ size: 500, limit: 10 });
  });

  it('reads 50 of 200 files and says the rest were skipped', { timeout: 60_000 }, async () => {
    const export4 = studioExport();
    const files = Array.from({ length: 200 }, (_, i) => ({ ...export4[i % 4]!, name: `${i}_${export4[i % 4]!.name}` }));
    const result = await run(files);
    expect(result.fields.followers).toBeDefined();
    expect(result.notices.filter((n) => n.code === 'too-many-files')).toEqual([
      expect.objectContaining({ file: '50_Viewers_creator.handle.zip', values: { skipped: 150, limit: 50 } }),
    ]);
  });

  it('gives notices, not errors, for inputs of the wrong shape', async () => {
    const odd = [null, 42, { name: 'x.csv' }, { name: 7, bytes: new Uint8Array(3) }, { name: 'empty.csv', bytes: new Uint8Array(0) }] as unknown as ImportFile[];
    const result = await run(odd);
    expect(codes(result)).toEqual(['unreadable', 'unreadable', 'unreadable', 'unknown-file', 'empty-file']);
    const noToday = await importTikTokData([], { today: 'yesterday' });
    expect(noToday.notices).toEqual([expect.objectContaining({ code: 'unreadable', values: { reason: 'today' } })]);
    await expect(importTikTokData(undefined as unknown as ImportFile[], undefined as unknown as { today: string })).resolves.toBeDefined();
  });

  it('reports progress from 0 to 1, and survives a progress handler that throws', async () => {
    const seen: number[] = [];
    await importTikTokData([...studioExport(), { name: 'big.json', bytes: dataDownloadJson({ padding: 100_000 }) }], {
      today: TODAY,
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((value, i) => i === 0 || value >= seen[i - 1]!)).toBe(true);
    const result = await importTikTokData(studioExport(), {
      today: TODAY,
      onProgress: () => {
        throw new Error('page bug');
      },
    });
    expect(result.fields.followers).toBeDefined();
  });
});

describe('any bytes at all', () => {
  const names = fc.constantFrom('Overview.csv', 'FollowerHistory.csv', 'FollowerTopTerritories.csv', 'Viewers.csv', 'a.zip', 'user_data_tiktok.json', 'x', '');

  it('never make the import reject, and what it returns is well formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: names, bytes: fc.uint8Array({ maxLength: 2000 }) }), { maxLength: 4 }), async (files) => {
        expectWellFormed(await run(files));
      }),
      { numRuns: 150 },
    );
  });

  it('nor do damaged copies of real export files', async () => {
    const originals = [...studioExport({ days: 60 }), { name: 'user_data_tiktok.json', bytes: dataDownloadJson() }];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(originals.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat()),
        async (which, flips, cut) => {
          const original = originals[which]!;
          const bytes = original.bytes.slice(0, cut === null ? undefined : cut % (original.bytes.length + 1));
          for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
          expectWellFormed(await run([{ name: original.name, bytes }]));
        },
      ),
      { numRuns: 150 },
    );
  });
});
