import { addDays, addMonths, lastDayOfMonth, monthAfter } from './dates';
import type { PayoutRhythm, PayoutRule } from './payout-schema';

/** When money from a method first reaches the creator, as data: the page and the API word it. */
export type PayoutTiming = {
  /** The earliest date (YYYY-MM-DD) money could reach the creator's account; null when the method is blocked. */
  firstPayout: string | null;
  payout: {
    rhythm: PayoutRhythm;
    /** Day of the month a monthly payout is made; null when not monthly or not published. */
    payDay: number | null;
    /** Days from the pay day, cash-out, sale or post to the account. */
    days: number;
    /** Balance needed to withdraw, in the result's currency; null when none is published. */
    minimum: number | null;
    /** Months of earnings, at the expected amount, until the balance reaches `minimum` (1 when the first month does). */
    minimumMonths: number;
    /** Most that can be cashed out in a day, in the result's currency; null when there is no limit. */
    dailyLimit: number | null;
  };
};

/** Beyond this many months of earnings a minimum counts as out of reach: the date stops there. */
export const PAYOUT_HORIZON_MONTHS = 120;
const DAYS_A_MONTH = 30;

/** Months of earnings (a fraction) until `minimum` is reached at `monthly` a month, capped at the horizon. */
function monthsToReach(minimum: number | null, monthly: number): number {
  if (minimum === null) return 0;
  if (!(monthly > 0)) return PAYOUT_HORIZON_MONTHS;
  return Math.min(minimum / monthly, PAYOUT_HORIZON_MONTHS);
}

/**
 * The first payout of a method: earning starts `eligibleInMonths` after `asOf`; a monthly program pays
 * the month's earnings on its pay day of the next month (the last day when no day is published), once the
 * balance holds its minimum; the others pay `days` after the money is earned and the minimum reached.
 * `expectedMonthly` is in the result's currency, `perUsd` turns the rule's USD amounts into it. Pure.
 */
export function payoutTiming(
  asOf: string,
  eligibleInMonths: number | null,
  rule: PayoutRule,
  expectedMonthly: number,
  perUsd: number,
): PayoutTiming {
  const minimum = rule.minimumUsd.value === null ? null : rule.minimumUsd.value * perUsd;
  const toMinimum = monthsToReach(minimum, expectedMonthly);
  const rhythm = rule.rhythm.value;
  const payDay = rhythm === 'monthly' ? (rule.payDay?.value ?? null) : null;
  const payout = {
    rhythm,
    payDay,
    days: rule.days.value,
    minimum,
    minimumMonths: Math.max(1, Math.ceil(toMinimum)),
    dailyLimit: rule.dailyLimitUsd ? rule.dailyLimitUsd.value * perUsd : null,
  };
  if (eligibleInMonths === null) return { firstPayout: null, payout };

  if (rhythm === 'monthly') {
    // Earning starts in the month `eligibleInMonths` after asOf's; the month in which the balance reaches
    // its minimum (the first month when there is none) is paid the month after.
    const paidIn = monthAfter(asOf, eligibleInMonths + payout.minimumMonths);
    const payDate = payDay === null ? lastDayOfMonth(paidIn) : `${paidIn}-${String(payDay).padStart(2, '0')}`;
    return { firstPayout: addDays(payDate, payout.days), payout };
  }
  const start = addMonths(asOf, eligibleInMonths);
  return { firstPayout: addDays(start, Math.ceil(toMinimum * DAYS_A_MONTH) + payout.days), payout };
}
