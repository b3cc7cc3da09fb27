import { describe, expect, it } from 'vitest';
import { AS_OF, makeProfile } from '@/tests/builders';
import { defaultRuleset, evaluate, planIncomeGoal, type CreatorProfileInput } from './index';

function goalFor(overrides: CreatorProfileInput, target: number) {
  return planIncomeGoal(evaluate(makeProfile(overrides), { asOf: AS_OF }), target, defaultRuleset);
}

describe('planIncomeGoal', () => {
  it('says how many views Creator Rewards alone needs at today\'s parameters', () => {
    // USD 43.25 a month at 200,000 views (50% long, 99.65% past the per-video mark, 62% qualified,
    // USD 0.70 RPM): USD 1,000 takes 4,624,421 views.
    const goal = goalFor({ longVideoShare: 50 }, 1_000);
    const rewards = goal.methods.find((method) => method.id === 'creator-rewards')!;
    expect(rewards.needs).toEqual({ field: 'views30d', value: 4_624_421 });
  });

  it('says how many LIVE hours gifts need, even at zero hours today', () => {
    // 20 viewers x 4 coins x 0.65 diamonds x USD 0.005 = USD 0.26 per LIVE hour: USD 100 takes 385 hours.
    const live = goalFor({ liveHours: 0, liveViewers: 20 }, 100).methods.find((method) => method.id === 'live-gifts')!;
    expect(live.needs).toEqual({ field: 'liveHours', value: 385 });
  });

  it('is reached now by one method when it already pays enough', () => {
    const goal = goalFor({}, 1);
    expect(goal.fastest).toMatchObject({ kind: 'single', months: 0 });
  });

  it('counts growth: a method paying half the goal at 10% view growth gets there in about 8 months', () => {
    const evaluation = evaluate(makeProfile({ viewGrowth: 10, longVideoShare: 50 }), { asOf: AS_OF });
    const rewards = evaluation.methods.find((method) => method.id === 'creator-rewards')!;
    const goal = planIncomeGoal(evaluation, rewards.potential.expected * 2, defaultRuleset);
    // 1.1^7 = 1.95, 1.1^8 = 2.14 (views are rounded down each month).
    expect(goal.methods.find((method) => method.id === 'creator-rewards')!.monthsToGoal).toBe(8);
  });

  it('waits for eligibility before a method counts', () => {
    const goal = goalFor({ followers: 9_000, followerGrowth: 5, longVideoShare: 50 }, 1);
    expect(goal.methods.find((method) => method.id === 'creator-rewards')!.monthsToGoal).toBe(3);
  });

  it('finds a mix when no single method gets there sooner', () => {
    const evaluation = evaluate(makeProfile({ viewGrowth: 0, followerGrowth: 0 }), { asOf: AS_OF });
    const best = Math.max(...evaluation.methods.map((method) => method.potential.expected));
    const total = evaluation.methods.reduce((sum, method) => sum + method.potential.expected, 0);
    const goal = planIncomeGoal(evaluation, (best + total) / 2, defaultRuleset);
    expect(goal.fastest?.kind).toBe('mix');
    expect(goal.fastest?.months).toBe(0);
  });

  it('is null when nothing gets there within 10 years', () => {
    expect(goalFor({ viewGrowth: 0, followerGrowth: 0 }, 100_000_000).fastest).toBeNull();
  });

  it('is attached to the evaluation when the profile sets incomeGoal', () => {
    expect(evaluate(makeProfile({ incomeGoal: 500 }), { asOf: AS_OF }).goal?.target).toBe(500);
    expect(evaluate(makeProfile(), { asOf: AS_OF }).goal).toBeNull();
  });
});

describe('planIncomeGoal agrees with the projection', () => {
  it('does not count a method the creator loses when followers shrink', () => {
    const goal = goalFor({ followers: 10_500, followerGrowth: -10, views30d: 200_000, viewGrowth: 20, longVideoShare: 100 }, 200);
    expect(goal.methods.find((method) => method.id === 'creator-rewards')!.monthsToGoal).toBeNull();
  });

  it('reaches the goal in the same month the projection first pays it', () => {
    const evaluation = evaluate(makeProfile({ followers: 9_000, followerGrowth: 10, views30d: 1_000_000, videos30d: 10 }), { asOf: AS_OF });
    const brand = evaluation.methods.find((method) => method.id === 'brand-partnerships')!;
    const target = 100;
    const firstPaying = brand.projection.find((point) => point.expected >= target)?.month ?? null;
    expect(planIncomeGoal(evaluation, target, defaultRuleset).methods.find((method) => method.id === 'brand-partnerships')!.monthsToGoal).toBe(firstPaying);
  });
});
