import { monthIndex, type MonthIndex } from './months';
import { asciiDigits, foldText } from './text';

/** A date label read from a Studio CSV: month and day, and the year when the label has one. */
export interface DayLabel {
  month: number;
  day: number;
  year?: number;
}

interface Candidate extends DayLabel {
  /** Position in the month index's locales; -1 for a pattern every locale shares (ISO, CJK). */
  locale: number;
}

/** Labels that need no month names: `2025-08-09`, and `8月9日` / `8월 9일` (Chinese, Japanese, Korean). */
function readByPattern(label: string): Candidate | undefined {
  const text = asciiDigits(label.normalize('NFKC'));
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), locale: -1 };
  const cjk = /(\d{1,2})\s*[月월]\s*(\d{1,2})/.exec(text);
  if (cjk) return { month: Number(cjk[1]), day: Number(cjk[2]), locale: -1 };
  return undefined;
}

/** Every (locale, month, day) reading of a label with a spelled month: "25 de setembro", "August 9". */
function readByName(label: string, index: MonthIndex): Candidate[] {
  let words = foldText(label).split(' ').filter(Boolean);
  let year: number | undefined;
  const yearAt = words.findIndex((word) => /^(19|20)\d\d$/.test(word));
  if (yearAt >= 0) {
    year = Number(words[yearAt]);
    words = words.filter((_, i) => i !== yearAt);
  }
  const found: Candidate[] = [];
  words.forEach((word, at) => {
    if (!/^\d{1,2}$/.test(word)) return;
    const day = Number(word);
    if (day < 1 || day > 31) return;
    const rest = words.filter((_, i) => i !== at);
    // Try the words as they are first: a filler in one language can be part of a month in another.
    for (const name of [rest.join(' '), rest.filter((w) => !index.fillers.has(w)).join(' ')]) {
      const matches = index.names.get(name);
      if (!matches) continue;
      for (const { locale, month } of matches) found.push({ locale, month, day, ...(year ? { year } : {}) });
      break;
    }
  });
  return found;
}

function plausible(label: DayLabel): boolean {
  return label.month >= 1 && label.month <= 12 && label.day >= 1 && label.day <= 31;
}

/**
 * Reads the date labels of one file. All labels of a file come from one Studio language, so the
 * language that reads the most labels decides labels that several languages would read differently.
 * Unreadable labels are `null`.
 */
export function readDayLabels(labels: readonly string[]): (DayLabel | null)[] {
  const index = monthIndex();
  const perLabel = labels.map((label) => {
    const byPattern = readByPattern(label);
    return byPattern ? [byPattern] : readByName(label, index);
  });
  const votes = new Map<number, number>();
  for (const candidates of perLabel) {
    for (const locale of new Set(candidates.map((c) => c.locale))) {
      if (locale >= 0) votes.set(locale, (votes.get(locale) ?? 0) + 1);
    }
  }
  let best = -1;
  for (const [locale, count] of votes) {
    if (best < 0 || count > (votes.get(best) ?? 0) || (count === votes.get(best) && locale < best)) best = locale;
  }
  return perLabel.map((candidates) => {
    const chosen =
      candidates.find((c) => c.locale === -1) ??
      candidates.find((c) => c.locale === best) ??
      (candidates.every((c) => c.month === candidates[0]?.month && c.day === candidates[0]?.day) ? candidates[0] : undefined);
    if (!chosen || !plausible(chosen)) return null;
    return { month: chosen.month, day: chosen.day, ...(chosen.year ? { year: chosen.year } : {}) };
  });
}
