/**
 * Reads a number the way people type it in a language: "12,500", "12 500", "12.5k", "1.2M", "5%" in
 * English; "12.500", "2,5", "12,5k" in Dutch (where a comma is the decimal sign). Also plain JavaScript
 * notation ("1e5", "1.5"), which share links use. Returns NaN for anything else, so the schema can say
 * what is allowed.
 */
export function parseNumberInput(raw: string, decimalComma = false): number {
  if (decimalComma) {
    // Swap the separators and read it the English way; "1.5" (a dot typed as a decimal sign) still reads as 1.5.
    const swapped = parseNumberInput(raw.replace(/[.,]/g, (sign) => (sign === '.' ? ',' : '.')));
    return Number.isNaN(swapped) ? parseNumberInput(raw) : swapped;
  }
  const text = raw.trim().toLowerCase().replace(/[\s\u00a0_']/g, '').replace(/%$/, '');
  if (text === '') return NaN;
  // Plain JavaScript notation first (also what share links write, e.g. 1e-7).
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text)) return Number(text);
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?([kmb]?)$/.exec(text);
  if (!match) return NaN;
  const [, sign, whole = '', fraction, suffix] = match;
  if (whole === '' && fraction === undefined) return NaN;
  const value = Number(`${whole.replace(/,/g, '') || '0'}${fraction ? `.${fraction}` : ''}`);
  const multiplier = suffix === 'k' ? 1e3 : suffix === 'm' ? 1e6 : suffix === 'b' ? 1e9 : 1;
  // Scale in a way that keeps 12.5k exactly 12500 rather than 12499.999...
  const scaled = multiplier === 1 ? value : Math.round(value * multiplier * 1e6) / 1e6;
  return sign === '-' ? -scaled : scaled;
}
