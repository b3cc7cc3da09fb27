import * as z from 'zod/mini';
import { showInput } from '@/lib/rules/format';
import { firstValue, type QueryInput } from './profile-text';

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

/** Reads the media-kit parameters of a link; a bad one is reported and left empty. */
export function parseMediaKitQuery(
  query: QueryInput,
  messages: MediaKitMessages,
): { details: MediaKitDetails; issues: Array<{ field: string; message: string }> } {
  const fields = fieldsWith(messages);
  const details: MediaKitDetails = { name: '', handle: '', bio: '', tiers: false };
  const issues: Array<{ field: string; message: string }> = [];
  for (const field of ['name', 'handle', 'bio'] as const) {
    const raw = firstValue(query, field);
    if (raw === undefined) continue;
    const parsed = fields[field].safeParse(raw);
    if (parsed.success) details[field] = field === 'handle' ? parsed.data.replace(/^@/, '') : parsed.data;
    else issues.push({ field, message: messages.leftOut(parsed.error.issues[0]?.message ?? field) });
  }
  details.tiers = ['1', 'true', 'yes'].includes((firstValue(query, 'tiers') ?? '').toLowerCase());
  return { details, issues };
}

