import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { byOutlook } from '@/lib/rules/outlook';
import { DEFAULT_PROFILE } from '@/lib/rules/profile-fields';
import type { Currency, Evaluation, MethodResult, Source } from '@/lib/rules';
import type { Display } from '@/lib/display';
import { describeTotals, nextStepLine, summarySentence } from '@/lib/result-text';
import { useDisplay } from '@/lib/use-display';
import type { ResultWords } from '@/lib/result-words';
import { useResultWords } from '@/lib/use-result-words';
import { chartSeries, comparisonRow, type ComparisonRow } from '@/lib/result-slices';
import { BackToTop } from './back-to-top';
import { ComparisonTable } from './comparison-table';
import { GoalSection } from './goal-section';
import { CombinedChart } from './lazy-charts';
import { MethodCard } from './method-card';
import { StatusBadge } from './status-badge';

const rows = new WeakMap<MethodResult, { currency: Currency; display: Display; words: ResultWords; row: ComparisonRow }>();

/** A method's comparison row, the same object as long as the method is (see keepEqual): the table then skips rendering. */
function rowOf(method: MethodResult, currency: Currency, display: Display, words: ResultWords): ComparisonRow {
  const kept = rows.get(method);
  if (kept && kept.currency === currency && kept.display === display && kept.words === words) return kept.row;
  const row = comparisonRow(method, currency, display, words);
  rows.set(method, { currency, display, words, row });
  return row;
}

function sourcesOf(result: Evaluation): Source[] {
  return Object.values(result.sources).sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

export function Summary({ result, actions }: { result: Evaluation; actions?: ReactNode }) {
  const t = useTranslations('summary');
  const display = useDisplay();
  const step = nextStepLine(result, t, display, useResultWords());
  // The growth note matters only while something is left to unlock by growing.
  const growthAssumed =
    result.methods.some((method) => method.status === 'reachable') &&
    result.profile.followerGrowth === DEFAULT_PROFILE.followerGrowth &&
    result.profile.viewGrowth === DEFAULT_PROFILE.viewGrowth;
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <p className="text-xl font-semibold text-stone-900" data-testid="summary">
        {summarySentence(result, t, display)}
      </p>
      {result.summary.startWith && (
        <p className="mt-1 text-stone-800" data-testid="start-with">
          {t('startWith', { name: result.summary.startWith.name, money: display.formatMoney(result.summary.startWith.monthly.expected, result.currency) })}
        </p>
      )}
      {step && (
        <p className="mt-1 text-stone-700" data-testid="next-unlock">
          {step}
        </p>
      )}
      {growthAssumed && (
        <p className="mt-1 text-sm text-stone-600">{t('growthAssumed', { rate: DEFAULT_PROFILE.followerGrowth })}</p>
      )}
      <p className="mt-2 text-xs text-stone-600">{t('rulesChecked', { date: display.formatDate(result.rulesetVersion) })}</p>
      {actions && <div className="mt-3">{actions}</div>}
    </div>
  );
}

/** Everything the engine said, top to bottom: summary, cards, comparison, charts, sources. */
export function Results({ result, actions }: { result: Evaluation; actions?: ReactNode }) {
  const t = useTranslations();
  const charts = useTranslations('charts');
  const display = useDisplay();
  const words = useResultWords();
  const methods = [...result.methods].sort(byOutlook);
  return (
    <div className="space-y-8">
      <section id="summary" aria-labelledby="summary-heading" className="scroll-mt-4">
        <h2 id="summary-heading" className="sr-only">{t('summary.heading')}</h2>
        <Summary result={result} actions={actions} />
      </section>
      <BackToTop target="summary" label={t('results.backToTop')} />

      <nav aria-label={t('results.jump')} className="-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:px-0">
        <ul className="flex gap-2 sm:flex-wrap">
          {methods.map((method) => (
            <li key={method.id}>
              <a
                href={`#${method.id}`}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 bg-white py-1 pr-1.5 pl-3 text-sm whitespace-nowrap text-stone-900 hover:bg-stone-100"
              >
                {method.name}
                <StatusBadge method={method} />
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="methods-heading">
        <h2 id="methods-heading" className="mb-3 text-xl font-semibold">{t('results.methods')}</h2>
        <div className="grid gap-4 xl:grid-cols-2">
          {methods.map((method) => (
            <MethodCard
              key={method.id}
              method={method}
              currency={result.currency}
              asOf={result.asOf}
              sources={result.sources}
              profile={result.profile}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="goal-heading" className="render-when-visible [--expected-height:5rem]">
        <h2 id="goal-heading" className="mb-3 text-xl font-semibold">{t('results.goal')}</h2>
        <GoalSection result={result} />
      </section>

      <section aria-labelledby="compare-heading" className="render-when-visible [--expected-height:75rem] md:[--expected-height:80rem]">
        <h2 id="compare-heading" className="mb-3 text-xl font-semibold">{t('results.compare')}</h2>
        <ComparisonTable methods={methods.map((method) => rowOf(method, result.currency, display, words))} />
      </section>

      <section aria-labelledby="chart-heading" className="render-when-visible [--expected-height:33rem]">
        <h2 id="chart-heading" className="mb-1 text-xl font-semibold">{t('results.chart')}</h2>
        <p className="mb-3 text-sm text-stone-700">{t('results.chartIntro')}</p>
        <div className="rounded-xl border border-stone-200 bg-white p-4">
          <CombinedChart
            totals={result.summary.projection}
            series={result.methods.map(chartSeries)}
            currency={result.currency}
            asOf={result.asOf}
            caption={describeTotals(result.summary.projection, result.currency, result.asOf, charts, display)}
          />
        </div>
      </section>

      <section aria-labelledby="sources-heading" className="render-when-visible [--expected-height:72rem] md:[--expected-height:41rem]">
        <h2 id="sources-heading" className="mb-2 text-xl font-semibold">{t('results.sources')}</h2>
        <p className="mb-2 text-sm text-stone-700">{t('results.sourcesIntro', { date: display.formatDate(result.rulesetVersion) })}</p>
        <ul className="space-y-1 text-sm">
          {sourcesOf(result).map((source) => (
            <li key={source.id}>
              <a className="underline hover:text-stone-900" href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              <span className="text-stone-600">({source.published})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
