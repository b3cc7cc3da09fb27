import nlAffiliate from '../../rules/nl/affiliate.json';
import nlBrandPartnerships from '../../rules/nl/brand-partnerships.json';
import nlCreatorRewards from '../../rules/nl/creator-rewards.json';
import nlLiveGifts from '../../rules/nl/live-gifts.json';
import nlLiveSubscriptions from '../../rules/nl/live-subscriptions.json';
import nlOwnProducts from '../../rules/nl/own-products.json';
import nlSeries from '../../rules/nl/series.json';
import nlTiktokShopAffiliate from '../../rules/nl/tiktok-shop-affiliate.json';
import nlVideoGifts from '../../rules/nl/video-gifts.json';
import type { Locale } from './i18n';
import type { MethodId } from './method-ids';
import { localizedRuleset, type Ruleset, type RuleTranslation } from './ruleset';

/**
 * The shipped translations of the rule files' texts (rules/nl/*.json), by language and method. English
 * is the rule files themselves. Kept apart from ruleset.ts so a page's bundle carries no language it
 * does not show: the server hands the browser its page's translation.
 */
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

/** The shipped ruleset with its texts in `locale`. */
export function rulesetFor(locale: Locale): Ruleset {
  return localizedRuleset(locale, ruleTranslation(locale));
}
