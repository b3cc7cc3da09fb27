import { DEFAULT_LOCALE, type Locale } from './locales';
import { METHOD_IDS } from './method-ids';
import { translateRuleFile } from './translate';
import type { Payouts } from './payout-schema';
import type { CurrencyRates, MethodRule, Source } from './schema';

/** Everything `evaluate()` needs to know about TikTok's programs, validated. */
export type Ruleset = {
  /** The language of every text in it (names, tips, caveats, parameter labels). */
  locale: Locale;
  version: string;
  sources: Readonly<Record<string, Source>>;
  currency: CurrencyRates;
  /** When each method's money reaches the creator (rules/payouts.json). */
  payouts: Payouts;
  /** One rule per method, in the stable order of `METHOD_IDS`. */
  methods: readonly MethodRule[];
};

/** The raw contents of the files in `rules/`, before validation. */
export type RawRuleset = {
  meta: unknown;
  sources: unknown;
  currency: unknown;
  payouts: unknown;
  methods: readonly unknown[];
};

/** A translation of every method's texts (see translate.ts): by method id, JSON Pointer to text. */
export type RuleTranslation = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Freezes rule data all the way down: results share it, so no caller may change it for everyone. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Puts rule data in order without validating it. Only for data already known to be valid: the test
 * suite checks that `loadRuleset(RULE_FILES)` (which validates) gives exactly `defaultRuleset`. This keeps
 * the schema library for rule files out of the browser bundle.
 */
export function assembleRuleset(raw: RawRuleset, locale: Locale = DEFAULT_LOCALE, translation?: RuleTranslation): Ruleset {
  const sources: Record<string, Source> = {};
  for (const [id, source] of Object.entries(raw.sources as Record<string, Omit<Source, 'id'>>)) sources[id] = { id, ...source };
  let methods = raw.methods as readonly MethodRule[];
  if (translation) methods = methods.map((method) => translateRuleFile(method, translation[method.id] ?? {}));
  return deepFreeze({
    locale,
    version: (raw.meta as { version: string }).version,
    sources,
    currency: raw.currency as CurrencyRates,
    payouts: raw.payouts as Payouts,
    methods: METHOD_IDS.map((id) => methods.find((method) => method.id === id)!),
  });
}
