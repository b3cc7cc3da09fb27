import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { readableAcceptLanguage } from '@/lib/accept-language';
import { pageContentSecurityPolicy } from '@/lib/security-headers';

const handleI18nRouting = createMiddleware(routing);

/** The pages under each language; any other path there is answered by the catch-all "not found" page. */
const KNOWN_PAGE = new RegExp(`^/(?:${routing.locales.join('|')})(?:/media-kit)?/?$`);
const UNDER_A_LANGUAGE = new RegExp(`^/(?:${routing.locales.join('|')})/`);

/**
 * Pages: a path without a language redirects to the browser's (Accept-Language); every page gets a
 * fresh nonce and a strict Content-Security-Policy: scripts only from this origin, and inline scripts
 * only with the nonce Next.js puts on its own.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  // Next.js reads the nonce from the request's policy; next-intl passes the request's headers on.
  request.headers.set('Content-Security-Policy', policy);
  // The same reading of Accept-Language as the API's: one unreadable tag must not void the others.
  const languages = request.headers.get('accept-language');
  if (languages) request.headers.set('accept-language', readableAcceptLanguage(languages));
  let response = handleI18nRouting(request);
  const { pathname } = request.nextUrl;
  if (response.status === 200 && UNDER_A_LANGUAGE.test(pathname) && !KNOWN_PAGE.test(pathname)) {
    // An unknown page: the catch-all renders "not found", and the status says so.
    response = NextResponse.rewrite(request.nextUrl, { status: 404, headers: response.headers });
  }
  response.headers.set('Content-Security-Policy', policy);
  // A path without a language redirects by Accept-Language: a shared cache must keep one answer per language.
  if (response.headers.has('location')) response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses, OG images, the media kit's PDF, static files and the site's files (robots.txt,
      // sitemap.xml, the manifest, icons) get a fixed policy from next.config.ts and no language redirect.
      // `/en/og` itself is an image route; `/en/og/anything` is an unknown page, so it comes here.
      source:
        '/((?!api/|(?:en|nl)/(?:og|media-kit/pdf)$|_next/static|_next/image|icon.svg$|favicon.ico$|robots.txt$|sitemap.xml$|manifest.webmanifest$|apple-touch-icon.png$|icons/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
