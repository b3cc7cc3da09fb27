import type { ProfileField } from '@/lib/rules';
import { ACCOUNT_TYPES, CURRENCIES, NICHES } from '@/lib/rules/profile-fields';

export type FieldGroup = 'you' | 'audience' | 'engagement' | 'live' | 'selling' | 'earned' | 'goal' | 'display';

/**
 * How each profile field appears in the form, in the order a creator thinks. Its words (label, unit,
 * hint) are in messages/<language>.json under form.fields.<field>; option names under form.options.
 */
export type FieldSpec = {
  field: ProfileField;
  group: FieldGroup;
  /** Shown first on a phone: the six fields that decide eligibility. */
  essential?: boolean;
  control: 'number' | 'text' | 'select' | 'checkbox' | 'country';
  options?: readonly string[];
  /** The field's words have a unit after the label ("years") and a hint under the box. */
  suffix?: boolean;
  hint?: boolean;
};

export const GROUPS: readonly FieldGroup[] = ['you', 'audience', 'engagement', 'live', 'selling', 'earned', 'goal', 'display'];

export const FIELD_SPECS: readonly FieldSpec[] = [
  { field: 'age', group: 'you', essential: true, control: 'number', suffix: true },
  { field: 'country', group: 'you', essential: true, control: 'country' },
  { field: 'followers', group: 'audience', essential: true, control: 'number', hint: true },
  { field: 'views30d', group: 'audience', essential: true, control: 'number' },
  { field: 'videos30d', group: 'audience', essential: true, control: 'number' },
  { field: 'accountType', group: 'you', essential: true, control: 'select', options: ACCOUNT_TYPES },
  { field: 'accountAgeDays', group: 'you', control: 'number', suffix: true },
  { field: 'goodStanding', group: 'you', control: 'checkbox' },
  { field: 'followerGrowth', group: 'audience', control: 'number', suffix: true, hint: true },
  { field: 'viewGrowth', group: 'audience', control: 'number', suffix: true },
  { field: 'audience', group: 'audience', control: 'text', hint: true },
  { field: 'engagementRate', group: 'engagement', control: 'number', suffix: true, hint: true },
  { field: 'longVideoShare', group: 'engagement', control: 'number', suffix: true, hint: true },
  { field: 'niche', group: 'engagement', control: 'select', options: NICHES },
  // No unit after labels that already name it ('LIVE hours a month', not '... (hours)').
  { field: 'liveHours', group: 'live', control: 'number' },
  { field: 'liveViewers', group: 'live', control: 'number' },
  { field: 'productPrice', group: 'selling', control: 'number', hint: true },
  { field: 'productMargin', group: 'selling', control: 'number', suffix: true },
  { field: 'myRpm', group: 'earned', control: 'number', suffix: true, hint: true },
  { field: 'myDiamonds', group: 'earned', control: 'number' },
  { field: 'myAffiliateCommission', group: 'earned', control: 'number' },
  { field: 'myBrandFee', group: 'earned', control: 'number' },
  { field: 'incomeGoal', group: 'goal', control: 'number', hint: true },
  { field: 'currency', group: 'display', control: 'select', options: CURRENCIES },
];

/** Starting points for people who would rather not type everything; named in messages under estimator.examples. */
export const EXAMPLE_PROFILES = [
  {
    id: 'starting',
    values: { age: 19, country: 'US', followers: 850, views30d: 12_000, videos30d: 12, accountAgeDays: 60, followerGrowth: 15, viewGrowth: 15 },
  },
  {
    id: 'educator',
    values: { age: 31, country: 'GB', followers: 10_400, views30d: 140_000, videos30d: 14, accountAgeDays: 700, niche: 'education', longVideoShare: 70, engagementRate: 6, currency: 'GBP' },
  },
  {
    id: 'streamer',
    values: { age: 24, country: 'DE', followers: 4_200, views30d: 60_000, videos30d: 6, liveHours: 40, liveViewers: 60, niche: 'gaming', currency: 'EUR' },
  },
  {
    id: 'dutch-shop',
    values: { age: 27, country: 'NL', followers: 23_000, views30d: 310_000, videos30d: 20, niche: 'beauty', engagementRate: 7, currency: 'EUR' },
  },
] as const;
