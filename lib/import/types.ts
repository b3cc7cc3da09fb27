import type { CountryCode } from '../rules/countries';

/** The profile fields an import can fill, in the order the page lists them. */
export const IMPORT_FIELDS = [
  'followers',
  'followerGrowth',
  'views30d',
  'viewGrowth',
  'engagementRate',
  'age',
  'country',
  'videos30d',
  'audience',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * What the files support, under the profile's own field names. Only fields that could be worked out
 * honestly are present; every present value is inside the profile schema's bounds.
 */
export type ImportedFields = Partial<{
  /** Followers on the last day with a number. */
  followers: number;
  /** Compound follower growth, % per month, 1 decimal. */
  followerGrowth: number;
  /** Video views in the latest 30 days. */
  views30d: number;
  /** Latest 30 days of views against the 30 before, %, 1 decimal. */
  viewGrowth: number;
  /** (likes + comments + shares) / views x 100, 2 decimals. */
  engagementRate: number;
  /** Whole years, from the birth date in a data download. */
  age: number;
  /** ISO 3166-1 alpha-2, from the account region in a data download. */
  country: CountryCode;
  /** Videos posted in the 30 days up to the data's last day. */
  videos30d: number;
  /** Follower countries, `US:55,GB:20,DE:10`: ISO codes, whole percent, largest first. */
  audience: string;
}>;

/**
 * How a value was worked out. Every code has an English sentence in `english.ts`; the page words
 * the same code and values from its own catalog.
 */
export const EVIDENCE_CODES = [
  /** The last day with a number. */
  'last-day',
  /** Compound monthly rate between the first and last days with numbers. values: first, last, days. */
  'compound-monthly',
  /** A plain sum over the latest days. values: days, available. */
  'sum-days',
  /** A sum over 27-29 days scaled to 30. values: days, sum. */
  'scaled-to-30',
  /** Latest 30 days against the 30 before. values: latest, previous, previousDays. */
  'latest-vs-previous-30',
  /** (likes + comments + shares) / views. values: likes, comments, shares, views, days. */
  'engagement',
  /** The follower territories list. values: countries, rest. */
  'territories',
  /** The birth date in the data download. */
  'birth-date',
  /** The account region in the data download. */
  'account-region',
  /** Posted videos dated in the 30 days up to the data's last day. values: days, total. */
  'posted-in-30-days',
  /** The follower count in the data download's profile. */
  'follower-count',
] as const;

export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

/** Why a file, or part of one, was not used (or used with a caveat). Values carry everything a sentence needs. */
export const NOTICE_CODES = [
  'unknown-file',
  'ignored-file',
  'empty-file',
  'file-too-large',
  'too-many-files',
  'not-a-zip',
  'zip-damaged',
  'not-an-export',
  'zip-too-large',
  'entry-too-large',
  'nested-zip-skipped',
  'not-csv',
  'wrong-columns',
  'no-numbers',
  'bad-number',
  'dates-unreadable',
  'dates-not-consecutive',
  'incomplete-last-day',
  'short-range',
  'cannot-compute',
  'old-data',
  'superseded',
  'json-invalid',
  'json-truncated',
  'txt-data-download',
  'no-profile',
  'no-videos',
  'part-too-large',
  'value-unreadable',
  'value-out-of-range',
  'unknown-territory',
  'unreadable',
] as const;

export type NoticeCode = (typeof NOTICE_CODES)[number];

/** Numbers and short strings that describe a piece of evidence or a notice. Never cell text or private data. */
export type ImportValues = Readonly<Record<string, string | number>>;

/** Where one filled field came from and how it was worked out. */
export interface Evidence {
  field: ImportField;
  value: number | string;
  /** The file name; for a file inside a ZIP, `Outer.zip › Inner.csv`. */
  file: string;
  /** First and last ISO dates the numbers cover, where they cover a period. */
  from?: string;
  to?: string;
  how: { code: EvidenceCode; values: ImportValues };
}

/** A file, or a part of one, that could not be used, and why. */
export interface Notice {
  file: string;
  code: NoticeCode;
  values: ImportValues;
  /** The English sentence for `code` and `values`. */
  message: string;
}

/** What `importTikTokData` returns. */
export interface ImportResult {
  fields: ImportedFields;
  evidence: Evidence[];
  notices: Notice[];
}

/** One file handed to the import, as read from a file input or a drop. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** The creator's today, `YYYY-MM-DD`: dates without a year and ages are worked out from it. */
  today: string;
  /** Called with 0..1 while reading, so a page can show a progress bar. */
  onProgress?: (fraction: number) => void;
}

/** A notice before its sentence is attached. */
export type NoticeDraft = Omit<Notice, 'message'>;

/** One reader's proposal for a field; the merge keeps the best per field. */
export interface Candidate extends Omit<Evidence, 'value'> {
  value: number | string;
  /** Higher wins (a follower history beats a profile's follower count). */
  priority: number;
  /** Days of data behind the value: with equal `to` dates, more days win. */
  days: number;
}

/** What reading one file (or one ZIP entry) produced. */
export interface ReadOutcome {
  candidates: Candidate[];
  notices: NoticeDraft[];
}
