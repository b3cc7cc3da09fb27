import type { EvidenceCode, ImportField, ImportValues, NoticeCode } from './types';

// The English wording of every code. The page words the same codes and values from its own message
// catalog, in the creator's language; this table is the reference and the `message` of each notice.

const FIELD_NAMES: Record<ImportField, string> = {
  followers: 'Followers',
  followerGrowth: 'Follower growth',
  views30d: 'Views in 30 days',
  viewGrowth: 'View growth',
  engagementRate: 'Engagement rate',
  age: 'Age',
  country: 'Country',
  videos30d: 'Videos posted in 30 days',
  audience: 'Audience countries',
};

const number = new Intl.NumberFormat('en');

/** A value as text: numbers with thousands separators, anything else as given. */
function show(values: ImportValues, key: string): string {
  const value = values[key];
  return typeof value === 'number' ? number.format(value) : String(value ?? '');
}

function field(values: ImportValues): string {
  const name = values.field;
  return typeof name === 'string' && name in FIELD_NAMES ? FIELD_NAMES[name as ImportField] : 'This field';
}

const IGNORED: Record<string, string> = {
  viewers: 'Viewers.csv counts unique viewers, which no field here uses, so it was not read.',
  gender: 'FollowerGender.csv (followers by gender) is not used by any field here.',
  activity: 'FollowerActivity.csv (when followers are online, last 7 days only) is not used by any field here.',
  content:
    'Content.csv lists only about 15 videos, leaves out the newest and is not in date order, so it cannot count the videos you posted; it was not used.',
};

const DAMAGED: Record<string, string> = {
  encrypted: 'This ZIP file is password-protected, so it could not be opened.',
  method: 'This ZIP file uses a compression method that cannot be read here.',
  zip64: 'This ZIP file uses the ZIP64 format for very large archives, which is not read here.',
};

/** The English sentence for each notice code. */
export const NOTICE_ENGLISH = {
  'unknown-file': (v) =>
    v.more ? `${show(v, 'more')} more files in this ZIP are not from a TikTok export and were skipped.` : 'This is not a file from a TikTok export, so it was skipped.',
  'ignored-file': (v) => IGNORED[String(v.reason)] ?? 'This TikTok file is not used by any field here.',
  'empty-file': () => 'This file is empty.',
  'file-too-large': (v) => `This file is ${show(v, 'size')} MB, more than the ${show(v, 'limit')} MB read here, so it was not read.`,
  'too-many-files': (v) => `Only ${show(v, 'limit')} files are read at once; ${show(v, 'skipped')} more were skipped.`,
  'not-a-zip': () => 'This file is named like a ZIP but is not one, or is damaged, so it was not read.',
  'zip-damaged': (v) => DAMAGED[String(v.reason)] ?? 'This ZIP file is damaged, so it could not be read.',
  'not-an-export': (v) => `This ZIP holds ${show(v, 'entries')} files, none of them from a TikTok Studio export or data download.`,
  'zip-too-large': (v) =>
    v.entries
      ? `This ZIP lists ${show(v, 'entries')} files, more than the ${show(v, 'limit')} an export could hold, so it was not read.`
      : `Reading stopped here: ${show(v, 'limit')} MB have been unpacked already, far more than TikTok exports hold.`,
  'entry-too-large': (v) => `This file unpacks to more than ${show(v, 'limit')} MB, far more than a TikTok export holds, so reading it stopped.`,
  'nested-zip-skipped': () => 'This is a ZIP inside a ZIP inside a ZIP; only one level of ZIPs within ZIPs is opened.',
  'not-csv': (v) =>
    v.format === 'binary'
      ? 'This file is not a CSV text file, so it was not read.'
      : `This is a .${show(v, 'format')} spreadsheet; download the CSV version from TikTok Studio, or save it as CSV.`,
  'wrong-columns': (v) =>
    `This file has ${show(v, 'found')} columns where TikTok's has ${show(v, 'expected')}, so it may not be the file its name says; it was not used.`,
  'no-numbers': (v) =>
    v.kind === 'territories'
      ? 'This file has no follower territories yet: TikTok shows them once an account has about 100 followers.'
      : 'This file has no day with a number, so nothing could be worked out from it.',
  'bad-number': (v) =>
    `Row ${show(v, 'row')}, column ${show(v, 'column')} holds something that is not a count, so this file was not used rather than guess around it.`,
  'dates-unreadable': (v) =>
    `Its dates could not be read, so the rows were taken as consecutive days ending ${show(v, 'to')} (TikTok's numbers run about 2 days behind).`,
  'dates-not-consecutive': (v) =>
    `The date in row ${show(v, 'row')} does not follow on from the others, so the days could not be placed and this file was not used.`,
  'incomplete-last-day': (v) => `The last day, ${show(v, 'date')}, has no numbers yet (TikTok was still counting it), so it was left out.`,
  'short-range': (v) =>
    `${field(v)} needs at least ${show(v, 'needed')} days with numbers and this file has ${show(v, 'days')}, so it was not filled. A longer export (60 days) gives it.`,
  'cannot-compute': (v) =>
    v.reason === 'zero-start'
      ? `${field(v)} could not be worked out: the first day has no followers to grow from.`
      : v.reason === 'zero-views'
        ? `${field(v)} could not be worked out: there were no video views in the period.`
        : `${field(v)} could not be worked out from these numbers.`,
  'old-data': (v) => `This data ends on ${show(v, 'to')}, ${show(v, 'days')} days ago: its numbers describe that time, not today.`,
  superseded: (v) => `${field(v)} came from another file with more recent or fuller data, so this file's value was not used.`,
  'json-invalid': () => 'This JSON file is not valid JSON, or not a TikTok data download, so nothing was taken from it.',
  'json-truncated': () => 'This JSON file stops before its end (an incomplete download?), so nothing was taken from it.',
  'txt-data-download': () => 'This is the TXT version of "Download your data". Request the JSON format instead: that is the one read here.',
  'no-profile': () => 'No profile was found in this data download, so age, country and followers could not be read from it.',
  'no-videos': () => 'No list of posted videos was found in this data download, so videos posted in 30 days could not be counted.',
  'part-too-large': (v) =>
    `The ${v.part === 'videos' ? 'list of posted videos' : 'profile'} in this file is far larger than a real one, so it was not read.`,
  'value-unreadable': (v) => `The value for ${field(v).toLowerCase()} in this file could not be read, so it was not filled.`,
  'value-out-of-range': (v) =>
    v.field === 'audience'
      ? `The territory shares add up to ${show(v, 'value')}%, more than 100%, so they were not used.`
      : `${field(v)} worked out to ${show(v, 'value')}, outside ${show(v, 'min')} to ${show(v, 'max')}, so it was not filled.`,
  'unknown-territory': (v) =>
    `${show(v, 'count')} territory ${v.count === 1 ? 'name' : 'names'} could not be matched to a country (${show(v, 'names')}); ${v.count === 1 ? 'its share counts' : 'their shares count'} in the rest.`,
  unreadable: (v) =>
    v.reason === 'today' ? "The import was not given today's date as YYYY-MM-DD, so nothing could be dated." : 'Something went wrong reading this file, so nothing was taken from it.',
} satisfies Record<NoticeCode, (values: ImportValues) => string>;

/** The English sentence for each evidence code. */
export const EVIDENCE_ENGLISH = {
  'last-day': () => 'The followers on the last day with a number.',
  'compound-monthly': (v) => `From ${show(v, 'first')} to ${show(v, 'last')} followers in ${show(v, 'days')} days, as a compound rate per month.`,
  'sum-days': (v) => `The video views of the latest ${show(v, 'days')} days added up.`,
  'scaled-to-30': (v) => `${show(v, 'sum')} video views in ${show(v, 'days')} days, scaled to 30 days.`,
  'latest-vs-previous-30': (v) => `${show(v, 'latest')} video views in the latest 30 days against ${show(v, 'previous')} in the 30 days before.`,
  engagement: (v) =>
    `${show(v, 'likes')} likes, ${show(v, 'comments')} comments and ${show(v, 'shares')} shares for ${show(v, 'views')} video views, over ${show(v, 'days')} days.`,
  territories: (v) => `${show(v, 'countries')} countries from your follower territories; the other ${show(v, 'rest')}% are elsewhere.`,
  'birth-date': () => 'Worked out from the birth date in your data download.',
  'account-region': () => 'The account region in your data download.',
  'posted-in-30-days': (v) => `Your posted videos dated in the ${show(v, 'days')} days up to the data's last day (of ${show(v, 'total')} posted in all).`,
  'follower-count': () => "The follower count in your data download's profile.",
} satisfies Record<EvidenceCode, (values: ImportValues) => string>;

/** A notice's English sentence. */
export function noticeMessage(code: NoticeCode, values: ImportValues): string {
  return NOTICE_ENGLISH[code](values);
}
