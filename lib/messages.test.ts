import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CODES, NOTICE_CODES } from '@/lib/import';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

type Messages = { [key: string]: string | Messages };

/** Every message key as a path ("form.fields.age.label") with its text. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [child, text] of flatten(value, path)) out.set(child, text);
  }
  return out;
}

/** The values a message takes ("count", "eligible"), read by the ICU parser, so plural branches count once. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && 'value' in element) names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) visit(option.value);
      if ('children' in element) visit(element.children);
    }
  };
  visit(parse(text));
  return [...names].sort();
}

describe('the page in two languages', () => {
  const english = flatten(en);
  const dutch = flatten(nl);

  it('has every message key in both languages', () => {
    expect([...dutch.keys()].filter((key) => !english.has(key)), 'only in nl.json').toEqual([]);
    expect([...english.keys()].filter((key) => !dutch.has(key)), 'only in en.json').toEqual([]);
  });

  it('fills the same values into both translations of a message', () => {
    for (const [key, text] of english) expect(placeholders(dutch.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('leaves no message empty', () => {
    for (const [key, text] of [...english, ...dutch]) expect(text.trim(), key).not.toBe('');
  });
});

describe('the import\'s words', () => {
  it('has a sentence for every evidence and notice code the importer can return', () => {
    for (const messages of [en, nl]) {
      expect(Object.keys(messages.import.how).sort()).toEqual([...EVIDENCE_CODES].sort());
      expect(Object.keys(messages.import.notices).sort()).toEqual([...NOTICE_CODES].sort());
    }
  });
});
