import * as z from 'zod/mini';
import { readAudience, writeAudience } from './audience';
import { COUNTRY_CODES } from './countries';
import { ACCOUNT_TYPES, CURRENCIES, defaultCurrencyFor, NICHES, PROFILE_DEFAULTS } from './profile-fields';
import { problemText, refusing, shownInput, type NumberUnit, type OptionalNumberUnit, type WholeNumberUnit } from './validation-problem';

export { ACCOUNT_TYPES, CURRENCIES, DEFAULT_PROFILE, defaultCurrencyFor, NICHES, OPTIONAL_FIELDS, OPTIONAL_TEXT_FIELDS, PROFILE_FIELDS, WHOLE_NUMBER_FIELDS } from './profile-fields';

// zod probes `new Function` once for its JIT, which a strict Content-Security-Policy forbids in the browser.
z.config({ jitless: true });

export type Niche = (typeof NICHES)[number];
export type Currency = (typeof CURRENCIES)[number];

type Bounds = { min: number; max: number };

/** -0 is a valid number but prints as "0" and compares oddly: store it as 0. */
const withoutNegativeZero = (value: number) => value + 0;

/**
 * The profile schema, in no language: its issues carry codes and values (the field, what is allowed, the
 * value refused), which the page and the API word from the catalog. The field names stay as they are in
 * every language, because links and the API use them.
 */
function makeProfileSchema() {
  /** A whole number in [min, max]. */
  function wholeNumber(field: string, { min, max }: Bounds, fallback: number, unit: WholeNumberUnit = 'none') {
    const error = refusing({ code: 'wholeNumber', field, min, max, unit });
    return z._default(
      z.number({ error }).check(z.int({ error }), z.minimum(min, { error }), z.maximum(max, { error }), z.overwrite(withoutNegativeZero)),
      fallback,
    );
  }

  /** A number (decimals allowed) in [min, max]. */
  function decimal(field: string, { min, max }: Bounds, fallback: number, unit: NumberUnit = 'none') {
    const error = refusing({ code: 'number', field, min, max, unit });
    return z._default(
      z.number({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }), z.overwrite(withoutNegativeZero)),
      fallback,
    );
  }

  /** An optional amount: left out (undefined) means "not given"; 0 is a real answer. */
  function optionalAmount(field: string, max: number, unit: OptionalNumberUnit = 'none') {
    const error = refusing({ code: 'optionalNumber', field, max, unit });
    return z.optional(z.number({ error }).check(z.minimum(0, { error }), z.maximum(max, { error }), z.overwrite(withoutNegativeZero)));
  }

  function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T, fallback: T[number]) {
    return z._default(z.enum(values, { error: refusing({ code: 'oneOf', field, values: values.join(', ') }) }), fallback);
  }

  const countryError = refusing({ code: 'country', field: 'country' });
  // Typed as if it had a default, because it always ends up with one: the profile's check fills a left-out
  // currency from the country, which a field's own default cannot see.
  const countryCurrency = z.optional(
    z.enum(CURRENCIES, { error: refusing({ code: 'oneOf', field: 'currency', values: CURRENCIES.join(', ') }) }),
  ) as unknown as z.ZodMiniDefault<z.ZodMiniEnum<{ [K in Currency]: K }>>;
  const audienceError = (issue: { input?: unknown }) => {
    const read = typeof issue.input === 'string' ? readAudience(issue.input) : { problem: 'format' as const };
    return refusing({ code: 'audience', field: 'audience', problem: 'problem' in read ? read.problem : 'none' })(issue);
  };

  return z.strictObject(
    {
      age: wholeNumber('age', { min: 13, max: 120 }, PROFILE_DEFAULTS.age, 'minimumAge'),
      country: z._default(
        z.pipe(z.string({ error: countryError }).check(z.trim(), z.toUpperCase()), z.enum(COUNTRY_CODES, { error: countryError })),
        PROFILE_DEFAULTS.country,
      ),
      followers: wholeNumber('followers', { min: 0, max: 2_000_000_000 }, PROFILE_DEFAULTS.followers),
      /** Video views in the last 30 days. */
      views30d: wholeNumber('views30d', { min: 0, max: 1_000_000_000_000 }, PROFILE_DEFAULTS.views30d),
      /** Public videos posted in the last 30 days. */
      videos30d: wholeNumber('videos30d', { min: 0, max: 10_000 }, PROFILE_DEFAULTS.videos30d),
      accountAgeDays: wholeNumber('accountAgeDays', { min: 0, max: 10_000 }, PROFILE_DEFAULTS.accountAgeDays),
      accountType: oneOf('accountType', ACCOUNT_TYPES, PROFILE_DEFAULTS.accountType),
      goodStanding: z._default(z.boolean({ error: refusing({ code: 'boolean', field: 'goodStanding' }) }), PROFILE_DEFAULTS.goodStanding),
      /** Follower growth, % per month, compounding. */
      followerGrowth: decimal('followerGrowth', { min: -100, max: 1_000 }, PROFILE_DEFAULTS.followerGrowth, 'perMonth'),
      /** Growth of monthly views, % per month, compounding. */
      viewGrowth: decimal('viewGrowth', { min: -100, max: 1_000 }, PROFILE_DEFAULTS.viewGrowth, 'perMonth'),
      /**
       * Where the audience lives: `US:55,GB:20` (ISO codes, whole percent, total at most 100; the rest is
       * "elsewhere"). Creator Rewards pays by the viewer's country, so its RPM follows this mix.
       */
      audience: z.optional(
        z.string({ error: audienceError }).check(
          z.refine((text) => 'shares' in readAudience(text), { error: audienceError }),
          z.overwrite((text) => {
            const read = readAudience(text);
            return 'shares' in read ? writeAudience(read.shares) : text;
          }),
        ),
      ),
      /** Left out, it follows `country` (see `defaultCurrencyFor`); the object's check below fills it in. */
      currency: countryCurrency,
      /** Share of views that land on videos longer than one minute (%): only those earn Creator Rewards. */
      longVideoShare: decimal('longVideoShare', { min: 0, max: 100 }, PROFILE_DEFAULTS.longVideoShare, 'percent'),
      /** Engagement per view: (likes + comments + shares) / views x 100. */
      engagementRate: decimal('engagementRate', { min: 0, max: 100 }, PROFILE_DEFAULTS.engagementRate, 'percent'),
      /** Hours spent LIVE per month. */
      liveHours: decimal('liveHours', { min: 0, max: 744 }, PROFILE_DEFAULTS.liveHours, 'hoursAMonth'),
      /** Average number of viewers watching a LIVE at once. */
      liveViewers: wholeNumber('liveViewers', { min: 0, max: 10_000_000 }, PROFILE_DEFAULTS.liveViewers),
      niche: oneOf('niche', NICHES, PROFILE_DEFAULTS.niche),
      /** Price of the creator's own product or service, in `currency`. */
      productPrice: decimal('productPrice', { min: 0, max: 1_000_000 }, PROFILE_DEFAULTS.productPrice),
      /** Margin kept on each sale of the own product (%). */
      productMargin: decimal('productMargin', { min: 0, max: 100 }, PROFILE_DEFAULTS.productMargin, 'percent'),
      /** Monthly income the creator wants, in `currency`; 0 means no goal. */
      incomeGoal: decimal('incomeGoal', { min: 0, max: 100_000_000 }, PROFILE_DEFAULTS.incomeGoal),
      // What the creator actually earned last month. Where given, it replaces the default parameter.
      /** Creator Rewards RPM you were paid, in `currency` per 1,000 qualified views. */
      myRpm: optionalAmount('myRpm', 100, 'perThousand'),
      /** Diamonds received from LIVE gifts last month. */
      myDiamonds: optionalAmount('myDiamonds', 1_000_000_000),
      /** Affiliate commission earned last month, in `currency`. */
      myAffiliateCommission: optionalAmount('myAffiliateCommission', 100_000_000),
      /** Fee you charge per sponsored video, in `currency`. */
      myBrandFee: optionalAmount('myBrandFee', 100_000_000),
    },
    {
      error: (issue) =>
        problemText(
          issue.code === 'unrecognized_keys'
            ? { code: 'unknownFields', keys: issue.keys.map((key) => `'${key}'`).join(', ') }
            : { code: 'notAnObject', input: shownInput(issue.input) },
        ),
    },
  ).check(z.overwrite((profile) => (profile.currency === undefined ? { ...profile, currency: defaultCurrencyFor(profile.country) } : profile)));
}

/**
 * A creator's stats. The field names are public: share links, the API and other tools use them.
 * Every field has a default, so a partial profile parses; unknown fields are rejected.
 * Percentages are given as 0-100 (5 means 5%). Each issue's message is a `ValidationProblem`, in no
 * language: `readProblem` reads it, and lib/validation-words.ts words it in the reader's.
 */
export const creatorProfileSchema = makeProfileSchema();

/** A parsed, complete creator profile. */
export type CreatorProfile = z.infer<typeof creatorProfileSchema>;
/** What a caller may pass in: any field may be left out. */
export type CreatorProfileInput = z.input<typeof creatorProfileSchema>;
/** The public field names, in form order. */
export type ProfileField = keyof CreatorProfile;

/** An ISO date (YYYY-MM-DD), as `asOf` takes it. */
export const isoDateSchema = z.iso.date({ error: refusing({ code: 'date', field: 'asOf' }) });
