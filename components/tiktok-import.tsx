'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ImportResult } from '@/lib/import';
import type { ImportReply, ImportRequest } from '@/lib/import-worker';
import type { ImportState } from './import-status';

// What was filled and from where: needed only after an import, so it loads with the worker, not with the page.
const ImportStatus = lazy(() => import('./import-status'));

type Props = {
  /** Fills the form with what the files support, as if typed; returns what undoes it. */
  onImport: (fields: ImportResult['fields']) => () => void;
  /** The form: files dropped anywhere on it are read. */
  children: ReactNode;
};

/** The creator's date today, where they are: the exports' dates have no year, and "today" places them. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Import from TikTok": reads TikTok's own exports (Studio analytics ZIPs or CSVs, the data download's
 * JSON) in a worker, fills the form with what they support and says where each number came from. The
 * files never leave the device; the reading code loads only when the creator imports.
 */
export function TikTokImport({ onImport, children }: Props) {
  const t = useTranslations('import');
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  // The worker answers later: it must fill the form as it is then, not as it was when the files were chosen.
  const latestOnImport = useRef(onImport);
  useEffect(() => {
    latestOnImport.current = onImport;
  });
  useEffect(() => () => worker.current?.terminate(), []);

  function read(files: File[]) {
    if (files.length === 0) return;
    worker.current?.terminate();
    setState({ phase: 'reading', fraction: 0 });
    void import('./import-status');
    const reader = new Worker(new URL('../lib/import-worker.ts', import.meta.url), { type: 'module' });
    worker.current = reader;
    reader.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return setState({ phase: 'reading', fraction: reply.fraction });
      reader.terminate();
      const filled = Object.keys(reply.result.fields).length > 0;
      setState({ phase: 'done', result: reply.result, undo: filled ? latestOnImport.current(reply.result.fields) : null });
    };
    reader.onerror = () => {
      reader.terminate();
      setState({ phase: 'failed' });
    };
    reader.postMessage({ files, today: localToday() } satisfies ImportRequest);
  }

  return (
    <div
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        setDragging(false);
        read([...event.dataTransfer.files]);
      }}
      className={`rounded-xl ${dragging ? 'outline-2 outline-offset-4 outline-sky-700 outline-dashed' : ''}`}
    >
      <section aria-labelledby="import-heading" className="mb-5 rounded-lg border border-stone-300 bg-white/60 p-3">
        <h3 id="import-heading" className="font-medium text-stone-900">{t('heading')}</h3>
        <p className="mt-1 text-sm text-stone-700">{t('where')}</p>
        <label className="mt-2 inline-flex min-h-11 cursor-pointer items-center rounded-full border border-stone-500 bg-white px-4 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-700">
          {t('choose')}
          <input
            type="file"
            multiple
            accept=".zip,.csv,.json,application/zip,text/csv,application/json"
            className="sr-only"
            data-testid="import-files"
            onChange={(event) => {
              read([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </label>
        {state.phase !== 'idle' && (
          <Suspense fallback={<p role="status" className="mt-3 text-sm text-stone-700">{t('reading')}</p>}>
            <ImportStatus state={state} onUndo={(undo) => (undo(), setState({ phase: 'undone' }))} />
          </Suspense>
        )}
      </section>
      {children}
    </div>
  );
}
