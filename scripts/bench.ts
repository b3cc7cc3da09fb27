// `npm run bench`: evaluates 100,000 varied profiles on one core and prints throughput and p99 latency.
// A benchmark, not a test: it prints figures and never fails on them.
// It runs the engine bundled into one module by esbuild, as the production build bundles it: calls between
// the engine's modules are plain calls. (Run through tsx, each module became CommonJS and every call to
// another module went through a getter: a quarter slower, and the more the engine was split by concern,
// the more so.)
// BENCH_AGAINST=<git ref> measures the engine of that commit beside this tree's instead, in one process and
// in alternating batches, so that a busy machine slows both alike: single runs here swing by a third.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { COUNTRY_CODES, creatorProfileSchema, defaultRuleset, evaluate, evaluateProfile, NICHES, type CreatorProfile } from '../lib/rules';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const AS_OF = '2026-11-26';

/** A small seeded PRNG (mulberry32) so every run measures the same profiles. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same varied stats on every run, before any schema has read them. */
function rawProfiles(count: number): Record<string, unknown>[] {
  const next = random(42);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const logUniform = (max: number) => Math.floor(Math.exp(next() * Math.log(max)));
  const common = ['US', 'GB', 'DE', 'FR', 'NL', 'KR', 'MX', 'BR', 'BE', 'JP'] as const;
  return Array.from({ length: count }, () => ({
      age: 13 + Math.floor(next() * 50),
      country: next() < 0.8 ? pick(common) : pick(COUNTRY_CODES),
      followers: logUniform(5_000_000),
      views30d: logUniform(50_000_000),
      videos30d: Math.floor(next() * 40),
      accountAgeDays: Math.floor(next() * 2_000),
      accountType: next() < 0.85 ? 'personal' : 'business',
      goodStanding: next() < 0.95,
      followerGrowth: Math.round((next() * 30 - 5) * 10) / 10,
      viewGrowth: Math.round((next() * 30 - 5) * 10) / 10,
      currency: pick(['USD', 'EUR', 'GBP'] as const),
      longVideoShare: Math.floor(next() * 100),
      engagementRate: Math.round(next() * 150) / 10,
      liveHours: Math.floor(next() * 40),
      liveViewers: logUniform(2_000),
      niche: pick(NICHES),
      productPrice: Math.round(next() * 200),
      productMargin: Math.floor(next() * 90),
    }));
}

function measure(label: string, profiles: readonly CreatorProfile[], run: (profile: CreatorProfile) => unknown) {
  for (let i = 0; i < 5_000; i++) run(profiles[i % profiles.length]!); // warm up the JIT
  const times = new Float64Array(profiles.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < profiles.length; i++) {
    const t0 = process.hrtime.bigint();
    run(profiles[i]!);
    times[i] = Number(process.hrtime.bigint() - t0) / 1_000;
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  const perSecond = Math.round(profiles.length / (totalMs / 1000));
  console.log(
    `${label.padEnd(42)} ${perSecond.toLocaleString('en-US').padStart(9)} evaluations/s   p50 ${at(0.5)} µs   p99 ${at(0.99)} µs   max ${at(1)} µs`,
  );
  return perSecond;
}

/** What the side-by-side run needs of an engine, this tree's or a commit's. */
type Engine = Pick<typeof import('../lib/rules'), 'creatorProfileSchema' | 'defaultRuleset' | 'evaluateProfile'>;

/** The engine of commit `ref`, bundled as this tree's is, from a worktree removed again once it is loaded. */
async function engineAt(ref: string): Promise<Engine> {
  const out = mkdtempSync(join(tmpdir(), 'bench-'));
  const tree = join(out, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, ref], { stdio: 'inherit' });
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    writeFileSync(join(tree, 'bench-engine.ts'), "export { creatorProfileSchema, defaultRuleset, evaluateProfile } from './lib/rules';\n");
    const outfile = join(out, 'engine.mjs');
    await build({ entryPoints: [join(tree, 'bench-engine.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree]);
    rmSync(out, { recursive: true, force: true });
  }
}

/** Both engines over the same profiles, in alternating batches of 2,000; prints each one's rate and the ratio per round. */
function sideBySide(ref: string, theirs: Engine, ours: Engine, raw: Record<string, unknown>[]) {
  const BATCH = 2_000;
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const engines = [theirs, ours].map((engine) => ({ engine, profiles: raw.map((input) => engine.creatorProfileSchema.parse(input)) }));
  const batch = ({ engine, profiles }: (typeof engines)[number], from: number) => {
    const start = process.hrtime.bigint();
    for (let i = from; i < Math.min(from + BATCH, profiles.length); i++) engine.evaluateProfile(profiles[i]!, AS_OF, engine.defaultRuleset);
    return Number(process.hrtime.bigint() - start);
  };
  for (let from = 0; from < raw.length; from += BATCH) for (const side of engines) batch(side, from); // warm up the JIT
  const rate = (ns: number) => Math.round(raw.length / (ns / 1e9)).toLocaleString('en-US').padStart(7);
  console.log(`${ref} beside this tree, ${raw.length.toLocaleString('en-US')} profiles a round, alternating batches (Node ${process.version}):`);
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const ns = [0, 0];
    // Each takes the first turn in every other pair of batches, so neither always runs in the other's wake.
    for (let from = 0; from < raw.length; from += BATCH) {
      const order = (from / BATCH) % 2 === 0 ? [0, 1] : [1, 0];
      for (const index of order) ns[index]! += batch(engines[index]!, from);
    }
    ratios.push(ns[0]! / ns[1]!);
    console.log(`  round ${round}: ${ref} ${rate(ns[0]!)} evaluations/s   this tree ${rate(ns[1]!)} evaluations/s   this tree / ${ref} ${ratios.at(-1)!.toFixed(3)}`);
  }
  ratios.sort((a, b) => a - b);
  console.log(`Median: this tree evaluates at ${ratios[Math.floor(ratios.length / 2)]!.toFixed(3)} times the rate of ${ref}`);
}

const against = process.env.BENCH_AGAINST;
if (against) {
  sideBySide(against, await engineAt(against), { creatorProfileSchema, defaultRuleset, evaluateProfile }, rawProfiles(Math.min(COUNT, 20_000)));
  process.exit(0);
}
const profiles: CreatorProfile[] = rawProfiles(COUNT).map((input) => creatorProfileSchema.parse(input));
console.log(`Evaluating ${COUNT.toLocaleString('en-US')} varied profiles on one core (Node ${process.version}, the engine bundled as in the build)`);
const core = measure('evaluateProfile (parsed profile)', profiles, (profile) => evaluateProfile(profile, AS_OF, defaultRuleset));
measure('evaluate (parses the profile first)', profiles, (profile) => evaluate(profile, { asOf: AS_OF }));
console.log(`Target: 100,000 full evaluations/s on one core: ${core >= 100_000 ? 'met' : 'NOT met'}`);
