import { countryName, type Evaluation, type ProfileField, type SponsoredFormat, type SponsoredRates } from '@/lib/rules';
import { readAudience } from '@/lib/rules/audience';
import { countTier, type Display } from './display';
import type { MediaKitDetails } from './media-kit-link';

// What a media kit says, as plain text: the page (components/media-kit.tsx) and the PDF
// (lib/media-kit-pdf.ts) lay out the same content, so the two never tell a brand different things.

/** The `mediaKit` messages' translator, from useTranslations('mediaKit') or getTranslations. */
export type MediaKitT = (key: MediaKitKey, values?: Record<string, string | number>) => string;

type MediaKitKey =
  | 'yourName' | 'creator' | 'nicheCreator' | 'basedIn' | 'audience' | 'followers' | 'views' | 'engagement' | 'engagementFormula'
  | 'videos' | 'audienceSplit' | 'audienceShare' | 'audienceElsewhere' | 'growth' | 'rates' | 'format'
  | 'range' | 'startingPoint' | 'basisLine' | 'basisOwnFee' | 'basisOwnFeeAt' | 'sharesOf' | 'assumptions' | 'methods'
  | 'eligibleFor' | 'footer' | 'footerPlain';

export type KitStat = { field: StatField; label: string; value: string; note?: string };
export type KitRate = { format: SponsoredFormat; label: string; range: string; startingPoint: string };

export type MediaKitContent = {
  /** The creator's name, or "Your name" until they give one (the page asks for it). */
  name: string;
  handle: string;
  /** "Beauty creator · based in the Netherlands": only what the creator said. */
  subtitle: string;
  bio: string;
  headings: { audience: string; rates: string; format: string; range: string; startingPoint: string; methods: string };
  /** Only the stats the creator gave or imported, in a fixed order; empty when they gave none. */
  stats: KitStat[];
  /** Where the audience lives, and growth, when given. */
  audienceLines: string[];
  /** Suggested fees; null without a follower count or a fee of their own, which every fee follows from. */
  rates: { rows: KitRate[]; basis: string; shares: string } | null;
  /** "Eligible for …", or null when nothing can be said from what the creator gave. */
  methods: string | null;
  footer: string;
  /** The stats left out because the creator did not give them (for the creator, never printed). */
  missing: StatField[];
};

/** The profile fields a kit shows as the creator's own stats, in the order it shows them. */
export const STAT_FIELDS = ['followers', 'views30d', 'engagementRate', 'videos30d'] as const;
export type StatField = (typeof STAT_FIELDS)[number];

const STAT_LABEL = { followers: 'followers', views30d: 'views', engagementRate: 'engagement', videos30d: 'videos' } as const satisfies Record<
  StatField,
  MediaKitKey
>;

/**
 * Requirements on facts that describe the account's state rather than a number the creator typed: their
 * defaults (a personal account in good standing) are what nearly every creator has, so they don't hold
 * back a claim of eligibility.
 */
const ACCOUNT_STATE_FACTS: ReadonlySet<string> = new Set(['accountType', 'goodStanding']);

/** "United States 55%, United Kingdom 20%, elsewhere 25%", from the profile's `audience`, or undefined without one. */
function audienceSplit(audience: string | undefined, word: (code: string | null, percent: number) => string): string | undefined {
  const read = audience ? readAudience(audience) : undefined;
  if (!read || !('shares' in read) || read.shares.length === 0) return undefined;
  const rest = 100 - read.shares.reduce((sum, share) => sum + share.percent, 0);
  const parts = read.shares.map((share) => word(share.country, share.percent));
  return (rest > 0 ? [...parts, word(null, rest)] : parts).join(', ');
}

export type MediaKitInput = {
  result: Evaluation;
  rates: SponsoredRates;
  details: MediaKitDetails;
  /** The profile fields the link gave (see `givenFields`): every other field is a default and is never shown as theirs. */
  given: ReadonlySet<ProfileField>;
  t: MediaKitT;
  /** The niche's name in the page's language ("Fitness"). */
  nicheName: (niche: string) => string;
  display: Display;
};

/** Everything a media kit says, from the engine's result and only the numbers the creator gave. */
export function mediaKitContent({ result, rates, details, given, t, nicheName, display }: MediaKitInput): MediaKitContent {
  const { profile, currency, locale } = result;
  const count = (value: number) => (details.tiers ? countTier(value) : display.number(value));
  const niche = given.has('niche') ? nicheName(profile.niche) : undefined;
  const country = given.has('country') ? countryName(profile.country, locale) : undefined;

  const subtitle = [niche ? t('nicheCreator', { niche }) : t('creator'), country && t('basedIn', { country })].filter(Boolean).join(' · ');

  const statValue: Record<StatField, () => string> = {
    followers: () => count(profile.followers),
    views30d: () => count(profile.views30d),
    engagementRate: () => `${display.number(profile.engagementRate, 1)}%`,
    videos30d: () => display.number(profile.videos30d),
  };
  const stats = STAT_FIELDS.filter((field) => given.has(field)).map(
    (field): KitStat => ({
      field,
      label: t(STAT_LABEL[field]),
      value: statValue[field](),
      note: field === 'engagementRate' ? t('engagementFormula') : undefined,
    }),
  );

  const audienceLines: string[] = [];
  const split = given.has('audience')
    ? audienceSplit(profile.audience, (code, percent) =>
        code ? t('audienceShare', { country: countryName(code, locale), percent }) : t('audienceElsewhere', { percent }),
      )
    : undefined;
  if (split) audienceLines.push(t('audienceSplit', { split }));
  const growth = given.has('followerGrowth') ? (given.has('viewGrowth') ? 'both' : 'followers') : given.has('viewGrowth') ? 'views' : undefined;
  if (growth) {
    // Signed, so a shrinking count reads as one ("views −1%"), not as "−1% more".
    const signed = new Intl.NumberFormat(display.intlLocale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    audienceLines.push(t('growth', { which: growth, followers: signed.format(profile.followerGrowth), views: signed.format(profile.viewGrowth) }));
  }

  // Eligible methods, but only those whose met requirements rest on what the creator gave: a default age or
  // follower count must not make a brand believe the creator is in a program.
  const eligible = result.methods.filter(
    (method) =>
      method.eligible &&
      method.requirements.every((requirement) => !requirement.met || ACCOUNT_STATE_FACTS.has(requirement.fact) || given.has(requirement.fact as ProfileField)),
  );

  const hasRates = given.has('followers') || given.has('myBrandFee');
  return {
    name: details.name || t('yourName'),
    handle: details.handle,
    subtitle,
    bio: details.bio,
    headings: {
      audience: t('audience'),
      rates: t('rates'),
      format: t('format'),
      range: t('range'),
      startingPoint: t('startingPoint'),
      methods: t('methods'),
    },
    stats,
    audienceLines,
    rates: hasRates
      ? {
          rows: rates.rates.map((rate) => ({
            format: rate.format,
            label: rate.label,
            range: display.formatRange(rate.range, currency),
            startingPoint: display.formatMoney(rate.range.expected, currency),
          })),
          basis: basisLine(basisOf(result, rates, given, display, count), t, nicheName),
          shares: `${t('sharesOf')} ${rates.rates
            .slice(1)
            .map((rate, index) => {
              const step = rates.formatSteps[index + 1]!;
              return `${rate.label} ${display.formatStepValue(step.low, step.unit)}–${display.formatStepValue(step.high, step.unit)}`;
            })
            .join(', ')} ${t('assumptions')}`,
        }
      : null,
    methods: eligible.length > 0 ? t('eligibleFor', { names: eligible.map((method) => method.name).join(', ') }) : null,
    footer: footerLine(hasRates ? citedSources(result, rates) : [], result, t, display),
    missing: STAT_FIELDS.filter((field) => !given.has(field)),
  };
}

type BasisInput = {
  followers: string | undefined;
  engagement: string | undefined;
  niche: string | undefined;
  ownFee: string | undefined;
};

/** The numbers the fee rests on, as the engine used them, kept only where the creator gave them. */
function basisOf(
  result: Evaluation,
  rates: SponsoredRates,
  given: ReadonlySet<ProfileField>,
  display: Display,
  count: (value: number) => string,
): BasisInput {
  const used = (field: ProfileField) => given.has(field) && rates.basis.some((step) => step.field === field);
  const followers = rates.basis.find((step) => step.field === 'followers');
  const { profile, currency } = result;
  return {
    followers: followers && given.has('followers') ? count(followers.expected) : undefined,
    engagement: used('engagementRate') ? display.number(profile.engagementRate, 1) : undefined,
    niche: used('niche') ? profile.niche : undefined,
    ownFee: used('myBrandFee') && profile.myBrandFee !== undefined ? display.exactMoney(profile.myBrandFee, currency, 0) : undefined,
  };
}

/** "Based on 85,000 followers, 5% engagement and rates for fitness creators." */
function basisLine(basis: BasisInput, t: MediaKitT, nicheName: (niche: string) => string): string {
  if (basis.ownFee) return basis.followers ? t('basisOwnFeeAt', { fee: basis.ownFee, followers: basis.followers }) : t('basisOwnFee', { fee: basis.ownFee });
  const which = basis.engagement ? (basis.niche ? 'both' : 'engagement') : basis.niche ? 'niche' : 'none';
  return t('basisLine', {
    followers: basis.followers ?? '',
    which,
    engagement: basis.engagement ?? '',
    niche: basis.niche ? nicheName(basis.niche).toLocaleLowerCase() : '',
  });
}

/** Where the fees come from, when they come from published figures (a creator's own fee cites none). */
function footerLine(sources: string[], result: Evaluation, t: MediaKitT, display: Display): string {
  if (sources.length === 0) return t('footerPlain');
  return t('footer', { date: display.formatDate(result.rulesetVersion), sources: sources.join('; ') });
}

/** The titles of the sources behind the fees, each once. */
function citedSources(result: Evaluation, rates: SponsoredRates): string[] {
  const ids = new Set([...rates.basis, ...rates.formatSteps].map((step) => step.source).filter((id): id is string => !!id));
  return [...ids].map((id) => result.sources[id]?.title ?? id);
}
