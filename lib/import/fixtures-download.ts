// Builders for the "Download your data" JSON, in its current and older shapes, optionally padded with
// watch history to the hundreds of MB real ones reach.
import { zipSync } from 'fflate';

export interface DataDownloadOptions {
  /** `new`: Profile And Settings › Profile Info, Post › Posts; `old`: Profile › Profile Information, Video › Videos. */
  shape?: 'new' | 'old';
  birthDate?: string;
  accountRegion?: string;
  followerCount?: number | string;
  /** Private contact data that must never come out of the import. */
  email?: string;
  phone?: string;
  /** Dates (`YYYY-MM-DD HH:MM:SS`) of the creator's own posts. */
  posted?: readonly string[];
  /** Dates of watched videos (not posts). */
  watched?: readonly string[];
  /** Extra watch history entries, to make the file large (each about 130 bytes). */
  padding?: number;
}

/** Default posts: five in the 30 days up to 2026-08-16, three older. */
export const DEFAULT_POSTED = [
  '2026-08-16 20:15:00', '2026-08-10 09:00:00', '2026-08-01 12:30:00', '2026-07-25 18:00:00', '2026-07-18 08:45:00',
  '2026-07-10 10:00:00', '2026-06-01 10:00:00', '2025-12-24 10:00:00',
];

const PADDING_MARK = '"__padding__"';

/** A "Download your data" user_data_tiktok.json, pretty-printed like the real one. */
export function dataDownloadJson(options: DataDownloadOptions = {}): Uint8Array {
  const { shape = 'new', posted = DEFAULT_POSTED, watched = ['2026-08-16 23:59:00', '2026-08-12 10:00:00'] } = options;
  const profile = {
    userName: 'creator.handle',
    displayName: 'Creator',
    birthDate: options.birthDate ?? '12-Mar-1998',
    accountRegion: options.accountRegion ?? 'GB',
    emailAddress: options.email ?? 'private.person@example.com',
    telephoneNumber: options.phone ?? '+44 7700 900123',
    followerCount: options.followerCount ?? 12_345,
    followingCount: 321,
    likesReceived: 98_765,
    bioDescription: 'Cooking <b>fast</b>',
  };
  const post = (date: string, i: number) => ({ Date: date, Link: `https://www.tiktokv.com/share/video/${7_300_000_000_000_000_000 + i}/`, Likes: '12' });
  const watch = [...watched.map((date, i) => ({ Date: date, Link: `https://www.tiktokv.com/share/video/${7_100_000_000_000_000_000 + i}/` })), ...(options.padding ? ['__padding__'] : [])];
  const tree =
    shape === 'new'
      ? {
          'Your Activity': { 'Watch History': { VideoList: watch }, 'Login History': { LoginHistoryList: [{ Date: '2026-08-16 08:00:00', IP: '192.0.2.1' }] } },
          'Profile And Settings': { 'Profile Info': { ProfileMap: profile } },
          Post: { Posts: { VideoList: posted.map(post) } },
        }
      : {
          Activity: { 'Video Browsing History': { VideoList: watch } },
          Profile: { 'Profile Information': { ProfileMap: profile } },
          Video: { Videos: { VideoList: posted.map(post) } },
        };
  const text = JSON.stringify(tree, null, 2);
  if (!options.padding) return new TextEncoder().encode(text);
  return withPadding(text, options.padding);
}

/** Replaces the padding mark with `count` watch history entries, patched in place for speed. */
function withPadding(text: string, count: number): Uint8Array {
  const encoder = new TextEncoder();
  const at = text.indexOf(PADDING_MARK);
  const [head, tail] = [encoder.encode(text.slice(0, at)), encoder.encode(text.slice(at + PADDING_MARK.length))];
  const template = '{\n          "Date": "2026-01-01 00:00:00",\n          "Link": "https://www.tiktokv.com/share/video/7200000000000000000/"\n        },\n        ';
  const item = encoder.encode(template);
  const dateAt = template.indexOf('2026-01-01');
  const idAt = template.indexOf('7200000000000000000') + 17;
  const out = new Uint8Array(head.length + item.length * count + tail.length);
  out.set(head, 0);
  let offset = head.length;
  for (let i = 0; i < count; i++) {
    out.set(item, offset);
    // Vary the day (01-28) and the video id's last digits so the file is not one repeated line.
    const day = 1 + (i % 28);
    out[offset + dateAt + 8] = 0x30 + Math.floor(day / 10);
    out[offset + dateAt + 9] = 0x30 + (day % 10);
    out[offset + idAt] = 0x30 + (Math.floor(i / 10) % 10);
    out[offset + idAt + 1] = 0x30 + (i % 10);
    offset += item.length;
  }
  // The last padded item must not end with a comma: the mark stood for one value.
  const lastComma = offset - (item.length - item.lastIndexOf(0x2c));
  out[lastComma] = 0x20;
  out.set(tail, offset);
  return out;
}

/** A data download as TikTok delivers it: a ZIP holding user_data_tiktok.json. */
export function dataDownloadZip(options: DataDownloadOptions = {}): Uint8Array {
  return zipSync({ 'user_data_tiktok.json': dataDownloadJson(options) }, { level: 6 });
}

