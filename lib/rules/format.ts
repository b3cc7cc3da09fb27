/** How the engine shows a bad input back in a message. */

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
