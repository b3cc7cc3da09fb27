import { useSyncExternalStore } from 'react';

/*
 * The page's query string as the calculator last wrote it. The calculator writes the URL past Next.js
 * (see `replaceUrl`), so Next's useSearchParams keeps the query the page opened with; what reads the
 * query (the language links) reads it here.
 */
let written: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Says what the URL's query now is (without "?"), after the calculator or the browser changed it. */
export function notePageQuery(query: string) {
  if (query === written) return;
  written = query;
  for (const listener of listeners) listener();
}

/**
 * Replaces the URL without telling Next.js's router, which re-renders the whole page for it (over 100 ms
 * on a phone). The history entry keeps its state, so Back and Forward work as before.
 */
export function replaceUrl(path: string, query: string) {
  History.prototype.replaceState.call(window.history, window.history.state, '', `${path}${query ? `?${query}` : ''}`);
  notePageQuery(query);
}

/** The current query: the one the calculator wrote last, else `opened` (from useSearchParams). */
export function usePageQuery(opened: string): string {
  return useSyncExternalStore(subscribe, () => written ?? opened, () => opened);
}
