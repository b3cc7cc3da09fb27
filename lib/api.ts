import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import {
  creatorProfileSchema,
  defaultRuleset,
  evaluateProfile,
  isoDateSchema,
  PROFILE_FIELDS,
  todayIso,
  type CreatorProfile,
} from '@/lib/rules';
import { showInput } from '@/lib/rules/format';
import { readFieldText } from './share-link';

/** Largest POST body accepted, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** What /api/estimate takes: the profile fields plus an optional `asOf` date. Unknown fields are rejected. */
export const estimateRequestSchema = z.extend(creatorProfileSchema, {
  asOf: z.optional(
    isoDateSchema.check(
      // A malformed date already has its own message; only check the range of well-formed ones.
      z.refine((date: string) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || (date >= EARLIEST_AS_OF && date <= LATEST_AS_OF), {
        error: (issue) => `asOf must be a date from ${EARLIEST_AS_OF} to ${LATEST_AS_OF}; got ${showInput(issue.input)}`,
      }),
    ),
  ),
});

export type ApiIssue = { path: string; message: string };

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

// Results depend only on the input, asOf and the ruleset version, so caches may keep them; without an
// explicit asOf the date can roll over, so shared caches keep them an hour at most (and never stale).
const CACHE_CONTROL = 'public, max-age=300, s-maxage=3600';

/** Dates the API evaluates at: wide enough for any real question, narrow enough to keep caches useful. */
const EARLIEST_AS_OF = '2020-01-01';
const LATEST_AS_OF = '2035-12-31';

export function errorResponse(status: number, error: string, issues: ApiIssue[], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error, issues }), { status, headers: { ...JSON_HEADERS, 'Cache-Control': 'no-store', ...headers } });
}

function issuesOf(error: z.core.$ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function etagOf(profile: CreatorProfile, asOf: string, version: string): string {
  const hash = createHash('sha1').update(`${version}|${asOf}|${JSON.stringify(profile)}`).digest('base64url');
  return `"${hash}"`;
}

/** Evaluates a validated request and answers with the result, or 304 when the caller already has it. */
function resultResponse(request: Request, input: z.infer<typeof estimateRequestSchema>): Response {
  const { asOf: requestedAsOf, ...profile } = input;
  const asOf = requestedAsOf ?? todayIso();
  // The ETag depends only on the input, the date and the ruleset, so a revalidation skips the evaluation.
  const etag = etagOf(profile, asOf, defaultRuleset.version);
  const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const result = evaluateProfile(profile, asOf, defaultRuleset);
  return new Response(JSON.stringify(result), { status: 200, headers: { ...JSON_HEADERS, ...headers } });
}

/**
 * GET /api/estimate?followers=...: the page's query string. Unknown parameters (such as a share link's `v`)
 * are ignored; a repeated one counts once, as on the page; bad values are 400.
 */
export function handleEstimateGet(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const input: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const text = params.get(field);
    if (text !== null) input[field] = readFieldText(field, text);
  }
  const asOf = params.get('asOf');
  if (asOf !== null) input.asOf = asOf;
  const parsed = estimateRequestSchema.safeParse(input);
  if (!parsed.success) return errorResponse(400, 'Invalid request', issuesOf(parsed.error));
  return resultResponse(request, parsed.data);
}

async function readLimitedText(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** POST /api/estimate with a JSON object of profile fields (and `asOf`). */
export async function handleEstimatePost(request: Request): Promise<Response> {
  const text = await readLimitedText(request);
  if (text === null) {
    return errorResponse(413, 'Request body too large', [{ path: '', message: `the body must be at most ${MAX_BODY_BYTES} bytes` }]);
  }
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return errorResponse(400, 'Invalid request', [{ path: '', message: `the body must be JSON; got ${showInput(text)}` }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return errorResponse(400, 'Invalid request', [{ path: '', message: `the body must be a JSON object of profile fields; got ${showInput(body)}` }]);
  }
  const parsed = estimateRequestSchema.safeParse(body);
  if (!parsed.success) return errorResponse(400, 'Invalid request', issuesOf(parsed.error));
  return resultResponse(request, parsed.data);
}

export function methodNotAllowed(allowed: string): Response {
  return errorResponse(405, 'Method not allowed', [{ path: '', message: `use ${allowed}` }], { Allow: allowed });
}
