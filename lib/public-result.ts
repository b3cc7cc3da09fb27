import type { Evaluation, FormulaStep, MethodResult, RequirementResult } from '@/lib/rules';
import type { ResultWords } from './result-words';

/*
 * The API's result: the engine's evaluation with its facts put into words, in the shape the API has
 * always answered with. Field names and order are public: other tools read them.
 */

/** A requirement with its line and what is required, in words. */
export type PublicRequirement = Omit<RequirementResult, 'requires' | 'opensOn'> & {
  message: string;
  requiredText: string;
  alternatives: string[];
};

export type PublicMethod = Omit<MethodResult, 'requirements' | 'blocked' | 'upcoming' | 'formula'> & {
  requirements: PublicRequirement[];
  blockedReason: string | null;
  formula: Array<Omit<FormulaStep, 'key' | 'ratesOf'> & { label: string }>;
  upcoming: string[];
};

export type PublicEvaluation = Omit<Evaluation, 'methods' | 'summary'> & {
  methods: PublicMethod[];
  summary: Omit<Evaluation['summary'], 'nextUnlock'> & {
    nextUnlock: (NonNullable<Evaluation['summary']['nextUnlock']> & { message: string }) | null;
  };
};

function publicRequirement(requirement: RequirementResult, words: ResultWords): PublicRequirement {
  const { fact, op, required, actual, met, gap, kind, metFromMonth, source, checked, confidence, note } = requirement;
  return {
    fact,
    op,
    required,
    actual,
    met,
    gap,
    message: words.message(requirement),
    requiredText: words.required(requirement.requires),
    kind,
    metFromMonth,
    source,
    checked,
    confidence,
    note,
    alternatives: words.alternatives(requirement),
  };
}

function publicStep(step: FormulaStep, words: ResultWords): PublicMethod['formula'][number] {
  const { key, ratesOf, ...rest } = step;
  if (!key) return { ...rest, label: step.label ?? '' };
  const worded = { label: words.stepLabel(step), ...rest };
  return ratesOf ? { ...worded, note: words.stepNote(step) } : worded;
}

function publicMethod(method: MethodResult, words: ResultWords): PublicMethod {
  const { requirements, blocked, upcoming, formula, ...rest } = method;
  return {
    id: rest.id,
    name: rest.name,
    summary: rest.summary,
    platform: rest.platform,
    eligible: rest.eligible,
    status: rest.status,
    requirements: requirements.map((requirement) => publicRequirement(requirement, words)),
    eligibleInMonths: rest.eligibleInMonths,
    blockedReason: blocked ? words.blockedReason(method) : null,
    blockedBy: rest.blockedBy,
    afterActionsInMonths: rest.afterActionsInMonths,
    monthly: rest.monthly,
    potential: rest.potential,
    projection: rest.projection,
    formula: formula.map((step) => publicStep(step, words)),
    confidence: rest.confidence,
    comparison: rest.comparison,
    effortLevel: rest.effortLevel,
    tips: rest.tips,
    caveats: rest.caveats,
    upcoming: upcoming.map((entry) => words.upcoming(entry)),
    firstPayout: rest.firstPayout,
    payout: rest.payout,
  };
}

/** The evaluation as the API answers with it: every fact that reads as a sentence, written in `words`' language. */
export function publicEvaluation(result: Evaluation, words: ResultWords): PublicEvaluation {
  const next = result.summary.nextUnlock;
  return {
    ...result,
    methods: result.methods.map((method) => publicMethod(method, words)),
    summary: { ...result.summary, nextUnlock: next && { ...next, message: words.nextUnlockNeeds(result) } },
  };
}
