// Caps that keep one import fast and small whatever it is given. Studio CSVs are a few KB and a data
// download is tens to hundreds of MB, so each cap sits far above real files and far below harm.

const MB = 2 ** 20;

/** Files read per import; the rest get one `too-many-files` notice. */
export const MAX_FILES = 50;
/** A single file above this is refused unread. */
export const MAX_FILE_BYTES = 1024 * MB;
/** Bytes read or decompressed across a whole import, so 50 near-limit files cannot take minutes. */
export const MAX_TOTAL_BYTES = 2048 * MB;
/** A Studio CSV is a few KB; anything this big is not one. */
export const MAX_CSV_BYTES = 10 * MB;
/** Decompressed size allowed for any ZIP entry that is held in memory. */
export const MAX_ENTRY_BYTES = 100 * MB;
/** A data download's JSON is scanned as it inflates and never held whole, so it may be larger. */
export const MAX_JSON_BYTES = MAX_FILE_BYTES;
/** Entries listed in one ZIP; exports hold one to a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Unknown entries named one by one in notices before the rest are counted together. */
export const MAX_ENTRY_NOTICES = 10;
/** The profile part of a data download is a few KB. */
export const MAX_PROFILE_BYTES = 1 * MB;
/** The posted-videos list: about 200 bytes a video, so room for ~300,000 videos. */
export const MAX_VIDEO_LIST_BYTES = 64 * MB;

/** Megabytes, for notice values. */
export function toMegabytes(bytes: number): number {
  return Math.ceil(bytes / MB);
}
