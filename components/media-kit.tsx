import { countryName, DEFAULT_PROFILE, type Evaluation, type Source, type SponsoredRates } from '@/lib/rules';
import { countTier, formatCount, formatDate, formatMoney, formatRange, formatStepValue } from '@/lib/display';
import { FIELD_SPECS } from '@/lib/form-fields';
import type { MediaKitDetails } from '@/lib/media-kit-link';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 p-3 break-inside-avoid">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-2xl font-semibold text-stone-900">{value}</dd>
      {note && <dd className="text-xs text-stone-600">{note}</dd>}
    </div>
  );
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
  const { profile, currency } = result;
  const count = (value: number) => (details.tiers ? countTier(value) : formatCount(value));
  const niche = FIELD_SPECS.find((spec) => spec.field === 'niche')?.options?.find((option) => option.value === profile.niche)?.label;
  const eligible = result.methods.filter((method) => method.eligible);
  const sources = new Map<string, Source>(Object.entries(result.sources));
  const cited = [...new Set([...rates.basis, ...rates.formatSteps].map((step) => step.source).filter((id): id is string => !!id))];
  return (
    <article className="mx-auto max-w-[190mm] bg-white p-6 text-stone-900 shadow-sm print:max-w-none print:p-0 print:shadow-none sm:p-10">
      <header className="border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight" data-testid="kit-name">
          {details.name || 'Your name'}
        </h1>
        <p className="mt-1 text-stone-700">
          {details.handle && <span className="font-medium">@{details.handle}</span>}
          {details.handle && ' · '}
          {niche} creator · based in {countryName(profile.country)}
        </p>
        {details.bio && <p className="mt-3 max-w-prose text-stone-800">{details.bio}</p>}
      </header>

      <section aria-labelledby="kit-audience" className="mt-5">
        <h2 id="kit-audience" className="text-lg font-semibold">Audience</h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4 print:grid-cols-4">
          <Stat label="Followers" value={count(profile.followers)} />
          <Stat label="Video views, last 30 days" value={count(profile.views30d)} />
          <Stat
            label="Engagement rate"
            value={`${profile.engagementRate.toLocaleString('en-US', { maximumFractionDigits: 1 })}%`}
            note={`(likes + comments + shares) ÷ views × 100${profile.engagementRate === DEFAULT_PROFILE.engagementRate ? '; not set, a typical value' : ''}`}
          />
          <Stat label="Videos, last 30 days" value={formatCount(profile.videos30d)} />
        </dl>
        <p className="mt-2 text-sm text-stone-600">
          Audience country: mostly {countryName(profile.country)}, where the creator is based (TikTok Analytics shows the
          full split).
          {(profile.followerGrowth !== DEFAULT_PROFILE.followerGrowth || profile.viewGrowth !== DEFAULT_PROFILE.viewGrowth) &&
            ` Growth: ${profile.followerGrowth}% followers and ${profile.viewGrowth}% views a month.`}
        </p>
      </section>

      <section aria-labelledby="kit-rates" className="mt-5 break-inside-avoid">
        <h2 id="kit-rates" className="text-lg font-semibold">Suggested rates</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead className="border-b border-stone-300">
            <tr>
              <th scope="col" className="py-1 pr-3">Format</th>
              <th scope="col" className="py-1 pr-3">Range</th>
              <th scope="col" className="py-1">Starting point</th>
            </tr>
          </thead>
          <tbody>
            {rates.rates.map((rate) => (
              <tr key={rate.format} className="border-b border-stone-100" data-format={rate.format}>
                <th scope="row" className="py-1.5 pr-3 font-medium">{rate.label}</th>
                <td className="py-1.5 pr-3 whitespace-nowrap">{formatRange(rate.range, currency)}</td>
                <td className="py-1.5 whitespace-nowrap">{formatMoney(rate.range.expected, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-stone-600">
          Basis:{' '}
          {rates.basis
            .map((step) => {
              // With exact numbers hidden, show the basis without the values that follow from the follower
              // count (the count itself, a per-follower rate), which would let a reader work it out.
              if (details.tiers && step.field === 'followers') return `${step.label} ${countTier(step.expected)}`;
              if (details.tiers && step.unit === 'USD') return step.label;
              const range = step.low !== step.high ? ` (${formatStepValue(step.low, step.unit)}–${formatStepValue(step.high, step.unit)})` : '';
              return `${step.label} ${formatStepValue(step.expected, step.unit)}${range}`;
            })
            .join(' × ')}
          .{' '}
          Placements and LIVE mentions are priced as shares of a dedicated video:{' '}
          {rates.formatSteps.slice(1).map((step) => `${step.label.replace(/ \(.*\)$/, '')} ${formatStepValue(step.low, step.unit)}–${formatStepValue(step.high, step.unit)}`).join(', ')}{' '}
          (assumptions; no public figures).
        </p>
      </section>

      <section aria-labelledby="kit-methods" className="mt-5 break-inside-avoid">
        <h2 id="kit-methods" className="text-lg font-semibold">Monetization on TikTok</h2>
        <p className="mt-1 text-sm">
          {eligible.length > 0
            ? `Eligible for ${eligible.map((method) => method.name).join(', ')}.`
            : 'Not yet eligible for TikTok’s monetization programs.'}
        </p>
      </section>

      <footer className="mt-6 border-t border-stone-200 pt-3 text-xs text-stone-600">
        Rates are estimates from public data, checked {formatDate(result.rulesetVersion)}; sources:{' '}
        {cited.map((id) => sources.get(id)?.title ?? id).join('; ')}. Made with “Can I earn on TikTok yet?”.
      </footer>
    </article>
  );
}
