'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ImportResult, NoticeCode } from '@/lib/import';
import { countryName } from '@/lib/rules/countries';
import type { Locale, ProfileField } from '@/lib/rules';
import { showValue } from '@/lib/profile-text';
import { useDisplay } from '@/lib/use-display';

/** Where an import is: reading (with progress), done (with what it filled and how to undo it), undone or failed. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fraction: number }
  | { phase: 'done'; result: ImportResult; undo: (() => void) | null }
  | { phase: 'undone' }
  | { phase: 'failed' };

/** Values every sentence may choose by: a notice that leaves one out takes its general case. */
const DEFAULT_VALUES: Record<string, string | number> = { more: 0, entries: 0, reason: 'other', kind: 'other', format: 'binary', part: 'profile', field: 'other', min: 0, max: 0, value: 0 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The importer's values as the catalog's sentences take them: a field's name as its label in the form,
 * dates the page's way, and choices without hyphens (ICU selectors cannot hold them).
 */
function useWordValues() {
  const form = useTranslations('form');
  const display = useDisplay();
  return (values: ImportResult['notices'][number]['values']) => {
    const out: Record<string, string | number> = { ...DEFAULT_VALUES };
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'string' && ISO_DATE.test(value)) out[key] = display.formatDate(value);
      else out[key] = typeof value === 'string' && key in DEFAULT_VALUES ? value.replace(/-/g, '_') : value;
    }
    const field = values.field;
    out.fieldName = typeof field === 'string' && form.has(`fields.${field}.label`) ? form(`fields.${field as ProfileField}.label`) : '';
    return out;
  };
}

/** The import's progress, then each filled field with its value and source, the files that could not be used, and Undo. */
export default function ImportStatus({ state, onUndo }: { state: ImportState; onUndo: (undo: () => void) => void }) {
  const t = useTranslations('import');
  if (state.phase === 'idle') return null;
  if (state.phase === 'reading') {
    return (
      <div className="mt-3 text-sm text-stone-700" role="status">
        {t('reading')}
        <progress className="mt-1 block h-2 w-full accent-sky-700" value={state.fraction} max={1} aria-label={t('reading')} />
      </div>
    );
  }
  if (state.phase === 'failed') return <p role="alert" className="mt-3 text-sm font-medium text-red-800">{t('failed')}</p>;
  if (state.phase === 'undone') return <p role="status" className="mt-3 text-sm text-stone-700">{t('undone')}</p>;
  const { result, undo } = state;
  const problems = result.notices.filter((notice) => !NOTES.has(notice.code));
  const notes = result.notices.filter((notice) => NOTES.has(notice.code));
  return (
    <div className="mt-3 space-y-3 text-sm" data-testid="import-result">
      {undo ? (
        <div role="status">
          <p className="font-medium text-stone-900">{t('filled')}</p>
          <Evidence evidence={result.evidence} />
          <button
            type="button"
            onClick={() => onUndo(undo)}
            className="mt-2 min-h-11 rounded-full border border-stone-500 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100"
          >
            {t('undo')}
          </button>
        </div>
      ) : (
        <p role="alert" className="font-medium text-stone-900">{t('nothingFilled')}</p>
      )}
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950">
          <p className="font-medium">{t('problems')}</p>
          <Notices notices={problems} />
        </div>
      )}
      {notes.length > 0 && (
        <details className="text-stone-700">
          <summary className="flex min-h-11 cursor-pointer items-center select-none">{t('notes', { count: notes.length })}</summary>
          <Notices notices={notes} />
        </details>
      )}
    </div>
  );
}

/** Notices that say how a file was read, not that something went wrong: folded, not announced. */
const NOTES: ReadonlySet<NoticeCode> = new Set(['ignored-file', 'incomplete-last-day', 'superseded']);

/** A ZIP entry's own name ("Overview.csv" of "Overview_….zip › Overview.csv"): the long archive name says little more. */
const shortName = (file: string) => file.split(' › ').at(-1) ?? file;

function Evidence({ evidence }: { evidence: ImportResult['evidence'] }) {
  const t = useTranslations('import');
  const form = useTranslations('form');
  const locale = useLocale() as Locale;
  const display = useDisplay();
  const words = useWordValues();
  const valueOf = (entry: ImportResult['evidence'][number]) => {
    if (entry.field === 'audience' && typeof entry.value === 'string') {
      return entry.value
        .split(',')
        .map((part) => part.split(':'))
        .map(([code, percent]) => t('share', { country: countryName(code ?? '', locale), percent: Number(percent) }))
        .join(', ');
    }
    const suffix = form.has(`fields.${entry.field}.suffix`) ? form(`fields.${entry.field as ProfileField}.suffix`) : '';
    return `${showValue(entry.value, locale)}${suffix.startsWith('%') ? suffix : suffix ? ` ${suffix}` : ''}`;
  };
  return (
    <ul className="mt-1 space-y-1.5">
      {evidence.map((entry) => (
        <li key={entry.field} data-field={entry.field} className="break-words text-stone-800">
          <span className="font-medium">{form(`fields.${entry.field as ProfileField}.label`)}:</span> {valueOf(entry)}
          <span className="text-stone-600">
            {' · '}
            <span title={entry.file}>{shortName(entry.file)}</span>
            {entry.from && entry.to && `, ${entry.from === entry.to ? display.formatDate(entry.to) : t('range', { from: display.formatDate(entry.from), to: display.formatDate(entry.to) })}`}
          </span>
          <span className="block text-xs text-stone-600">{t(`how.${entry.how.code}`, words(entry.how.values))}</span>
        </li>
      ))}
    </ul>
  );
}

function Notices({ notices }: { notices: ImportResult['notices'] }) {
  const t = useTranslations('import');
  const words = useWordValues();
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5">
      {notices.map((notice, index) => (
        <li key={`${notice.file}-${index}`} className="break-words" title={notice.file}>
          {t('notice', { file: shortName(notice.file) || t('allFiles'), message: t(`notices.${notice.code}`, words(notice.values)) })}
        </li>
      ))}
    </ul>
  );
}
