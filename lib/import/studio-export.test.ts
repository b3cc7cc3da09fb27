import { describe, expect, it } from 'vitest';
import {
  csvBytes,
  dayLabel,
  defaultFollowers,
  defaultViews,
  followerHistoryCsv,
  overviewCsv,
  studioExport,
  territoriesCsv,
  zipOf,
  type DailyOptions,
} from './fixtures';
import { importTikTokData } from './index';
import type { ImportFile } from './types';

const TODAY = '2026-08-18';
const run = (files: ImportFile[], today = TODAY) => importTikTokData(files, { today });
const sumViews = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => defaultViews(from + i)).reduce((a, b) => a + b, 0);
const codes = (result: Awaited<ReturnType<typeof run>>) => result.notices.map((notice) => notice.code);
const bare = (options: DailyOptions = {}): ImportFile[] => [
  { name: 'Overview.csv', bytes: overviewCsv(options) },
  { name: 'FollowerHistory.csv', bytes: followerHistoryCsv(options) },
];

describe('a TikTok Studio export', () => {
  it('gives the same fields in English, Portuguese and Vietnamese', async () => {
    const territories = {
      en: [['United States', 0.55], ['United Kingdom', 0.2], ['Others', 0.25]],
      pt: [['Estados Unidos', 0.55], ['Reino Unido', 0.2], ['Outros', 0.25]],
      vi: [['Hoa Kỳ', 0.55], ['Vương quốc Anh', 0.2], ['Khác', 0.25]],
    } as const;
    const results = await Promise.all(
      (['en', 'pt', 'vi'] as const).map((language) => run(studioExport({ language, days: 60, territories: territories[language] }))),
    );
    expect(results[0]!.fields).toEqual({
      followers: defaultFollowers(58),
      followerGrowth: 16.4,
      views30d: sumViews(29, 59),
      viewGrowth: expect.any(Number),
      engagementRate: 9.5,
      audience: 'US:55,GB:20',
    });
    for (const result of results.slice(1)) {
      expect(result.fields).toEqual(results[0]!.fields);
      expect(result.evidence.map((e) => [e.from, e.to])).toEqual(results[0]!.evidence.map((e) => [e.from, e.to]));
    }
  });

  it('names a file inside a ZIP after the ZIP and the file', async () => {
    const result = await run(studioExport({ handle: 'me' }));
    expect(result.evidence.find((e) => e.field === 'followers')?.file).toBe('Followers_me.zip › FollowerHistory.csv');
  });

  it('reads the bare CSVs the same as the ZIPs they came from', async () => {
    const zipped = await run(studioExport({ days: 60 }).slice(0, 2));
    const unzipped = await run(bare({ days: 60 }));
    const { audience, ...withoutAudience } = zipped.fields;
    expect(audience).toBeDefined();
    expect(unzipped.fields).toEqual(withoutAudience);
  });

  it('scales a 28-day export to 30 days and says so', async () => {
    const result = await run(bare({ days: 28 }));
    const views = result.evidence.find((e) => e.field === 'views30d')!;
    expect(views.how).toEqual({ code: 'scaled-to-30', values: { days: 27, sum: sumViews(0, 27) } });
    expect(result.fields.views30d).toBe(Math.round((sumViews(0, 27) * 30) / 27));
    expect([views.from, views.to]).toEqual(['2026-07-21', '2026-08-16']);
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'short-range', values: { field: 'viewGrowth', days: 27, needed: 57 } }));
  });

  it('does not fill views in 30 days from a 7-day export, and says why', async () => {
    const result = await run(bare({ days: 7 }));
    expect(result.fields.views30d).toBeUndefined();
    expect(result.fields.followers).toBe(defaultFollowers(5));
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'short-range', values: { field: 'views30d', days: 6, needed: 27 } }));
    expect(result.notices.find((n) => n.code === 'short-range')?.message).toMatch(/needs at least 27 days/);
  });

  it('works out view growth from a 60-day export: the latest 30 days against the 29 before, scaled', async () => {
    const result = await run(bare({ days: 60 }));
    const previous = (sumViews(0, 29) * 30) / 29;
    expect(result.fields.viewGrowth).toBe(Math.round((sumViews(29, 59) / previous - 1) * 1000) / 10);
    expect(result.evidence.find((e) => e.field === 'viewGrowth')).toMatchObject({
      from: '2026-06-19',
      to: '2026-08-16',
      how: { code: 'latest-vs-previous-30', values: { latest: sumViews(29, 59), previous: Math.round(previous), previousDays: 29 } },
    });
  });

  it('uses only the latest 30 days of a 365-day export', async () => {
    const result = await run(bare({ days: 365 }));
    expect(result.fields.views30d).toBe(sumViews(334, 364));
    expect(result.evidence.find((e) => e.field === 'views30d')?.how).toEqual({ code: 'sum-days', values: { days: 30, available: 364 } });
  });

  it('dates a file that runs from December into January in the right years', async () => {
    const result = await run(bare({ days: 60, lastDay: '2026-01-02' }), '2026-01-03');
    expect(result.evidence.find((e) => e.field === 'followerGrowth')).toMatchObject({ from: '2025-11-04', to: '2026-01-01' });
    expect(result.fields.views30d).toBe(sumViews(29, 59));
  });

  it('puts a last day later than today in last year', async () => {
    // An export of late December, imported on 2 January: "December 30" is 2025-12-30, not 2026.
    const result = await run(bare({ days: 28, lastDay: '2025-12-30' }), '2026-01-02');
    expect(result.evidence.find((e) => e.field === 'followers')?.to).toBe('2025-12-29');
  });

  it('leaves out the incomplete last day and says so', async () => {
    const result = await run(bare({ days: 28 }));
    expect(result.notices).toContainEqual(
      expect.objectContaining({ file: 'Overview.csv', code: 'incomplete-last-day', values: { date: '2026-08-17' } }),
    );
    expect(result.evidence.find((e) => e.field === 'views30d')?.to).toBe('2026-08-16');
  });

  it('ignores the mislabelled difference column and works from Followers alone', async () => {
    const rows = [['Date', 'Followers', 'Difference in followers from previous day']];
    for (let i = 0; i < 10; i++) rows.push([dayLabel(`2026-08-${String(7 + i).padStart(2, '0')}`), String(1000 + i * 10), i === 3 ? 'not a number' : '999999']);
    const result = await run([{ name: 'FollowerHistory.csv', bytes: csvBytes(rows) }]);
    expect(result.fields.followers).toBe(1090);
    expect(result.evidence.find((e) => e.field === 'followerGrowth')?.how.values).toEqual({ first: 1000, last: 1090, days: 9 });
  });

  it('does not count the days before the account had data', async () => {
    const result = await run(bare({ days: 60, leadingUndefined: 20 }));
    expect(result.fields.views30d).toBe(sumViews(29, 59));
    expect(result.fields.viewGrowth).toBeUndefined();
    expect(result.evidence.find((e) => e.field === 'followerGrowth')?.from).toBe('2026-07-09');
  });

  it('falls back on consecutive days ending two days ago when no date can be read, and says so', async () => {
    const result = await run(bare({ days: 28, label: (_, row) => `Tag ${row}?` }));
    expect(result.fields.views30d).toBe(Math.round((sumViews(0, 27) * 30) / 27));
    expect(result.notices).toContainEqual(expect.objectContaining({ file: 'Overview.csv', code: 'dates-unreadable', values: { to: '2026-08-16' } }));
  });

  it('refuses a file whose dates are not consecutive days', async () => {
    const result = await run([{ name: 'Overview.csv', bytes: overviewCsv({ days: 28, label: (iso, row) => dayLabel(row === 5 ? '2026-03-01' : iso) }) }]);
    expect(result.fields).toEqual({});
    expect(codes(result)).toContain('dates-not-consecutive');
  });

  it('reads CRLF files without a BOM and with a final newline', async () => {
    const result = await run(bare({ days: 28, crlf: true, bom: false, finalNewline: true }));
    expect(result.fields.views30d).toBe(Math.round((sumViews(0, 27) * 30) / 27));
  });

  it('reads numbers with thousands separators', async () => {
    const rows = [['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares']];
    for (let i = 0; i < 30; i++) rows.push([dayLabel(`2026-07-${String(i + 1).padStart(2, '0')}`), '1,000', '10', '50', '-2', '1']);
    const result = await run([{ name: 'Overview.csv', bytes: csvBytes(rows) }]);
    expect(result.fields.views30d).toBe(30_000);
    // Comments removed on a day are negative in real exports; they count against the total.
    expect(result.fields.engagementRate).toBe(4.9);
  });

  it('prefers the more recent of two exports and says the other was not used', async () => {
    const older = { name: 'Overview (1).csv', bytes: overviewCsv({ days: 60, lastDay: '2026-07-17' }) };
    const newer = { name: 'Overview.csv', bytes: overviewCsv({ days: 28 }) };
    const result = await run([older, newer]);
    expect(result.evidence.find((e) => e.field === 'views30d')?.file).toBe('Overview.csv');
    expect(result.evidence.find((e) => e.field === 'viewGrowth')?.file).toBe('Overview (1).csv');
    expect(result.notices).toContainEqual(expect.objectContaining({ file: 'Overview (1).csv', code: 'superseded', values: { field: 'views30d' } }));
  });

  it('still uses old data but says how old it is', async () => {
    const result = await run(bare({ days: 28, lastDay: '2026-06-01' }));
    expect(result.fields.views30d).toBeDefined();
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'old-data', values: { to: '2026-05-31', days: 79 } }));
  });

  it('says why Viewers, FollowerGender, FollowerActivity and Content are not used', async () => {
    const result = await run(studioExport());
    const ignored = result.notices.filter((n) => n.code === 'ignored-file').map((n) => n.values.reason);
    expect(ignored.sort()).toEqual(['activity', 'content', 'gender', 'viewers']);
    expect(result.notices.find((n) => n.values.reason === 'content')?.message).toMatch(/cannot count the videos/);
  });

  it('refuses a file named like a Studio file with another number of columns', async () => {
    const result = await run([{ name: 'Overview.csv', bytes: csvBytes([['Date', 'Views'], ['August 1', '5']]) }]);
    expect(result.fields).toEqual({});
    expect(result.notices).toEqual([expect.objectContaining({ code: 'wrong-columns', values: { expected: 6, found: 2 } })]);
  });

  it('says when an account has no territories yet', async () => {
    const result = await run([{ name: 'FollowerTopTerritories.csv', bytes: territoriesCsv([]) }]);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'no-numbers', values: { kind: 'territories' } })]);
  });

  it('reads ZIPs that were zipped again together, one level deep', async () => {
    const inner = Object.fromEntries(studioExport().map((file) => [file.name, file.bytes]));
    const result = await run([{ name: 'all.zip', bytes: zipOf(inner) }]);
    expect(result.fields.followers).toBe(defaultFollowers(26));
    expect(result.evidence[0]?.file).toBe('all.zip › Followers_creator.handle.zip › FollowerHistory.csv');
    const deeper = await run([{ name: 'deeper.zip', bytes: zipOf({ 'all.zip': zipOf(inner) }) }]);
    expect(deeper.fields).toEqual({});
    expect(codes(deeper)).toContain('nested-zip-skipped');
  });
});
