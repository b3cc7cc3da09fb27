// `npm run interaction`: how fast the page answers a keystroke. Starts the production server (it builds
// nothing: run `npm run build` first), opens a shared result and the empty page in Chromium as a phone
// (390x844, CPU slowed 4x through the DevTools protocol) and as a desktop (1280 px, no slowdown), lets the
// page sit as a reader would, then types into a few fields. Event Timing (the browser's own measure behind
// INP) gives each keystroke's time from the key to the next paint; the results' own update is timed from
// the key to the last change under the results. Several loads each; prints the slowest and the median.
// A benchmark: it prints figures and never fails on them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { requireFreePort } from './free-port.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const PORT = Number(process.env.INTERACTION_PORT ?? 3300);
const LOADS = Number(process.env.INTERACTION_LOADS ?? 3);
/** Time between keys: a quick typist on a phone. */
const KEY_GAP_MS = 200;
/** How long the page sits before the first key: the creator reads the answer. */
const READ_MS = 2000;
const BASE = `http://127.0.0.1:${PORT}`;

const PAGES = [
  { name: 'shared result', path: '/en?followers=12000&views30d=150000&country=BR' },
  { name: 'empty page', path: '/en' },
];
const DEVICES = [
  { name: 'phone@4x', cpu: 4, context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { name: 'desktop', cpu: 1, context: { viewport: { width: 1280, height: 800 } } },
];
/** What is typed: each field's text is selected, then replaced key by key (the first key is the first edit). */
const TYPING = [
  { field: 'followers', text: '25000' },
  { field: 'views30d', text: '310000' },
  { field: 'age', text: '31' },
];

if (!existsSync('.next/BUILD_ID')) {
  console.error('No build in .next: run `npm run build` first (this script builds nothing).');
  process.exit(1);
}

// The same server as `npm start` (brotli), so the figures are what users get.
await requireFreePort(PORT, 'INTERACTION_PORT');
const server = spawn(process.execPath, ['scripts/server.mjs', '-p', String(PORT)], { stdio: 'ignore' });
process.on('exit', () => server.kill());

for (let attempt = 0; ; attempt++) {
  try {
    if ((await fetch(`${BASE}/en`)).ok) break;
  } catch {
    if (attempt > 150) throw new Error('the server did not start');
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Runs in the page before its own scripts: collects slow events (Event Timing) and changes to the results. */
function observe() {
  window.__events = [];
  window.__mutations = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const watch = () => {
    const results = document.querySelector('[data-testid="results"]');
    if (!results) return void requestAnimationFrame(watch);
    // A chart drawing itself is not the results changing: their numbers are in text beside it. Nor is
    // the screen reader's announcement, which waits on purpose for typing to pause.
    const counts = (record) => !(record.target instanceof Element ? record.target : record.target.parentElement)?.closest('[aria-hidden="true"], .sr-only[aria-live]');
    new MutationObserver((records) => {
      if (records.some(counts)) window.__mutations.push(performance.now());
    }).observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup']);

async function measure(browser, device, path) {
  const context = await browser.newContext({ ...device.context, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  if (device.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpu });
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(READ_MS);
  // A shared result on a phone opens with the form folded into a bar: open it, as a creator would.
  const bar = page.getByTestId('numbers-bar');
  if (await bar.isVisible()) {
    await bar.click();
    await page.waitForTimeout(500);
  }
  const keys = [];
  for (const { field, text } of TYPING) {
    const input = page.locator(`#field-${field}`);
    await input.focus();
    await input.evaluate((element) => element.select());
    await page.waitForTimeout(300);
    for (const key of text) {
      keys.push(await page.evaluate(() => performance.now()));
      await page.keyboard.press(key);
      await page.waitForTimeout(KEY_GAP_MS);
    }
  }
  await page.waitForTimeout(1000);
  const end = await page.evaluate(() => performance.now());
  const { events, mutations } = await page.evaluate(() => ({ events: window.__events, mutations: window.__mutations }));
  const figures = keys.map((start, index) => {
    const until = keys[index + 1] ?? end;
    const inWindow = events.filter((event) => KEY_EVENTS.has(event.name) && event.startTime >= start && event.startTime < until);
    // Below 16 ms the browser reports nothing: count such a keystroke as 16 ms, an upper bound.
    const paint = Math.max(16, ...inWindow.map((event) => event.duration));
    const keyStart = Math.min(start, ...inWindow.map((event) => event.startTime));
    const changed = mutations.filter((time) => time >= start && time < until);
    return { paint, results: changed.length ? Math.max(...changed) - keyStart : null };
  });
  await context.close();
  return figures;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => (value <= 16 ? '<=16' : String(Math.round(value))).padStart(5);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? ensureChromium(), args: CHROMIUM_ARGS });
console.log(`Keystroke to next paint (Event Timing), ${LOADS} loads each, ${TYPING.length} fields, ${TYPING.reduce((sum, typing) => sum + typing.text.length, 0)} keys a load:`);
// Other work on the machine slows the browser too: say how busy it was.
console.log(`  (${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the start)`);
try {
  for (const device of DEVICES) {
    for (const target of PAGES) {
      const loads = [];
      for (let load = 0; load < LOADS; load++) loads.push(await measure(browser, device, target.path));
      const paints = loads.flat().map((figure) => figure.paint);
      const results = loads.flat().map((figure) => figure.results).filter((value) => value !== null);
      const firsts = loads.map((figures) => figures[0].paint);
      if (process.env.INTERACTION_VERBOSE) {
        for (const figures of loads) console.log(`    ${figures.map((figure) => `${Math.round(figure.paint)}/${figure.results === null ? '-' : Math.round(figure.results)}`).join(' ')}`);
      }
      console.log(
        `  ${device.name.padEnd(9)} ${target.name.padEnd(14)} slowest ${ms(Math.max(...paints))} ms   median ${ms(median(paints))} ms   first key ${firsts.map((value) => ms(value).trim()).join('/')} ms   results updated within ${ms(Math.max(...results))} ms (median ${ms(median(results)).trim()})`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}
