import affiliate from '../../rules/affiliate.json';
import brandPartnerships from '../../rules/brand-partnerships.json';
import creatorRewards from '../../rules/creator-rewards.json';
import currency from '../../rules/currency.json';
import liveGifts from '../../rules/live-gifts.json';
import liveSubscriptions from '../../rules/live-subscriptions.json';
import nlAffiliate from '../../rules/nl/affiliate.json';
import nlBrandPartnerships from '../../rules/nl/brand-partnerships.json';
import nlCreatorRewards from '../../rules/nl/creator-rewards.json';
import nlLiveGifts from '../../rules/nl/live-gifts.json';
import nlLiveSubscriptions from '../../rules/nl/live-subscriptions.json';
import nlOwnProducts from '../../rules/nl/own-products.json';
import nlSeries from '../../rules/nl/series.json';
import nlTiktokShopAffiliate from '../../rules/nl/tiktok-shop-affiliate.json';
import nlVideoGifts from '../../rules/nl/video-gifts.json';
import ownProducts from '../../rules/own-products.json';
import meta from '../../rules/ruleset.json';
import series from '../../rules/series.json';
import sources from '../../rules/sources.json';
import tiktokShopAffiliate from '../../rules/tiktok-shop-affiliate.json';
import videoGifts from '../../rules/video-gifts.json';
import type { Locale } from './i18n';
import type { MethodId } from './method-ids';
import { assembleRuleset, type RawRuleset, type Ruleset, type RuleTranslation } from './ruleset';
import { translateRuleFile } from './translate';

/*
 * The rule data as shipped in rules/. Only the server imports this module: the browser gets the rule
 * files of its page's language from the server (see ruleFilesFor), so they are not in the JavaScript
 * bundle, and neither is any language the page does not show.
 */

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

/** The shipped translations of the rule files' texts (rules/nl/*.json), by language and method. English is the files themselves. */
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

/** The translation of the rule texts into `locale`; undefined for English, which needs none. */
export function ruleTranslation(locale: Locale): RuleTranslation | undefined {
  return locale === 'en' ? undefined : RULE_TRANSLATIONS[locale];
}

/** The shipped ruleset, in English. */
export const defaultRuleset: Ruleset = assembleRuleset(RULE_FILES);

const rulesets: Partial<Record<Locale, Ruleset>> = { en: defaultRuleset };

/** The shipped ruleset with its texts in `locale`, built once. */
export function rulesetFor(locale: Locale): Ruleset {
  return (rulesets[locale] ??= assembleRuleset(RULE_FILES, locale, ruleTranslation(locale)));
}

const ruleFiles: Partial<Record<Locale, RawRuleset>> = { en: RULE_FILES };

/** The rule files with their texts in `locale`: what the browser assembles its ruleset from. */
export function ruleFilesFor(locale: Locale): RawRuleset {
  const translation = ruleTranslation(locale);
  return (ruleFiles[locale] ??= {
    ...RULE_FILES,
    methods: RULE_FILES.methods.map((file) => translateRuleFile(file, translation?.[(file as { id: string }).id] ?? {})),
  });
}
