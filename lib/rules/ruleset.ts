import { z } from 'zod';
import affiliate from '../../rules/affiliate.json';
import brandPartnerships from '../../rules/brand-partnerships.json';
import creatorRewards from '../../rules/creator-rewards.json';
import currency from '../../rules/currency.json';
import liveGifts from '../../rules/live-gifts.json';
import liveSubscriptions from '../../rules/live-subscriptions.json';
import ownProducts from '../../rules/own-products.json';
import meta from '../../rules/ruleset.json';
import series from '../../rules/series.json';
import sources from '../../rules/sources.json';
import tiktokShopAffiliate from '../../rules/tiktok-shop-affiliate.json';
import videoGifts from '../../rules/video-gifts.json';
import {
  currencyRatesSchema,
  METHOD_IDS,
  methodRuleSchema,
  rulesetMetaSchema,
  sourcesSchema,
  type MethodRule,
  type RequirementNode,
  type Source,
} from './schema';

/** Everything `evaluate()` needs to know about TikTok's programs, validated. */
export type Ruleset = {
  version: string;
  sources: Readonly<Record<string, Source>>;
  currency: z.infer<typeof currencyRatesSchema>;
  /** One rule per method, in the stable order of `METHOD_IDS`. */
  methods: readonly MethodRule[];
};

/** The raw contents of the files in `rules/`, before validation. */
export type RawRuleset = {
  meta: unknown;
  sources: unknown;
  currency: unknown;
  methods: readonly unknown[];
};

function sourceIdsOf(node: RequirementNode, into: string[]): string[] {
  if ('all' in node) node.all.forEach((child) => sourceIdsOf(child, into));
  else if ('any' in node) node.any.forEach((child) => sourceIdsOf(child, into));
  else {
    if (node.source) into.push(node.source);
    node.overrides?.forEach((override) => into.push(override.source));
  }
  return into;
}

function referencedSourceIds(method: MethodRule): string[] {
  const ids = sourceIdsOf(method.requirements, []);
  for (const parameter of Object.values(method.parameters)) {
    if (parameter.source) ids.push(parameter.source);
    parameter.overrides?.forEach((override) => override.source && ids.push(override.source));
  }
  if (method.id === 'brand-partnerships' && method.tiersSource.source) ids.push(method.tiersSource.source);
  return ids;
}

/**
 * Validates rule data and cross-checks it: every method present once, every source id known.
 * Throws an error naming the file's method and the bad field.
 */
export function loadRuleset(raw: RawRuleset): Ruleset {
  const parsedSources = sourcesSchema.parse(raw.sources);
  const sourcesById: Record<string, Source> = {};
  for (const [id, source] of Object.entries(parsedSources)) sourcesById[id] = { id, ...source };

  const methods = raw.methods.map((file, index) => {
    const result = methodRuleSchema.safeParse(file);
    if (!result.success) {
      const id = (file as { id?: unknown })?.id ?? `#${index}`;
      throw new Error(`rules/${String(id)}.json is invalid:\n${z.prettifyError(result.error)}`);
    }
    return result.data;
  });

  const currencyRates = currencyRatesSchema.parse(raw.currency);
  const unknown = [...methods.flatMap((method) => referencedSourceIds(method).map((id) => [method.id, id])), ['currency', currencyRates.source]]
    .filter(([, id]) => !(id! in sourcesById))
    .map(([method, id]) => `${method}: ${id}`);
  if (unknown.length > 0) throw new Error(`Unknown source ids (add them to rules/sources.json): ${unknown.join(', ')}`);

  const ordered = METHOD_IDS.map((id) => {
    const matching = methods.filter((method) => method.id === id);
    if (matching.length !== 1) throw new Error(`rules/ must hold exactly one file for ${id}; found ${matching.length}`);
    return matching[0]!;
  });

  return {
    version: rulesetMetaSchema.parse(raw.meta).version,
    sources: sourcesById,
    currency: currencyRates,
    methods: ordered,
  };
}

/** The files in `rules/`, as shipped. */
export const RULE_FILES: RawRuleset = {
  meta,
  sources,
  currency,
  methods: [
    creatorRewards,
    liveGifts,
    liveSubscriptions,
    videoGifts,
    series,
    tiktokShopAffiliate,
    brandPartnerships,
    affiliate,
    ownProducts,
  ],
};

/** The shipped ruleset, validated once when this module loads. */
export const defaultRuleset: Ruleset = loadRuleset(RULE_FILES);
