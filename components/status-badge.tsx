import type { MethodResult } from '@/lib/rules';
import { formatMonths } from '@/lib/display';
import { CheckIcon, ClockIcon, LockIcon } from './ui/icons';

/** What stops a blocked method, in two or three words for the badge. */
function blockedLabel(method: MethodResult): string {
  switch (method.blockedBy) {
    case 'country':
      return 'Not in your country';
    case 'accountType':
      return 'Personal accounts only';
    case 'goodStanding':
      return 'Needs good standing';
    case 'videos30d':
      return 'Post more videos';
    default:
      return 'Out of reach for now';
  }
}

/** Eligible (green, check), reachable by growing (amber, clock) or blocked (grey, lock): never colour alone. */
export function StatusBadge({ method }: { method: MethodResult }) {
  const base = 'inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold';
  if (method.status === 'eligible') {
    return (
      <span className={`${base} bg-green-100 text-green-800`}>
        <CheckIcon /> Eligible
      </span>
    );
  }
  if (method.status === 'reachable') {
    const when = formatMonths(method.eligibleInMonths ?? 0);
    return (
      <span className={`${base} bg-amber-100 text-amber-900`}>
        <ClockIcon /> {when.charAt(0).toUpperCase() + when.slice(1)}
      </span>
    );
  }
  return (
    <span className={`${base} bg-stone-200 text-stone-700`}>
      <LockIcon /> {blockedLabel(method)}
    </span>
  );
}
