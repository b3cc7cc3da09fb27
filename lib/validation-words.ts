import { readProblem, type ValidationProblem } from '@/lib/rules';

/*
 * Validation messages in words. The schema reports what is wrong as a code and values (a
 * `ValidationProblem`); the sentences are ICU messages in messages/*.json (namespace `validation`, one
 * per code), put together here for the page (useTranslations) and the API (createTranslator) alike, so
 * the API's `message` for a bad field is the page's word for word.
 */

/** The `validation` messages' translator: useTranslations('validation'), getTranslations or createTranslator. */
export type ValidationT = (key: string, values?: Record<string, string | number>) => string;

/** A problem in words: its code names the message, its values fill it in. */
export function problemMessage(t: ValidationT, problem: ValidationProblem): string {
  const { code, input, ...values } = problem;
  return t(code, { ...values, input: input ?? t('nothing') });
}

/** A zod issue in words: the problem the schema wrote into it, or, from a schema that writes none, its message as it is. */
export function issueMessage(t: ValidationT, issue: { message: string }): string {
  const problem = readProblem(issue.message);
  return problem ? problemMessage(t, problem) : issue.message;
}
