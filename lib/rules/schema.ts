import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import type { MethodId } from './method-ids';

/**
 * The shape of the rule data in `rules/`. Every file is parsed with these schemas when the ruleset
 * loads, so a typo in a rule file fails loudly at build and test time instead of giving wrong answers.
 */

const isoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const confidenceSchema = z.enum(['high', 'medium', 'low']);
const countryListSchema = z.array(z.enum(COUNTRY_CODES)).min(1);

/** Profile fields a requirement may test. */
export const factSchema = z.enum([
  'age',
  'country',
  'followers',
  'views30d',
  'videos30d',
  'accountAgeDays',
  'accountType',
  'goodStanding',
]);
export const opSchema = z.enum(['gte', 'lte', 'eq', 'in']);

export type Fact = z.infer<typeof factSchema>;
export type Op = z.infer<typeof opSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;

export const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
  title: z.string().min(1),
  /** When the source was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
});
export const sourcesSchema = z.record(z.string(), sourceSchema);
export type Source = z.infer<typeof sourceSchema> & { id: string };

/** Where a value comes from: a source id from rules/sources.json, or an assumption and why. */
export const provenanceShape = {
  source: z.string().optional(),
  assumption: z.string().min(10).optional(),
  checked: isoDateSchema,
  confidence: confidenceSchema,
  note: z.string().optional(),
};

export function hasProvenance(value: { source?: string; assumption?: string }) {
  return value.source !== undefined || value.assumption !== undefined;
}
export const provenanceMessage = { message: 'needs a source (an id from rules/sources.json) or an assumption saying why' };

const requirementValueSchema = z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]);

export const requirementSchema = z
  .strictObject({
    fact: factSchema,
    op: opSchema,
    value: requirementValueSchema,
    /** The requirement applies from this date (inclusive)... */
    from: isoDateSchema.optional(),
    /** ...until this date (exclusive). */
    until: isoDateSchema.optional(),
    /** A different value in some countries, e.g. 19+ in KR. */
    overrides: z
      .array(
        z.strictObject({
          countries: countryListSchema,
          value: requirementValueSchema,
          source: z.string(),
          confidence: confidenceSchema,
          note: z.string().optional(),
        }),
      )
      .optional(),
    ...provenanceShape,
  })
  .refine(hasProvenance, provenanceMessage)
  .refine((r) => r.op !== 'in' || Array.isArray(r.value), { message: "op 'in' needs a list value" })
  .refine((r) => r.fact !== 'country' || r.op === 'in', { message: "country requirements use op 'in'" });

export type Requirement = z.infer<typeof requirementSchema>;
export type RequirementNode = Requirement | { all: RequirementNode[] } | { any: RequirementNode[] };

export const requirementNodeSchema: z.ZodType<RequirementNode> = z.lazy(() =>
  z.union([
    requirementSchema,
    z.strictObject({ all: z.array(requirementNodeSchema) }),
    z.strictObject({ any: z.array(requirementNodeSchema).min(1) }),
  ]),
);

const rangeShape = { low: z.number().min(0), expected: z.number().min(0), high: z.number().min(0) };
function isOrdered(r: { low: number; expected: number; high: number }) {
  return r.low <= r.expected && r.expected <= r.high;
}
const orderMessage = { message: 'needs low <= expected <= high' };

/** A money or rate parameter of an estimate, as a range. */
export const parameterSchema = z
  .strictObject({
    label: z.string().min(1),
    unit: z.string().min(1),
    ...rangeShape,
    overrides: z
      .array(
        z
          .strictObject({
            countries: countryListSchema,
            ...rangeShape,
            source: z.string().optional(),
            assumption: z.string().optional(),
            confidence: confidenceSchema,
            note: z.string().optional(),
          })
          .refine(isOrdered, orderMessage)
          .refine(hasProvenance, provenanceMessage),
      )
      .optional(),
    ...provenanceShape,
  })
  .refine(isOrdered, orderMessage)
  .refine(hasProvenance, provenanceMessage);

export type Parameter = z.infer<typeof parameterSchema>;

/** Brand-deal pay per follower by follower tier. */
const tierSchema = z
  .strictObject({ name: z.string(), minFollowers: z.number().int().min(0), ...rangeShape })
  .refine(isOrdered, orderMessage);

const describedShape = {
  name: z.string().min(1),
  /** How the method pays, in one line. */
  summary: z.string().min(1),
  platform: z.enum(['tiktok', 'beyond-tiktok']),
  /** The comparison columns: income type, requirements in words, earning potential, effort. */
  incomeType: z.string().min(1),
  requirementsText: z.string().min(1),
  earningPotential: z.string().min(1),
  effort: z.string().min(1),
  /** The effort column as a level, for ranking what to start with (see outlook.ts). */
  effortLevel: z.enum(['low', 'low-medium', 'medium', 'high']),
  payoutTiming: z.string().min(1),
  tips: z.array(z.string()).default([]),
  /** Where a method has no published source at all, why: every value in it is then an assumption. */
  sourcing: z.string().min(20).optional(),
  /** Notes shown on the card; `countries` limits one to the countries it is about. */
  caveats: z.array(z.union([z.string(), z.strictObject({ text: z.string(), countries: countryListSchema })])).default([]),
  requirements: z.strictObject({ all: z.array(requirementNodeSchema) }),
};

const params = <T extends Record<string, unknown>>(keys: T) => z.strictObject(keys);
const p = parameterSchema;

/** One rule file per method; each method's estimate names the parameters its formula needs. */
export const methodRuleSchema = z.discriminatedUnion('id', [
  z.strictObject({
    id: z.literal('creator-rewards'),
    ...describedShape,
    parameters: params({ qualifiedShare: p, rpm: p, perVideoMark: p, viewSpread: p }),
  }),
  z.strictObject({
    id: z.literal('live-gifts'),
    ...describedShape,
    parameters: params({ coinsPerViewerHour: p, diamondsPerCoin: p, usdPerDiamond: p, coinPrice: p }),
  }),
  z.strictObject({
    id: z.literal('live-subscriptions'),
    ...describedShape,
    parameters: params({ subscriberRate: p, price: p, afterStoreFees: p, creatorShare: p }),
  }),
  z.strictObject({
    id: z.literal('video-gifts'),
    ...describedShape,
    parameters: params({ coinsPerThousandViews: p, diamondsPerCoin: p, usdPerDiamond: p }),
  }),
  z.strictObject({
    id: z.literal('series'),
    ...describedShape,
    parameters: params({ buyerRate: p, price: p, creatorShare: p }),
  }),
  z.strictObject({
    id: z.literal('tiktok-shop-affiliate'),
    ...describedShape,
    parameters: params({ clickRate: p, conversionRate: p, orderValue: p, commission: p }),
  }),
  z.strictObject({
    id: z.literal('brand-partnerships'),
    ...describedShape,
    parameters: params({ dealsPerMonth: p, engagementBenchmark: p, marketFactor: p }),
    /** Suggested rates for a media kit, as shares of the fee for a dedicated sponsored video. */
    formats: params({ dedicatedVideo: p, productPlacement: p, liveMention: p }),
    tiers: z.array(tierSchema).min(1),
    tiersSource: z.strictObject(provenanceShape).refine(hasProvenance, provenanceMessage),
    nicheFactors: z.strictObject({
      values: z.record(z.string(), z.number().positive()),
      ...provenanceShape,
    }),
  }),
  z.strictObject({
    id: z.literal('affiliate'),
    ...describedShape,
    parameters: params({ clickRate: p, conversionRate: p, orderValue: p, commission: p }),
  }),
  z.strictObject({
    id: z.literal('own-products'),
    ...describedShape,
    parameters: params({ clickRate: p, conversionRate: p }),
  }),
]);

export type MethodRule = z.infer<typeof methodRuleSchema>;

// Every method id has a rule shape, and every rule shape is a known method.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameIds: Same<MethodRule['id'], MethodId> = true;
void sameIds;

export const currencyRatesSchema = z.strictObject({
  /** Units of each currency per 1 EUR, as the ECB publishes them. */
  perEur: z.strictObject({
    EUR: z.literal(1),
    USD: z.number().positive(),
    GBP: z.number().positive(),
    BRL: z.number().positive(),
    MXN: z.number().positive(),
    JPY: z.number().positive(),
    KRW: z.number().positive(),
    CAD: z.number().positive(),
    AUD: z.number().positive(),
  }),
  /** The date of the rates (of `USD` and `GBP`, and of every other currency not in `dates`). */
  date: isoDateSchema,
  /** Rates from another day than `date`, with where that day's table was found. */
  dates: z.record(z.string(), z.strictObject({ date: isoDateSchema, source: z.string() })).optional(),
  source: z.string(),
  checked: isoDateSchema,
  confidence: confidenceSchema,
  note: z.string().optional(),
});

export const rulesetMetaSchema = z.strictObject({
  /** The date the data was last checked; results carry it so a shared link can tell when rules changed. */
  version: isoDateSchema,
  note: z.string().optional(),
});

export type CurrencyRates = z.infer<typeof currencyRatesSchema>;
