import type { ProfileField } from '@/lib/rules';

// Numbers that parse but that no TikTok account has: a typo (a zero too many) more often than a fact.
// They get a "check this number" note beside the field; the results still use them, because a creator
// may know better. No schema here: the form's first load uses it.

/**
 * More followers than any account has. The most-followed account, Khaby Lame, passed 142.4 million on
 * 2022-06-22 (unilad.com, "Khaby Lame Has Become The Most Followed TikTok Star"); 200 million leaves
 * room for growth since. An assumption built on that figure, not a published limit.
 */
export const MOST_FOLLOWERS = 200_000_000;

/**
 * Views in 30 days past this many per follower (counting at least 1,000 followers) are far beyond what
 * even viral videos bring: a video seen 10 million times from an account of 1,000 followers is rare
 * but happens, and this is ten thousand views per follower. An assumption, stated as one.
 */
export const MOST_VIEWS_PER_FOLLOWER = 10_000;

/** What to check, if anything: a code and its values, worded from the form's catalog (form.check.<code>). */
export function numberToCheck(field: ProfileField, profile: { followers: number; views30d: number }): { code: 'followers' | 'views30d'; limit: number } | null {
  if (field === 'followers' && profile.followers > MOST_FOLLOWERS) return { code: 'followers', limit: MOST_FOLLOWERS };
  if (field === 'views30d') {
    const limit = Math.max(profile.followers, 1_000) * MOST_VIEWS_PER_FOLLOWER;
    if (profile.views30d > limit) return { code: 'views30d', limit };
  }
  return null;
}
