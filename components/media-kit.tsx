import { useTranslations } from 'next-intl';
import { countryName, DEFAULT_PROFILE, type Evaluation, type Source, type SponsoredRates } from '@/lib/rules';
import { countTier } from '@/lib/display';
import { readAudience } from '@/lib/rules/audience';
import type { MediaKitDetails } from '@/lib/media-kit-link';
import { useDisplay } from '@/lib/use-display';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 p-3 break-inside-avoid">
      <dt className="text-sm break-words text-stone-600">{label}</dt>
      <dd className="text-2xl font-semibold text-stone-900">{value}</dd>
      {note && <dd className="text-xs text-stone-600">{note}</dd>}
    </div>
  );
}

/** "United States 55%, United Kingdom 20%, elsewhere 25%", from the profile's `audience`, or undefined without one. */
function audienceSplit(audience: string | undefined, word: (code: string | null, percent: number) => string): string | undefined {
  const read = audience ? readAudience(audience) : undefined;
  if (!read || !('shares' in read) || read.shares.length === 0) return undefined;
  const rest = 100 - read.shares.reduce((sum, share) => sum + share.percent, 0);
  const parts = read.shares.map((share) => word(share.country, share.percent));
  return (rest > 0 ? [...parts, word(null, rest)] : parts).join(', ');
}

/** A one- to two-page media kit a creator can send to a brand, print-ready. Only displays what the engine computed. */
export function MediaKit({
  result,
  rates,
  details,
}: {
  result: Evaluation;
  rates: SponsoredRates;
  details: MediaKitDetails;
}) {
  const t = useTranslations('mediaKit');
  const form = useTranslations('form');
  const formula = useTranslations('formula');
  const display = useDisplay();
  const { profile, currency } = result;
  const count = (value: number) => (details.tiers ? countTier(value) : display.number(value));
  const stepValue = (value: number, unit: string) =>
    display.formatStepValue(value, unit, formula.has(`units.${unit}`) ? formula(`units.${unit}`) : unit);
  const niche = form(`options.niche.${profile.niche}`);
  const country = countryName(profile.country, result.locale);
  const eligible = result.methods.filter((method) => method.eligible);
  const audience = audienceSplit(profile.audience, (code, percent) =>
    code ? t('audienceShare', { country: countryName(code, result.locale), percent }) : t('audienceElsewhere', { percent }),
  );
  const sources = new Map<string, Source>(Object.entries(result.sources));
  const cited = [...new Set([...rates.basis, ...rates.formatSteps].map((step) => step.source).filter((id): id is string => !!id))];
  return (
    <article className="mx-auto max-w-[190mm] bg-white p-6 text-stone-900 shadow-sm print:max-w-none print:p-0 print:shadow-none sm:p-10">
      <header className="border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight" data-testid="kit-name">
          {details.name || t('yourName')}
        </h1>
        <p className="mt-1 text-stone-700">
          {details.handle && <span className="font-medium">@{details.handle}</span>}
          {details.handle && ' · '}
          {t('creatorIn', { niche, country })}
        </p>
        {details.bio && <p className="mt-3 max-w-prose text-stone-800">{details.bio}</p>}
      </header>

      <section aria-labelledby="kit-audience" className="mt-5">
        <h2 id="kit-audience" className="text-lg font-semibold">{t('audience')}</h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4 print:grid-cols-4">
          <Stat label={t('followers')} value={count(profile.followers)} />
          <Stat label={t('views')} value={count(profile.views30d)} />
          <Stat
            label={t('engagement')}
            value={`${display.number(profile.engagementRate, 1)}%`}
            note={`${t('engagementFormula')}${profile.engagementRate === DEFAULT_PROFILE.engagementRate ? t('engagementDefault') : ''}`}
          />
          {/* A brand reads this as a fact: say so when it is only the calculator's default. */}
          <Stat
            label={t('videos')}
            value={display.number(profile.videos30d)}
            note={profile.videos30d === DEFAULT_PROFILE.videos30d ? t('videosDefault') : undefined}
          />
        </dl>
        <p className="mt-2 text-sm text-stone-600">
          {audience ? t('audienceSplit', { split: audience }) : t('audienceCountry', { country })}
          {(profile.followerGrowth !== DEFAULT_PROFILE.followerGrowth || profile.viewGrowth !== DEFAULT_PROFILE.viewGrowth) &&
            t('growth', { followers: display.number(profile.followerGrowth, 1), views: display.number(profile.viewGrowth, 1) })}
        </p>
      </section>

      <section aria-labelledby="kit-rates" className="mt-5 break-inside-avoid">
        <h2 id="kit-rates" className="text-lg font-semibold">{t('rates')}</h2>
        <table className="mt-2 w-full text-left text-xs sm:text-sm">
          <thead className="border-b border-stone-300">
            <tr>
              <th scope="col" className="py-1 pr-3">{t('format')}</th>
              <th scope="col" className="py-1 pr-3">{t('range')}</th>
              <th scope="col" className="py-1">{t('startingPoint')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.rates.map((rate) => (
              <tr key={rate.format} className="border-b border-stone-100" data-format={rate.format}>
                <th scope="row" className="py-1.5 pr-3 font-medium">{rate.label}</th>
                <td className="py-1.5 pr-3 sm:whitespace-nowrap">{display.formatRange(rate.range, currency)}</td>
                <td className="py-1.5 whitespace-nowrap">{display.formatMoney(rate.range.expected, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-stone-600">
          {t('basis')}{' '}
          {rates.basis
            .map((step) => {
              // With exact numbers hidden, show the basis without the values that follow from the follower
              // count (the count itself, a per-follower rate), which would let a reader work it out.
              if (details.tiers && step.field === 'followers') return `${step.label} ${countTier(step.expected)}`;
              if (details.tiers && step.unit === 'USD') return step.label;
              const range = step.low !== step.high ? ` (${stepValue(step.low, step.unit)}–${stepValue(step.high, step.unit)})` : '';
              return `${step.label} ${stepValue(step.expected, step.unit)}${range}`;
            })
            .join(' × ')}
          .{' '}
          {t('sharesOf')}{' '}
          {rates.formatSteps
            .slice(1)
            .map((step) => `${step.label.replace(/ \(.*\)$/, '')} ${stepValue(step.low, step.unit)}–${stepValue(step.high, step.unit)}`)
            .join(', ')}{' '}
          {t('assumptions')}
        </p>
      </section>

      <section aria-labelledby="kit-methods" className="mt-5 break-inside-avoid">
        <h2 id="kit-methods" className="text-lg font-semibold">{t('methods')}</h2>
        <p className="mt-1 text-sm">
          {eligible.length > 0 ? t('eligibleFor', { names: eligible.map((method) => method.name).join(', ') }) : t('notYet')}
        </p>
      </section>

      <footer className="mt-6 border-t border-stone-200 pt-3 text-xs text-stone-600">
        {t('footer', {
          date: display.formatDate(result.rulesetVersion),
          sources: cited.map((id) => sources.get(id)?.title ?? id).join('; '),
        })}
      </footer>
    </article>
  );
}
