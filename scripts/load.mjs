// `npm run load`: starts the production server and drives it on loopback, one target after the other,
// for a bounded time with autocannon. Prints each answer's size, then requests/s, p50/p99 latency, errors
// and 5xx for each, and the server's CPU time per request (on Linux): on a busy machine requests/s swing
// with the neighbours, CPU time much less. Then the estimate's ratio to /api/schema again, from short bursts of
// each in turn. LOAD_PORT sets the port (3400), LOAD_SECONDS the length of a run (8), LOAD_ROUNDS the bursts (6).
// A benchmark: it prints figures and does not fail on them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import autocannon from 'autocannon';
import { requireFreePort } from './free-port.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const PORT = Number(process.env.LOAD_PORT ?? 3400);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 8);
const BASE = `http://127.0.0.1:${PORT}`;
const PROFILE = 'age=27&country=NL&followers=23000&views30d=310000&videos30d=20&currency=EUR&niche=beauty&engagementRate=7';
const TARGETS = [
  { name: '/api/schema', path: '/api/schema' },
  { name: '/api/estimate', path: `/api/estimate?${PROFILE}` },
  { name: '…?include=all', path: `/api/estimate?${PROFILE}&include=all` },
  { name: '/en (shared link)', path: `/en?${PROFILE}` },
];
const next = 'node_modules/next/dist/bin/next';

if (!existsSync('.next/BUILD_ID')) {
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The same server as `npm start` (brotli), so the figures are what users get.
await requireFreePort(PORT, 'LOAD_PORT');
const server = spawn(process.execPath, ['scripts/server.mjs', '-p', String(PORT)], { stdio: 'ignore' });
process.on('exit', () => server.kill());

for (let attempt = 0; ; attempt++) {
  try {
    if ((await fetch(`${BASE}/api/schema`)).ok) break;
  } catch {
    if (attempt > 100) throw new Error('the server did not start');
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** The server's CPU time so far in ms (user + system), from /proc; null where there is none. */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

function run(path, connections, duration) {
  return autocannon({ url: `${BASE}${path}`, connections, duration, pipelining: 1 });
}

/** Bytes of the answer as sent (fetch would decompress it): with `encoding` as the browser's Accept-Encoding. */
function bytesSent(path, encoding) {
  return new Promise((resolve, reject) => {
    get(`${BASE}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
      let size = 0;
      response.on('data', (chunk) => (size += chunk.length));
      response.on('end', () => resolve(size));
    }).on('error', reject);
  });
}

// After it first answers, the server still brotli-compresses the build's scripts and styles (1-2 s of a
// core): wait for that, or it runs into the warm-up and the run of the first target, /api/schema.
const settled = Date.now() + 30_000;
for (let before = serverCpuMs(); before !== null && Date.now() < settled; ) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = serverCpuMs();
  if (after - before < 25) break; // under 5% of a core
  before = after;
}

console.log('Answer sizes:');
for (const target of TARGETS) {
  console.log(`  ${target.name.padEnd(16)} ${await bytesSent(target.path, 'identity')} B, ${await bytesSent(target.path, 'br')} B with brotli`);
}
// The runs further down are seconds apart, and a busy machine can slow down in between (here one run read 0.59 and
// the next 0.77): short bursts of each in turn see the same machine, and their median is the steady figure.
// First, while the server has served only these two (the page's runs leave a larger heap behind).
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 6);
const [schema, estimate] = TARGETS;
for (const target of [schema, estimate]) await run(target.path, 10, 2); // warm up
const burst = async (path) => {
  const cpuBefore = serverCpuMs();
  const result = await run(path, 10, 4);
  const cpuAfter = serverCpuMs();
  return { rate: result.requests.average, cpu: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total };
};
const rates = [];
const cpus = [];
for (let round = 0; round < ROUNDS; round++) {
  const [a, b] = [await burst(schema.path), await burst(estimate.path)];
  rates.push(b.rate / a.rate);
  if (a.cpu && b.cpu) cpus.push(a.cpu / b.cpu);
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
console.log(
  `/api/estimate to /api/schema in ${ROUNDS} alternating 4 s bursts (LOAD_ROUNDS): median ${median(rates).toFixed(2)} (each ${rates.map((value) => value.toFixed(2)).join(', ')})` +
    (cpus.length ? `, in CPU time ${median(cpus).toFixed(2)}` : ''),
);
const results = {};
console.log(`Load on loopback, ${SECONDS} s per run, one target after the other (Node ${process.version}):`);
for (const target of TARGETS) {
  await run(target.path, 10, 2); // warm up
  for (const connections of [10, 50]) {
    const cpuBefore = serverCpuMs();
    const result = await run(target.path, connections, SECONDS);
    const cpuAfter = serverCpuMs();
    const cpu = cpuBefore === null || cpuAfter === null ? '' : `   CPU ${((cpuAfter - cpuBefore) / result.requests.total).toFixed(2)} ms/req`;
    result.cpuPerRequest = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total;
    const fivexx = result['5xx'] ?? 0;
    results[`${target.name}@${connections}`] = result;
    console.log(
      `  ${target.name.padEnd(16)} ${String(connections).padStart(2)} connections: ${Math.round(result.requests.average)
        .toLocaleString('en-US')
        .padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors + result.timeouts}   non-2xx ${result.non2xx}   5xx ${fivexx}${cpu}`,
    );
  }
}
const ratio = results['/api/estimate@10'].requests.average / results['/api/schema@10'].requests.average;
console.log(`/api/estimate to /api/schema (10 connections, the runs above, one after the other): ${ratio.toFixed(2)} (target at least 0.80)`);
const [schemaCpu, estimateCpu] = [results['/api/schema@10'].cpuPerRequest, results['/api/estimate@10'].cpuPerRequest];
if (schemaCpu && estimateCpu) console.log(`  in CPU time per request: ${(schemaCpu / estimateCpu).toFixed(2)} (the rate a machine to itself would reach)`);

server.kill();
