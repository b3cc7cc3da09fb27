import { useTranslations } from 'next-intl';
import type { ParamIssue } from '@/lib/share-link';

/** Above the calculator: what in the opened link could not be used, and whether the rules changed since it was made. */
export function LinkNotices({ issues, rulesChangedNotice }: { issues: ParamIssue[]; rulesChangedNotice: string | null }) {
  const t = useTranslations('link');
  if (issues.length === 0 && !rulesChangedNotice) return null;
  return (
    <div className="mb-6 space-y-3 lg:col-span-2">
      {issues.length > 0 && (
        <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">{t('issuesHeading')}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {issues.map((issue) => (
              <li key={issue.field} className="break-words">
                {t('using', { message: issue.message, value: issue.fallback || t('nothing') })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rulesChangedNotice && (
        <div role="status" className="rounded-xl border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950">
          {rulesChangedNotice}
        </div>
      )}
    </div>
  );
}
