import * as z from 'zod/mini';
import { refusing, type Evaluation } from '@/lib/rules';
import { METHOD_WORDS, publicEvaluation, publicGoal, publicNextUnlock, REQUIREMENT_WORDS } from './public-result';
import type { ResultWords } from './result-words';
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

/** How a level's worded fields are written from the engine's fact; any other field is sent as the engine gave it. */
type Words<Source> = Readonly<Record<string, (source: Source, words: ResultWords) => unknown>>;

/** The fields of `source` named in `keys`, in that order: the worded ones written in `words`, the rest as they are. */
function write<Source extends object>(source: Source, keys: Keys, worded: Words<Source>, words: ResultWords): Record<string, unknown> {
  const facts = source as Record<string, unknown>;
  const answer: Record<string, unknown> = {};
  for (const key of keys) answer[key] = Object.hasOwn(worded, key) ? worded[key]!(source, words) : facts[key];
  return answer;
}

const NO_WORDS: Words<object> = {};
const ANSWER_WORDS: Words<Evaluation> = { goal: publicGoal };

/**
 * The answer to send: the whole evaluation in words when every part is included, else its lean form,
 * written straight from the engine's result, so that the words of the parts left out are never formatted.
 */
export function shapeAnswer(result: Evaluation, words: ResultWords, parts: readonly IncludePart[]): object {
  return parts.length === INCLUDE_PARTS.length ? publicEvaluation(result, words) : leanAnswer(result, words, parts);
}

/** The fields that the default and `parts` name, in the schema's order, with the same values as the whole evaluation's. */
export function leanAnswer(result: Evaluation, words: ResultWords, parts: readonly IncludePart[]): Record<string, unknown> {
  const keys = keysFor(parts);
  // The nested levels are written in place of the engine's, keeping their place in the answer.
  const answer = write(result, keys.answer, ANSWER_WORDS, words);
  answer.methods = result.methods.map((method) => {
    const lean = write(method, keys.method, METHOD_WORDS, words);
    lean.requirements = method.requirements.map((requirement) => write(requirement, keys.requirement, REQUIREMENT_WORDS, words));
    return lean;
  });
  const summary = write(result.summary, keys.summary, NO_WORDS, words);
  summary.nextUnlock = publicNextUnlock(result, words);
  answer.summary = summary;
  return answer;
}
