/** The nine methods, in the stable order every result lists them. Ids are public: links and tools use them. */
export const METHOD_IDS = [
  'creator-rewards',
  'live-gifts',
  'live-subscriptions',
  'video-gifts',
  'series',
  'tiktok-shop-affiliate',
  'brand-partnerships',
  'affiliate',
  'own-products',
] as const;

export type MethodId = (typeof METHOD_IDS)[number];
