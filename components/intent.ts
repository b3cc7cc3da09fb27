const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/**
 * Runs `then` once, at the first sign that the creator may edit: a pointer over or on the page, a focus,
 * a key. `now()` runs it at once (an edit or a step back in history needs no other sign).
 */
export function onIntent(then: () => void): { now: () => void } {
  let done = false;
  const now = () => {
    if (done) return;
    done = true;
    for (const type of INTENT_EVENTS) window.removeEventListener(type, now, true);
    then();
  };
  for (const type of INTENT_EVENTS) window.addEventListener(type, now, { capture: true, passive: true });
  return { now };
}
