import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { strictTranslator } from '@/tests/strict-translator';
import { displayFor } from './display';
import { ResultWords } from './result-words';
import { evaluate, LOCALES, STEP_KEYS, type CreatorProfileInput, type FormulaStep, type Locale, type MethodId } from './rules';

/** The words of one language, failing loudly on a message the catalog lacks. */
function wordsIn(locale: Locale): ResultWords {
  return new ResultWords(strictTranslator(locale, 'engine'), locale, displayFor(locale));
}

function requirementOf(id: MethodId, fact: string, profile: CreatorProfileInput, locale: Locale = 'en') {
  const method = evaluate(makeProfile(profile), { asOf: AS_OF, locale }).methods.find((candidate) => candidate.id === id)!;
  return method.requirements.find((requirement) => requirement.fact === fact)!;
}

describe('the engine\'s results in words', () => {
  it('has a label for every formula step the engine names, in every language', () => {
    for (const locale of LOCALES) {
      const words = wordsIn(locale);
      for (const key of STEP_KEYS) {
        const step: FormulaStep = { key, unit: 'EUR', low: 1, expected: 1, high: 1, kind: 'input' };
        expect(words.stepLabel(step), `${locale} ${key}`).not.toMatch(/^engine\./);
      }
    }
  });

  it('counts with ICU plurals and the language\'s own digit grouping', () => {
    expect(wordsIn('en').message(requirementOf('creator-rewards', 'followers', { followers: 9_999 }))).toBe('1 more follower');
    expect(wordsIn('en').message(requirementOf('creator-rewards', 'views30d', { views30d: 98_760 }))).toBe('1,240 more views in 30 days');
    expect(wordsIn('nl').message(requirementOf('creator-rewards', 'views30d', { views30d: 98_760 }, 'nl'))).toBe('1.240 weergaven erbij in 30 dagen');
    expect(wordsIn('nl').required(requirementOf('creator-rewards', 'followers', { followers: 9_999 }, 'nl').requires)).toBe('10.000+ volgers');
  });

  it('writes dates as the page does', () => {
    const opens = requirementOf('creator-rewards', 'country', { country: 'MX' });
    const before = evaluate(makeProfile({ country: 'MX' }), { asOf: '2025-07-15' }).methods[0]!.requirements.find((r) => r.fact === 'country')!;
    expect(opens.opensOn).toBeNull();
    expect(before.opensOn).toBe('2025-10-01');
    expect(wordsIn('en').message(before)).toBe('Opens in Mexico on Oct 1, 2025');
    expect(wordsIn('nl').message(before)).toBe('Opent in Mexico op 1 okt 2025');
  });

  it('says why a method is blocked from the code the engine gives', () => {
    const blocked = (profile: CreatorProfileInput, locale: Locale) =>
      wordsIn(locale).blockedReason(evaluate(makeProfile(profile), { asOf: AS_OF, locale }).methods[0]!);
    expect(blocked({ followers: 9_999, followerGrowth: 0 }, 'en')).toBe('Not within 10 years at your current growth rate (1 more follower)');
    expect(blocked({ accountType: 'business' }, 'nl')).toBe('Stap over op een persoonlijk account');
    expect(blocked({}, 'en')).toBeNull();
  });
});
