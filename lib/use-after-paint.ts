import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, once the frame that shows the change has painted: what the creator typed appears first, and
 * whatever renders from the returned value (the results) follows in a render of its own, at a priority
 * the next keystroke interrupts. A keystroke thus paints within a frame however much the results weigh;
 * the results follow a frame later, with no wait for typing to stop. (React's useDeferredValue starts that
 * render at once, and a slow phone may then run it before painting the keystroke.)
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: number | undefined;
    // The frame's callbacks run just before it paints; a task queued from there runs after it.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown, value]);
  return shown;
}
