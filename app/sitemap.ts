import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/site-url';

/** The pages under each language; each entry names its other languages (hreflang), and `/` for the rest. */
const PAGES = ['', '/media-kit'];

/** /sitemap.xml: every page in every language, with its alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await siteUrl();
  const url = (path: string) => new URL(path, base).href;
  return PAGES.flatMap((page) => {
    const languages: Record<string, string> = Object.fromEntries(routing.locales.map((locale) => [locale, url(`/${locale}${page}`)]));
    // A path without a language redirects by Accept-Language: the right address for everyone else.
    languages['x-default'] = url(page || '/');
    return routing.locales.map((locale) => ({ url: url(`/${locale}${page}`), alternates: { languages } }));
  });
}
