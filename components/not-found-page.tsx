import { useLocale, useTranslations } from 'next-intl';

/** "Page not found", in the page's language, with the way back to the calculator. */
export function NotFoundPage() {
  const t = useTranslations('notFound');
  const locale = useLocale();
  return (
    <main className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('body')}</p>
      <p className="mt-4">
        <a href={`/${locale}`} className="font-medium underline">
          {t('home')}
        </a>
      </p>
    </main>
  );
}
