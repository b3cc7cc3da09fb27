// `npm start`: serves the production build on PORT (default 3000), building first when none exists.
// The server is scripts/server.mjs: Next.js behind brotli compression.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const next = ['node_modules', 'next', 'dist', 'bin', 'next'].join('/');

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found: running `next build` first.');
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { serve } = await import('./server.mjs');
await serve({ port: Number(process.env.PORT || 3000) });
