// `node scripts/icons.mjs`: draws the app's icons in public/ from app/icon.svg with headless Chromium,
// so the home-screen icons, the Apple touch icon and /favicon.ico are the same mark as the tab icon.
// Run it after changing app/icon.svg and commit what it writes.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url);
/** The icon's own background: maskable and Apple icons fill their square with it, edge to edge. */
const BACKGROUND = '#1c1917';

const svg = await readFile(new URL('app/icon.svg', ROOT), 'utf8');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();

/** The mark at `size` pixels; `inset` (0 to 1) of the square is background, for maskable and Apple icons. */
async function draw(size, inset = 0) {
  const mark = size * (1 - inset);
  await page.setViewportSize({ width: size, height: size });
  const fill = inset > 0 ? BACKGROUND : 'transparent';
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${fill}">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${mark}" height="${mark}"></body>`,
  );
  return page.screenshot({ omitBackground: inset === 0, type: 'png' });
}

/** An .ico that holds PNG images (every browser reads those): a 6-byte header, a 16-byte entry per image, the images. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

await mkdir(new URL('public/icons/', ROOT), { recursive: true });
await writeFile(new URL('public/icons/icon-192.png', ROOT), await draw(192));
await writeFile(new URL('public/icons/icon-512.png', ROOT), await draw(512));
// Maskable: launchers crop to a circle or squircle of 80%, so the mark keeps to the middle.
await writeFile(new URL('public/icons/maskable-512.png', ROOT), await draw(512, 0.2));
await writeFile(new URL('public/apple-touch-icon.png', ROOT), await draw(180, 0.1));
const favicon = [];
for (const size of [16, 32, 48]) favicon.push({ size, png: await draw(size) });
await writeFile(new URL('public/favicon.ico', ROOT), ico(favicon));
await browser.close();
console.log('Wrote public/favicon.ico, public/apple-touch-icon.png and public/icons/*.png');
