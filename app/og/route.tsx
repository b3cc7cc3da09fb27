import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { evaluateProfile, todayIso } from '@/lib/rules';
import { formatRange } from '@/lib/display';
import { METHOD_COLORS } from '@/lib/method-colors';
import { nextStepLine, summaryLine } from '@/lib/result-text';
import { parseProfileQuery } from '@/lib/share-link';

// Fonts ship in the repo: without them the renderer would fetch fonts from the internet.
const fontFile = (file: string) => readFile(join(process.cwd(), 'assets', 'fonts', file));
const fonts = Promise.all([fontFile('DejaVuSans.ttf'), fontFile('DejaVuSans-Bold.ttf')] as const);

/** The link-preview image of a shared result (1200x630 PNG), from the same query string as the page. */
export async function GET(request: Request) {
  const { profile } = parseProfileQuery(new URL(request.url).searchParams);
  const result = evaluateProfile(profile, todayIso());
  const [regular, bold] = await fonts;
  const eligible = result.methods.filter((method) => method.eligible);
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
        <div style={{ display: 'flex', fontSize: 30, color: '#57534e' }}>Can I earn on TikTok yet?</div>
        <div style={{ display: 'flex', fontSize: 56, fontWeight: 700, marginTop: 24, lineHeight: 1.15 }}>
          {summaryLine(result)}
        </div>
        <div style={{ display: 'flex', fontSize: 30, marginTop: 24, color: '#44403c' }}>{nextStepLine(result) ?? 'See what each method needs and what it could pay.'}</div>
        <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 'auto' }}>
          {eligible.slice(0, 6).map((method) => (
            <div key={method.id} style={{ display: 'flex', alignItems: 'center', marginRight: 28, marginTop: 12, fontSize: 24 }}>
              <div style={{ width: 18, height: 18, borderRadius: 9, background: METHOD_COLORS[method.id], marginRight: 10 }} />
              {`${method.name.replace(/ \(.*\)$/, '')}: ${formatRange(method.monthly, result.currency)}`}
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
