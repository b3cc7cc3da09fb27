import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
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
  let response = handleI18nRouting(request);
  const { pathname } = request.nextUrl;
  if (response.status === 200 && UNDER_A_LANGUAGE.test(pathname) && !KNOWN_PAGE.test(pathname)) {
    // An unknown page: the catch-all renders "not found", and the status says so.
    response = NextResponse.rewrite(request.nextUrl, { status: 404, headers: response.headers });
  }
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses, OG images and static files get a fixed policy from next.config.ts.
      source: '/((?!api/|(?:en|nl)/og(?:/|$)|_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
