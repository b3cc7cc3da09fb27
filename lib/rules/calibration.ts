import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import { estimateRange, ParameterSets } from './estimates';
import { convert, parameter } from './factors';
import { sponsoredRates } from './media-kit';
import { METHOD_IDS } from './method-ids';
import { creatorProfileSchema, type Currency } from './profile';
import type { Ruleset } from './ruleset';
import type { MethodRule } from './schema';

/*
 * Public reports of what creators were paid (rules/evidence/earnings-reports.json), and how each compares
 * with the app's range for the same numbers. Not part of the engine's public entry: the calibration test
 * and anyone auditing the rules use it.
 */

/** What a report can be compared on, given the figures it states. */
export const CHECKS = ['rpm', 'qualifiedShare', 'paidForViews', 'feePerVideo', 'giftShare'] as const;
export type Check = (typeof CHECKS)[number];

const amount = z.number().min(0);

const figuresSchema = z.strictObject({
  /** The currency of every amount in the report; AUD reports are kept but cannot be converted. */
  currency: z.enum(['USD', 'EUR', 'GBP', 'AUD']),
  periodDays: z.number().int().positive().optional(),
  /** Total views (not only qualified ones) of the videos the payout is for. */
  views: z.number().int().min(0).optional(),
  qualifiedViews: z.number().int().min(0).optional(),
  /** How many videos the views are spread over. */
  videos: z.number().int().positive().optional(),
  followers: z.number().int().min(0).optional(),
  /** What the creator received. */
  paid: amount.optional(),
  /** Pay per 1,000 qualified views. */
  rpm: amount.optional(),
  /** Fee for one dedicated sponsored video. */
  feePerVideo: amount.optional(),
  /** What viewers spent on gifts. */
  gifted: amount.optional(),
  /** The share of what viewers spent on gifts that reached the creator, where a report gives only that. */
  paidShare: z.number().min(0).max(1).optional(),
  liveHours: amount.optional(),
});

type Figure = keyof z.infer<typeof figuresSchema>;

/** The figures each check needs: all of one of the lists. */
const NEEDS: Record<Check, ReadonlyArray<readonly Figure[]>> = {
  rpm: [['rpm']],
  qualifiedShare: [['views', 'qualifiedViews']],
  paidForViews: [['views', 'paid']],
  feePerVideo: [['followers', 'feePerVideo']],
  giftShare: [['gifted', 'paid'], ['paidShare']],
};

export const earningsReportSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    method: z.enum(METHOD_IDS),
    /** For Creator Rewards: the program the report describes (the 2023 beta paid more per view). */
    program: z.enum(['creativity-program-beta', 'creator-rewards']).optional(),
    country: z.enum(COUNTRY_CODES).nullable(),
    /** When the report was published or the period it covers: YYYY, YYYY-MM or YYYY-MM-DD. */
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    url: z.url({ protocol: /^https$/ }),
    /** The report in our own words: no quoted sentences. */
    summary: z.string().min(20),
    figures: figuresSchema,
    checks: z.array(z.enum(CHECKS)),
    /** Why a report with no checks cannot be compared. */
    notChecked: z.string().min(10).optional(),
    /** Why the report falls outside the app's range, by check. */
    reasons: z.partialRecord(z.enum(CHECKS), z.string().min(10)).optional(),
  })
  .refine((report) => (report.checks.length === 0) === (report.notChecked !== undefined), {
    message: 'a report with no checks needs notChecked (why it cannot be compared), and only then',
  })
  .refine(
    (report) => report.checks.every((check) => NEEDS[check].some((figures) => figures.every((figure) => report.figures[figure] !== undefined))),
    {
      message:
        'a check needs its figures: rpm needs rpm; qualifiedShare views and qualifiedViews; paidForViews views and paid; feePerVideo followers and feePerVideo; giftShare gifted and paid, or paidShare',
    },
  )
  .refine((report) => Object.keys(report.reasons ?? {}).every((check) => (report.checks as string[]).includes(check)), {
    message: 'a reason is for one of the report\'s checks',
  })
  .refine((report) => (report.program !== undefined) === (report.method === 'creator-rewards'), {
    message: 'Creator Rewards reports say which program they describe (program), and only they',
  });

export const earningsReportsSchema = z.strictObject({ about: z.string().min(20), reports: z.array(earningsReportSchema).min(1) });

export type EarningsReport = z.infer<typeof earningsReportSchema>;

/** One comparison: the reported value and the app's range, in USD (or as a share). */
export type Comparison = {
  report: EarningsReport;
  check: Check;
  reported: number;
  low: number;
  high: number;
  inside: boolean;
};

function ruleOf<Id extends MethodRule['id']>(ruleset: Ruleset, id: Id): Extract<MethodRule, { id: Id }> {
  return ruleset.methods.find((method) => method.id === id) as Extract<MethodRule, { id: Id }>;
}

function toUsd(value: number, report: EarningsReport, ruleset: Ruleset): number {
  const currency = report.figures.currency;
  if (currency === 'AUD') throw new Error(`${report.id}: AUD cannot be converted with rules/currency.json`);
  return convert(value, currency as Currency, 'USD', ruleset);
}

/** The app's range for what the report states, for one check. Country null: the rule's base values. */
function appRange(report: EarningsReport, check: Check, ruleset: Ruleset): { low: number; high: number } {
  const country = report.country ?? '';
  const figures = report.figures;
  switch (check) {
    case 'rpm':
    case 'qualifiedShare': {
      const step = parameter(ruleOf(ruleset, 'creator-rewards').parameters[check], country);
      return { low: step.low, high: step.high };
    }
    case 'paidForViews': {
      const rule = ruleOf(ruleset, 'creator-rewards');
      // Reports give views of videos over one minute; with no video count, all of them on one video.
      const profile = creatorProfileSchema.parse({
        country: report.country ?? 'US',
        views30d: figures.views,
        videos30d: figures.videos ?? 1,
        longVideoShare: 100,
      });
      const range = estimateRange(rule, { followers: profile.followers, views30d: profile.views30d }, profile, ruleset, 1, new ParameterSets(rule, country));
      return { low: range.low, high: range.high };
    }
    case 'feePerVideo': {
      // At the average engagement and the general niche: the report's own are rarely given.
      const profile = creatorProfileSchema.parse({ country: report.country ?? 'US', followers: figures.followers, currency: 'USD' });
      const fee = sponsoredRates(profile, ruleset).rates.find((rate) => rate.format === 'dedicatedVideo')!.range;
      return { low: fee.low, high: fee.high };
    }
    case 'giftShare': {
      const { diamondsPerCoin, usdPerDiamond, coinPrice } = ruleOf(ruleset, 'live-gifts').parameters;
      return {
        low: (diamondsPerCoin.low * usdPerDiamond.low) / coinPrice.high,
        high: (diamondsPerCoin.high * usdPerDiamond.high) / coinPrice.low,
      };
    }
  }
}

function reportedValue(report: EarningsReport, check: Check, ruleset: Ruleset): number {
  const figures = report.figures;
  switch (check) {
    case 'rpm':
      return toUsd(figures.rpm!, report, ruleset);
    case 'qualifiedShare':
      return figures.qualifiedViews! / figures.views!;
    case 'paidForViews':
      return toUsd(figures.paid!, report, ruleset);
    case 'feePerVideo':
      return toUsd(figures.feePerVideo!, report, ruleset);
    case 'giftShare':
      return figures.paidShare ?? figures.paid! / figures.gifted!;
  }
}

/** Every check of every report, against the app's range. */
export function compareReports(reports: readonly EarningsReport[], ruleset: Ruleset): Comparison[] {
  return reports.flatMap((report) =>
    report.checks.map((check): Comparison => {
      const reported = reportedValue(report, check, ruleset);
      const { low, high } = appRange(report, check, ruleset);
      // Money to the half cent, as estimates are rounded to the cent; shares exactly.
      const slack = check === 'qualifiedShare' || check === 'giftShare' ? 0 : 0.005;
      const inside = reported >= low - slack && reported <= high + slack;
      return { report, check, reported, low, high, inside };
    }),
  );
}
