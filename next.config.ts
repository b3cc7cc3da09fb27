import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { COMMON_SECURITY_HEADERS, LOCKED_DOWN_POLICY, STATIC_SCRIPT_POLICY } from './lib/security-headers';

const lockedDown = [{ key: 'Content-Security-Policy', value: LOCKED_DOWN_POLICY }];
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Messages are compiled at build time, so the browser gets no ICU parser (about 10 kB less).
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === '1',
  // scripts/server.mjs (what `npm start` runs) compresses with brotli itself; plain `next start` and the
  // standalone server keep Next's gzip.
  compress: process.env.COMPRESSED_BY_SERVER !== '1',
  // Part of the API's ETags: a new build may word or shape a result differently for the same input.
  env: { BUILD_STAMP: Date.now().toString(36) },
  reactStrictMode: true,
  // The stylesheet is small (Tailwind, ~6 kB gzip): inlining it saves a render-blocking round trip on phones.
  experimental: { inlineCss: true },
  // `NEXT_OUTPUT=standalone npm run build` gives a self-contained server in .next/standalone (see README).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // The OG image and the media kit's PDF read their fonts at run time; make sure standalone builds carry them.
  outputFileTracingIncludes: { '/[locale]/og': ['./assets/fonts/*.ttf'], '/[locale]/media-kit/pdf': ['./assets/fonts/*.ttf'] },
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_SECURITY_HEADERS },
      { source: '/api/:path*', headers: lockedDown },
      { source: '/:locale(en|nl)/og', headers: lockedDown },
      { source: '/:locale(en|nl)/media-kit/pdf', headers: lockedDown },
      { source: '/favicon.ico', headers: lockedDown },
      { source: '/_next/:path*', headers: lockedDown },
      // Later entries override earlier ones for the same header: build scripts may start the import's worker.
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_SCRIPT_POLICY }] },
      { source: '/icon.svg', headers: lockedDown },
      { source: '/:file(robots.txt|sitemap.xml|manifest.webmanifest|apple-touch-icon.png)', headers: lockedDown },
      { source: '/icons/:path*', headers: lockedDown },
    ];
  },
};

export default withNextIntl(nextConfig);
