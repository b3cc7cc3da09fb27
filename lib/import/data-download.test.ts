import { describe, expect, it } from 'vitest';
import { dataDownloadJson, dataDownloadZip, followerHistoryCsv, zipOf } from './fixtures';
import { importTikTokData } from './index';
import type { ImportFile } from './types';

const TODAY = '2026-08-18';
const run = (files: ImportFile[], today = TODAY) => importTikTokData(files, { today });
const json = (text: string) => new TextEncoder().encode(text);
const codes = (result: Awaited<ReturnType<typeof run>>) => result.notices.map((notice) => notice.code);

describe('a "Download your data" JSON', () => {
  it('gives age, country, followers and videos posted in 30 days, in the new and the old shape', async () => {
    for (const shape of ['new', 'old'] as const) {
      const result = await run([{ name: 'user_data_tiktok.json', bytes: dataDownloadJson({ shape }) }]);
      expect(result.fields).toEqual({ followers: 12_345, age: 28, country: 'GB', videos30d: 5 });
      expect(result.evidence.find((e) => e.field === 'videos30d')).toMatchObject({
        file: 'user_data_tiktok.json',
        from: '2026-07-18',
        to: '2026-08-16',
        how: { code: 'posted-in-30-days', values: { days: 30, total: 8 } },
      });
      expect(result.notices).toEqual([]);
    }
  });

  it('reads the ZIP TikTok delivers the same as the JSON inside it', async () => {
    const result = await run([{ name: 'TikTok_Data_1786900000.zip', bytes: dataDownloadZip() }]);
    expect(result.fields).toEqual({ followers: 12_345, age: 28, country: 'GB', videos30d: 5 });
    expect(result.evidence[0]?.file).toBe('TikTok_Data_1786900000.zip › user_data_tiktok.json');
  });

  it('does not count watched videos as posted ones', async () => {
    const watched = Array.from({ length: 50 }, (_, i) => `2026-08-${String(1 + (i % 16)).padStart(2, '0')} 12:00:00`);
    const result = await run([{ name: 'user_data.json', bytes: dataDownloadJson({ posted: ['2025-01-01 10:00:00'], watched }) }]);
    expect(result.fields.videos30d).toBe(0);
  });

  it('never returns the email address, phone number or other private profile data', async () => {
    const result = await run([
      { name: 'user_data_tiktok.json', bytes: dataDownloadJson({ email: 'secret.mail@example.com', phone: '+1 555 0100' }) },
      { name: 'broken.json', bytes: json('{"Profile": {"Profile Information": {"ProfileMap": {"emailAddress": "secret.mail@example.com", "birthDate": "never"}}}}') },
    ]);
    const text = JSON.stringify(result);
    for (const secret of ['secret.mail', 'example.com', '555', 'creator.handle', 'Cooking']) expect(text).not.toContain(secret);
  });

  it("takes followers from a follower history over the profile's count, and says so", async () => {
    const result = await run([
      { name: 'user_data_tiktok.json', bytes: dataDownloadJson() },
      { name: 'FollowerHistory.csv', bytes: followerHistoryCsv() },
    ]);
    expect(result.evidence.find((e) => e.field === 'followers')?.file).toBe('FollowerHistory.csv');
    expect(result.notices).toContainEqual(expect.objectContaining({ file: 'user_data_tiktok.json', code: 'superseded', values: { field: 'followers' } }));
  });

  it.each([
    ['12-Mar-1998', 28],
    ['1998-03-12', 28],
    ['1998-08-18', 28],
    ['1998-08-19', 27],
    ['Mar 12, 1998', 28],
    ['13/03/1998', 28],
    ['31.03.1998', 28],
  ])('reads the birth date %s as age %i', async (birthDate, age) => {
    expect((await run([{ name: 'a.json', bytes: dataDownloadJson({ birthDate }) }])).fields.age).toBe(age);
  });

  it.each([
    ['an ambiguous birth date', '03/04/1998', 'value-unreadable'],
    ['a birth date in the future', '2030-01-01', 'value-unreadable'],
    ['an age under 13', '2020-01-01', 'value-out-of-range'],
    ['an age over 120', '1890-01-01', 'value-out-of-range'],
  ])('does not fill age from %s, and says why', async (_, birthDate, code) => {
    const result = await run([{ name: 'a.json', bytes: dataDownloadJson({ birthDate }) }]);
    expect(result.fields.age).toBeUndefined();
    expect(result.notices).toContainEqual(expect.objectContaining({ code, values: expect.objectContaining({ field: 'age' }) }));
  });

  it.each([
    ['gb', 'GB'],
    ['UK', 'GB'],
    ['Brazil', 'BR'],
  ])('reads the account region %s as %s', async (accountRegion, country) => {
    expect((await run([{ name: 'a.json', bytes: dataDownloadJson({ accountRegion }) }])).fields.country).toBe(country);
  });

  it('names an account region that is not a country', async () => {
    const result = await run([{ name: 'a.json', bytes: dataDownloadJson({ accountRegion: 'XX' }) }]);
    expect(result.fields.country).toBeUndefined();
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'unknown-territory', values: { names: 'XX', count: 1 } }));
  });

  it('counts videos up to the newest activity in the file and says when that is long ago', async () => {
    const result = await run([{ name: 'a.json', bytes: dataDownloadJson({ shape: 'old', watched: ['2026-03-10 10:00:00'], posted: ['2026-03-01 10:00:00', '2026-02-01 10:00:00'] }) }]);
    expect(result.fields.videos30d).toBe(1);
    expect(result.evidence.find((e) => e.field === 'videos30d')).toMatchObject({ from: '2026-02-09', to: '2026-03-10' });
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'old-data', values: { to: '2026-03-10', days: 161 } }));
  });

  it('says when the profile or the posted videos are missing', async () => {
    const result = await run([{ name: 'a.json', bytes: json('{"Your Activity": {"Watch History": {"VideoList": []}}}') }]);
    expect(result.fields).toEqual({});
    expect(codes(result)).toEqual(['no-profile', 'no-videos']);
  });

  it('fills nothing from a truncated file', async () => {
    const bytes = dataDownloadJson();
    const result = await run([{ name: 'user_data_tiktok.json', bytes: bytes.subarray(0, bytes.length - 5) }]);
    expect(result.fields).toEqual({});
    expect(codes(result)).toEqual(['json-truncated']);
  });

  it('fills nothing from a file with invalid JSON inside the profile', async () => {
    const text = new TextDecoder().decode(dataDownloadJson()).replace('"followingCount": 321', '"followingCount": NaN');
    const result = await run([{ name: 'user_data_tiktok.json', bytes: json(text) }]);
    expect(result.fields).toEqual({});
    expect(codes(result)).toEqual(['json-invalid']);
  });

  it('does not fill followers from a count of 1e309', async () => {
    const text = new TextDecoder().decode(dataDownloadJson({ followerCount: 424_242 })).replace('424242', '1e309');
    const result = await run([{ name: 'a.json', bytes: json(text) }]);
    expect(result.fields.followers).toBeUndefined();
    expect(result.notices).toContainEqual(expect.objectContaining({ code: 'value-unreadable', values: { field: 'followers' } }));
  });

  it('cannot be used to pollute object prototypes', async () => {
    const text = `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}},
      "Profile And Settings": {"__proto__": {"polluted": 1}, "Profile Info": {"ProfileMap": {"__proto__": {"polluted": 1},
      "constructor": {"prototype": {"polluted": 1}}, "birthDate": "2000-01-01", "accountRegion": "US", "followerCount": 5}}},
      "Post": {"Posts": {"VideoList": [{"__proto__": {"polluted": 1}, "Date": "2026-08-10 10:00:00"}]}}}`;
    const result = await run([{ name: 'a.json', bytes: json(text) }]);
    expect(result.fields).toEqual({ followers: 5, age: 26, country: 'US', videos30d: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('asks for the JSON flavour when given the TXT one', async () => {
    const txt = zipOf({ 'Profile/Profile Info.txt': json('Username: me'), 'Activity/Watch History.txt': json('Date: 2026') });
    const result = await run([{ name: 'TikTok_Data.zip', bytes: txt }]);
    expect(codes(result)).toEqual(['txt-data-download']);
  });
});
