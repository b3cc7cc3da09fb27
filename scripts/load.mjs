// `npm run load`: starts the production server and drives it on loopback with autocannon, for a bounded time.
// Prints each answer's size; then the estimate's rate as a share of /api/schema's, from short bursts of each in
// turn, both for one profile asked again and again (answered from memory after the first) and for a new profile
// every request (evaluated and written each time); then each target in a longer run of its own: requests/s,
// p50/p99 latency, errors and 5xx, and the server's CPU time per request (on Linux: on a busy machine
// requests/s swing with the neighbours, CPU time much less).
// LOAD_PORT sets the port (3400), LOAD_SECONDS the length of a run (8), LOAD_ROUNDS the rounds of bursts (6).
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
const COUNTRIES = ['US', 'GB', 'DE', 'NL', 'FR', 'BR', 'JP', 'MX'];
let asked = 0;
/**
 * A profile no request has asked for yet: the server remembers answers by ETag, so one URL over and over
 * measures answers given from memory; these measure an evaluation and a newly written answer each time.
 */
function newProfile() {
  const n = asked++;
  const views = 20_000 + ((n * 7919) % 3_000_000);
  return `age=${16 + (n % 40)}&country=${COUNTRIES[n % COUNTRIES.length]}&followers=${1000 + n}&views30d=${views}&videos30d=${n % 30}&currency=EUR`;
}
const TARGETS = [
  { name: '/api/schema', path: '/api/schema' },
  { name: '/api/estimate', path: `/api/estimate?${PROFILE}` },
  { name: '…, new profiles', path: `/api/estimate?${PROFILE}`, next: () => `/api/estimate?${newProfile()}` },
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

/** Drives `target` for `duration` s: its one path, or a new path for every request where it has `next`. */
function run(target, connections, duration) {
  const requests = target.next && [{ setupRequest: (request) => ({ ...request, path: target.next() }) }];
  return autocannon({ url: `${BASE}${target.path}`, connections, duration, pipelining: 1, requests });
}

/** `run`'s result, with the server's CPU time per request in ms (`cpuPerRequest`, null where unknown). */
async function measure(target, connections, duration) {
  const cpuBefore = serverCpuMs();
  const result = await run(target, connections, duration);
  const cpuAfter = serverCpuMs();
  result.cpuPerRequest = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total;
  return result;
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
for (const target of TARGETS.filter((each) => !each.next)) {
  console.log(`  ${target.name.padEnd(16)} ${await bytesSent(target.path, 'identity')} B, ${await bytesSent(target.path, 'br')} B with brotli`);
}
// The runs further down are seconds apart, and a busy machine can slow down in between (here one run read 0.59 and
// the next 0.77): short bursts of each in turn see the same machine, and their median is the steady figure.
// First, while the server has served only the API (the page's runs leave a larger heap behind).
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 6);
const [schema, estimate, fresh] = TARGETS;
for (const target of [schema, estimate, fresh]) await run(target, 10, 2); // warm up
const ratios = { [estimate.name]: { rates: [], cpus: [] }, [fresh.name]: { rates: [], cpus: [] } };
for (let round = 0; round < ROUNDS; round++) {
  const base = await measure(schema, 10, 4);
  for (const target of [estimate, fresh]) {
    const burst = await measure(target, 10, 4);
    ratios[target.name].rates.push(burst.requests.average / base.requests.average);
    if (base.cpuPerRequest && burst.cpuPerRequest) ratios[target.name].cpus.push(base.cpuPerRequest / burst.cpuPerRequest);
  }
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
console.log(`To /api/schema in ${ROUNDS} rounds of alternating 4 s bursts (LOAD_ROUNDS), 10 connections (target at least 0.80):`);
for (const [name, { rates, cpus }] of Object.entries(ratios)) {
  console.log(
    `  ${name.padEnd(16)} median ${median(rates).toFixed(2)} (each ${rates.map((value) => value.toFixed(2)).join(', ')})` +
      (cpus.length ? `, in CPU time ${median(cpus).toFixed(2)}` : ''),
  );
}
const results = {};
console.log(`Load on loopback, ${SECONDS} s per run, one target after the other (Node ${process.version}):`);
for (const target of TARGETS) {
  await run(target, 10, 2); // warm up
  for (const connections of [10, 50]) {
    const result = await measure(target, connections, SECONDS);
    const cpu = result.cpuPerRequest === null ? '' : `   CPU ${result.cpuPerRequest.toFixed(2)} ms/req`;
    const fivexx = result['5xx'] ?? 0;
    results[`${target.name}@${connections}`] = result;
    console.log(
      `  ${target.name.padEnd(16)} ${String(connections).padStart(2)} connections: ${Math.round(result.requests.average)
        .toLocaleString('en-US')
        .padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors + result.timeouts}   non-2xx ${result.non2xx}   5xx ${fivexx}${cpu}`,
    );
  }
}
for (const target of [estimate, fresh]) {
  const [base, run10] = [results['/api/schema@10'], results[`${target.name}@10`]];
  const cpu = base.cpuPerRequest && run10.cpuPerRequest ? `, in CPU time per request ${(base.cpuPerRequest / run10.cpuPerRequest).toFixed(2)}` : '';
  console.log(`${target.name} to /api/schema (10 connections, the runs above, one after the other): ${(run10.requests.average / base.requests.average).toFixed(2)}${cpu}`);
}

server.kill();
