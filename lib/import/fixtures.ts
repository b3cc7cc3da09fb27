// Builders for TikTok export files as observed in real exports (BOM, every field quoted, no final
// newline, `undefined` cells, the mislabelled difference column), in English, Portuguese and Vietnamese.
// Plain TypeScript with no test runner imports, so unit tests, end-to-end tests and the benchmark share them.
import { zipSync } from 'fflate';
import type { ImportFile } from './types';

export type FixtureLanguage = 'en' | 'pt' | 'vi';

const MONTHS: Record<FixtureLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  // Vietnamese Studio spells the month ("18 tháng Sáu"), where Intl would write "tháng 6".
  vi: ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'],
};

const HEADERS = {
  overview: {
    en: ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
    pt: ['Data', 'Visualizações de vídeo', 'Visualizações do perfil', 'Curtidas', 'Comentários', 'Compartilhamentos'],
    vi: ['Ngày', 'Lượt xem video', 'Lượt xem hồ sơ', 'Lượt thích', 'Bình luận', 'Lượt chia sẻ'],
  },
  followers: {
    en: ['Date', 'Followers', 'Difference in followers from previous day'],
    pt: ['Data', 'Seguidores', 'Diferença de seguidores em relação ao dia anterior'],
    vi: ['Ngày', 'Người theo dõi', 'Chênh lệch người theo dõi so với ngày trước'],
  },
  viewers: {
    en: ['Date', 'Total Viewers', 'New Viewers', 'Returning Viewers'],
    pt: ['Data', 'Total de espectadores', 'Novos espectadores', 'Espectadores recorrentes'],
    vi: ['Ngày', 'Tổng người xem', 'Người xem mới', 'Người xem quay lại'],
  },
  territories: { en: ['Top territories', 'Distribution'], pt: ['Principais territórios', 'Distribuição'], vi: ['Khu vực hàng đầu', 'Phân bổ'] },
} as const;

const DAY_MS = 86_400_000;

/** The ISO date `offset` days from `iso`. */
export function shiftDate(iso: string, offset: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** A date as Studio labels it in a language: `August 9`, `9 de agosto`, `9 tháng Tám`. */
export function dayLabel(iso: string, language: FixtureLanguage = 'en'): string {
  const [month, day] = [Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const name = MONTHS[language][month - 1]!;
  if (language === 'en') return `${name} ${day}`;
  if (language === 'pt') return `${day} de ${name}`;
  return `${day} tháng ${name}`;
}

export interface CsvStyle {
  /** Start with a UTF-8 BOM, as Studio does (default true). */
  bom?: boolean;
  /** Separate rows with `\r\n` instead of `\n`. */
  crlf?: boolean;
  /** End with a newline (Studio does not). */
  finalNewline?: boolean;
}

/** CSV bytes with every field quoted, as Studio writes them. */
export function csvBytes(rows: readonly (readonly (string | number)[])[], style: CsvStyle = {}): Uint8Array {
  const newline = style.crlf ? '\r\n' : '\n';
  const text = rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join(newline);
  return new TextEncoder().encode(`${style.bom === false ? '' : '\uFEFF'}${text}${style.finalNewline ? newline : ''}`);
}

export interface DailyOptions extends CsvStyle {
  language?: FixtureLanguage;
  /** Date of the last row (default 2026-08-17: an export made on 2026-08-18). */
  lastDay?: string;
  /** Rows in the file: the Studio range, 7, 28, 60 or 365 (default 28). */
  days?: number;
  /** The last row is the day TikTok is still counting: `undefined` (default true). */
  incompleteLastDay?: boolean;
  /** Rows at the start from before the account had data (`undefined`). */
  leadingUndefined?: number;
  /** Replaces the date labels, to test unreadable dates. */
  label?: (iso: string, row: number) => string;
}

function dailyRows(options: DailyOptions, cells: (row: number) => (string | number)[]): (string | number)[][] {
  const { days = 28, lastDay = '2026-08-17', language = 'en', incompleteLastDay = true, leadingUndefined = 0 } = options;
  return Array.from({ length: days }, (_, row) => {
    const iso = shiftDate(lastDay, row - (days - 1));
    const empty = row < leadingUndefined || (incompleteLastDay && row === days - 1);
    const values = cells(row);
    return [options.label ? options.label(iso, row) : dayLabel(iso, language), ...(empty ? values.map(() => 'undefined') : values)];
  });
}

/** Default daily numbers: views grow 1% a day from 1,000; likes 8%, comments 1%, shares 0.5% of views. */
export const defaultViews = (row: number) => Math.round(1000 * 1.01 ** row);

/** Overview.csv: Date, Video Views, Profile Views, Likes, Comments, Shares. */
export function overviewCsv(options: DailyOptions & { views?: (row: number) => number } = {}): Uint8Array {
  const views = options.views ?? defaultViews;
  const header = HEADERS.overview[options.language ?? 'en'];
  const rows = dailyRows(options, (row) => {
    const v = views(row);
    return [v, Math.round(v / 20), Math.round(v * 0.08), Math.round(v * 0.01), Math.round(v * 0.005)];
  });
  return csvBytes([header, ...rows], options);
}

/** Default followers: 10,000 growing 0.5% a day. */
export const defaultFollowers = (row: number) => Math.round(10_000 * 1.005 ** row);

/**
 * FollowerHistory.csv: Date, Followers, and the "Difference in followers from previous day" column,
 * which real exports fill with the NEXT day's difference; the builder reproduces that mislabelling.
 */
export function followerHistoryCsv(options: DailyOptions & { followers?: (row: number) => number } = {}): Uint8Array {
  const followers = options.followers ?? defaultFollowers;
  const days = options.days ?? 28;
  const header = HEADERS.followers[options.language ?? 'en'];
  const rows = dailyRows(options, (row) => [followers(row), row + 1 < days ? followers(row + 1) - followers(row) : 0]);
  return csvBytes([header, ...rows], options);
}

/** Viewers.csv; an incomplete last day has `undefined` total viewers but `0` new and returning viewers. */
export function viewersCsv(options: DailyOptions = {}): Uint8Array {
  const header = HEADERS.viewers[options.language ?? 'en'];
  const rows = dailyRows({ ...options, incompleteLastDay: false }, (row) => [300 + row, 200 + row, 100]);
  const days = options.days ?? 28;
  if (options.incompleteLastDay !== false) rows[days - 1] = [rows[days - 1]![0]!, 'undefined', 0, 0];
  return csvBytes([header, ...rows], options);
}

/** FollowerTopTerritories.csv: names in the Studio's language, shares as fractions (`0.55`). */
export function territoriesCsv(rows: readonly (readonly [string, number | string])[], options: CsvStyle & { language?: FixtureLanguage } = {}): Uint8Array {
  return csvBytes([HEADERS.territories[options.language ?? 'en'], ...rows.map(([name, share]) => [name, String(share)])], options);
}

/** The English territories list the default export uses. */
export const DEFAULT_TERRITORIES: readonly (readonly [string, number])[] = [
  ['United States', 0.554],
  ['United Kingdom', 0.203],
  ['Germany', 0.101],
  ['Others', 0.142],
];

/** FollowerGender.csv, FollowerActivity.csv and Content.csv: known files no field uses. */
export function genderCsv(): Uint8Array {
  return csvBytes([['Gender', 'Distribution'], ['Female', '0.52'], ['Male', '0.47'], ['Other', '0.01']]);
}

export function activityCsv(lastDay = '2026-08-17'): Uint8Array {
  const rows = Array.from({ length: 7 * 24 }, (_, i) => [dayLabel(shiftDate(lastDay, Math.floor(i / 24) - 6)), String(i % 24), String(100 + i)]);
  return csvBytes([['Date', 'Hour', 'Active followers'], ...rows]);
}

export function contentCsv(): Uint8Array {
  const header = ['Time', 'Video title', 'Video link', 'Post time', 'Total likes', 'Total comments', 'Total shares', 'Total views'];
  const rows = Array.from({ length: 15 }, (_, i) => ['August 18', `Video ${i} <script>alert(1)</script>`, `https://www.tiktok.com/@me/video/${7_400_000_000_000_000_000 + i}`, 'August 10', '10', '2', '1', '500']);
  return csvBytes([header, ...rows]);
}

/** A ZIP of named entries, deflated like TikTok's. */
export function zipOf(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync(entries, { level: 6 });
}

/**
 * The four ZIPs a Studio "Download data" gives, named as observed: the `<date>` in the Overview name is
 * a constant, the unix seconds decode to the end of the period.
 */
export function studioExport(options: DailyOptions & { handle?: string; territories?: readonly (readonly [string, number])[] } = {}): ImportFile[] {
  const { handle = 'creator.handle', lastDay = '2026-08-17' } = options;
  const seconds = Math.floor(Date.parse(`${lastDay}T00:00:00Z`) / 1000);
  const territories = territoriesCsv(options.territories ?? DEFAULT_TERRITORIES, { language: options.language });
  return [
    { name: `Overview_2026-06-18_${seconds}_${handle}.zip`, bytes: zipOf({ 'Overview.csv': overviewCsv(options) }) },
    {
      name: `Followers_${handle}.zip`,
      bytes: zipOf({
        'FollowerHistory.csv': followerHistoryCsv(options),
        'FollowerActivity.csv': activityCsv(lastDay),
        'FollowerGender.csv': genderCsv(),
        'FollowerTopTerritories.csv': territories,
      }),
    },
    { name: `Viewers_${handle}.zip`, bytes: zipOf({ 'Viewers.csv': viewersCsv(options) }) },
    { name: `Content_${handle}.zip`, bytes: zipOf({ 'Content.csv': contentCsv() }) },
  ];
}

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
  const document =
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
  const text = JSON.stringify(document, null, 2);
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
  return zipOf({ 'user_data_tiktok.json': dataDownloadJson(options) });
}

/** Writes bits least significant first, as DEFLATE does. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.current |= ((value >> i) & 1) << this.used;
      if (++this.used === 8) this.flush();
    }
  }

  /** A Huffman code, which DEFLATE stores most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bits((value >> i) & 1, 1);
  }

  flush(): void {
    if (this.used) this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }

  done(): Uint8Array {
    this.flush();
    return Uint8Array.from(this.bytes);
  }
}

/**
 * A ZIP bomb: one entry whose deflate stream (one byte, then length-258 copies of it, about 13 bits
 * each) expands to `size` copies of `byte` (0-143), while its headers claim 1,234 bytes. About 1 KB of
 * ZIP per 20 MB, built without ever holding the expanded bytes.
 */
export function zipBomb(name = 'Overview.csv', size = 150 * 2 ** 20, byte = 0): Uint8Array {
  const literal = 0x30 + byte;
  const deflate = new BitWriter();
  deflate.bits(1, 1); // last block
  deflate.bits(1, 2); // fixed Huffman codes
  deflate.code(literal, 8);
  for (let left = size - 1; left > 0; left -= 258) {
    const length = Math.min(258, left);
    if (length < 3) {
      for (let i = 0; i < length; i++) deflate.code(literal, 8);
      break;
    }
    if (length === 258) deflate.code(0b11000101, 8); // length code 285
    else {
      // Lengths 3-10 are codes 257-264 (7 bits, no extra bits); other remainders are padded with literals.
      const short = Math.min(length, 10);
      deflate.code(short - 3 + 1, 7);
      deflate.code(0, 5);
      for (let i = short; i < length; i++) deflate.code(literal, 8);
      break;
    }
    deflate.code(0, 5); // distance 1
  }
  deflate.code(0, 7); // end of block
  const data = deflate.done();
  const nameBytes = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  const central = new DataView(new ArrayBuffer(46));
  const end = new DataView(new ArrayBuffer(22));
  for (const [view, signature] of [[local, 0x04034b50], [central, 0x02014b50]] as const) view.setUint32(0, signature, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, 1234, true);
  local.setUint16(26, nameBytes.length, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, 1234, true);
  central.setUint16(28, nameBytes.length, true);
  const centralAt = 30 + nameBytes.length + data.length;
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, centralAt, true);
  const parts = [new Uint8Array(local.buffer), nameBytes, data, new Uint8Array(central.buffer), nameBytes, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((acc, part) => acc + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
