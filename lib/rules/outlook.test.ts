import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { byOutlook, evaluate, startWith } from './index';
import type { MethodResult } from './index';

const range = (expected: number) => ({ low: expected / 2, expected, high: expected * 2 });
const method = (id: string, overrides: Partial<MethodResult>) =>
  ({ id, eligible: true, eligibleInMonths: 0, monthly: range(0), potential: range(0), effortLevel: 'medium', ...overrides }) as MethodResult;

describe('what to start with, and the order of the story', () => {
  it('starts with what pays most for the effort, not what pays most', () => {
    const shop = method('shop', { monthly: range(30), effortLevel: 'low' });
    const series = method('series', { monthly: range(80), effortLevel: 'high' });
    const brand = method('brand', { monthly: range(61), effortLevel: 'medium' });
    // 30 / 1 = 30 against 80 / 3 = 26.7 and 61 / 2 = 30.5.
    expect(startWith([shop, series, brand])?.id).toBe('brand');
    expect(startWith([shop, series])?.id).toBe('shop');
  });

  it('puts what pays now before what unlocks later, and that before what is blocked', () => {
    const now = method('now', { monthly: range(5) });
    const later = method('later', { eligible: false, eligibleInMonths: 3, potential: range(900) });
    const sooner = method('sooner', { eligible: false, eligibleInMonths: 1, potential: range(10) });
    const blocked = method('blocked', { eligible: false, eligibleInMonths: null, potential: range(5_000) });
    expect([blocked, later, sooner, now].sort(byOutlook).map((m) => m.id)).toEqual(['now', 'sooner', 'later', 'blocked']);
  });

  it('suggests nothing when no eligible method pays yet', () => {
    expect(startWith([method('live', { monthly: range(0) }), method('x', { eligible: false, eligibleInMonths: 2, potential: range(9) })])).toBeNull();
  });

  it('names the same method in the summary as comes first in byOutlook order', () => {
    const result = evaluate(makeProfile({ country: 'NL', followers: 2_400, views30d: 30_000, currency: 'EUR' }), { asOf: AS_OF });
    const first = [...result.methods].sort(byOutlook)[0]!;
    expect(result.summary.startWith?.id).toBe(first.id);
  });
});
