import type { Evaluation } from '@/lib/rules';
import { formatMonths, formatRange } from './display';

/** The one-line summary used in link previews: "Eligible for 4 of 9 ways to earn on TikTok, about EUR 310–820 a month". */
export function summaryLine(result: Evaluation): string {
  const { eligibleCount, methodCount, monthly } = result.summary;
  const money = eligibleCount > 0 ? `, about ${formatRange(monthly, result.currency)} a month` : '';
  return `Eligible for ${eligibleCount} of ${methodCount} ways to earn on TikTok${money}`;
}

/** The page's answer, speaking to the creator: "You qualify for 4 of 9 ways to earn; ...". */
export function summarySentence(result: Evaluation): string {
  const { eligibleCount, methodCount, monthly } = result.summary;
  if (eligibleCount === 0) return `You don't qualify for any of the ${methodCount} ways to earn yet.`;
  return `You qualify for ${eligibleCount} of ${methodCount} ways to earn; using all ${eligibleCount} could bring about ${formatRange(monthly, result.currency)} a month.`;
}

/**
 * What to do next: the method that unlocks soonest and what it needs, or, when growth unlocks nothing,
 * the first thing the creator can do now ("To unlock Series: post 2 more public videos ...").
 */
export function nextStepLine(result: Evaluation): string | null {
  const next = result.summary.nextUnlock;
  if (next) return `Next: ${next.name} ${formatMonths(next.months)}${next.message ? ` (${next.message})` : ''}.`;
  for (const method of result.methods) {
    if (method.status !== 'blocked') continue;
    const action = method.requirements.find((requirement) => !requirement.met && requirement.kind === 'action');
    if (action) return `To unlock ${method.name}: ${action.message.charAt(0).toLowerCase()}${action.message.slice(1)}.`;
  }
  return null;
}
