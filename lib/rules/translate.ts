/**
 * Rule files are written in English; a translation is a flat map from a JSON Pointer into the English
 * file to the translated text (rules/nl/<method>.json). Only text a person reads is translated: ids,
 * facts, units, countries and numbers stay as they are.
 */

/** Keys whose string values are read by people. */
const TEXT_KEYS = new Set([
  'name', 'summary', 'incomeType', 'requirementsText', 'earningPotential', 'effort', 'payoutTiming',
  'sourcing', 'label', 'assumption', 'note', 'text',
]);
/** Arrays whose string elements are read by people. */
const TEXT_LISTS = new Set(['tips', 'caveats']);

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Calls `visit` for every translatable string in `value`, with its JSON Pointer; its answer replaces the string. */
function mapTexts(value: unknown, visit: (pointer: string, text: string) => string, pointer = '', key = '', inList = false): unknown {
  if (typeof value === 'string') return inList || TEXT_KEYS.has(key) ? visit(pointer, value) : value;
  if (Array.isArray(value)) {
    const list = TEXT_LISTS.has(key);
    return value.map((item, index) => mapTexts(item, visit, `${pointer}/${index}`, '', list));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(value)) {
      out[childKey] = mapTexts(child, visit, `${pointer}/${escape(childKey)}`, childKey, false);
    }
    return out;
  }
  return value;
}

/** Every translatable text of a rule file, by JSON Pointer. */
export function textsOf(ruleFile: unknown): Record<string, string> {
  const texts: Record<string, string> = {};
  mapTexts(ruleFile, (pointer, text) => (texts[pointer] = text));
  return texts;
}

/** A copy of a rule file with its texts replaced by a translation; texts the translation lacks stay English. */
export function translateRuleFile<T>(ruleFile: T, translation: Readonly<Record<string, string>>): T {
  return mapTexts(ruleFile, (pointer, text) => translation[pointer] ?? text) as T;
}
