// `npm run size`: prints the first-load JavaScript of each route, gzipped, from the production build.
// Next 16 no longer prints sizes; it writes .next/diagnostics/route-bundle-stats.json instead.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const STATS = '.next/diagnostics/route-bundle-stats.json';
const TARGET_KB = { '/[locale]': 180 };

if (!existsSync(STATS)) {
  console.error(`${STATS} not found: run \`npm run build\` first.`);
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzipped = new Map();
const gzipSize = (path) => {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipped.get(path);
};

const routes = JSON.parse(readFileSync(STATS, 'utf8'));
const framework = routes.find((route) => route.route === '/_not-found');
console.log('First-load JavaScript per route (gzip level 9):');
for (const route of routes) {
  const total = route.firstLoadChunkPaths.reduce((sum, path) => sum + gzipSize(path), 0);
  const target = TARGET_KB[route.route];
  const verdict = target === undefined ? '' : total / 1024 <= target ? `  (target ${target} kB: met)` : `  (target ${target} kB: NOT met)`;
  console.log(`  ${route.route.padEnd(20)} ${kb(total).padStart(7)} kB gzip   ${kb(route.firstLoadUncompressedJsBytes).padStart(7)} kB raw${verdict}`);
}
if (framework) {
  const base = framework.firstLoadChunkPaths.reduce((sum, path) => sum + gzipSize(path), 0);
  console.log(`  (the framework alone, as in /_not-found: ${kb(base)} kB gzip)`);
}
