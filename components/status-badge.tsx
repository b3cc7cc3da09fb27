import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { MethodResult } from '@/lib/rules';
import { useDisplay } from '@/lib/use-display';
import { CheckIcon, ClockIcon, LockIcon } from './ui/icons';

/** What stops a blocked method, in two or three words for the badge (the key in messages under status). */
/** The part of a method's result its badge reads. */
export type StatusOf = Pick<MethodResult, 'status' | 'eligibleInMonths' | 'blockedBy'>;

function blockedLabel(method: StatusOf): 'country' | 'accountType' | 'goodStanding' | 'videos30d' | 'other' {
  switch (method.blockedBy) {
    case 'country':
    case 'accountType':
    case 'goodStanding':
    case 'videos30d':
      return method.blockedBy;
    default:
      return 'other';
  }
}

/** Eligible (green, check), reachable by growing (amber, clock) or blocked (grey, lock): never colour alone. */
export const StatusBadge = memo(function StatusBadge({ method }: { method: StatusOf }) {
  const t = useTranslations('status');
  const display = useDisplay();
  const base = 'inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold';
  if (method.status === 'eligible') {
    return (
      <span className={`${base} bg-green-100 text-green-800`}>
        <CheckIcon /> {t('eligible')}
      </span>
    );
  }
  if (method.status === 'reachable') {
    const when = display.formatMonths(method.eligibleInMonths ?? 0);
    return (
      <span className={`${base} bg-amber-100 text-amber-900`}>
        <ClockIcon /> {when.charAt(0).toUpperCase() + when.slice(1)}
      </span>
    );
  }
  return (
    <span className={`${base} bg-stone-200 text-stone-700`}>
      <LockIcon /> {t(blockedLabel(method))}
    </span>
  );
}, (before, after) =>
  // Four badges a method (links, card, two tables): rendered again only when what they say changes.
  before.method.status === after.method.status &&
  before.method.eligibleInMonths === after.method.eligibleInMonths &&
  before.method.blockedBy === after.method.blockedBy);
