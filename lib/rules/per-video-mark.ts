// Creator Rewards pays a video only once it has 1,000 qualified For You views (rules/creator-rewards.json,
// perVideoMark). How much of a creator's views that leaves unpaid depends on how views spread over videos.

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26; error below 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The share of a creator's views that fall on videos past Creator Rewards' per-video mark (a video earns
 * only once it has `mark` qualified views). Views per video are taken as log-normal with spread `sigma`
 * around the creator's average (views / videos): the share of all views on videos of at least T views is
 * then Φ((ln(average / T) + σ²/2) / σ), with T the mark in total views (mark / qualified share).
 * The same views spread over more videos put more of them below the mark.
 */
export function shareOfViewsPastMark(views: number, videos: number, mark: number, qualifiedShare: number, sigma: number): number {
  if (!(views > 0) || !(qualifiedShare > 0)) return 0;
  // With no video in the last 30 days the views are on older videos: counted as one.
  const perVideo = views / Math.max(videos, 1);
  if (!(sigma > 0)) return perVideo * qualifiedShare >= mark ? 1 : 0;
  return normalCdf((Math.log((perVideo * qualifiedShare) / mark) + (sigma * sigma) / 2) / sigma);
}
