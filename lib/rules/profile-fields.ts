import type { CreatorProfile, ProfileField } from './profile';

// The profile's fields and defaults without the schema: the page's first load needs these, and zod
// with its messages is too heavy to parse before the creator has typed anything. `profile.ts` builds the
// schema from the same values, and a test checks that the schema's defaults and field order match.

/** Niches a creator can pick; brand-deal rates depend on them (see rules/brand-partnerships.json). */
export const NICHES = [
  'general', 'beauty', 'fashion', 'food', 'fitness', 'education', 'finance', 'tech', 'gaming',
  'comedy', 'travel', 'parenting',
] as const;

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'BRL', 'MXN', 'JPY', 'KRW', 'CAD', 'AUD'] as const;

// The euro area (2026) and the markets with a currency of their own above. A country not listed has
// none of these currencies: USD, as TikTok quotes its rates.
const EURO_AREA = ['AT', 'BE', 'BG', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES'];
const COUNTRY_CURRENCY: Readonly<Record<string, (typeof CURRENCIES)[number]>> = {
  ...Object.fromEntries(EURO_AREA.map((country) => [country, 'EUR' as const])),
  GB: 'GBP', BR: 'BRL', MX: 'MXN', JP: 'JPY', KR: 'KRW', CA: 'CAD', AU: 'AUD',
};

/** The currency a profile takes when it names none: the country's own (NL -> EUR, BR -> BRL), else USD. */
export function defaultCurrencyFor(country: string): (typeof CURRENCIES)[number] {
  return COUNTRY_CURRENCY[country] ?? 'USD';
}
export const ACCOUNT_TYPES = ['personal', 'business'] as const;

/** Each field's default, in form order, as literals for the schema; everything else uses `DEFAULT_PROFILE`. */
export const PROFILE_DEFAULTS = {
  age: 25,
  country: 'US',
  followers: 1_000,
  views30d: 20_000,
  videos30d: 8,
  accountAgeDays: 365,
  accountType: 'personal',
  goodStanding: true,
  followerGrowth: 5,
  viewGrowth: 5,
  audience: undefined,
  currency: 'USD',
  longVideoShare: 50,
  engagementRate: 5,
  liveHours: 0,
  liveViewers: 20,
  niche: 'general',
  productPrice: 25,
  productMargin: 60,
  incomeGoal: 0,
  myRpm: undefined,
  myDiamonds: undefined,
  myAffiliateCommission: undefined,
  myBrandFee: undefined,
} as const;

/** The profile every field falls back to; the optional fields have none (undefined). */
export const DEFAULT_PROFILE: Readonly<CreatorProfile> = Object.freeze({ ...PROFILE_DEFAULTS });

/** The public field names, in form order. */
export const PROFILE_FIELDS = Object.keys(PROFILE_DEFAULTS) as ProfileField[];

/** Fields a creator may leave out: empty means "not given", not 0. */
export const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['audience', 'myRpm', 'myDiamonds', 'myAffiliateCommission', 'myBrandFee']);

/** Optional fields that hold text, not an amount (`audience`: `US:55,GB:20`). */
export const OPTIONAL_TEXT_FIELDS: ReadonlySet<string> = new Set(['audience']);

/** Fields that take whole numbers only (so "12.500" can be read as twelve thousand five hundred). */
export const WHOLE_NUMBER_FIELDS: ReadonlySet<string> = new Set(['age', 'followers', 'views30d', 'videos30d', 'accountAgeDays', 'liveViewers']);
