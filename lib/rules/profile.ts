import * as z from 'zod/mini';
import { COUNTRY_CODES } from './countries';
import { formatCount, showInput } from './format';

// zod probes `new Function` once for its JIT, which a strict Content-Security-Policy forbids in the browser.
z.config({ jitless: true });

/** Niches a creator can pick; brand-deal rates depend on them (see rules/brand-partnerships.json). */
export const NICHES = [
  'general', 'beauty', 'fashion', 'food', 'fitness', 'education', 'finance', 'tech', 'gaming',
  'comedy', 'travel', 'parenting',
] as const;

export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;
export const ACCOUNT_TYPES = ['personal', 'business'] as const;

export type Niche = (typeof NICHES)[number];
export type Currency = (typeof CURRENCIES)[number];

type Bounds = { min: number; max: number };

/** -0 is a valid number but prints as "0" and compares oddly: store it as 0. */
const withoutNegativeZero = (value: number) => value + 0;

function numberMessage(field: string, allowed: string) {
  return (issue: { input?: unknown }) => `${field} must be ${allowed}; got ${showInput(issue.input)}`;
}

const wholeNumberFields = new Set<string>();

/** A whole number in [min, max], with a message that names the field, the value and what is allowed. */
function wholeNumber(field: string, { min, max }: Bounds, fallback: number, why = '') {
  wholeNumberFields.add(field);
  const error = numberMessage(field, `a whole number from ${formatCount(min)}${why} to ${formatCount(max)}`);
  return z._default(
    z.number({ error }).check(z.int({ error }), z.minimum(min, { error }), z.maximum(max, { error }), z.overwrite(withoutNegativeZero)),
    fallback,
  );
}

/** A number (decimals allowed) in [min, max]. */
function decimal(field: string, { min, max }: Bounds, fallback: number, unit = '') {
  const error = numberMessage(field, `a number from ${formatCount(min)} to ${formatCount(max)}${unit}`);
  return z._default(
    z.number({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }), z.overwrite(withoutNegativeZero)),
    fallback,
  );
}

/** An optional amount: left out (undefined) means "not given"; 0 is a real answer. */
function optionalAmount(field: string, max: number, unit = '') {
  const error = numberMessage(field, `a number from 0 to ${formatCount(max)}${unit}, or left out`);
  return z.optional(z.number({ error }).check(z.minimum(0, { error }), z.maximum(max, { error }), z.overwrite(withoutNegativeZero)));
}

function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T, fallback: T[number]) {
  const error = (issue: { input?: unknown }) =>
    `${field} must be one of ${values.join(', ')}; got ${showInput(issue.input)}`;
  return z._default(z.enum(values, { error }), fallback);
}

const countryError = (issue: { input?: unknown }) =>
  `country must be an ISO 3166-1 alpha-2 country code such as US, GB or NL; got ${showInput(issue.input)}`;

/**
 * A creator's stats. The field names are public: share links, the API and other tools use them.
 * Every field has a default, so a partial profile parses; unknown fields are rejected.
 * Percentages are given as 0-100 (5 means 5%).
 */
export const creatorProfileSchema = z.strictObject(
  {
    age: wholeNumber('age', { min: 13, max: 120 }, 25, " (TikTok's minimum age)"),
    country: z._default(
      z.pipe(z.string({ error: countryError }).check(z.trim(), z.toUpperCase()), z.enum(COUNTRY_CODES, { error: countryError })),
      'US',
    ),
    followers: wholeNumber('followers', { min: 0, max: 2_000_000_000 }, 1_000),
    /** Video views in the last 30 days. */
    views30d: wholeNumber('views30d', { min: 0, max: 1_000_000_000_000 }, 20_000),
    /** Public videos posted in the last 30 days. */
    videos30d: wholeNumber('videos30d', { min: 0, max: 10_000 }, 8),
    accountAgeDays: wholeNumber('accountAgeDays', { min: 0, max: 10_000 }, 365),
    accountType: oneOf('accountType', ACCOUNT_TYPES, 'personal'),
    goodStanding: z._default(
      z.boolean({ error: (issue) => `goodStanding must be true or false; got ${showInput(issue.input)}` }),
      true,
    ),
    /** Follower growth, % per month, compounding. */
    followerGrowth: decimal('followerGrowth', { min: -100, max: 1_000 }, 5, ' (% per month)'),
    /** Growth of monthly views, % per month, compounding. */
    viewGrowth: decimal('viewGrowth', { min: -100, max: 1_000 }, 5, ' (% per month)'),
    currency: oneOf('currency', CURRENCIES, 'USD'),
    /** Share of views that land on videos longer than one minute (%): only those earn Creator Rewards. */
    longVideoShare: decimal('longVideoShare', { min: 0, max: 100 }, 50, ' (%)'),
    /** Engagement per view: (likes + comments + shares) / views x 100. */
    engagementRate: decimal('engagementRate', { min: 0, max: 100 }, 5, ' (%)'),
    /** Hours spent LIVE per month. */
    liveHours: decimal('liveHours', { min: 0, max: 744 }, 0, ' (hours a month)'),
    /** Average number of viewers watching a LIVE at once. */
    liveViewers: wholeNumber('liveViewers', { min: 0, max: 10_000_000 }, 20),
    niche: oneOf('niche', NICHES, 'general'),
    /** Price of the creator's own product or service, in `currency`. */
    productPrice: decimal('productPrice', { min: 0, max: 1_000_000 }, 25),
    /** Margin kept on each sale of the own product (%). */
    productMargin: decimal('productMargin', { min: 0, max: 100 }, 60, ' (%)'),
    /** Monthly income the creator wants, in `currency`; 0 means no goal. */
    incomeGoal: decimal('incomeGoal', { min: 0, max: 100_000_000 }, 0),
    // What the creator actually earned last month. Where given, it replaces the default parameter.
    /** Creator Rewards RPM you were paid, in `currency` per 1,000 qualified views. */
    myRpm: optionalAmount('myRpm', 100, ' (per 1,000 qualified views)'),
    /** Diamonds received from LIVE gifts last month. */
    myDiamonds: optionalAmount('myDiamonds', 1_000_000_000),
    /** Affiliate commission earned last month, in `currency`. */
    myAffiliateCommission: optionalAmount('myAffiliateCommission', 100_000_000),
    /** Fee you charge per sponsored video, in `currency`. */
    myBrandFee: optionalAmount('myBrandFee', 100_000_000),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `'${key}'`).join(', ')}; see /api/schema for the fields allowed`
        : `the profile must be an object of fields; got ${showInput(issue.input)}`,
  },
);

/** A parsed, complete creator profile. */
export type CreatorProfile = z.infer<typeof creatorProfileSchema>;
/** What a caller may pass in: any field may be left out. */
export type CreatorProfileInput = z.input<typeof creatorProfileSchema>;
/** The public field names, in form order. */
export type ProfileField = keyof CreatorProfile;

export const PROFILE_FIELDS = Object.keys(creatorProfileSchema.shape) as ProfileField[];

/** An ISO date (YYYY-MM-DD), as `asOf` takes it. */
export const isoDateSchema = z.iso.date({ error: (issue) => `asOf must be a date written YYYY-MM-DD; got ${showInput(issue.input)}` });

/** Fields a creator may leave out: empty means "not given", not 0. */
export const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['myRpm', 'myDiamonds', 'myAffiliateCommission', 'myBrandFee']);

/** Fields that take whole numbers only (so "12.500" can be read as twelve thousand five hundred). */
export const WHOLE_NUMBER_FIELDS: ReadonlySet<string> = wholeNumberFields;

/** The profile every field falls back to. */
export const DEFAULT_PROFILE: Readonly<CreatorProfile> = Object.freeze(creatorProfileSchema.parse({}));
