import nlAffiliate from '../../rules/nl/affiliate.json';
import nlBrandPartnerships from '../../rules/nl/brand-partnerships.json';
import nlCreatorRewards from '../../rules/nl/creator-rewards.json';
import nlLiveGifts from '../../rules/nl/live-gifts.json';
import nlLiveSubscriptions from '../../rules/nl/live-subscriptions.json';
import nlOwnProducts from '../../rules/nl/own-products.json';
import nlSeries from '../../rules/nl/series.json';
import nlTiktokShopAffiliate from '../../rules/nl/tiktok-shop-affiliate.json';
import nlVideoGifts from '../../rules/nl/video-gifts.json';
import type { Locale } from './locales';
import type { MethodId } from './method-ids';

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
