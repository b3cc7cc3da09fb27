// `npm run lighthouse`: starts the production server, runs Lighthouse (mobile) on a shared-result link
// and on the empty page, and prints the four category scores. Builds first when no build is present.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { requireFreePort } from './free-port.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const PAGES = ['/en', '/nl?age=24&country=NL&followers=23000&views30d=310000&videos30d=20&currency=EUR&niche=beauty'];
const next = 'node_modules/next/dist/bin/next';

if (!existsSync('.next/BUILD_ID')) {
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The same server as `npm start` (brotli), so the figures are what users get.
await requireFreePort(PORT, 'LIGHTHOUSE_PORT');
const server = spawn(process.execPath, ['scripts/server.mjs', '-p', String(PORT)], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start');
}

await waitForServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? ensureChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  // Scores move a few points between runs on a shared 2-core machine: run each page RUNS times, print the median.
  for (const path of PAGES) {
    const url = `http://127.0.0.1:${PORT}${path}`;
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (result.lhr.runtimeError) {
        console.log(`  (run ${run + 1} failed: ${result.lhr.runtimeError.code}; retrying)`);
        run--;
        continue;
      }
      runs.push(result.lhr);
    }
    const score = (key) => median(runs.map((lhr) => Math.round((lhr.categories[key]?.score ?? 0) * 100)));
    const metric = (id) => `${(median(runs.map((lhr) => lhr.audits[id].numericValue)) / 1000).toFixed(2)} s`;
    console.log(`Lighthouse (mobile) ${path}, median of ${RUNS} runs`);
    console.log(`  performance ${score('performance')}   accessibility ${score('accessibility')}   best practices ${score('best-practices')}   SEO ${score('seo')}`);
    console.log(`  each run's performance: ${runs.map((lhr) => Math.round(lhr.categories.performance.score * 100)).join(', ')}`);
    console.log(
      `  FCP ${metric('first-contentful-paint')}   LCP ${metric('largest-contentful-paint')}   TBT ${Math.round(median(runs.map((lhr) => lhr.audits['total-blocking-time'].numericValue)))} ms   CLS ${median(runs.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue)).toFixed(3)}`,
    );
    const last = runs.at(-1);
    for (const [key, category] of Object.entries(last.categories)) {
      if (key === 'performance') continue;
      for (const ref of category.auditRefs) {
        const audit = last.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${key}: ${audit.id} (${audit.title})`);
      }
    }
  }
} finally {
  await chrome.kill();
  stop();
}
