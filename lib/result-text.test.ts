import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF } from '@/tests/builders';
import { displayFor } from './display';
import { resultWordsFor } from './engine-translator';
import { nextStepLine, type SummaryT } from './result-text';
import { COUNTRY_CODES, evaluate, type CreatorProfileInput, type Evaluation } from './rules';

/** A translator that shows which message was chosen and with what: enough to check the choice. */
const t: SummaryT = (key, values) => `${key} ${JSON.stringify(values ?? {})}`;
const display = displayFor('en');
const step = (input: CreatorProfileInput) => {
  const result = evaluate(input, { asOf: AS_OF });
  return { result, line: nextStepLine(result, t, display, resultWordsFor('en')) };
};

/** The method a "to unlock" line names, when it is one. */
function advisedMethod(result: Evaluation, line: string | null) {
  if (!line?.startsWith('toUnlock ')) return undefined;
  const { name } = JSON.parse(line.slice('toUnlock '.length)) as { name: string };
  return result.methods.find((method) => method.name === name);
}

describe('nextStepLine', () => {
  it('does not advise switching account type for a program not offered in the country', () => {
    const { result, line } = step({ country: 'NL', accountType: 'business', followers: 20_000, views30d: 200_000 });
    expect(advisedMethod(result, line)?.id).not.toBe('creator-rewards');
  });

  it('does not advise posting a video when age and followers still block the method for good', () => {
    const { result, line } = step({ age: 13, followers: 0, views30d: 0, videos30d: 0 });
    expect(advisedMethod(result, line)?.id).not.toBe('video-gifts');
  });

  it('advises only actions after which growth and time can do the rest', () => {
    fc.assert(
      fc.property(
        fc.record({
          age: fc.integer({ min: 13, max: 40 }),
          country: fc.constantFrom('US', 'GB', 'NL', 'KR', 'MX', ...COUNTRY_CODES.slice(0, 20)),
          followers: fc.integer({ min: 0, max: 200_000 }),
          views30d: fc.integer({ min: 0, max: 2_000_000 }),
          videos30d: fc.integer({ min: 0, max: 5 }),
          accountType: fc.constantFrom('personal' as const, 'business' as const),
          goodStanding: fc.boolean(),
          followerGrowth: fc.constantFrom(0, -5, 5),
          viewGrowth: fc.constantFrom(0, -5, 5),
        }),
        (input) => {
          const { result, line } = step(input);
          const method = advisedMethod(result, line);
          if (!method) return;
          for (const requirement of method.requirements.filter((candidate) => !candidate.met)) {
            expect(requirement.kind === 'action' || requirement.metFromMonth !== null, `${method.id}: ${resultWordsFor('en').message(requirement)}`).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
