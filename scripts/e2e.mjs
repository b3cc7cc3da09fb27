// `npm run test:e2e`: makes sure a browser exists, builds the app for production, then runs Playwright.
// Set E2E_SKIP_BUILD=1 to reuse an existing build while iterating on tests.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHROMIUM_PATH = ensureChromium();
console.log(`Using Chromium at ${process.env.CHROMIUM_PATH}`);

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.env.E2E_SKIP_BUILD !== '1') run(['node_modules/next/dist/bin/next', 'build']);
run(['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)]);
