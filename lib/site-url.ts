import { headers } from 'next/headers';

/**
 * The site's absolute address, for what must name one (link previews' images, the sitemap, robots.txt):
 * SITE_URL when set, else the address this request came to. Whatever uses it is not cached, so a
 * request's own Host cannot leak to others.
 */
export async function siteUrl(): Promise<URL> {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL);
  const incoming = await headers();
  const first = (name: string) => incoming.get(name)?.split(',')[0]?.trim();
  const host = first('x-forwarded-host') ?? first('host') ?? 'localhost:3000';
  const protocol = first('x-forwarded-proto') === 'https' ? 'https' : 'http';
  try {
    return new URL(`${protocol}://${host}`);
  } catch {
    return new URL('http://localhost:3000');
  }
}
