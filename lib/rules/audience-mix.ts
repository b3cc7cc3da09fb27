import { readAudience, type AudienceShare } from './audience';
import { lowerConfidence, parameter, type MixPart, type ParameterStep, type StepKey } from './factors';
import type { CreatorProfile } from './profile';
import type { Confidence, Parameter } from './schema';

/**
 * A parameter as the audience's mix of country values: each listed country's share at that country's
 * value, the rest ("elsewhere") at the creator's own country's value. Low, expected and high mix the same
 * way; the confidence is the least of the parts, and the source is theirs when they share one.
 */
export function audienceMixStep(param: Parameter, country: string, shares: readonly AudienceShare[], key: StepKey): ParameterStep {
  const rest = 100 - shares.reduce((sum, share) => sum + share.percent, 0);
  const parts: MixPart[] = shares.map((share) => mixPart(parameter(param, share.country), share.country, share.percent));
  if (rest > 0) parts.push({ ...mixPart(parameter(param, country), country, rest), elsewhere: true });
  const mixed = (key: 'low' | 'expected' | 'high') => parts.reduce((sum, part) => sum + (part[key] * part.percent) / 100, 0);
  const sources = new Set(parts.map((part) => part.source));
  const confidence = parts.reduce<Confidence>((lowest, part) => lowerConfidence(lowest, part.confidence), 'high');
  return {
    key,
    unit: param.unit,
    low: mixed('low'),
    expected: mixed('expected'),
    high: mixed('high'),
    source: sources.size === 1 ? [...sources][0] : undefined,
    checked: param.checked,
    confidence,
    mix: parts,
    kind: 'parameter',
  };
}

function mixPart(step: ParameterStep, country: string, percent: number): MixPart {
  const part: MixPart = { country, percent, low: step.low, expected: step.expected, high: step.high };
  if (step.source !== undefined) part.source = step.source;
  if (step.confidence !== undefined) part.confidence = step.confidence;
  return part;
}

/** Where the audience lives, when the profile says so: its shares, largest first. */
export function audienceShares(profile: CreatorProfile): AudienceShare[] | undefined {
  const read = profile.audience === undefined ? undefined : readAudience(profile.audience);
  return read && 'shares' in read && read.shares.length > 0 ? read.shares : undefined;
}
