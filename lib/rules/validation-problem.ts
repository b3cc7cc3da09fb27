import type { AudienceProblem } from './audience';
import { showInput } from './format';

// What is wrong with a value, as a code and the values to word it with, never a sentence: the schema
// reports it, and the edge words it in the reader's language from messages/*.json (namespace
// `validation`, one message per code), so the page and the API say the same thing word for word.

// The unit a number field's range is given in, worded after it ("(% per month)"); `none` for a plain
// number. Each kind of number field has its own few, so a message selects among only those.
/** The unit of a whole-number field's range: only `age` has one (its lower bound is TikTok's minimum age). */
export type WholeNumberUnit = 'minimumAge' | 'none';
/** The unit of a decimal field's range. */
export type NumberUnit = 'percent' | 'perMonth' | 'hoursAMonth' | 'none';
/** The unit of an optional amount's range (what the creator earned). */
export type OptionalNumberUnit = 'perThousand' | 'none';

/** What a value should have been. `field` is the public name (the same in every language); `input` the value refused, shown as `showInput` shows it, or left out when there was none. */
export type ValidationProblem =
  | ({ field: string; input?: string } & (
      | { code: 'wholeNumber'; min: number; max: number; unit: WholeNumberUnit }
      | { code: 'number'; min: number; max: number; unit: NumberUnit }
      | { code: 'optionalNumber'; max: number; unit: OptionalNumberUnit }
      | { code: 'oneOf'; values: string }
      | { code: 'country' } | { code: 'boolean' } | { code: 'date' }
      | { code: 'audience'; problem: AudienceProblem | 'none' }
      | { code: 'dateRange'; from: string; to: string }
      /** The API's `include`: `parts` are the names besides `all`. */
      | { code: 'include'; parts: string }
    ))
  /** `keys` quoted and comma-separated: `'folowers', 'x'`. */
  | { code: 'unknownFields'; keys: string; input?: undefined }
  | { code: 'notAnObject'; input?: string };

/** How a refused value is shown in a problem: as `showInput` shows it, or left out when there was none. */
export function shownInput(input: unknown): string | undefined {
  return input === undefined ? undefined : showInput(input);
}

type WithoutInput<P> = P extends unknown ? Omit<P, 'input'> : never;

/** A problem before the value is seen: what a schema knows about a field. */
export type ProblemRule = WithoutInput<ValidationProblem>;

/** A zod `error` function that reports `rule` with the value refused. */
export function refusing(rule: ProblemRule) {
  return (issue: { input?: unknown }): string => problemText({ ...rule, input: shownInput(issue.input) } as ValidationProblem);
}

/**
 * zod keeps one string per issue: the schema's is its problem as JSON (code first), which `readProblem`
 * reads back. Made only when a value fails, so parsing a valid profile costs nothing more.
 */
export function problemText(problem: ValidationProblem): string {
  return JSON.stringify(problem);
}

/** The problem in an issue's message, or undefined for a message the schema did not write as one. */
export function readProblem(message: string): ValidationProblem | undefined {
  if (!message.startsWith('{"code":')) return undefined;
  try {
    return JSON.parse(message) as ValidationProblem;
  } catch {
    return undefined;
  }
}
