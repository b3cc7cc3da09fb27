import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url';

/** /robots.txt: every page may be crawled; the API's answers are for programs, not search results. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: new URL('/sitemap.xml', await siteUrl()).href,
  };
}
