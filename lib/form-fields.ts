import type { ProfileField } from '@/lib/rules';

export type FieldGroup = 'you' | 'audience' | 'engagement' | 'live' | 'selling' | 'earned' | 'goal' | 'display';

/** How each profile field appears in the form: plain labels, in the order a creator thinks. */
export type FieldSpec = {
  field: ProfileField;
  label: string;
  hint?: string;
  group: FieldGroup;
  /** Shown first on a phone: the six fields that decide eligibility. */
  essential?: boolean;
  control: 'number' | 'select' | 'checkbox' | 'country';
  options?: readonly { value: string; label: string }[];
  suffix?: string;
};

export const GROUP_TITLES: Record<FieldGroup, string> = {
  you: 'About you',
  audience: 'Audience',
  engagement: 'Engagement',
  live: 'LIVE',
  selling: 'Selling',
  earned: 'What you earned last month (optional)',
  goal: 'Your goal',
  display: 'Currency',
};

export const FIELD_SPECS: readonly FieldSpec[] = [
  { field: 'age', label: 'Age', group: 'you', essential: true, control: 'number', suffix: 'years' },
  { field: 'country', label: 'Country', group: 'you', essential: true, control: 'country' },
  { field: 'followers', label: 'Followers', group: 'audience', essential: true, control: 'number', hint: 'You can type 12,500 or 12.5k' },
  { field: 'views30d', label: 'Video views in the last 30 days', group: 'audience', essential: true, control: 'number' },
  { field: 'videos30d', label: 'Public videos posted in the last 30 days', group: 'audience', essential: true, control: 'number' },
  {
    field: 'accountType',
    label: 'Account type',
    group: 'you',
    essential: true,
    control: 'select',
    options: [
      { value: 'personal', label: 'Personal (creator)' },
      { value: 'business', label: 'Business' },
    ],
  },
  { field: 'accountAgeDays', label: 'Account age', group: 'you', control: 'number', suffix: 'days' },
  { field: 'goodStanding', label: 'My account has no community-guideline violations', group: 'you', control: 'checkbox' },
  { field: 'followerGrowth', label: 'Follower growth', group: 'audience', control: 'number', suffix: '% a month', hint: 'Compounding; negative if you are losing followers' },
  { field: 'viewGrowth', label: 'Growth of monthly views', group: 'audience', control: 'number', suffix: '% a month' },
  {
    field: 'engagementRate',
    label: 'Engagement rate',
    group: 'engagement',
    control: 'number',
    suffix: '% of views',
    hint: '(likes + comments + shares) ÷ views × 100, as HypeAuditor counts it',
  },
  { field: 'longVideoShare', label: 'Views on videos over one minute', group: 'engagement', control: 'number', suffix: '% of views', hint: 'Only these earn Creator Rewards' },
  {
    field: 'niche',
    label: 'Niche',
    group: 'engagement',
    control: 'select',
    options: [
      { value: 'general', label: 'General / lifestyle' },
      { value: 'beauty', label: 'Beauty' },
      { value: 'fashion', label: 'Fashion' },
      { value: 'food', label: 'Food' },
      { value: 'fitness', label: 'Fitness' },
      { value: 'education', label: 'Education' },
      { value: 'finance', label: 'Finance' },
      { value: 'tech', label: 'Tech' },
      { value: 'gaming', label: 'Gaming' },
      { value: 'comedy', label: 'Comedy' },
      { value: 'travel', label: 'Travel' },
      { value: 'parenting', label: 'Parenting' },
    ],
  },
  { field: 'liveHours', label: 'LIVE hours a month', group: 'live', control: 'number', suffix: 'hours' },
  { field: 'liveViewers', label: 'Average LIVE viewers', group: 'live', control: 'number', suffix: 'viewers' },
  { field: 'productPrice', label: 'Price of your own product', group: 'selling', control: 'number', hint: 'In the currency below' },
  { field: 'productMargin', label: 'Margin you keep per sale', group: 'selling', control: 'number', suffix: '%' },
  { field: 'myRpm', label: 'Your Creator Rewards RPM', group: 'earned', control: 'number', suffix: 'per 1,000 qualified views', hint: 'From your Creator Rewards dashboard; leave empty to use typical rates' },
  { field: 'myDiamonds', label: 'Diamonds from LIVE gifts', group: 'earned', control: 'number', suffix: 'diamonds' },
  { field: 'myAffiliateCommission', label: 'Affiliate commission', group: 'earned', control: 'number' },
  { field: 'myBrandFee', label: 'Your fee per sponsored video', group: 'earned', control: 'number' },
  { field: 'incomeGoal', label: 'Income goal, a month', group: 'goal', control: 'number', hint: 'In the currency below; 0 for no goal' },
  {
    field: 'currency',
    label: 'Currency',
    group: 'display',
    control: 'select',
    options: [
      { value: 'USD', label: 'USD, US dollar' },
      { value: 'EUR', label: 'EUR, euro' },
      { value: 'GBP', label: 'GBP, British pound' },
    ],
  },
];

/** Starting points for people who would rather not type everything. */
export const EXAMPLE_PROFILES = [
  {
    id: 'starting',
    label: 'Just starting',
    values: { age: 19, country: 'US', followers: 850, views30d: 12_000, videos30d: 12, accountAgeDays: 60, followerGrowth: 15, viewGrowth: 15 },
  },
  {
    id: 'educator',
    label: '10K educator',
    values: { age: 31, country: 'GB', followers: 10_400, views30d: 140_000, videos30d: 14, accountAgeDays: 700, niche: 'education', longVideoShare: 70, engagementRate: 6, currency: 'GBP' },
  },
  {
    id: 'streamer',
    label: 'LIVE streamer',
    values: { age: 24, country: 'DE', followers: 4_200, views30d: 60_000, videos30d: 6, liveHours: 40, liveViewers: 60, niche: 'gaming', currency: 'EUR' },
  },
  {
    id: 'dutch-shop',
    label: 'Dutch shop creator',
    values: { age: 27, country: 'NL', followers: 23_000, views30d: 310_000, videos30d: 20, niche: 'beauty', engagementRate: 7, currency: 'EUR' },
  },
] as const;
