import affiliate from '../../rules/affiliate.json';
import brandPartnerships from '../../rules/brand-partnerships.json';
import creatorRewards from '../../rules/creator-rewards.json';
import currency from '../../rules/currency.json';
import liveGifts from '../../rules/live-gifts.json';
import liveSubscriptions from '../../rules/live-subscriptions.json';
import ownProducts from '../../rules/own-products.json';
import payouts from '../../rules/payouts.json';
import meta from '../../rules/ruleset.json';
import series from '../../rules/series.json';
import sources from '../../rules/sources.json';
import tiktokShopAffiliate from '../../rules/tiktok-shop-affiliate.json';
import videoGifts from '../../rules/video-gifts.json';
import type { RawRuleset } from './ruleset';

/** The files in `rules/`, as shipped. */
export const RULE_FILES: RawRuleset = {
  meta,
  sources,
  currency,
  payouts,
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
