import type { Evaluation } from '@/lib/rules';
import { formatRange } from './display';

/** The one-line summary used in link previews: "Eligible for 4 of 9 ways to earn on TikTok, about EUR 310–820 a month". */
export function summaryLine(result: Evaluation): string {
  const { eligibleCount, methodCount, monthly } = result.summary;
  const money = eligibleCount > 0 ? `, about ${formatRange(monthly, result.currency)} a month` : '';
  return `Eligible for ${eligibleCount} of ${methodCount} ways to earn on TikTok${money}`;
}

export function nextUnlockLine(result: Evaluation): string {
  const next = result.summary.nextUnlock;
  if (!next) return 'See what each method needs and what it could pay.';
  return `Next: ${next.name} in about ${next.months} month${next.months === 1 ? '' : 's'}${next.message ? ` (${next.message})` : ''}.`;
}
