// Builders for TikTok export files as observed in real exports (BOM, every field quoted, no final
// newline, `undefined` cells, the mislabelled difference column), in English, Portuguese and Vietnamese.
// Plain TypeScript with no test runner imports, so unit tests, end-to-end tests and the benchmark share
// them; the data download and hostile-ZIP builders live beside this file and are re-exported here so
// every test imports its files from one place.
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

export { DEFAULT_POSTED, dataDownloadJson, dataDownloadZip, type DataDownloadOptions } from './fixtures-download';
export { zipBomb } from './fixtures-bomb';
