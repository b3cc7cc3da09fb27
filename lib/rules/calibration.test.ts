import { describe, expect, it } from 'vitest';
import reportsFile from '../../rules/evidence/earnings-reports.json';
import { compareReports, earningsReportsSchema, type Comparison } from './calibration';
import { defaultRuleset, evaluate, sponsoredRates } from './index';
import { makeProfile } from '@/tests/builders';
import { AS_OF } from '@/tests/builders';

const { reports } = earningsReportsSchema.parse(reportsFile);
const comparisons = compareReports(reports, defaultRuleset);

/** Reports of the program as it runs today: the 2023 Creativity Program Beta paid more per view. */
const current = (comparison: Comparison) => comparison.report.program !== 'creativity-program-beta';

function coverage(list: readonly Comparison[]) {
  const byMethod = new Map<string, Comparison[]>();
  for (const comparison of list) byMethod.set(comparison.report.method, [...(byMethod.get(comparison.report.method) ?? []), comparison]);
  return byMethod;
}

function describeCoverage(title: string, list: readonly Comparison[]): string {
  const lines = [title];
  for (const [method, items] of coverage(list)) {
    const inside = items.filter((item) => item.inside).length;
    lines.push(`  ${method}: ${inside}/${items.length} inside (${Math.round((100 * inside) / items.length)}%)`);
    for (const item of items) {
      const mark = item.inside ? 'in ' : 'OUT';
      lines.push(`    ${mark} ${item.report.id} ${item.check}: ${item.reported.toFixed(3)} vs ${item.low.toFixed(3)}-${item.high.toFixed(3)}`);
    }
  }
  return lines.join('\n');
}

describe('calibration against what creators were paid (rules/evidence/earnings-reports.json)', () => {
  it('prints the coverage per method', () => {
    console.log(describeCoverage('All reports with enough numbers:', comparisons));
    console.log(describeCoverage('Reports of the programs as they run today:', comparisons.filter(current)));
    expect(comparisons.length).toBeGreaterThan(0);
  });

  it('has one entry per report id, each with an https address', () => {
    expect(new Set(reports.map((report) => report.id)).size).toBe(reports.length);
  });

  it('covers at least 80% of today\'s reports for every method with three or more', () => {
    for (const [method, items] of coverage(comparisons.filter(current))) {
      if (items.length < 3) continue;
      const inside = items.filter((item) => item.inside).length;
      expect(inside / items.length, `${method}: ${inside}/${items.length} inside`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('gives a reason for every report outside the range, and none for a report inside', () => {
    for (const item of comparisons) {
      const reason = item.report.reasons?.[item.check];
      if (item.inside) expect(reason, `${item.report.id} ${item.check} is inside: drop its reason`).toBeUndefined();
      else expect(reason, `${item.report.id} ${item.check} is outside (${item.reported} vs ${item.low}-${item.high}): say why`).toBeTruthy();
    }
  });
});

describe('ranges stay informative', () => {
  const ratio = (range: { low: number; high: number }) => range.high / range.low;

  it('keeps Creator Rewards within high / low <= 4 in every country with its own RPM, and with an audience mix', () => {
    for (const country of ['US', 'GB', 'DE', 'FR', 'BR', 'MX', 'JP', 'KR']) {
      const potential = evaluate(makeProfile({ country }), { asOf: AS_OF }).methods.find((m) => m.id === 'creator-rewards')!.potential;
      expect(ratio(potential), country).toBeLessThanOrEqual(4);
    }
    const mixed = evaluate(makeProfile({ audience: 'US:40,BR:40' }), { asOf: AS_OF }).methods.find((m) => m.id === 'creator-rewards')!.potential;
    expect(ratio(mixed)).toBeLessThanOrEqual(4);
  });

  it('keeps a brand fee within high / low <= 5 at every size', () => {
    for (const followers of [1_000, 9_999, 12_000, 50_000, 100_000, 750_000, 2_000_000, 8_400_000]) {
      const fee = sponsoredRates(makeProfile({ followers }), defaultRuleset).rates.find((rate) => rate.format === 'dedicatedVideo')!.range;
      expect(ratio(fee), `${followers} followers`).toBeLessThanOrEqual(5);
    }
  });
});
