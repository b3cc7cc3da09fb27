import type { Candidate, EvidenceCode, ImportField, ImportValues, ReadOutcome } from './types';

type NumericField = Exclude<ImportField, 'country' | 'audience'>;

/** The profile schema's bounds and the precision the page shows; a value outside is refused, not clamped. */
export const FIELD_BOUNDS = {
  followers: { min: 0, max: 2_000_000_000, decimals: 0 },
  followerGrowth: { min: -100, max: 1_000, decimals: 1 },
  views30d: { min: 0, max: 1_000_000_000_000, decimals: 0 },
  viewGrowth: { min: -100, max: 1_000, decimals: 1 },
  engagementRate: { min: 0, max: 100, decimals: 2 },
  age: { min: 13, max: 120, decimals: 0 },
  videos30d: { min: 0, max: 10_000, decimals: 0 },
} as const satisfies Record<NumericField, { min: number; max: number; decimals: number }>;

/** Where a proposal comes from and how it was worked out. */
export interface Basis {
  file: string;
  code: EvidenceCode;
  values?: ImportValues;
  from?: string;
  to?: string;
  /** Days of data behind the value, to prefer the longer of two equally recent files. */
  days?: number;
  priority?: number;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

function candidate(field: ImportField, value: number | string, basis: Basis): Candidate {
  return {
    field,
    value,
    file: basis.file,
    ...(basis.from ? { from: basis.from } : {}),
    ...(basis.to ? { to: basis.to } : {}),
    how: { code: basis.code, values: basis.values ?? {} },
    priority: basis.priority ?? 1,
    days: basis.days ?? 0,
  };
}

/** Proposes a number for a field, rounded to the field's precision, or says why it cannot be used. */
export function proposeNumber(field: NumericField, raw: number, basis: Basis): ReadOutcome {
  const { min, max, decimals } = FIELD_BOUNDS[field];
  if (!Number.isFinite(raw)) {
    return { candidates: [], notices: [{ file: basis.file, code: 'cannot-compute', values: { field, reason: 'not-finite' } }] };
  }
  const value = round(raw, decimals);
  if (value < min || value > max) {
    return { candidates: [], notices: [{ file: basis.file, code: 'value-out-of-range', values: { field, value, min, max } }] };
  }
  return { candidates: [candidate(field, value, basis)], notices: [] };
}

/** Proposes a text field (country, audience) that was checked where it was made. */
export function proposeText(field: 'country' | 'audience', value: string, basis: Basis): ReadOutcome {
  return { candidates: [candidate(field, value, basis)], notices: [] };
}

/** Several outcomes as one. */
export function combine(...outcomes: ReadOutcome[]): ReadOutcome {
  return { candidates: outcomes.flatMap((o) => o.candidates), notices: outcomes.flatMap((o) => o.notices) };
}
