import { describe, expect, it } from 'vitest';
import { isPostedPath, isProfilePath, JsonScanner, type ScanResult } from './json-scan';

const encoder = new TextEncoder();
const limits = { maxBytes: { profile: 1 << 20, videos: 1 << 20 }, today: 20260818 };

function scan(text: string | Uint8Array, chunkSize = Infinity, options = limits): ScanResult {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const scanner = new JsonScanner(options);
  for (let at = 0; at < bytes.length; at += chunkSize) if (!scanner.push(bytes.subarray(at, at + chunkSize))) break;
  return scanner.finish();
}

const parsed = (bytes: Uint8Array | undefined): unknown => (bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined);

const profile = { 'we\\"ird': 'a\\', birthDate: '2000-01-05', note: 'quote " and backslash \\ and \\" done', emoji: '😀' };
const posted = [{ Date: '2026-08-01 10:00:00', Link: 'x' }, { Date: '2026-07-01 10:00:00', Link: 'y\\' }];
const document = JSON.stringify(
  {
    'Your Activity': { 'Watch History': { VideoList: [{ Date: '2026-08-16 23:59:00' }] }, 'esc\\"aped': ['\\', '"'] },
    'Profile And Settings': { 'Profile Info': { ProfileMap: profile } },
    Post: { Posts: { VideoList: posted } },
  },
  null,
  2,
);

describe('the JSON scanner', () => {
  it('finds the profile and the posted videos whatever the chunk size', () => {
    for (const size of [1, 2, 3, 5, 7, 13, 64, 1000, Infinity]) {
      const result = scan(document, size);
      expect(result.status).toBe('ok');
      if (result.status !== 'ok') return;
      expect([size, parsed(result.profile), parsed(result.videos), result.newestDate]).toEqual([size, profile, posted, 20260816]);
    }
  });

  it('calls a document cut anywhere truncated or invalid, never ok', () => {
    const bytes = encoder.encode(document.trimEnd());
    for (let cut = 0; cut < bytes.length; cut += 1) {
      const status = scan(bytes.subarray(0, cut), 17).status;
      if (status === 'ok') throw new Error(`cut at ${cut} read as whole`);
    }
    expect(scan(bytes.subarray(0, bytes.length - 1)).status).toBe('truncated');
  });

  it.each([
    ['an empty file', ''],
    ['an array', '[]'],
    ['a string', '"x"'],
    ['a closing bracket of the wrong kind', '{"a": [1}'],
    ['text after the document', '{"a": 1} x'],
    ['two documents', '{"a": 1}{"b": 2}'],
    ['zero bytes', '\u0000\u0000'],
    ['bytes outside strings that JSON never has', '{"a": \u0001}'],
  ])('refuses %s', (_, text) => {
    expect(scan(text).status).toBe('invalid');
  });

  it('refuses nesting deeper than any export', () => {
    expect(scan(`{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`).status).toBe('invalid');
  });

  it('drops a part larger than its limit and says so', () => {
    const result = scan(document, 64, { ...limits, maxBytes: { profile: 10, videos: 1 << 20 } });
    expect(result).toMatchObject({ status: 'ok', tooLarge: ['profile'] });
    expect(result.status === 'ok' && result.profile).toBeFalsy();
  });

  it('does not take dates after today as the newest', () => {
    const result = scan('{"a": ["2026-08-16 10:00:00", "2027-01-01 10:00:00", "2026-13-99 99:99:9x"]}');
    expect(result.status === 'ok' && result.newestDate).toBe(20260816);
  });

  it('tells posted videos from watched ones by the keys above them', () => {
    expect(isPostedPath(['Post', 'Posts'])).toBe(true);
    expect(isPostedPath(['Video', 'Videos'])).toBe(true);
    expect(isPostedPath(['Your Activity', 'Watch History'])).toBe(false);
    expect(isPostedPath(['Activity', 'Video Browsing History'])).toBe(false);
    expect(isPostedPath(['Video', 'Favorite Videos'])).toBe(false);
    expect(isPostedPath(['Post', 'Recently Deleted Posts'])).toBe(false);
    expect(isProfilePath(['Profile And Settings', 'Profile Info'])).toBe(true);
    expect(isProfilePath(['Profile', 'Profile Information'])).toBe(true);
    expect(isProfilePath(['Tiktok Shop', 'Profile'])).toBe(false);
  });
});
