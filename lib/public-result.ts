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

type Goal = NonNullable<Evaluation['goal']>;
type PublicGoal = Omit<Goal, 'methods'> & {
  methods: Array<Omit<Goal['methods'][number], 'needs'> & { needs: { field: string; value: number; unit: string } | null }>;
};

export type PublicEvaluation = Omit<Evaluation, 'methods' | 'summary' | 'goal'> & {
  goal: PublicGoal | null;
  methods: PublicMethod[];
  summary: Omit<Evaluation['summary'], 'nextUnlock'> & {
    nextUnlock: (NonNullable<Evaluation['summary']['nextUnlock']> & { message: string }) | null;
  };
};

/**
 * The fields that are words, each written from the engine's facts: the whole answer writes them all, a
 * lean one (lib/api-response.ts) only those its parts name, so no sentence is formatted only to be dropped.
 */
export const REQUIREMENT_WORDS = {
  message: (requirement: RequirementResult, words: ResultWords) => words.message(requirement),
  requiredText: (requirement: RequirementResult, words: ResultWords) => words.required(requirement.requires),
  alternatives: (requirement: RequirementResult, words: ResultWords) => words.alternatives(requirement),
};

export const METHOD_WORDS = {
  blockedReason: (method: MethodResult, words: ResultWords) => words.blockedReason(method),
  formula: (method: MethodResult, words: ResultWords) => method.formula.map((step) => publicStep(step, words)),
  upcoming: (method: MethodResult, words: ResultWords) => method.upcoming.map((entry) => words.upcoming(entry)),
};

/** The income goal, with what each method's need is counted in, in words. */
export function publicGoal(result: Evaluation, words: ResultWords): PublicGoal | null {
  const goal = result.goal;
  if (!goal) return null;
  return { ...goal, methods: goal.methods.map((method) => ({ ...method, needs: method.needs && { ...method.needs, unit: words.goalUnit(method.needs.field) } })) };
}

/** The summary's next unlock, with what it still needs in words. */
export function publicNextUnlock(result: Evaluation, words: ResultWords): PublicEvaluation['summary']['nextUnlock'] {
  const next = result.summary.nextUnlock;
  return next && { ...next, message: words.nextUnlockNeeds(result) };
}

function publicRequirement(requirement: RequirementResult, words: ResultWords): PublicRequirement {
  const { fact, op, required, actual, met, gap, kind, metFromMonth, source, checked, confidence, note } = requirement;
  return {
    fact,
    op,
    required,
    actual,
    met,
    gap,
    message: REQUIREMENT_WORDS.message(requirement, words),
    requiredText: REQUIREMENT_WORDS.requiredText(requirement, words),
    kind,
    metFromMonth,
    source,
    checked,
    confidence,
    note,
    alternatives: REQUIREMENT_WORDS.alternatives(requirement, words),
  };
}

function publicStep(step: FormulaStep, words: ResultWords): PublicMethod['formula'][number] {
  const { key, ratesOf, ...rest } = step;
  if (!key) return { ...rest, label: step.label ?? '' };
  const worded = { label: words.stepLabel(step), ...rest };
  return ratesOf ? { ...worded, note: words.stepNote(step) } : worded;
}

function publicMethod(method: MethodResult, words: ResultWords): PublicMethod {
  return {
    id: method.id,
    name: method.name,
    summary: method.summary,
    platform: method.platform,
    eligible: method.eligible,
    status: method.status,
    requirements: method.requirements.map((requirement) => publicRequirement(requirement, words)),
    eligibleInMonths: method.eligibleInMonths,
    blockedReason: METHOD_WORDS.blockedReason(method, words),
    blockedBy: method.blockedBy,
    afterActionsInMonths: method.afterActionsInMonths,
    monthly: method.monthly,
    potential: method.potential,
    projection: method.projection,
    formula: METHOD_WORDS.formula(method, words),
    confidence: method.confidence,
    comparison: method.comparison,
    effortLevel: method.effortLevel,
    tips: method.tips,
    caveats: method.caveats,
    upcoming: METHOD_WORDS.upcoming(method, words),
    firstPayout: method.firstPayout,
    payout: method.payout,
  };
}

/** The evaluation as the API answers with it: every fact that reads as a sentence, written in `words`' language. */
export function publicEvaluation(result: Evaluation, words: ResultWords): PublicEvaluation {
  return {
    ...result,
    goal: publicGoal(result, words),
    methods: result.methods.map((method) => publicMethod(method, words)),
    summary: { ...result.summary, nextUnlock: publicNextUnlock(result, words) },
  };
}
