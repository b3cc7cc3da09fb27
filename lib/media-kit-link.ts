import * as z from 'zod/mini';
import { showInput } from '@/lib/rules/format';
import { firstValue, type QueryInput } from './share-link';

/** What a media kit adds to a result link: who the creator is, and whether to hide exact numbers. */
export type MediaKitDetails = { name: string; handle: string; bio: string; tiers: boolean };

const text = (field: string, max: number) =>
  z.string().check(
    z.trim(),
    z.maxLength(max, { error: (issue) => `${field} must be at most ${max} characters; got ${showInput(issue.input)}` }),
  );

const FIELDS = {
  name: text('name', 60),
  handle: z.string().check(
    z.trim(),
    z.regex(/^@?[A-Za-z0-9._]{0,30}$/, {
      error: (issue) => `handle must be a TikTok username: up to 30 letters, digits, dots or underscores; got ${showInput(issue.input)}`,
    }),
  ),
  bio: text('bio', 280),
} as const;


/** Reads the media-kit parameters of a link; a bad one is reported and left empty. */
export function parseMediaKitQuery(query: QueryInput): { details: MediaKitDetails; issues: Array<{ field: string; message: string }> } {
  const details: MediaKitDetails = { name: '', handle: '', bio: '', tiers: false };
  const issues: Array<{ field: string; message: string }> = [];
  for (const field of ['name', 'handle', 'bio'] as const) {
    const raw = firstValue(query, field);
    if (raw === undefined) continue;
    const parsed = FIELDS[field].safeParse(raw);
    if (parsed.success) details[field] = field === 'handle' ? parsed.data.replace(/^@/, '') : parsed.data;
    else issues.push({ field, message: `${parsed.error.issues[0]?.message ?? `${field} is not valid`}; leaving it out` });
  }
  details.tiers = ['1', 'true', 'yes'].includes((firstValue(query, 'tiers') ?? '').toLowerCase());
  return { details, issues };
}

