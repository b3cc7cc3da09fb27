import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { CreatorProfile, Currency, MethodResult, RequirementResult, Source } from '@/lib/rules';
import { FIELD_SPECS } from '@/lib/form-fields';
import { showValue } from '@/lib/profile-text';
import { DEFAULT_PROFILE } from '@/lib/rules/profile-fields';
import { useDisplay } from '@/lib/use-display';
import { useResultWords } from '@/lib/use-result-words';
import { FormulaDetails } from './formula-details';
import { chartSeries, formulaSlice } from '@/lib/result-slices';
import { describeProjection } from '@/lib/result-text';
import { MethodChart } from './lazy-charts';
import { StatusBadge } from './status-badge';
import { CheckIcon, CrossIcon } from './ui/icons';

const RequirementLine = memo(function RequirementLine({ requirement }: { requirement: RequirementResult }) {
  const t = useTranslations('card');
  const display = useDisplay();
  const words = useResultWords();
  const alternatives = words.alternatives(requirement);
  // Growth decides when followers and views get there; age and account age say their own time ("in 1 year").
  const when =
    !requirement.met && requirement.kind === 'growth' && requirement.metFromMonth !== null && requirement.metFromMonth > 0
      ? ` ${t('whenGrowing', { when: display.formatMonths(requirement.metFromMonth) })}`
      : '';
  return (
    <li className="flex items-start gap-2" data-fact={requirement.fact} data-met={requirement.met}>
      {requirement.met ? (
        <span className="mt-0.5 text-green-700">
          <CheckIcon />
          <span className="sr-only">{t('met')}</span>
        </span>
      ) : (
        <span className="mt-0.5 text-red-700">
          <CrossIcon />
          <span className="sr-only">{t('notMet')}</span>
        </span>
      )}
      <span>
        <span className={requirement.met ? 'text-stone-700' : 'font-medium text-stone-900'}>{words.message(requirement)}</span>
        <span className="text-stone-600">{when}</span>
        {requirement.confidence === 'low' && (
          <span className="text-stone-600"> {t('limitedData')}</span>
        )}
        {alternatives.length > 1 && requirement.fact !== 'country' && (
          <span className="block text-xs text-stone-600">{t('either', { options: alternatives.join(t('orJoin')) })}</span>
        )}
      </span>
    </li>
  );
});

function Outlook({ method }: { method: MethodResult }) {
  const t = useTranslations('card');
  const display = useDisplay();
  const words = useResultWords();
  if (method.status === 'eligible') return null;
  if (method.status === 'reachable') {
    return <p className="mt-3 text-sm text-amber-900">{t('qualifyAt', { when: display.formatMonths(method.eligibleInMonths ?? 0) })}</p>;
  }
  const after = method.afterActionsInMonths;
  return (
    <p className="mt-3 text-sm text-stone-700">
      {words.blockedReason(method)}
      {after !== null && <>. {after === 0 ? t('afterActionsNow') : t('afterActions', { when: display.formatMonths(after) })}</>}
    </p>
  );
}

/** When the first money from the method reaches the creator, in one line; nothing when it is blocked. */
function FirstMoney({ method, currency }: { method: MethodResult; currency: Currency }) {
  const t = useTranslations('card');
  const display = useDisplay();
  if (method.firstPayout === null) return null;
  const { payout } = method;
  const noDay = payout.rhythm === 'monthly' && payout.payDay === null;
  return (
    <p className="mt-3 text-sm text-stone-800" data-testid="first-money">
      {t('firstMoney', {
        basis: noDay ? 'monthly' : 'day',
        month: display.formatMonthYear(method.firstPayout),
        date: display.formatDate(method.firstPayout),
        months: method.eligibleInMonths ?? 0,
        minimumMonths: payout.minimum === null ? 0 : payout.minimumMonths,
        minimum: payout.minimum === null ? '' : display.formatMoney(payout.minimum, currency),
      })}
      {noDay && <> {t('firstMoneyNoDay')}</>}
    </p>
  );
}

/** Fields folded under "More details" (the six that decide eligibility are always in view). */
const FOLDED_FIELDS = new Set(FIELD_SPECS.filter((spec) => !spec.essential).map((spec) => spec.field));

function Money({ method, currency, profile }: { method: MethodResult; currency: Currency; profile: CreatorProfile }) {
  const t = useTranslations();
  const display = useDisplay();
  // A default of 0 under More details (LIVE hours, viewers, price, margin) leaves nothing to estimate:
  // say which field to fill in. A 0 the creator gave as their own earnings is an answer, not a gap.
  const missingInput = method.formula.find(
    (step) => step.kind === 'input' && !step.calibrated && step.expected === 0 && step.field !== undefined && FOLDED_FIELDS.has(step.field),
  );
  const missingLabel = missingInput?.field && t(`form.fields.${missingInput.field}.label`);
  /** "50% of views", "General / lifestyle", "20": a field's value as the form words it. */
  const fieldValueText = (field: keyof CreatorProfile) => {
    const value = profile[field];
    if (typeof value === 'string' && t.has(`form.options.${field}.${value}`)) return t(`form.options.${field}.${value}`);
    const suffix = t.has(`form.fields.${field}.suffix`) ? t(`form.fields.${field}.suffix`) : '';
    return `${showValue(value, display.locale)}${suffix.startsWith('%') ? suffix : suffix ? ` ${suffix}` : ''}`;
  };
  // A typical value stands in for a number the creator has not given (20 LIVE viewers): say which, on the card.
  const assumed = method.formula.filter(
    (step) =>
      step.kind === 'input' &&
      !step.calibrated &&
      step.expected !== 0 &&
      step.field !== undefined &&
      FOLDED_FIELDS.has(step.field) &&
      profile[step.field] === DEFAULT_PROFILE[step.field],
  );
  const range = method.eligible ? method.monthly : method.potential;
  // From the creator's own earnings every factor can be exact: then there is one amount, not a range.
  const exact = range.low === range.high;
  return (
    <div className="mt-4 rounded-lg bg-stone-50 p-3 text-sm">
      <p className="text-stone-600">{method.eligible ? t('card.couldEarn') : t('card.ifQualified')}</p>
      <p className="text-2xl font-semibold text-stone-900" data-testid={method.eligible ? 'monthly' : 'potential'}>
        {range.expected >= 0.5 && !exact
          ? t('card.about', { money: display.formatMoney(range.expected, currency) })
          : display.formatMoney(range.expected, currency)}
      </p>
      {range.high > 0 && !exact && (
        <p className="text-stone-700">
          {t('card.range')} <span className="whitespace-nowrap">{display.formatRange(range, currency)}</span>
          {method.confidence === 'low' && <span className="text-stone-600">{t('card.limitedEstimate')}</span>}
        </p>
      )}
      {!method.eligible && (
        <p className="mt-1 text-stone-600" data-testid="monthly">
          {t('card.now', { money: display.formatMoney(0, currency) })}
        </p>
      )}
      {missingLabel && <p className="mt-1 text-stone-700">{t('card.fillIn', { label: missingLabel })}</p>}
      {!missingLabel && assumed.length > 0 && (
        <p className="mt-1 text-stone-700" data-testid="assumed">
          {t('card.assumed', {
            values: assumed
              .map((step) => t('card.assumedValue', { label: t(`form.fields.${step.field!}.label`), value: fieldValueText(step.field!) }))
              .join(', '),
          })}
        </p>
      )}
    </div>
  );
}

type CardProps = {
  method: MethodResult;
  currency: Currency;
  asOf: string;
  sources: Record<string, Source>;
  profile: CreatorProfile;
};

function CardDetails({ method, currency, asOf, sources, profile, withOutlook = false }: CardProps & { withOutlook?: boolean }) {
  const t = useTranslations('card');
  const charts = useTranslations('charts');
  const display = useDisplay();
  const words = useResultWords();
  const hasProjection = method.projection.some((point) => point.high > 0);
  return (
    <>
      {method.requirements.length > 0 ? (
        <ul className="mt-3 space-y-1.5 text-sm" aria-label={t('requirementsFor', { name: method.name })}>
          {method.requirements.map((requirement) => (
            <RequirementLine key={`${requirement.fact}-${words.required(requirement.requires)}`} requirement={requirement} />
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-700">{t('noRequirement')}</p>
      )}
      {method.upcoming.map((upcoming) => words.upcoming(upcoming)).map((text) => (
        <p key={text} className="mt-1 text-sm text-stone-700">
          {t('coming', { text })}
        </p>
      ))}
      {withOutlook && <Outlook method={method} />}

      <Money method={method} currency={currency} profile={profile} />
      <FirstMoney method={method} currency={currency} />
      {hasProjection && (
        <MethodChart
          method={chartSeries(method)}
          currency={currency}
          asOf={asOf}
          description={describeProjection(method, currency, charts, display)}
        />
      )}

      {method.tips.length > 0 && (
        <p className="mt-3 text-sm text-stone-700">
          <span className="font-medium">{t('tip')}</span> {method.tips[0]}
        </p>
      )}
      {method.caveats.map((caveat) => (
        <p key={caveat} className="mt-1 text-xs text-stone-600">
          {caveat}
        </p>
      ))}
      <p className="mt-1 text-xs text-stone-600">{t('paidOut', { timing: method.comparison.payoutTiming })}</p>

      <FormulaDetails {...formulaSlice(method, sources, words)} currency={currency} profile={profile} />
    </>
  );
}

/**
 * Whether a card would render alike for both props: its method is the same object (a new evaluation
 * reuses the parts that did not change, see keepEqual) and so is every field of the profile its formula
 * reads. The rest of the profile (what the creator is typing, often) does not reach the card.
 */
function sameCard(before: CardProps, after: CardProps): boolean {
  return (
    before.method === after.method &&
    before.currency === after.currency &&
    before.asOf === after.asOf &&
    before.sources === after.sources &&
    after.method.formula.every((step) => step.field === undefined || before.profile[step.field] === after.profile[step.field])
  );
}

/** One monetization method: status, requirements as a checklist, money now and potential, and the formula. */
export const MethodCard = memo(function MethodCard({ method, currency, asOf, sources, profile }: CardProps) {
  const t = useTranslations('card');
  const headingId = `method-${method.id}`;
  return (
    <article
      id={method.id}
      aria-labelledby={headingId}
      data-method={method.id}
      data-eligible={String(method.eligible)}
      className="render-when-visible scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm [--expected-height:45rem] sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold text-stone-900">
            {method.name}
          </h3>
          <p className="text-sm text-stone-600">{method.summary}</p>
        </div>
        <StatusBadge method={method} />
      </div>

      {method.status === 'blocked' ? (
        // Blocked methods stay short (the reason, folded details) so what is possible comes first on a phone.
        <>
          <Outlook method={method} />
          <details className="mt-3">
            <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-stone-800">
              {t('details')}<span className="sr-only">{t('forName', { name: method.name })}</span>
            </summary>
            <CardDetails method={method} currency={currency} asOf={asOf} sources={sources} profile={profile} />
          </details>
        </>
      ) : (
        <CardDetails method={method} currency={currency} asOf={asOf} sources={sources} profile={profile} withOutlook />
      )}
    </article>
  );
}, sameCard);
