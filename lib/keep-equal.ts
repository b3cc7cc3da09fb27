/**
 * `next`, with every part that equals the same part of `previous` replaced by that part of `previous`:
 * a new evaluation then shares every object that did not change with the one before it, so components
 * memoized on their props (a card, a chart) see the same objects and skip rendering.
 */
export function keepEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (typeof next !== 'object' || next === null || typeof previous !== 'object' || previous === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const merged = next.map((item, index) => {
      const kept = keepEqual(previous[index], item);
      if (kept !== previous[index]) same = false;
      return kept;
    });
    return (same ? previous : merged) as T;
  }
  if (Object.getPrototypeOf(next) !== Object.prototype || Object.getPrototypeOf(previous) !== Object.prototype) return next;
  const before = previous as Record<string, unknown>;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(before).length;
  const merged: Record<string, unknown> = {};
  for (const key of keys) {
    const kept = keepEqual(before[key], (next as Record<string, unknown>)[key]);
    if (kept !== before[key] || !(key in before)) same = false;
    merged[key] = kept;
  }
  return (same ? previous : merged) as T;
}
