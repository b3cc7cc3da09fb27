import { safeName } from './text';

/** The Studio analytics CSVs, each known by its name and its number of columns. */
export const STUDIO_KINDS = {
  overview: { name: 'Overview.csv', columns: [6] },
  'follower-history': { name: 'FollowerHistory.csv', columns: [3, 2] },
  viewers: { name: 'Viewers.csv', columns: [4] },
  territories: { name: 'FollowerTopTerritories.csv', columns: [2] },
  gender: { name: 'FollowerGender.csv', columns: [2] },
  activity: { name: 'FollowerActivity.csv', columns: [3] },
  content: { name: 'Content.csv', columns: [8] },
} as const satisfies Record<string, { name: string; columns: readonly number[] }>;

/** One of the Studio CSVs. */
export type StudioKind = keyof typeof STUDIO_KINDS;

/** What a file or ZIP entry is taken to be, from its name. */
export type FileKind =
  | { type: 'studio'; kind: StudioKind }
  | { type: 'json' }
  | { type: 'zip' }
  | { type: 'spreadsheet'; format: string }
  | { type: 'txt' }
  | { type: 'unknown' };

const BY_STEM = new Map<string, StudioKind>(
  Object.entries(STUDIO_KINDS).map(([kind, { name }]) => [name.replace(/\.csv$/, '').toLowerCase(), kind as StudioKind]),
);

/** The last part of a path: drops the folders a drag-and-drop or a ZIP entry may carry. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * The name without the suffixes a second download or a copy adds: browsers save `Overview (1).csv`,
 * macOS `Overview 2.csv`, Windows `Overview - Copy.csv`.
 */
function stemOf(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name)
    .replace(/(\s*-\s*copy)?(\s*\(\d+\)|\s+\d+)?$/i, '')
    .replace(/\s+copy$/i, '')
    .trim()
    .toLowerCase();
  return { stem, extension };
}

/** What a file is, from its name alone (ZIPs are also recognised by their bytes, elsewhere). */
export function kindOfName(path: string): FileKind {
  const { stem, extension } = stemOf(baseName(path));
  if (extension === 'zip') return { type: 'zip' };
  if (extension === 'json') return { type: 'json' };
  if (extension === 'xlsx' || extension === 'xls' || extension === 'numbers' || extension === 'ods') {
    return { type: 'spreadsheet', format: extension };
  }
  if (extension === 'txt') return { type: 'txt' };
  const kind = BY_STEM.get(stem);
  if (kind && (extension === 'csv' || extension === '')) return { type: 'studio', kind };
  return { type: 'unknown' };
}

/** A file name fit for evidence and notices: the base name, sanitised and short. */
export function displayName(path: string): string {
  return safeName(baseName(String(path)), 80) || 'file';
}

/** How a file inside a ZIP is named in evidence and notices: `Followers_me.zip › FollowerHistory.csv`. */
export function entryName(outer: string, inner: string): string {
  return `${outer} › ${displayName(inner)}`;
}

// Part of the TXT flavour of the data download; its JSON flavour is the one read here.
const TXT_DOWNLOAD_NAMES = new Set(['profile info', 'posts', 'watch history', 'login history', 'activity summary', 'follower', 'following']);

/** Whether a ZIP entry belongs to the TXT flavour of "Download your data". */
export function isTxtDownloadEntry(path: string): boolean {
  const { stem, extension } = stemOf(baseName(path));
  return extension === 'txt' && TXT_DOWNLOAD_NAMES.has(stem);
}
