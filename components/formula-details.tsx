'use client';

import { useState } from 'react';
import { DEFAULT_PROFILE, type CreatorProfile, type Currency, type FormulaStep, type MethodResult, type Source } from '@/lib/rules';
import { formatMoney, formatRange, formatStepValue } from '@/lib/display';

function StepValue({ step }: { step: FormulaStep }) {
  if (step.low === step.high) return <>{formatStepValue(step.expected, step.unit)}</>;
  return (
    <>
      <strong>{formatStepValue(step.expected, step.unit)}</strong>{' '}
      <span className="text-stone-600">
        (range {formatStepValue(step.low, step.unit)} to {formatStepValue(step.high, step.unit)})
      </span>
    </>
  );
}

function StepSource({ step, source, profile }: { step: FormulaStep; source: Source | undefined; profile: CreatorProfile }) {
  if (step.kind === 'input') {
    if (step.calibrated) return <span className="text-stone-600">From your own numbers (what you earned last month).</span>;
    const origin =
      step.field && profile[step.field] === DEFAULT_PROFILE[step.field]
        ? 'The default value; if yours differs, change it under More details.'
        : 'Your number.';
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
      {step.assumption && <>Assumption: {step.assumption} </>}
      {step.note && <>{step.note} </>}
      {step.checked && <>Checked {step.checked}. </>}
      {step.confidence && (
        <span>
          Confidence: {step.confidence}
          {step.confidence === 'low' && ' (estimate based on limited public data)'}
        </span>
      )}
    </span>
  );
}

type FormulaProps = {
  method: MethodResult;
  currency: Currency;
  sources: Readonly<Record<string, Source>>;
  profile: CreatorProfile;
};

/** "How we got this number": every factor of the estimate with its value, source, date and confidence. */
export function FormulaDetails(props: FormulaProps) {
  const { method } = props;
  // The steps are built only when opened (nine cards of steps would otherwise weigh on the first load);
  // without JavaScript the same steps come inside <noscript>, which costs a script-enabled browser nothing.
  const [open, setOpen] = useState(false);
  const body = <FormulaBody {...props} />;
  return (
    <details className="group mt-4 rounded-lg border border-stone-200 bg-stone-50" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium text-stone-800">
        How we got this number<span className="sr-only"> for {method.name}</span>
      </summary>
      {open ? body : <noscript>{body}</noscript>}
    </details>
  );
}

function FormulaBody({ method, currency, sources, profile }: FormulaProps) {
  const steps = method.formula.filter((step) => step.kind !== 'result');
  return (
    <div className="px-3 pb-3 text-sm">
      <p className="text-stone-700">Monthly earnings = the product of these numbers:</p>
      <ol className="mt-2 space-y-2">
        {steps.map((step, index) => (
          <li key={step.label} className="grid gap-0.5">
            <span>
              {index > 0 && <span aria-hidden="true">× </span>}
              {step.label}: <StepValue step={step} />
            </span>
            <StepSource step={step} source={step.source === undefined ? undefined : sources[step.source]} profile={profile} />
          </li>
        ))}
      </ol>
      <p className="mt-2">
        = <strong>{formatRange(method.potential, currency)}</strong> a month if eligible, about{' '}
        {formatMoney(method.potential.expected, currency)} expected.
      </p>
      <p className="mt-1 text-stone-600">
        The expected value multiplies the expected numbers. The range treats each uncertain number&apos;s low and high
        as equally likely and combines them, so it does not multiply every worst or best case.
      </p>
    </div>
  );
}
