import { useTranslations } from 'next-intl';
import { NICHES } from '@/lib/rules/profile-fields';
import type { MediaKitDetails } from '@/lib/media-kit-link';

const inputClass = 'mt-1 block min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900';

/** A query string as a form's hidden fields, so a plain GET form carries it along. */
export function QueryFields({ query }: { query: string }) {
  return [...new URLSearchParams(query)].map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />);
}

/**
 * Who the creator is, for the kit: a plain GET form to this page, so it works without JavaScript and the
 * link it makes carries the details. The result's own parameters (all but the niche, which is asked here)
 * ride along as hidden fields. Open until a name and a niche are given, so nobody sends a kit that says
 * "Your name", or a niche they never chose.
 */
export function MediaKitDetailsForm({
  resultQuery,
  details,
  niche,
}: {
  resultQuery: string;
  details: MediaKitDetails;
  /** The niche the link gives; undefined when the creator has not chosen one. */
  niche: string | undefined;
}) {
  const t = useTranslations('mediaKit');
  const form = useTranslations('form');
  return (
    <details open={!details.name || !niche} className="mx-auto mb-4 max-w-[190mm] rounded-xl border border-stone-300 bg-white p-4 print:hidden">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-stone-800">{t('detailsHeading')}</summary>
      <form method="get" className="mt-3 grid gap-3 sm:grid-cols-2">
        <QueryFields query={resultQuery} />
        <label className="text-sm font-medium text-stone-800">
          {t('nameLabel')}
          <input name="name" defaultValue={details.name} maxLength={60} autoComplete="name" className={inputClass} />
        </label>
        <label className="text-sm font-medium text-stone-800">
          {t('handleLabel')}
          <input name="handle" defaultValue={details.handle} maxLength={31} autoComplete="off" placeholder="@" className={inputClass} />
        </label>
        <label className="text-sm font-medium text-stone-800">
          {t('nicheLabel')}
          {/* Required: an empty choice would put `niche=` in the link, which is not a niche. */}
          <select name="niche" defaultValue={niche ?? ''} required className={inputClass}>
            <option value="" disabled>
              {t('nicheChoose')}
            </option>
            {NICHES.map((option) => (
              <option key={option} value={option}>
                {form(`options.niche.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800 sm:mt-5">
          <input type="checkbox" name="tiers" value="1" defaultChecked={details.tiers} className="size-5 shrink-0 accent-stone-900" />
          {t('tiersLabel')}
        </label>
        <label className="text-sm font-medium text-stone-800 sm:col-span-2">
          {t('bioLabel')}
          <textarea name="bio" defaultValue={details.bio} maxLength={280} rows={2} className={inputClass} />
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className="min-h-11 rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700">
            {t('update')}
          </button>
        </div>
      </form>
    </details>
  );
}
