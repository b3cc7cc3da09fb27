'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { CreatorProfile, Currency, FormulaStep, Source } from '@/lib/rules';
import { countryName } from '@/lib/rules/countries';
import { DEFAULT_PROFILE } from '@/lib/rules/profile-fields';
import type { FormulaSlice } from '@/lib/result-slices';
import { useDisplay } from '@/lib/use-display';

function StepValue({ step }: { step: FormulaStep }) {
  const t = useTranslations('formula');
  const display = useDisplay();
  const known = t.has(`units.${step.unit}`);
  // "1 coin", "2 coins": the unit's word depends on the amount.
  const value = (amount: number) => display.formatStepValue(amount, step.unit, known ? t(`units.${step.unit}`, { count: amount }) : step.unit);
  if (step.low === step.high) return <>{value(step.expected)}</>;
  return (
    <>
      <strong>{value(step.expected)}</strong>{' '}
      <span className="text-stone-600">{t('range', { low: value(step.low), high: value(step.high) })}</span>
    </>
  );
}

/** The parts of a rate mixed by where the audience lives: each country's share at its own rate, with its source. */
function MixParts({ step, sources }: { step: FormulaStep; sources: Readonly<Record<string, Source>> }) {
  const t = useTranslations('formula');
  const locale = useLocale();
  const display = useDisplay();
  if (!step.mix) return null;
  return (
    <div className="text-stone-600">
      {t('mixIntro')}
      <ul className="ml-4 list-disc">
        {step.mix.map((part) => {
          const values = { country: countryName(part.country, locale), percent: part.percent, rate: display.formatStepValue(part.expected, step.unit) };
          const source = part.source === undefined ? undefined : sources[part.source];
          return (
            <li key={part.elsewhere ? 'elsewhere' : part.country}>
              {part.elsewhere ? t('mixElsewhere', values) : t('mixPart', values)}
              {source && (
                <>
                  {' '}
                  (<a className="underline hover:text-stone-900" href={source.url} rel="noopener noreferrer">{source.title}</a>)
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function StepSource({ step, source, profile }: { step: FormulaStep; source: Source | undefined; profile: CreatorProfile }) {
  const t = useTranslations('formula');
  const display = useDisplay();
  if (step.kind === 'input') {
    if (step.calibrated) return <span className="text-stone-600">{t('calibrated')}</span>;
    const origin = step.field && profile[step.field] === DEFAULT_PROFILE[step.field] ? t('default') : t('yours');
    return <span className="text-stone-600">{step.assumption ? `${origin} ${step.assumption}` : origin}</span>;
  }
  return (
    <span className="text-stone-600">
      {source && (
        <>
          <a className="underline hover:text-stone-900" href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>{' '}
          ({source.published}).{' '}
        </>
      )}
      {step.assumption && <>{t('assumption', { text: step.assumption })} </>}
      {step.note && <>{step.note} </>}
      {step.checked && <>{t('checked', { date: display.formatDate(step.checked) })} </>}
      {step.confidence && (
        <span>
          {t('confidence', { level: t(`levels.${step.confidence}`) })}
          {step.confidence === 'low' && t('lowNote')}
        </span>
      )}
    </span>
  );
}

type FormulaProps = {
  method: FormulaSlice;
  currency: Currency;
  sources: Readonly<Record<string, Source>>;
  profile: CreatorProfile;
};

/** "How we got this number": every factor of the estimate with its value, source, date and confidence. */
export function FormulaDetails(props: FormulaProps) {
  const t = useTranslations('formula');
  const card = useTranslations('card');
  const { method } = props;
  // The steps are built only when opened (nine cards of steps would otherwise weigh on the first load);
  // without JavaScript the same steps come inside <noscript>, which costs a script-enabled browser nothing.
  const [open, setOpen] = useState(false);
  const body = <FormulaBody {...props} />;
  return (
    <details className="group mt-4 rounded-lg border border-stone-200 bg-stone-50" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm font-medium text-stone-800 select-none">
        {t('summary')}<span className="sr-only">{card('forName', { name: method.name })}</span>
      </summary>
      {open ? body : <noscript>{body}</noscript>}
    </details>
  );
}

function FormulaBody({ method, currency, sources, profile }: FormulaProps) {
  const t = useTranslations('formula');
  const display = useDisplay();
  const steps = method.formula.filter((step) => step.kind !== 'result');
  return (
    <div className="px-3 pb-3 text-sm">
      <p className="text-stone-700">{t('intro')}</p>
      <ol className="mt-2 space-y-2">
        {steps.map((step, index) => (
          <li key={step.label} className="grid gap-0.5">
            <span>
              {index > 0 && <span aria-hidden="true">× </span>}
              {step.label}: <StepValue step={step} />
            </span>
            <MixParts step={step} sources={sources} />
            <StepSource step={step} source={step.source === undefined ? undefined : sources[step.source]} profile={profile} />
          </li>
        ))}
      </ol>
      <p className="mt-2">
        = <strong>{display.formatRange(method.potential, currency)}</strong>{' '}
        {t('total', { expected: display.formatMoney(method.potential.expected, currency) })}
      </p>
      <p className="mt-1 text-stone-600">{t('explain')}</p>
    </div>
  );
}
