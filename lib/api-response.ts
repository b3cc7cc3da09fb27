import * as z from 'zod/mini';
import { refusing } from '@/lib/rules';
import type { PublicEvaluation } from './public-result';
import { answerLevel, INCLUDE_PARTS, methodLevel, requirementLevel, summaryLevel, type AnswerLevel, type IncludePart } from './api-answer-schema';

/**
 * The lean answer: `evaluate()`'s result with only the fields a client needs to show eligibility and
 * money, plus the heavy parts (projection, formula, comparison, texts, sources) that `include` names.
 */

/** What `include` may name: a part, or `all` for every part (the whole result). */
export const INCLUDE_NAMES = [...INCLUDE_PARTS, 'all'] as const;

const includeError = refusing({ code: 'include', field: 'include', parts: INCLUDE_PARTS.join(', ') });

/** `include` in a request: a list of names; an unknown one is an issue that lists what is allowed. */
export const includeSchema = z.optional(z.array(z.enum(INCLUDE_NAMES, { error: includeError }), { error: includeError }));

/** A query string's `include=projection,texts`: the names, without blanks. */
export function readIncludeParam(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The parts a validated `include` asks for, each once, in a fixed order (so equal requests share an ETag). */
export function includedParts(names: readonly (typeof INCLUDE_NAMES)[number][] = []): IncludePart[] {
  if (names.includes('all')) return [...INCLUDE_PARTS];
  return INCLUDE_PARTS.filter((part) => names.includes(part));
}

type Keys = readonly string[];
type LevelKeys = { answer: Keys; summary: Keys; method: Keys; requirement: Keys };

/** A level's keys in an answer with `parts`: its fields, then each part's, in the schema's order. */
function levelKeys(level: AnswerLevel, parts: readonly IncludePart[]): Keys {
  const keys = Object.keys(level.fields);
  for (const part of parts) keys.push(...Object.keys(level.parts[part] ?? {}));
  return keys;
}

/** At most 32 combinations: each worked out once. */
const keysByInclude = new Map<string, LevelKeys>();

function keysFor(parts: readonly IncludePart[]): LevelKeys {
  const id = parts.join(',');
  let keys = keysByInclude.get(id);
  if (!keys) {
    keys = {
      answer: levelKeys(answerLevel, parts),
      summary: levelKeys(summaryLevel, parts),
      method: levelKeys(methodLevel, parts),
      requirement: levelKeys(requirementLevel, parts),
    };
    keysByInclude.set(id, keys);
  }
  return keys;
}

/** The fields of `object` named in `keys` that it has. */
function pick(object: object, keys: Keys): Record<string, unknown> {
  const source = object as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (key in source) picked[key] = source[key];
  return picked;
}

/** The answer to send: the whole evaluation when every part is included (as it is, nothing to copy), else its lean form. */
export function shapeAnswer(evaluation: PublicEvaluation, parts: readonly IncludePart[]): object {
  return parts.length === INCLUDE_PARTS.length ? evaluation : pickAnswer(evaluation, parts);
}

/** The evaluation's fields that the default and `parts` name, as a new object; the evaluation is left as it is. */
export function pickAnswer(evaluation: PublicEvaluation, parts: readonly IncludePart[]): Record<string, unknown> {
  const keys = keysFor(parts);
  const answer = pick(evaluation, keys.answer);
  answer.summary = pick(evaluation.summary, keys.summary);
  answer.methods = evaluation.methods.map((method) => {
    const lean = pick(method, keys.method);
    lean.requirements = method.requirements.map((requirement) => pick(requirement, keys.requirement));
    return lean;
  });
  return answer;
}
