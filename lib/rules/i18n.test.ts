import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { resultWordsFor, translatorFor } from '@/lib/engine-translator';
import { publicEvaluation } from '@/lib/public-result';
import { issueMessage } from '@/lib/validation-words';
import {
  creatorProfileSchema,
  evaluate,
  loadRuleset,
  RULE_FILES,
  RULE_TRANSLATIONS,
  rulesetFor,
  textsOf,
  type CreatorProfileInput,
  type EvaluateOptions,
} from './index';

/** A result with its facts in words, as the page and the API say them in the result's language. */
function worded(profile: CreatorProfileInput, options: EvaluateOptions) {
  const result = evaluate(profile, options);
  return publicEvaluation(result, resultWordsFor(result.locale));
}

describe('the engine in two languages', () => {
  it('translates every text of every rule file, and nothing that is not in the English file', () => {
    RULE_FILES.methods.forEach((file) => {
      const id = (file as { id: keyof typeof RULE_TRANSLATIONS.nl }).id;
      expect(Object.keys(RULE_TRANSLATIONS.nl[id]).sort(), id).toEqual(Object.keys(textsOf(file)).sort());
    });
  });

  it('ships exactly the validated Dutch data', () => {
    expect(rulesetFor('nl')).toEqual(loadRuleset(RULE_FILES, 'nl'));
  });

  it('rejects a translation that misses a text, naming the file and the text', () => {
    const nl = { ...RULE_TRANSLATIONS.nl, series: { ...RULE_TRANSLATIONS.nl.series } };
    delete (nl.series as Record<string, string>)['/name'];
    expect(() => loadRuleset(RULE_FILES, 'nl', { nl })).toThrow(/rules\/nl\/series\.json: missing \/name/);
  });

  it('writes gaps, requirements and country messages in Dutch, with Dutch digit grouping', () => {
    const result = worded(makeProfile({ followers: 9_999, country: 'NL' }), { asOf: AS_OF, locale: 'nl' });
    expect(result.locale).toBe('nl');
    const live = result.methods.find((method) => method.id === 'live-gifts')!;
    const followers = live.requirements.find((requirement) => requirement.fact === 'followers');
    if (followers && !followers.met) expect(followers.message).toMatch(/volgers? erbij$/);
    const rewards = result.methods.find((method) => method.id === 'creator-rewards')!;
    expect(rewards.name).toBe('Creator Rewards Program');
    expect(rewards.blockedReason).toBe('Nog niet beschikbaar in Nederland');
    expect(rewards.requirements.find((r) => r.fact === 'followers')!.message).toBe('1 volger erbij');
    expect(rewards.requirements.find((r) => r.fact === 'followers')!.requiredText).toBe('10.000+ volgers');
    expect(rewards.formula.at(-1)!.label).toBe('Inkomsten per maand als je in aanmerking komt');
    expect(rewards.tips[0]).not.toBe(evaluate(makeProfile(), { asOf: AS_OF }).methods[0]!.tips[0]);
  });

  it('puts the article Dutch needs before a country that takes one', () => {
    const offered = (country: string) =>
      worded(makeProfile({ country }), { asOf: AS_OF, locale: 'nl' }).methods.find((method) => method.id === 'creator-rewards')!.requirements.find((r) => r.fact === 'country')!.message;
    expect(offered('US')).toBe('Beschikbaar in de Verenigde Staten');
    expect(offered('GB')).toBe('Beschikbaar in het Verenigd Koninkrijk');
    expect(offered('PH')).toBe('Nog niet beschikbaar in de Filipijnen');
    expect(offered('DE')).toBe('Beschikbaar in Duitsland');
  });

  it('gives the same numbers in every language', () => {
    const profile = makeProfile({ followers: 54_321, country: 'DE', currency: 'EUR', liveHours: 10 });
    const numbers = (locale: 'en' | 'nl') =>
      evaluate(profile, { asOf: AS_OF, locale }).methods.map((m) => [m.id, m.eligible, m.eligibleInMonths, m.potential, m.projection]);
    expect(numbers('nl')).toEqual(numbers('en'));
  });

  it('explains a bad value in Dutch, still naming the field by its public name', () => {
    const result = creatorProfileSchema.safeParse({ followers: 'veel' });
    expect(result.success).toBe(false);
    expect(issueMessage(translatorFor('nl', 'validation'), result.error!.issues[0]!)).toBe("followers moet een heel getal van 0 tot en met 2.000.000.000 zijn; kreeg 'veel'");
  });
});
