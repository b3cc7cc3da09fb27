import * as z from 'zod';
import { creatorProfileSchema, CURRENCIES, LOCALES, METHOD_IDS } from '@/lib/rules';
import { payoutRhythmSchema } from '@/lib/rules/payout-schema';
import { confidenceSchema, factSchema, opSchema } from '@/lib/rules/schema';

/**
 * What /api/estimate answers, as zod: the OpenAPI document is generated from these schemas, and the
 * lean answer picks its fields by their keys, so the description and the answer cannot drift apart.
 */

/** The heavy parts of an answer, sent only when `include` names them. */
export const INCLUDE_PARTS = ['projection', 'formula', 'comparison', 'texts', 'sources'] as const;
export type IncludePart = (typeof INCLUDE_PARTS)[number];

type Shape = Record<string, z.core.$ZodType>;
/** One level of the answer (the answer, its summary, a method, a requirement): the fields it always has, and those each part adds. */
export type AnswerLevel = { fields: Shape; parts: Partial<Record<IncludePart, Record<string, z.ZodType>>> };

const moneySchema = z.strictObject({ low: z.number(), expected: z.number(), high: z.number() });
const methodIdSchema = z.enum(METHOD_IDS);
const valueSchema = z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]);
const monthsSchema = z.int().min(0);

export const requirementLevel = {
  fields: {
    fact: factSchema,
    op: opSchema,
    required: valueSchema.meta({ description: 'The value required, after any country override' }),
    actual: valueSchema.meta({ description: 'What the creator has now' }),
    met: z.boolean(),
    gap: z.number().nullable().meta({ description: "How far off the creator is, in the fact's unit; null for yes/no facts" }),
    message: z.string().meta({ description: 'One line a person can act on, in the answer\'s language' }),
    kind: z.enum(['growth', 'time', 'action', 'fixed']),
    metFromMonth: monthsSchema.nullable().meta({ description: 'First month (0 = now) in which it holds; null when growth and time cannot get there' }),
  },
  parts: {
    texts: { requiredText: z.string(), alternatives: z.array(z.string()) },
    sources: { source: z.string(), checked: z.string(), confidence: confidenceSchema, note: z.string() },
  },
} satisfies AnswerLevel;

const factorShape = {
  label: z.string(),
  unit: z.string(),
  low: z.number(),
  expected: z.number(),
  high: z.number(),
  field: z.string().optional(),
  calibrated: z.boolean().optional(),
  source: z.string().optional(),
  assumption: z.string().optional(),
  checked: z.string().optional(),
  confidence: confidenceSchema.optional(),
  note: z.string().optional(),
};
const mixPartSchema = z.strictObject({
  country: z.string(),
  percent: z.number(),
  elsewhere: z.literal(true).optional(),
  low: z.number(),
  expected: z.number(),
  high: z.number(),
  source: z.string().optional(),
  confidence: confidenceSchema.optional(),
});
const formulaStepSchema = z.strictObject({
  ...factorShape,
  mix: z.array(mixPartSchema).optional(),
  kind: z.enum(['input', 'parameter', 'result']),
});

export const methodLevel = {
  fields: {
    id: methodIdSchema,
    name: z.string(),
    eligible: z.boolean().meta({ description: 'True exactly when every requirement is met' }),
    status: z.enum(['eligible', 'reachable', 'blocked']),
    requirements: z.array(z.unknown()),
    eligibleInMonths: monthsSchema.nullable().meta({ description: '0 when eligible now; null when growth cannot get there' }),
    blockedReason: z.string().nullable(),
    blockedBy: factSchema.nullable().meta({ description: 'The fact behind blockedReason; null when not blocked' }),
    afterActionsInMonths: monthsSchema.nullable(),
    monthly: moneySchema.meta({ description: 'Earnings a month now (zero when not eligible)' }),
    potential: moneySchema.meta({ description: 'Earnings a month if eligible today' }),
    confidence: confidenceSchema,
    firstPayout: z.iso.date().nullable().meta({ description: 'The earliest date money from this method could reach the account; null when blocked' }),
    payout: z
      .strictObject({
        rhythm: payoutRhythmSchema,
        payDay: z.int().nullable(),
        days: z.int(),
        minimum: z.number().nullable(),
        minimumMonths: z.int(),
        dailyLimit: z.number().nullable(),
      })
      .meta({ description: 'How the program pays: its rhythm, pay day, days to the account, and the minimum balance (in the result currency)' }),
  },
  parts: {
    projection: {
      projection: z.array(z.strictObject({ month: z.int(), eligible: z.boolean(), low: z.number(), expected: z.number(), high: z.number() })),
    },
    formula: { formula: z.array(formulaStepSchema) },
    comparison: {
      comparison: z.strictObject({
        incomeType: z.string(),
        requirementsText: z.string(),
        earningPotential: z.string(),
        effort: z.string(),
        payoutTiming: z.string(),
      }),
      effortLevel: z.enum(['low', 'low-medium', 'medium', 'high']),
      platform: z.enum(['tiktok', 'beyond-tiktok']),
    },
    texts: { summary: z.string(), tips: z.array(z.string()), caveats: z.array(z.string()), upcoming: z.array(z.string()) },
  },
} satisfies AnswerLevel;

export const summaryLevel = {
  fields: {
    eligibleCount: z.int(),
    methodCount: z.int(),
    monthly: moneySchema.meta({ description: 'Sum over the methods eligible now' }),
    startWith: z.strictObject({ id: methodIdSchema, name: z.string(), monthly: moneySchema }).nullable(),
    nextUnlock: z.strictObject({ id: methodIdSchema, name: z.string(), months: z.int(), message: z.string() }).nullable(),
  },
  parts: {
    projection: { projection: z.array(z.strictObject({ month: z.int(), low: z.number(), expected: z.number(), high: z.number() })) },
  },
} satisfies AnswerLevel;

const goalSchema = z.strictObject({
  target: z.number(),
  methods: z.array(
    z.strictObject({
      id: methodIdSchema,
      name: z.string(),
      needs: z.strictObject({ field: z.enum(['views30d', 'followers', 'liveHours']), value: z.number(), unit: z.string() }).nullable(),
      monthsToGoal: z.int().nullable(),
    }),
  ),
  fastest: z.strictObject({ kind: z.enum(['single', 'mix']), ids: z.array(methodIdSchema), months: z.int() }).nullable(),
});

export const answerLevel = {
  fields: {
    rulesetVersion: z.string(),
    locale: z.enum(LOCALES),
    asOf: z.iso.date(),
    currency: z.enum(CURRENCIES),
    profile: creatorProfileSchema,
    methods: z.array(z.unknown()),
    summary: z.unknown(),
    goal: goalSchema.nullable().meta({ description: 'What it would take to earn incomeGoal a month; null when no goal is set' }),
  },
  parts: {
    formula: { exchangeRate: z.strictObject({ perUsd: z.number(), date: z.string(), source: z.string() }) },
    sources: {
      sources: z.record(z.string(), z.strictObject({ id: z.string(), url: z.string(), title: z.string(), published: z.string() })),
    },
  },
} satisfies AnswerLevel;

/** A level's fields, plus every part's as optional, each saying which `include` brings it. */
function levelSchema(level: AnswerLevel, replace: Shape = {}) {
  const shape: Shape = { ...level.fields, ...replace };
  for (const [part, fields] of Object.entries(level.parts)) {
    for (const [key, schema] of Object.entries(fields)) {
      const described = schema.description ? `${schema.description}. ` : '';
      shape[key] = schema.optional().meta({ description: `${described}Only with include=${part} (or all)` });
    }
  }
  return z.strictObject(shape);
}

const methodSchema = levelSchema(methodLevel, { requirements: z.array(levelSchema(requirementLevel)) });

/** The answer of /api/estimate: every field of `evaluate()`'s result, the heavy ones only when `include` names them. */
export const estimateAnswerSchema = levelSchema(answerLevel, {
  methods: z.array(methodSchema).meta({ description: 'The nine methods, in a stable order' }),
  summary: levelSchema(summaryLevel),
});

/** A bad request (400), a body too large (413), a method not allowed (405) or a path not found (404). */
export const apiErrorSchema = z.strictObject({
  error: z.string(),
  issues: z
    .array(z.strictObject({ path: z.string().meta({ description: 'The field, dot-separated; "" for the whole body' }), message: z.string() }))
    .min(1),
});
