import { z } from 'zod';
import { METHOD_IDS } from './method-ids';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { payoutSourceIds, payoutsSchema, type Payouts } from './payout-schema';
import { RULE_TRANSLATIONS } from './shipped';
import { deepFreeze, type RawRuleset, type Ruleset } from './ruleset';
import { textsOf, translateRuleFile } from './translate';
import {
  currencyRatesSchema,
  methodRuleSchema,
  rulesetMetaSchema,
  sourcesSchema,
  type MethodRule,
  type RequirementNode,
  type Source,
} from './schema';

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
const translationSchema = z.record(z.string().startsWith('/'), z.string().min(1));

/**
 * A rule file's translation must say every text of the file, and nothing else: a text added in
 * English and not translated (or a translation of a text that is gone) fails here.
 */
function checkTranslation(file: unknown, translation: unknown, label: string): Record<string, string> {
  const texts = translationSchema.parse(translation);
  const expected = Object.keys(textsOf(file));
  const missing = expected.filter((pointer) => !(pointer in texts));
  const extra = Object.keys(texts).filter((pointer) => !expected.includes(pointer));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${label}: ${[...missing.map((p) => `missing ${p}`), ...extra.map((p) => `not in the English file: ${p}`)].join(', ')}`);
  }
  return texts;
}

export function loadRuleset(
  raw: RawRuleset,
  locale: Locale = DEFAULT_LOCALE,
  translations: Readonly<Record<string, Readonly<Record<string, unknown>>>> = RULE_TRANSLATIONS,
): Ruleset {
  const parsedSources = sourcesSchema.parse(raw.sources);
  const sourcesById: Record<string, Source> = {};
  for (const [id, source] of Object.entries(parsedSources)) sourcesById[id] = { id, ...source };

  const methods = raw.methods.map((file, index) => {
    if (locale !== 'en') {
      const id = String((file as { id?: unknown })?.id);
      file = translateRuleFile(file, checkTranslation(file, translations[locale]?.[id], `rules/${locale}/${id}.json`));
    }
    const result = methodRuleSchema.safeParse(file);
    if (!result.success) {
      const id = (file as { id?: unknown })?.id ?? `#${index}`;
      throw new Error(`rules/${String(id)}.json is invalid:\n${z.prettifyError(result.error)}`);
    }
    return result.data;
  });

  const currencyRates = currencyRatesSchema.parse(raw.currency);
  const payouts = payoutsSchema.parse(raw.payouts) as Payouts;
  const unknown = [
    ...methods.flatMap((method) => referencedSourceIds(method).map((id) => [method.id, id])),
    ['currency', currencyRates.source],
    ...Object.values(currencyRates.dates ?? {}).map(({ source }) => ['currency', source]),
    ...payoutSourceIds(payouts).map((id) => ['payouts', id]),
  ]
    .filter(([, id]) => !(id! in sourcesById))
    .map(([method, id]) => `${method}: ${id}`);
  if (unknown.length > 0) throw new Error(`Unknown source ids (add them to rules/sources.json): ${unknown.join(', ')}`);

  const ordered = METHOD_IDS.map((id) => {
    const matching = methods.filter((method) => method.id === id);
    if (matching.length !== 1) throw new Error(`rules/ must hold exactly one file for ${id}; found ${matching.length}`);
    return matching[0]!;
  });

  return deepFreeze({
    locale,
    version: rulesetMetaSchema.parse(raw.meta).version,
    sources: sourcesById,
    currency: currencyRates,
    payouts,
    methods: ordered,
  });
}

