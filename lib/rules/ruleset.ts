import affiliate from '../../rules/affiliate.json';
import brandPartnerships from '../../rules/brand-partnerships.json';
import creatorRewards from '../../rules/creator-rewards.json';
import currency from '../../rules/currency.json';
import liveGifts from '../../rules/live-gifts.json';
import liveSubscriptions from '../../rules/live-subscriptions.json';
import ownProducts from '../../rules/own-products.json';
import meta from '../../rules/ruleset.json';
import series from '../../rules/series.json';
import sources from '../../rules/sources.json';
import tiktokShopAffiliate from '../../rules/tiktok-shop-affiliate.json';
import videoGifts from '../../rules/video-gifts.json';
import nlAffiliate from '../../rules/nl/affiliate.json';
import nlBrandPartnerships from '../../rules/nl/brand-partnerships.json';
import nlCreatorRewards from '../../rules/nl/creator-rewards.json';
import nlLiveGifts from '../../rules/nl/live-gifts.json';
import nlLiveSubscriptions from '../../rules/nl/live-subscriptions.json';
import nlOwnProducts from '../../rules/nl/own-products.json';
import nlSeries from '../../rules/nl/series.json';
import nlTiktokShopAffiliate from '../../rules/nl/tiktok-shop-affiliate.json';
import nlVideoGifts from '../../rules/nl/video-gifts.json';
import { DEFAULT_LOCALE, ENGINE_TEXT, type EngineText, type Locale } from './i18n';
import { METHOD_IDS, type MethodId } from './method-ids';
import { translateRuleFile } from './translate';
import type { CurrencyRates, MethodRule, Source } from './schema';

/** Everything `evaluate()` needs to know about TikTok's programs, validated. */
export type Ruleset = {
  /** The language of every text in it and of the messages results carry. */
  locale: Locale;
  text: EngineText;
  version: string;
  sources: Readonly<Record<string, Source>>;
  currency: CurrencyRates;
  /** One rule per method, in the stable order of `METHOD_IDS`. */
  methods: readonly MethodRule[];
};

/** The raw contents of the files in `rules/`, before validation. */
export type RawRuleset = {
  meta: unknown;
  sources: unknown;
  currency: unknown;
  methods: readonly unknown[];
};

/** The files in `rules/`, as shipped. */
export const RULE_FILES: RawRuleset = {
  meta,
  sources,
  currency,
  methods: [
    creatorRewards,
    liveGifts,
    liveSubscriptions,
    videoGifts,
    series,
    tiktokShopAffiliate,
    brandPartnerships,
    affiliate,
    ownProducts,
  ],
};

/** Translations of the rule files' texts (see translate.ts), by language and method. English is the files themselves. */
export const RULE_TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<MethodId, Readonly<Record<string, string>>>>>> = {
  nl: {
    'creator-rewards': nlCreatorRewards,
    'live-gifts': nlLiveGifts,
    'live-subscriptions': nlLiveSubscriptions,
    'video-gifts': nlVideoGifts,
    series: nlSeries,
    'tiktok-shop-affiliate': nlTiktokShopAffiliate,
    'brand-partnerships': nlBrandPartnerships,
    affiliate: nlAffiliate,
    'own-products': nlOwnProducts,
  },
};

/** Freezes rule data all the way down: results share it, so no caller may change it for everyone. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Puts rule data in order without validating it. Only for data already known to be valid: the test
 * suite checks that `loadRuleset(RULE_FILES)` (which validates) gives exactly `defaultRuleset`. This keeps
 * the schema library for rule files out of the browser bundle.
 */
export function assembleRuleset(raw: RawRuleset, locale: Locale = DEFAULT_LOCALE): Ruleset {
  const sources: Record<string, Source> = {};
  for (const [id, source] of Object.entries(raw.sources as Record<string, Omit<Source, 'id'>>)) sources[id] = { id, ...source };
  let methods = raw.methods as readonly MethodRule[];
  if (locale !== 'en') {
    const translations = RULE_TRANSLATIONS[locale];
    methods = methods.map((method) => translateRuleFile(method, translations[method.id] ?? {}));
  }
  return deepFreeze({
    locale,
    text: ENGINE_TEXT[locale],
    version: (raw.meta as { version: string }).version,
    sources,
    currency: raw.currency as CurrencyRates,
    methods: METHOD_IDS.map((id) => methods.find((method) => method.id === id)!),
  });
}

/** The shipped ruleset, in English. */
export const defaultRuleset: Ruleset = assembleRuleset(RULE_FILES);

const shipped: Partial<Record<Locale, Ruleset>> = { en: defaultRuleset };

/** The shipped ruleset with its texts in `locale`, built on first use. */
export function rulesetFor(locale: Locale): Ruleset {
  return (shipped[locale] ??= assembleRuleset(RULE_FILES, locale));
}
