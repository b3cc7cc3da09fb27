// `npm run bench:import`: how long the TikTok import takes on a 60-day Studio export (the four ZIPs) and
// how fast it reads a ~200 MB "Download your data" JSON, bare and zipped. A benchmark, not a test: it
// prints figures and never fails on them.
import { dataDownloadJson, studioExport, zipOf } from '../lib/import/fixtures';
import { importTikTokData } from '../lib/import/index';
import type { ImportFile } from '../lib/import/types';

const TODAY = '2026-08-18';
const STUDIO_RUNS = Number(process.env.BENCH_STUDIO_RUNS ?? 100);
const JSON_RUNS = Number(process.env.BENCH_JSON_RUNS ?? 5);
// About 133 bytes per watch history entry: 1.5 million make a ~200 MB file.
const PADDING = Number(process.env.BENCH_PADDING ?? 1_500_000);
const MB = 2 ** 20;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(files: ImportFile[]): Promise<number> {
  const started = performance.now();
  const result = await importTikTokData(files, { today: TODAY });
  const elapsed = performance.now() - started;
  if (!Object.keys(result.fields).length) console.warn('  (warning: nothing was filled)');
  return elapsed;
}

async function main(): Promise<void> {
  const studio = studioExport({ days: 60 });
  const studioBytes = studio.reduce((acc, file) => acc + file.bytes.length, 0);
  const cold = await time(studio);
  const runs: number[] = [];
  for (let i = 0; i < STUDIO_RUNS; i++) runs.push(await time(studio));
  console.log(`Studio export, 60 days, 4 ZIPs (${(studioBytes / 1024).toFixed(1)} KB)`);
  console.log(`  first run (builds the month and territory lookups): ${cold.toFixed(1)} ms`);
  console.log(`  median of ${STUDIO_RUNS} runs: ${median(runs).toFixed(2)} ms (fastest ${Math.min(...runs).toFixed(2)} ms)`);

  const json = dataDownloadJson({ padding: PADDING });
  const size = json.length / MB;
  const bare: number[] = [];
  for (let i = 0; i < JSON_RUNS; i++) bare.push(await time([{ name: 'user_data_tiktok.json', bytes: json }]));
  console.log(`Data download JSON, ${size.toFixed(1)} MB`);
  console.log(`  bare: median ${median(bare).toFixed(0)} ms, ${(size / (median(bare) / 1000)).toFixed(0)} MB/s`);

  const zipped = zipOf({ 'user_data_tiktok.json': json });
  const inZip: number[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(JSON_RUNS / 2)); i++) inZip.push(await time([{ name: 'TikTok_Data.zip', bytes: zipped }]));
  console.log(
    `  zipped (${(zipped.length / MB).toFixed(1)} MB ZIP): median ${median(inZip).toFixed(0)} ms, ${(size / (median(inZip) / 1000)).toFixed(0)} MB/s of JSON (inflate and scan)`,
  );
}

void main();
