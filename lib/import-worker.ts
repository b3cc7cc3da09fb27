/// <reference lib="webworker" />
// Reads a creator's TikTok exports off the page's main thread: a data download can be hundreds of MB.
// The files stay on the device: this worker only reads them and posts back numbers, never fetches.
import { importTikTokData, type ImportResult } from './import';

/** What the page sends: the chosen files and the creator's date today (YYYY-MM-DD). */
export type ImportRequest = { files: File[]; today: string };
/** What the worker answers: progress while reading (0 to 1), then the result. */
export type ImportReply = { type: 'progress'; fraction: number } | { type: 'done'; result: ImportResult };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { files, today } = event.data;
  const post = (reply: ImportReply) => scope.postMessage(reply);
  // Reading the bytes is the first half of the work, parsing them the second.
  const total = files.reduce((sum, file) => sum + file.size, 0) || 1;
  let read = 0;
  const inputs: { name: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    inputs.push({ name: file.name, bytes: await bytesOf(file) });
    read += file.size;
    post({ type: 'progress', fraction: (read / total) * 0.5 });
  }
  const result = await importTikTokData(inputs, { today, onProgress: (fraction) => post({ type: 'progress', fraction: 0.5 + fraction * 0.5 }) });
  post({ type: 'done', result });
};

/** A file's bytes; one the browser cannot read (gone, or too large for memory) reads as empty, which the importer reports. */
async function bytesOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return new Uint8Array(0);
  }
}
