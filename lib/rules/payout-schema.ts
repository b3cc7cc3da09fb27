import { z } from 'zod';
import { METHOD_IDS, type MethodId } from './method-ids';
import { hasProvenance, provenanceMessage, provenanceShape } from './schema';

/**
 * The shape of `rules/payouts.json`: when each method's money reaches the creator. Every value carries
 * where it comes from, like every threshold; `null` means nothing is published.
 */

const valueOf = <T extends z.ZodType>(value: T) => z.strictObject({ value, ...provenanceShape }).refine(hasProvenance, provenanceMessage);

/** How a method pays: monthly on a day, cash out any time, after a hold window, or on a brand's terms. */
export const payoutRhythmSchema = z.enum(['monthly', 'withdraw-any-time', 'after-hold', 'on-terms']);

export const payoutRuleSchema = z
  .strictObject({
    rhythm: valueOf(payoutRhythmSchema),
    /** Day of the month a monthly payout is made; null when not published. */
    payDay: valueOf(z.number().int().min(1).max(28).nullable()).optional(),
    /** Days from the pay day, cash-out or sale (or post, for a brand deal) to the creator's account. */
    days: valueOf(z.number().int().min(0).max(365)),
    /** Balance needed before money can be withdrawn, in USD; null when not published. */
    minimumUsd: valueOf(z.number().positive().nullable()),
    /** Most that can be cashed out in a day, in USD. */
    dailyLimitUsd: valueOf(z.number().positive()).optional(),
  })
  .refine((rule) => (rule.rhythm.value === 'monthly') === (rule.payDay !== undefined), {
    message: 'a monthly rhythm needs a payDay (null when not published), and only a monthly one',
  });

export const payoutsSchema = z.strictObject({
  note: z.string().optional(),
  methods: z
    .record(z.string(), payoutRuleSchema)
    .refine((methods) => METHOD_IDS.every((id) => id in methods) && Object.keys(methods).every((id) => (METHOD_IDS as readonly string[]).includes(id)), {
      message: `needs exactly one entry per method: ${METHOD_IDS.join(', ')}`,
    }),
});

export type PayoutRule = z.infer<typeof payoutRuleSchema>;
export type PayoutRhythm = z.infer<typeof payoutRhythmSchema>;
export type Payouts = { note?: string; methods: Readonly<Record<MethodId, PayoutRule>> };

/** Source ids the payout rules cite, to check against rules/sources.json. */
export function payoutSourceIds(payouts: Payouts): string[] {
  return Object.values(payouts.methods).flatMap((rule) =>
    [rule.rhythm, rule.payDay, rule.days, rule.minimumUsd, rule.dailyLimitUsd].flatMap((value) => (value?.source ? [value.source] : [])),
  );
}
