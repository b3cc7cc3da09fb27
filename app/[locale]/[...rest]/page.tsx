import { setRequestLocale } from 'next-intl/server';
import { pageLocale } from '@/i18n/routing';
import { NotFoundPage } from '@/components/not-found-page';

/**
 * Any other path under a language. It renders the "not found" page itself rather than calling
 * notFound(): Next.js 16 then sends an empty document that only JavaScript fills in
 * (vercel/next.js#62228), so readers without it and crawlers saw nothing. proxy.ts answers these
 * paths with status 404, which also makes Next.js add `noindex`.
 */
export default async function UnknownPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(await pageLocale(params));
  return <NotFoundPage />;
}
