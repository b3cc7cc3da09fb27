import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/rules';
import { onIntent } from './intent';
import { loadLive, type Live, type Opened } from './load-live';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The live results' code: fetched while the creator reads, warmed up, and built hidden once they turn to
 * the form, so the first edit only updates and shows them.
 * - `live`: once set, the results are rendered too, hidden until the first edit;
 * - `box`: where they are built before they are shown, a box outside the document until then;
 * - `liveFailed`: the code could not load (offline, a new deploy) after the creator changed something;
 * - `startLoading(show, then)`: loads the code and hands it to `then`; `show` says an edit wants the
 *   results. Once loaded, `then` runs in the same frame (a microtask later).
 */
export function useLive(locale: Locale, opened: Opened, t: Translate) {
  const [live, setLive] = useState<Live | null>(null);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [liveFailed, setLiveFailed] = useState(false);
  const loading = useRef<Promise<Live> | null>(null);
  const loaded = useRef<Live | null>(null);
  const intent = useRef<{ now: () => void } | null>(null);
  const wanted = useRef(false);
  const [first] = useState(opened);

  const startLoading = useCallback(
    (show: boolean, then?: (loaded: Live) => void) => {
      wanted.current ||= show;
      // Loaded: at once, so a keystroke's check and its render happen in the keystroke's own event.
      if (loaded.current) {
        if (show) intent.current?.now();
        return void then?.(loaded.current);
      }
      loading.current ??= loadLive(locale, first, (key, values) => t(`validation.${key}`, values));
      loading.current.then(
        (live) => {
          loaded.current = live;
          setLiveFailed(false);
          then?.(live);
          // Built out of the document once the creator turns to the form (see warmFormats), at a priority
          // that gives way to anything they do.
          intent.current ??= onIntent(() => {
            void live.warmFormats().then(() =>
              startTransition(() => {
                setBox((current) => current ?? document.createElement('div'));
                setLive(live);
              }),
            );
          });
          if (wanted.current) intent.current.now();
        },
        () => {
          // A failed chunk load leaves the server's results up, says so once the creator has changed
          // something, and the next edit tries again.
          loading.current = null;
          if (wanted.current) setLiveFailed(true);
        },
      );
    },
    [locale, first, t],
  );

  useEffect(() => {
    // Fetch the engine while the creator reads, so the first edit answers at once.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1500));
    idle(() => startLoading(false));
  }, [startLoading]);

  return { live, box, liveFailed, startLoading };
}
