import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { CURRENCIES, defaultRuleset, evaluate } from './index';

describe('currencies', () => {
  it('has an ECB rate for every currency offered, each with its date', () => {
    for (const currency of CURRENCIES) expect(defaultRuleset.currency.perEur[currency]).toBeGreaterThan(0);
    expect(evaluate(makeProfile({ currency: 'USD' }), { asOf: AS_OF }).exchangeRate.date).toBe('2025-11-28');
    expect(evaluate(makeProfile({ currency: 'BRL' }), { asOf: AS_OF }).exchangeRate).toMatchObject({ date: '2025-02-28', source: 'ecb-reference-rates-2025-02-28' });
  });

  it("converts every estimate into the creator's currency through the euro", () => {
    const usd = evaluate(makeProfile({ country: 'JP', currency: 'USD' }), { asOf: AS_OF }).methods[0]!.potential.expected;
    const yen = evaluate(makeProfile({ country: 'JP' }), { asOf: AS_OF });
    expect(yen.currency).toBe('JPY');
    const perUsd = defaultRuleset.currency.perEur.JPY / defaultRuleset.currency.perEur.USD;
    // Both are rounded to the cent, so compare to a thousandth.
    expect(Math.abs(yen.methods[0]!.potential.expected / (usd * perUsd) - 1)).toBeLessThan(0.001);
    expect(yen.methods[0]!.formula.find((step) => step.key === 'exchangeRate')?.ratesOf).toBe('2025-02-28');
  });
});
