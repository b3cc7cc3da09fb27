import type { Evaluation, FormulaStep, Locale, MethodResult, RequiredCondition, RequirementResult, UpcomingRequirement } from '@/lib/rules';
import { countryName } from '@/lib/rules/countries';
import type { Display } from './display';

/*
 * The engine's results in words: requirement lines, blocked reasons, formula labels. The engine returns
 * facts, codes and numbers; the sentences are ICU messages in messages/*.json (namespace `engine`), put
 * together here for the page (useTranslations) and the API (createTranslator) alike, so both say the
 * same thing word for word.
 */

/** The `engine` messages' translator: useTranslations('engine'), getTranslations or createTranslator. */
export type EngineT = (key: string, values?: Record<string, string | number>) => string;

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** Facts that are counts: their words take a number (followers, views, videos, years, days). */
const COUNT_FACTS: ReadonlySet<string> = new Set(['followers', 'views30d', 'videos30d', 'age', 'accountAgeDays']);

/** How many requirement lines a `ResultWords` keeps: a page's or a server's worth, not an unbounded map. */
const MAX_REMEMBERED = 512;

/**
 * Puts a result's facts into words in one language. It remembers what it wrote: the same condition,
 * step or requirement line comes back on every keystroke and every request, and ICU formatting costs
 * microseconds per message where the engine spends a few per method.
 */
export class ResultWords {
  private readonly requiredTexts = new WeakMap<RequiredCondition, string>();
  private readonly lines = new Map<string, string>();

  constructor(
    private readonly t: EngineT,
    private readonly locale: Locale,
    private readonly display: Display,
  ) {}

  /** What an income goal's need is counted in: "views in 30 days", "followers", "LIVE hours a month". */
  goalUnit(field: 'views30d' | 'followers' | 'liveHours'): string {
    return this.t(`goalUnit.${field}`);
  }

  /** What is required, in words: "10,000+ followers", "age 18+ and 1,000+ followers". */
  required(condition: RequiredCondition): string {
    let text = this.requiredTexts.get(condition);
    if (text === undefined) this.requiredTexts.set(condition, (text = this.writeRequired(condition)));
    return text;
  }

  private writeRequired(condition: RequiredCondition): string {
    const t = this.t;
    if ('type' in condition) {
      const texts = condition.children.map((child) => this.required(child));
      return texts.reduceRight((rest, first) => t(`required.${condition.type}`, { first, rest }));
    }
    const { fact, op, value } = condition;
    if (COUNT_FACTS.has(fact)) return t(`required.${fact}`, { value: value as number, op });
    if (fact === 'goodStanding') return t('required.goodStanding', { value: String(value === true) });
    if (fact === 'accountType') return t('required.accountType', { value: value as string });
    const codes = (value as string[]).join(', ');
    return condition.from ? t('required.countryFrom', { value: codes, date: this.display.formatDate(condition.from) }) : t('required.country', { value: codes });
  }

  /** For "either ... or" requirements: each way to meet it, in words; otherwise none. */
  alternatives(requirement: RequirementResult): string[] {
    const requires = requirement.requires;
    return 'type' in requires && requires.type === 'any' ? requires.children.map((child) => this.required(child)) : [];
  }

  /** One line a person can act on: "1 more follower", "Switch to a personal account", "Offered in the Netherlands". */
  message(requirement: RequirementResult): string {
    const { fact, op, required, actual, met, gap, opensOn } = requirement;
    const key = `m|${fact}|${op}|${String(required)}|${String(actual)}|${met}|${gap}|${opensOn}`;
    return this.remember(key, () => this.writeMessage(requirement));
  }

  private remember(key: string, write: () => string): string {
    let text = this.lines.get(key);
    if (text === undefined) {
      if (this.lines.size >= MAX_REMEMBERED) this.lines.clear();
      this.lines.set(key, (text = write()));
    }
    return text;
  }

  private writeMessage(requirement: RequirementResult): string {
    const t = this.t;
    const { fact, op, met, actual } = requirement;
    const required = requirement.required as number | string;
    if (fact === 'country') {
      const code = actual as string;
      const place = t('country.place', { code, name: countryName(code, this.locale) });
      if (met) return t('country.offered', { place });
      if (requirement.opensOn) return t('country.opens', { place, date: this.display.formatDate(requirement.opensOn) });
      return t('country.notYet', { place });
    }
    if (met) {
      if (fact === 'goodStanding') return t('has.goodStanding');
      return t(`has.${fact}`, { actual: actual as number, required });
    }
    const gap = requirement.gap ?? 0;
    if (fact === 'followers') return t(op === 'gte' ? 'missing.followersMore' : 'missing.followersOver', { gap });
    if (fact === 'views30d') return t(op === 'gte' ? 'missing.viewsMore' : 'missing.viewsOver', { gap });
    if (fact === 'goodStanding') return t('missing.goodStanding');
    return t(`missing.${fact}`, { gap, required });
  }

  /** Why growth and time cannot unlock a method; null when they can. */
  blockedReason(method: MethodResult): string | null {
    const blocked = method.blocked;
    if (!blocked) return null;
    if (blocked.code === 'never') return this.t('blocked.never');
    const message = this.message(blocked.requirement);
    if (blocked.code === 'unmet') return message;
    return this.remember(`b|${message}`, () => this.t('blocked.notWithin', { reason: lowerFirst(message) }));
  }

  /** "From Mar 1, 2027: 5,000+ followers". */
  upcoming(upcoming: UpcomingRequirement): string {
    const requirement = this.required(upcoming.requires);
    return this.remember(`u|${upcoming.from}|${requirement}`, () =>
      this.t('required.upcoming', { date: this.display.formatDate(upcoming.from), requirement }),
    );
  }

  /** What the method that unlocks soonest still needs: its unmet requirements, one after another. */
  nextUnlockNeeds(result: Evaluation): string {
    const next = result.summary.nextUnlock;
    const method = next && result.methods.find((candidate) => candidate.id === next.id);
    if (!method) return '';
    return method.requirements
      .filter((requirement) => !requirement.met)
      .map((requirement) => this.message(requirement))
      .join('; ');
  }

  /** A formula step's label: the catalog's words for the engine's own steps, the rule's label for its parameters. */
  stepLabel(step: FormulaStep): string {
    const key = step.key;
    if (!key) return step.label ?? '';
    return this.remember(`s|${key}|${step.unit}`, () => (key === 'exchangeRate' ? this.t('step.exchangeRate', { currency: step.unit }) : this.t(`step.${key}`)));
  }

  /** A formula step's note: the exchange rates' date, or the rule's own note. */
  stepNote(step: FormulaStep): string | undefined {
    const ratesOf = step.ratesOf;
    return ratesOf ? this.remember(`r|${ratesOf}`, () => this.t('step.exchangeRateNote', { date: this.display.formatDate(ratesOf) })) : step.note;
  }

  /** A formula step with its label and note in words, for a page that shows it. */
  wordStep(step: FormulaStep): FormulaStep {
    return step.key ? { ...step, label: this.stepLabel(step), note: this.stepNote(step) } : step;
  }
}
