import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { allowedMethods, methodNotAllowed } from '@/lib/api';
import { displayFor } from '@/lib/display';
import { resultWordsFor, translatorFor } from '@/lib/engine-translator';
import { evaluateProfile, rulesetFor, todayIso } from '@/lib/rules';
import { METHOD_COLORS } from '@/lib/method-colors';
import { nextStepLine, summaryLine } from '@/lib/result-text';
import { parseProfileQuery } from '@/lib/share-link';

// Fonts ship in the repo: without them the renderer would fetch fonts from the internet.
const fontFile = (file: string) => readFile(join(process.cwd(), 'assets', 'fonts', file));
const fonts = Promise.all([fontFile('DejaVuSans.ttf'), fontFile('DejaVuSans-Bold.ttf')] as const);

/** The link-preview image of a shared result (1200x630 PNG), from the same query string as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const [meta, summary] = await Promise.all([getTranslations({ locale, namespace: 'meta' }), getTranslations({ locale, namespace: 'summary' })]);
  const display = displayFor(locale);
  const { profile } = parseProfileQuery(new URL(request.url).searchParams, locale, translatorFor(locale, 'validation'));
  const result = evaluateProfile(profile, todayIso(), rulesetFor(locale));
  const [regular, bold] = await fonts;
  // The six that pay most: the preview has room for six, and a EUR 0 line says nothing.
  const eligible = result.methods.filter((method) => method.eligible).sort((a, b) => b.monthly.expected - a.monthly.expected);
  return new ImageResponse(
    (
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: '100%',
          height: '100%',
          padding: 64,
          background: '#fafaf9',
          color: '#1c1917',
          fontFamily: 'DejaVu Sans',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, color: '#57534e' }}>{meta('siteName')}</div>
        <div style={{ display: 'flex', fontSize: 56, fontWeight: 700, marginTop: 24, lineHeight: 1.15 }}>
          {summaryLine(result, summary, display)}
        </div>
        <div style={{ display: 'flex', fontSize: 30, marginTop: 24, color: '#44403c' }}>{nextStepLine(result, summary, display, resultWordsFor(locale)) ?? meta('fallbackStep')}</div>
        <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 'auto' }}>
          {eligible.slice(0, 6).map((method) => (
            <div key={method.id} style={{ display: 'flex', alignItems: 'center', marginRight: 28, marginTop: 12, fontSize: 24 }}>
              <div style={{ width: 18, height: 18, borderRadius: 9, background: METHOD_COLORS[method.id], marginRight: 10 }} />
              {`${method.name.replace(/ \(.*\)$/, '')}: ${display.formatRange(method.monthly, result.currency)}`}
            </div>
          ))}
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' },
      ],
      headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=86400' },
    },
  );
}

const notAllowed = (request: Request) => methodNotAllowed(request, 'GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

export const OPTIONS = () => allowedMethods('GET');
