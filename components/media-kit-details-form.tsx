import { useTranslations } from 'next-intl';
import type { MediaKitDetails } from '@/lib/media-kit-link';

const inputClass = 'mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900';

/**
 * Who the creator is, for the kit: a plain GET form to this page, so it works without JavaScript and the
 * link it makes carries the details. The result's own parameters ride along as hidden fields. Open until a
 * name is given, so nobody prints a kit that says "Your name".
 */
export function MediaKitDetailsForm({ resultQuery, details }: { resultQuery: string; details: MediaKitDetails }) {
  const t = useTranslations('mediaKit');
  return (
    <details open={!details.name} className="mx-auto mb-4 max-w-[190mm] rounded-xl border border-stone-300 bg-white p-4 print:hidden">
      <summary className="cursor-pointer font-medium text-stone-800">{t('detailsHeading')}</summary>
      <form method="get" className="mt-3 grid gap-3 sm:grid-cols-2">
        {[...new URLSearchParams(resultQuery)].map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <label className="text-sm font-medium text-stone-800">
          {t('nameLabel')}
          <input name="name" defaultValue={details.name} maxLength={60} autoComplete="name" className={inputClass} />
        </label>
        <label className="text-sm font-medium text-stone-800">
          {t('handleLabel')}
          <input name="handle" defaultValue={details.handle} maxLength={31} autoComplete="off" placeholder="@" className={inputClass} />
        </label>
        <label className="text-sm font-medium text-stone-800 sm:col-span-2">
          {t('bioLabel')}
          <textarea name="bio" defaultValue={details.bio} maxLength={280} rows={2} className={inputClass} />
        </label>
        <label className="flex items-start gap-2 text-sm text-stone-800 sm:col-span-2">
          <input type="checkbox" name="tiers" value="1" defaultChecked={details.tiers} className="mt-1 size-4 accent-stone-900" />
          {t('tiersLabel')}
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700">
            {t('update')}
          </button>
        </div>
      </form>
    </details>
  );
}
