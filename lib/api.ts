import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import * as z from 'zod/mini';
import {
  creatorProfileSchema,
  evaluateProfile,
  isoDateSchema,
  PROFILE_FIELDS,
  refusing,
  rulesetFor,
  todayIso,
  type CreatorProfile,
  type Locale,
} from '@/lib/rules';
import { showInput } from '@/lib/rules/format';
import { localeFromAcceptLanguage } from './accept-language';
import { apiErrorSchema } from './api-answer-schema';
import { includedParts, includeSchema, readIncludeParam, shapeAnswer } from './api-response';
import { resultWordsFor, translatorFor } from './engine-translator';
import { readFieldText } from './profile-text';
import { issueMessage, problemMessage } from './validation-words';

/** Largest POST body accepted, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Dates the API evaluates at: wide enough for any real question, narrow enough to keep caches useful. */
const EARLIEST_AS_OF = '2020-01-01';
const LATEST_AS_OF = '2035-12-31';

/**
 * What /api/estimate takes: the profile fields plus an optional `asOf` date and `include` list. Unknown
 * fields are rejected. In no language, like the profile's schema: `issuesOf` words its issues.
 */
export const estimateRequestSchema = z.extend(creatorProfileSchema, {
  asOf: z.optional(
    isoDateSchema.check(
      // A date that is not one (2019-02-30) already has its own message; only check the range of real ones.
      z.refine((date: string) => !isoDateSchema.safeParse(date).success || (date >= EARLIEST_AS_OF && date <= LATEST_AS_OF), {
        error: refusing({ code: 'dateRange', field: 'asOf', from: EARLIEST_AS_OF, to: LATEST_AS_OF }),
      }),
    ),
  ),
  include: includeSchema,
});

export type ApiIssue = z.infer<typeof apiErrorSchema>['issues'][number];

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

// Results depend only on the input, asOf and the ruleset version, so caches may keep them: an hour in
// shared caches, five minutes in browsers. Without an explicit asOf the answer is today's, so it is
// never kept past midnight (UTC), when "today" moves on.
function cacheControl(asOfGiven: boolean, now = new Date()): string {
  const untilMidnight = Math.max(1, Math.floor((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000));
  const shared = asOfGiven ? 3600 : Math.min(3600, untilMidnight);
  return `public, max-age=${Math.min(300, shared)}, s-maxage=${shared}`;
}

/** Answers in the language the caller's Accept-Language asks for (English or Dutch), and says so. */
function languageHeaders(locale: Locale) {
  return { 'Content-Language': locale, Vary: 'Accept-Language' };
}

export function errorResponse(
  status: number,
  error: string,
  issues: ApiIssue[],
  locale: Locale,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ error, issues }), {
    status,
    headers: { ...JSON_HEADERS, 'Cache-Control': 'no-store', ...languageHeaders(locale), ...headers },
  });
}

/** A 400 that lists what was wrong with the request, each issue already in words. */
export function badRequest(issues: ApiIssue[], locale: Locale): Response {
  return errorResponse(400, translatorFor(locale, 'api')('invalid'), issues, locale);
}

/** Every bad field its own issue, in the page's words: unknown fields too, which zod reports together. */
function issuesOf(error: z.core.$ZodError, locale: Locale): ApiIssue[] {
  const t = translatorFor(locale, 'validation');
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: key, message: problemMessage(t, { code: 'unknownFields', keys: `'${key}'` }) }))
      : [{ path: issue.path.map(String).join('.'), message: issueMessage(t, issue) }],
  );
}

// A new build may change the result's shape or wording for the same rules: it is part of every ETag.
const BUILD = process.env.BUILD_STAMP ?? 'dev';

/** Weak: the same answer may travel compressed or not, and a strong ETag would have to differ between those. */
function etagOf(profile: CreatorProfile, asOf: string, version: string, locale: Locale, include: string): string {
  const hash = createHash('sha1').update(`${BUILD}|${version}|${locale}|${asOf}|${include}|${JSON.stringify(profile)}`).digest('base64url');
  return `W/"${hash}"`;
}

/**
 * Answers written in the last five minutes, by ETag. The ETag names everything an answer depends on
 * (build, ruleset, language, date, parts and profile), so a request equal to a recent one (a client
 * reloading, one profile asked for by many) gets the same text without evaluating and writing it again.
 * In memory only, and no longer than a browser may keep the answer (Cache-Control's max-age): a profile
 * is not kept. Beyond 8 MB of text (about 850 default answers, 140 with every part) the least recent go first.
 */
const answers = new LRUCache<string, string>({
  ttl: 5 * 60 * 1000,
  // Dropped when they expire, not only when next asked for or pushed out.
  ttlAutopurge: true,
  // The clock read on each look-up (not a reading kept for a millisecond on a timer of its own), and looked
  // up where it is then, not kept from when this module loaded: tests put a fake one in its place.
  ttlResolution: 0,
  perf: { now: () => performance.now() },
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (text) => text.length,
});

/** Whether a GET's If-None-Match names this ETag (compared weakly, as RFC 9110 says for If-None-Match), or is `*`. */
function alreadyHas(request: Request, etag: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** Answers a validated request with its result (evaluated, or remembered from an equal request), or 304 when the caller already has it. */
function resultResponse(request: Request, input: z.infer<typeof estimateRequestSchema>, locale: Locale): Response {
  const { asOf: requestedAsOf, include, ...profile } = input;
  // One reading of the clock for both the date and how long caches keep the answer: two could fall either side of midnight.
  const now = new Date();
  const asOf = requestedAsOf ?? todayIso(now);
  const ruleset = rulesetFor(locale);
  const parts = includedParts(include);
  // The ETag depends only on the input, the date, the language, the parts included and the ruleset, so a revalidation skips the evaluation.
  const etag = etagOf(profile, asOf, ruleset.version, locale, parts.join(','));
  const headers = { 'Cache-Control': cacheControl(requestedAsOf !== undefined, now), ETag: etag, ...languageHeaders(locale) };
  // Only a GET (or HEAD) can be answered with 304; a POST is always answered in full.
  if (alreadyHas(request, etag)) return new Response(null, { status: 304, headers });
  let body = answers.get(etag);
  if (body === undefined) {
    // The projection is the heaviest part of an evaluation: only worked out when the answer has it.
    const result = evaluateProfile(profile, asOf, ruleset, { projection: parts.includes('projection') });
    body = JSON.stringify(shapeAnswer(result, resultWordsFor(locale), parts));
    answers.set(etag, body);
  }
  return new Response(body, { status: 200, headers: { ...JSON_HEADERS, ...headers } });
}

/**
 * GET /api/estimate?followers=...: the page's query string, plus `asOf` and `include` (comma-separated). Unknown parameters (such as a share link's `v`)
 * are ignored; a repeated one counts once, as on the page; bad values are 400.
 */
export function handleEstimateGet(request: Request): Response {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  const params = new URL(request.url).searchParams;
  const input: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const text = params.get(field);
    if (text !== null) input[field] = readFieldText(field, text);
  }
  const asOf = params.get('asOf');
  if (asOf !== null) input.asOf = asOf;
  const include = params.get('include');
  if (include !== null) input.include = readIncludeParam(include);
  const parsed = estimateRequestSchema.safeParse(input);
  if (!parsed.success) return badRequest(issuesOf(parsed.error, locale), locale);
  return resultResponse(request, parsed.data, locale);
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

/** POST /api/estimate with a JSON object of profile fields (and `asOf`, `include`). */
export async function handleEstimatePost(request: Request): Promise<Response> {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  const t = translatorFor(locale, 'api');
  const text = await readLimitedText(request);
  if (text === null) {
    return errorResponse(413, t('tooLarge'), [{ path: '', message: t('bodyTooLarge', { bytes: String(MAX_BODY_BYTES) }) }], locale);
  }
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return badRequest([{ path: '', message: t('notJson', { input: showInput(text) }) }], locale);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return badRequest([{ path: '', message: t('notJsonObject', { input: showInput(body) }) }], locale);
  }
  const parsed = estimateRequestSchema.safeParse(body);
  if (!parsed.success) return badRequest(issuesOf(parsed.error, locale), locale);
  return resultResponse(request, parsed.data, locale);
}

/** Any other path under /api/: a JSON 404 (not the HTML page) that names the routes there are. */
export function apiNotFound(request: Request): Response {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  const t = translatorFor(locale, 'api');
  return errorResponse(404, t('notFound'), [{ path: '', message: t('routes') }], locale);
}

/** OPTIONS: the methods the route answers (Next.js's own OPTIONS would list the 405 handlers too). */
export function allowedMethods(allowed: string): Response {
  return new Response(null, { status: 204, headers: { Allow: `${allowed}, HEAD, OPTIONS`, 'Cache-Control': 'public, max-age=86400' } });
}

export function methodNotAllowed(request: Request, allowed: string): Response {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  const t = translatorFor(locale, 'api');
  return errorResponse(405, t('notAllowed'), [{ path: '', message: t('use', { methods: allowed }) }], locale, { Allow: allowed });
}
