import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { allowedMethods, badRequest, methodNotAllowed } from '@/lib/api';
import { mediaKitFileName } from '@/lib/media-kit-link';
import { renderMediaKitPdf } from '@/lib/media-kit-pdf';
import { loadMediaKit } from '../load-kit';

// Fonts ship in the repo (next.config.ts traces them into standalone builds): nothing is fetched.
const fontFile = (file: string) => readFile(join(process.cwd(), 'assets', 'fonts', file));
const fonts = Promise.all([fontFile('DejaVuSans.ttf'), fontFile('DejaVuSans-Bold.ttf')] as const);

/**
 * GET /<lang>/media-kit/pdf?<the media kit's query>: the kit as an A4 PDF to attach to an email. Unlike the
 * page, which shows what it could not use and goes on, a file must not silently carry a default: any bad
 * value is a 400 that names the field.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const { issues, kitIssues, content, details } = await loadMediaKit(new URL(request.url).searchParams, locale);
  if (issues.length > 0 || kitIssues.length > 0) {
    const all = [
      ...issues.map((issue) => ({ path: issue.field, message: issue.message })),
      ...kitIssues.map((issue) => ({ path: issue.field, message: issue.reason })),
    ];
    return badRequest(all, locale);
  }
  const t = await getTranslations({ locale, namespace: 'mediaKit' });
  const [regular, bold] = await fonts;
  const pdf = await renderMediaKitPdf(content, { fonts: { regular, bold }, title: t('pdfTitle', { name: content.name }), lang: locale });
  const fileName = mediaKitFileName(t('pdfFileName'), details.name);
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(pdf.byteLength),
      // The kit carries a person's name and is made in a few milliseconds: not worth a shared cache.
      'Cache-Control': 'private, no-store',
      'Content-Language': locale,
    },
  });
}

const notAllowed = (request: Request) => methodNotAllowed(request, 'GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

export const OPTIONS = () => allowedMethods('GET');
