'use client';

import { useEffect, useState } from 'react';

/**
 * A small "back to the summary" link, fixed at the bottom corner once the summary has scrolled out of
 * view: on a phone the cards run thousands of pixels.
 */
export function BackToTop({ target, label }: { target: string; label: string }) {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const element = document.getElementById(target);
    if (!element) return;
    // Read where the summary is now (a jump link may have scrolled the page before this code ran) and
    // after every scroll, a frame at most: an IntersectionObserver alone sometimes left the link out when
    // the page was scrolled while it started (seen in 2 of 10 loads on a busy machine).
    let frame = 0;
    const check = () => {
      frame = 0;
      setAway(element.getBoundingClientRect().bottom < 0);
    };
    const onScroll = () => {
      frame ||= window.requestAnimationFrame(check);
    };
    check();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.cancelAnimationFrame(frame);
    };
  }, [target]);
  if (!away) return null;
  return (
    <a
      href={`#${target}`}
      className="fixed right-4 bottom-4 z-10 inline-flex min-h-11 items-center gap-1 rounded-full border border-stone-400 bg-white/95 px-4 text-sm font-medium text-stone-900 shadow-md hover:bg-stone-100 print:hidden"
    >
      <span aria-hidden="true">↑</span> {label}
    </a>
  );
}
