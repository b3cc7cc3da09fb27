import { useTranslations } from 'next-intl';
import type { Evaluation, GoalMethod } from '@/lib/rules';
import { roundEstimate } from '@/lib/display';
import { useDisplay } from '@/lib/use-display';
import { useResultWords } from '@/lib/use-result-words';

const HOURS_IN_A_MONTH = 744;

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** "What would it take to earn EUR 1,000 a month?": per method, and the soonest way there. */
export function GoalSection({ result }: { result: Evaluation }) {
  const t = useTranslations('goal');
  const display = useDisplay();
  const words = useResultWords();
  const goal = result.goal;
  if (!goal) return <p className="text-sm text-stone-700">{t('none')}</p>;

  const whenText = (method: GoalMethod, blockedReason: string | null): string => {
    if (method.monthsToGoal === null && blockedReason) return t('blocked', { reason: lowerFirst(blockedReason) });
    if (method.monthsToGoal === null) return t('never');
    return method.monthsToGoal === 0 ? t('already') : t('later', { when: display.formatMonths(method.monthsToGoal) });
  };
  const names = new Map(result.methods.map((method) => [method.id, method.name]));
  const target = display.formatMoney(goal.target, result.currency);
  const fastest = goal.fastest;
  const methods = [...goal.methods].sort((a, b) => (a.monthsToGoal ?? Infinity) - (b.monthsToGoal ?? Infinity));
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5" data-testid="goal">
      <p className="text-lg font-semibold text-stone-900">
        {fastest === null
          ? t('tooFar', { target })
          : fastest.kind === 'single'
            ? t('single', { target, name: names.get(fastest.ids[0]) ?? '', when: display.formatMonths(fastest.months) })
            : t('mix', {
                target,
                count: fastest.ids.length,
                when: display.formatMonths(fastest.months),
                names: fastest.ids.map((id) => names.get(id)).join(', '),
              })}
      </p>
      <p className="mt-1 text-sm text-stone-600">{t('intro')}</p>
      <ul className="mt-2 space-y-1 text-sm">
        {methods.map((method) => (
          <li key={method.id}>
            <span className="font-medium">{method.name}:</span>{' '}
            {method.needs ? (
              <>
                {method.needs.field === 'liveHours' && method.needs.value > HOURS_IN_A_MONTH
                  ? t('tooManyHours', { hours: display.number(roundEstimate(method.needs.value)) })
                  : t('needs', { value: display.number(roundEstimate(method.needs.value)), unit: words.goalUnit(method.needs.field) })}{' '}
                {t('youHave', { value: display.number(result.profile[method.needs.field]) })}{' '}
                {whenText(method, words.blockedReason(result.methods.find((candidate) => candidate.id === method.id)!))}
              </>
            ) : (
              t('noEstimate')
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
