/**
 * The rules engine: which TikTok monetization methods a creator qualifies for, what is missing,
 * when growth gets them there and what each could earn. Pure and synchronous; the only public entry.
 */
export { evaluate, evaluateProfile, PROJECTION_MONTHS } from './evaluate';
export type { EvaluateOptions, EvaluateProfileOptions } from './evaluate';
export type { BlockedReason, Evaluation, FormulaStep, MethodResult, MethodStatus } from './result';
export { STEP_KEYS } from './factors';
export type { MoneyRange, ProjectionPoint, StepKey } from './factors';
export type { UpcomingRequirement } from './plan';
export {
  ACCOUNT_TYPES,
  creatorProfileSchema,
  CURRENCIES,
  DEFAULT_PROFILE,
  defaultCurrencyFor,
  NICHES,
  isoDateSchema,
  OPTIONAL_FIELDS,
  OPTIONAL_TEXT_FIELDS,
  PROFILE_FIELDS,
  WHOLE_NUMBER_FIELDS,
} from './profile';
export type { CreatorProfile, CreatorProfileInput, Currency, Niche, ProfileField } from './profile';
export type { RequirementResult } from './requirement-results';
export type { RequiredCondition } from './requirement-tree';
export { HORIZON_MONTHS, type RequirementKind } from './conditions';
export { assembleRuleset } from './ruleset';
export type { RawRuleset, Ruleset, RuleTranslation } from './ruleset';
export { defaultRuleset, RULE_FILES, RULE_TRANSLATIONS, rulesetFor } from './shipped';
export { loadRuleset } from './load-ruleset';
export { METHOD_IDS } from './method-ids';
export type { MethodId } from './method-ids';
export { methodRuleSchema } from './schema';
export type { Confidence, Fact, Source } from './schema';
export { COUNTRY_CODES, countryName, setCountryNames } from './countries';
export { DEFAULT_LOCALE, LOCALES } from './locales';
export type { Locale } from './locales';
export { readProblem, refusing } from './validation-problem';
export type { ValidationProblem } from './validation-problem';
export { textsOf, translateRuleFile } from './translate';
export type { CountryCode } from './countries';
export { todayIso } from './dates';
export { planIncomeGoal } from './goal';
export { payoutTiming, PAYOUT_HORIZON_MONTHS } from './payout';
export type { PayoutTiming } from './payout';
export type { PayoutRhythm, PayoutRule } from './payout-schema';
export { byOutlook, EFFORT_WEIGHT, startWith } from './outlook';
export type { EffortLevel } from './outlook';
export type { GoalMethod, IncomeGoal } from './goal';
export { SPONSORED_FORMATS, sponsoredRates } from './media-kit';
export type { SponsoredFormat, SponsoredRate, SponsoredRates } from './media-kit';
