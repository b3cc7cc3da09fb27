import type { MethodResult } from '@/lib/rules';
import { formatMonths } from '@/lib/display';
import { CheckIcon, ClockIcon, LockIcon } from './ui/icons';

/** Eligible (green, check), reachable by growing (amber, clock) or blocked (grey, lock): never colour alone. */
export function StatusBadge({ method }: { method: MethodResult }) {
  if (method.status === 'eligible') {
    return (
      <span className="inline-flex items-center gap-1 rounded-full bg-green-100 px-2.5 py-0.5 text-sm font-semibold text-green-800">
        <CheckIcon /> Eligible
      </span>
    );
  }
  if (method.status === 'reachable') {
    const when = formatMonths(method.eligibleInMonths ?? 0);
    return (
      <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-semibold text-amber-900">
        <ClockIcon /> {when.charAt(0).toUpperCase() + when.slice(1)}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-stone-200 px-2.5 py-0.5 text-sm font-semibold text-stone-700">
      <LockIcon /> Not yet possible
    </span>
  );
}
