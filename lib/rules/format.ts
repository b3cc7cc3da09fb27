/**
 * Small, fast formatting for engine messages. The engine runs on every keystroke and API call, so
 * it avoids `Intl.NumberFormat` in hot paths; the page formats money and counts for the reader's locale.
 */

/** 12500 -> "12,500"; rounds to a whole number first. */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  const digits = String(Math.abs(rounded));
  if (digits.length <= 3) return sign + digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}

/** "1 more follower", "1,240 more followers". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** How a bad input is shown back in a message: strings quoted and cut short, everything else as JSON. */
export function showInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') {
    const cut = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `'${cut}'`;
  }
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : String(input);
  try {
    const json = JSON.stringify(input);
    if (json === undefined) return typeof input;
    return json.length > 40 ? `${json.slice(0, 40)}…` : json;
  } catch {
    return typeof input;
  }
}
