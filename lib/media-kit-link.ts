import * as z from 'zod/mini';
import { showInput } from '@/lib/rules/format';
import { PROFILE_FIELDS } from '@/lib/rules/profile-fields';
import type { CreatorProfile, ProfileField } from '@/lib/rules';
import { firstValue, VERSION_PARAM, type QueryInput } from './profile-text';

/** What a media kit adds to a result link: who the creator is, and whether to hide exact numbers. */
export type MediaKitDetails = { name: string; handle: string; bio: string; tiers: boolean };

/** The words of the messages about a bad media-kit parameter, in the page's language. */
export type MediaKitMessages = {
  tooLong: (field: string, max: number, input: string) => string;
  badHandle: (input: string) => string;
  leftOut: (message: string) => string;
};

function fieldsWith(messages: MediaKitMessages) {
  const text = (field: string, max: number) =>
    z.string().check(z.trim(), z.maxLength(max, { error: (issue) => messages.tooLong(field, max, showInput(issue.input)) }));
  return {
    name: text('name', 60),
    handle: z.string().check(z.trim(), z.regex(/^@?[A-Za-z0-9._]{0,30}$/, { error: (issue) => messages.badHandle(showInput(issue.input)) })),
    bio: text('bio', 280),
  } as const;
}

/** A media-kit parameter that could not be used: what the page says ("…; leaving it out"), and why alone. */
export type MediaKitIssue = { field: string; message: string; reason: string };

/** Reads the media-kit parameters of a link; a bad one is reported and left empty. */
export function parseMediaKitQuery(
  query: QueryInput,
  messages: MediaKitMessages,
): { details: MediaKitDetails; issues: MediaKitIssue[] } {
  const fields = fieldsWith(messages);
  const details: MediaKitDetails = { name: '', handle: '', bio: '', tiers: false };
  const issues: MediaKitIssue[] = [];
  for (const field of ['name', 'handle', 'bio'] as const) {
    const raw = firstValue(query, field);
    if (raw === undefined) continue;
    const parsed = fields[field].safeParse(raw);
    if (parsed.success) details[field] = field === 'handle' ? parsed.data.replace(/^@/, '') : parsed.data;
    else {
      const reason = parsed.error.issues[0]?.message ?? field;
      issues.push({ field, message: messages.leftOut(reason), reason });
    }
  }
  details.tiers = ['1', 'true', 'yes'].includes((firstValue(query, 'tiers') ?? '').toLowerCase());
  return { details, issues };
}


/**
 * The profile fields a link gives: present in its query string and valid. A share link carries only the
 * fields that differ from their defaults, so every other field is the calculator's default, which a media
 * kit never presents as the creator's own. (A creator who typed exactly a default value, such as 5%
 * engagement, is read as not having given it: the link cannot tell the two apart.)
 */
export function givenFields(query: QueryInput, profile: CreatorProfile, invalid: Iterable<ProfileField>): ReadonlySet<ProfileField> {
  const bad = new Set(invalid);
  return new Set(PROFILE_FIELDS.filter((field) => firstValue(query, field) !== undefined && !bad.has(field) && profile[field] !== undefined));
}

/**
 * The query string of a media kit: the given profile fields (even one equal to its default, such as a
 * niche chosen as "general"), the ruleset version, then the kit's own details. Only valid values, so the
 * PDF link made from it never fails.
 */
export function buildMediaKitQuery(
  profile: CreatorProfile,
  given: ReadonlySet<ProfileField>,
  version: string | undefined,
  details?: MediaKitDetails,
  omit: ReadonlySet<ProfileField> = new Set(),
): string {
  const params = new URLSearchParams();
  for (const field of PROFILE_FIELDS) if (given.has(field) && !omit.has(field)) params.set(field, String(profile[field]));
  if (version) params.set(VERSION_PARAM, version);
  if (details) {
    for (const key of ['name', 'handle', 'bio'] as const) if (details[key]) params.set(key, details[key]);
    if (details.tiers) params.set('tiers', '1');
  }
  return params.toString();
}

/** Where the media kit's PDF is: `/en/media-kit/pdf`, asked with the kit's own query string. */
export function mediaKitPdfPath(locale: string): string {
  return `/${locale}/media-kit/pdf`;
}

/** The PDF's file name, from the creator's name: "media-kit-sanne-de-vries.pdf" (ASCII, for every mail client). */
export function mediaKitFileName(prefix: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug ? `${prefix}-${slug}` : prefix}.pdf`;
}
