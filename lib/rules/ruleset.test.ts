import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRuleset, loadRuleset, METHOD_IDS, methodRuleSchema, RULE_FILES } from './index';

const RULES_DIR = join(__dirname, '..', '..', 'rules');
const NOT_METHODS = new Set(['sources.json', 'currency.json', 'ruleset.json', 'payouts.json']);

describe('rules/', () => {
  const methodFiles = readdirSync(RULES_DIR).filter((file) => file.endsWith('.json') && !NOT_METHODS.has(file));

  it('has exactly one file per method id, named after it', () => {
    expect(methodFiles.map((file) => file.replace('.json', '')).sort()).toEqual([...METHOD_IDS].sort());
  });

  it.each(methodFiles)('%s parses with the rule schema and matches its file name', (file) => {
    const parsed = methodRuleSchema.parse(JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8')));
    expect(`${parsed.id}.json`).toBe(file);
  });

  it('ships exactly the validated data: the unvalidated browser ruleset equals loadRuleset(RULE_FILES)', () => {
    expect(defaultRuleset).toEqual(loadRuleset(RULE_FILES));
  });

  it('loads as a ruleset whose version is the date the data was checked', () => {
    expect(defaultRuleset.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(defaultRuleset.methods.map((method) => method.id)).toEqual([...METHOD_IDS]);
  });

  it('rejects a threshold without a source, naming the file', () => {
    const broken = structuredClone(RULE_FILES) as unknown as { methods: Array<{ requirements: { all: Array<Record<string, unknown>> } }> };
    delete broken.methods[0]!.requirements.all[1]!.source;
    expect(() => loadRuleset(broken as never)).toThrow(/creator-rewards.*source/s);
  });

  it('rejects a parameter whose low is above its expected value', () => {
    const broken = structuredClone(RULE_FILES) as unknown as { methods: Array<{ parameters: Record<string, { low: number }> }> };
    broken.methods[0]!.parameters.rpm!.low = 99;
    expect(() => loadRuleset(broken as never)).toThrow(/low <= expected <= high/);
  });

  it('rejects a source id that rules/sources.json does not define', () => {
    const broken = structuredClone(RULE_FILES) as unknown as { methods: Array<{ requirements: { all: Array<Record<string, unknown>> } }> };
    broken.methods[0]!.requirements.all[1]!.source = 'nowhere';
    expect(() => loadRuleset(broken as never)).toThrow(/Unknown source ids.*nowhere/);
  });
});
