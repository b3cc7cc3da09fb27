import type { MethodId } from '@/lib/rules';

/** One colour per method, the same in every chart and legend. All reach 3:1 against white. */
export const METHOD_COLORS: Record<MethodId, string> = {
  'creator-rewards': '#2563eb',
  'live-gifts': '#db2777',
  'live-subscriptions': '#7c3aed',
  'video-gifts': '#c2410c',
  series: '#a21caf',
  'tiktok-shop-affiliate': '#0f766e',
  'brand-partnerships': '#4338ca',
  affiliate: '#a16207',
  'own-products': '#be123c',
};
