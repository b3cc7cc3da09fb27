import type { Evaluation, GoalMethod } from '@/lib/rules';
import { formatCount, formatMoney, formatMonths, roundEstimate } from '@/lib/display';

const HOURS_IN_A_MONTH = 744;

function whenText(method: GoalMethod, blockedReason: string | null): string {
  if (method.monthsToGoal === null && blockedReason) return `out of reach: ${blockedReason.charAt(0).toLowerCase()}${blockedReason.slice(1)}`;
  if (method.monthsToGoal === null) return 'not within 10 years at your growth rate';
  return method.monthsToGoal === 0 ? 'already now' : `${formatMonths(method.monthsToGoal)} at your growth rate`;
}

/** "What would it take to earn EUR 1,000 a month?": per method, and the soonest way there. */
export function GoalSection({ result }: { result: Evaluation }) {
  const goal = result.goal;
  if (!goal) {
    return (
      <p className="text-sm text-stone-700">
        Set an income goal under More details to see what each method would need to pay it, and which gets you there
        soonest.
      </p>
    );
  }
  const names = new Map(result.methods.map((method) => [method.id, method.name]));
  const target = formatMoney(goal.target, result.currency);
  const fastest = goal.fastest;
  const methods = [...goal.methods].sort((a, b) => (a.monthsToGoal ?? Infinity) - (b.monthsToGoal ?? Infinity));
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5" data-testid="goal">
      <p className="text-lg font-semibold text-stone-900">
        {fastest === null
          ? `At your growth rate, ${target} a month is more than 10 years away.`
          : fastest.kind === 'single'
            ? `Soonest way to ${target} a month: ${names.get(fastest.ids[0])} alone, ${formatMonths(fastest.months)}.`
            : `Soonest way to ${target} a month: ${fastest.ids.length} methods together, ${formatMonths(fastest.months)} (${fastest.ids.map((id) => names.get(id)).join(', ')}).`}
      </p>
      <p className="mt-1 text-sm text-stone-600">
        Each method alone, at today&apos;s rates, would need (expected values; the ranges above show how far off they can be):
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {methods.map((method) => (
          <li key={method.id}>
            <span className="font-medium">{method.name}:</span>{' '}
            {method.needs ? (
              <>
                {method.needs.field === 'liveHours' && method.needs.value > HOURS_IN_A_MONTH
                  ? `more LIVE hours than a month has at your audience size (${formatCount(roundEstimate(method.needs.value))})`
                  : `about ${formatCount(roundEstimate(method.needs.value))} ${method.needs.unit}`}{' '}
                (you have {formatCount(result.profile[method.needs.field])});{' '}
                {whenText(method, result.methods.find((candidate) => candidate.id === method.id)?.blockedReason ?? null)}
              </>
            ) : (
              'no estimate yet: enter the numbers it needs under More details'
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
