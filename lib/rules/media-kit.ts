import { estimateSteps, exchangeRateStep, ParameterSets, parameterSetsFor } from './estimates';
import { combine, convert, toCents, type MoneyRange } from './factors';
import type { FormulaStep } from './result';
import type { CreatorProfile } from './profile';
import type { Ruleset } from './ruleset';

export const SPONSORED_FORMATS = ['dedicatedVideo', 'productPlacement', 'liveMention'] as const;
export type SponsoredFormat = (typeof SPONSORED_FORMATS)[number];

export type SponsoredRate = { format: SponsoredFormat; label: string; range: MoneyRange };

export type SponsoredRates = {
  rates: SponsoredRate[];
  /** How the fee for a dedicated video is reached, step by step, with sources. */
  basis: FormulaStep[];
  /** The shares of that fee the other formats are priced at. */
  formatSteps: FormulaStep[];
};

/**
 * Suggested rates for a media kit: a dedicated video, a product placement and a LIVE mention, in the
 * profile's currency, from the brand-partnership parameters in rules/ (or the creator's own fee).
 */
export function sponsoredRates(profile: CreatorProfile, ruleset: Ruleset): SponsoredRates {
  const rule = ruleset.methods.find((method) => method.id === 'brand-partnerships');
  if (!rule || rule.id !== 'brand-partnerships') throw new Error('the ruleset has no brand-partnerships rule');
  const sets = parameterSetsFor(new ParameterSets(rule, profile.country), rule, profile);
  const { steps } = estimateSteps(rule, { followers: profile.followers, views30d: profile.views30d }, profile, ruleset, sets);
  // The fee for one video: the brand-deal formula without the number of deals a month.
  const basis: FormulaStep[] = steps.filter((step) => step.label !== rule.parameters.dealsPerMonth.label);
  const perUsd = convert(1, 'USD', profile.currency, ruleset);
  if (perUsd !== 1) basis.push(exchangeRateStep(profile.currency, ruleset));
  const formatSteps: FormulaStep[] = [];
  const rates = SPONSORED_FORMATS.map((format): SponsoredRate => {
    const parameter = rule.formats[format];
    const step: FormulaStep = {
      label: parameter.label,
      unit: parameter.unit,
      low: parameter.low,
      expected: parameter.expected,
      high: parameter.high,
      kind: 'parameter',
      assumption: parameter.assumption,
      source: parameter.source,
      checked: parameter.checked,
      confidence: parameter.confidence,
    };
    formatSteps.push(step);
    const range = combine([...basis, step]);
    const label = parameter.label.replace(/ \(.*\)$/, '');
    return { format, label, range: { low: toCents(range.low), expected: toCents(range.expected), high: toCents(range.high) } };
  });
  return { rates, basis, formatSteps };
}
