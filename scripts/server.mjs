// The production server: Next.js's request handler behind compression that speaks brotli.
// `next start` only gzips; brotli sends the result page in about a third fewer bytes (48.9 -> 33.7 kB),
// which a phone on a slow connection feels before anything else. `npm start`, the tests, Lighthouse and
// the load test all run this, so they measure what users get.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import compression from 'compression';
import Negotiator from 'negotiator';
import next from 'next';

process.env.NEXT_TELEMETRY_DISABLED = '1';
// Read by next.config.ts: Next's own gzip steps aside, so nothing is compressed twice.
process.env.COMPRESSED_BY_SERVER = '1';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATIC_PREFIX = '/_next/static/';
const compressBrotli = promisify(brotliCompress);
/** Methods a fetch Request refuses: Next.js builds one for every request and answered these with a 500. */
const REFUSED_METHODS = new Set(['TRACE', 'TRACK']);

/**
 * The build's scripts and styles, brotli-compressed once at the highest quality (about 1 s of a worker
 * thread at start, 14% smaller than gzip), keyed by URL path. Pages change per request and are
 * compressed as they are sent; these files never change, so they are compressed once.
 */
async function precompressStatic() {
  const files = new Map();
  const directory = join(ROOT, '.next', 'static');
  for (const entry of await readdir(directory, { recursive: true })) {
    if (!/\.(js|css)$/.test(entry)) continue;
    const raw = await readFile(join(directory, entry));
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
    files.set(STATIC_PREFIX + entry.split('\\').join('/'), await compressBrotli(raw, { params }));
  }
  return files;
}

/**
 * Lets Next answer as usual (status, type, caching and security headers) but sends `body`, the file
 * brotli-compressed, in place of the file. Anything but a 200 (a 304, a 404) goes out untouched.
 */
function sendPrecompressed(request, response, body, handle) {
  const { writeHead, write, end } = response;
  let replace = false;
  response.writeHead = function (status, ...rest) {
    replace = status === 200;
    if (replace) {
      this.setHeader('Content-Encoding', 'br');
      this.setHeader('Content-Length', body.length);
      this.setHeader('Vary', 'Accept-Encoding');
    }
    return writeHead.call(this, status, ...rest);
  };
  // Headers first: the decision to replace is made there, before the file's first bytes would go out.
  response.write = function (chunk, ...rest) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    return replace ? true : write.call(this, chunk, ...rest);
  };
  response.end = function (chunk, ...rest) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (!replace) return end.call(this, chunk, ...rest);
    return end.call(this, request.method === 'HEAD' ? undefined : body);
  };
  return handle(request, response);
}

/** Starts the server on `port` and resolves once it listens. */
export async function serve({ port = Number(process.env.PORT ?? 3000) } = {}) {
  const app = next({ dev: false, dir: ROOT, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Quality 5: as fast as gzip's default here (about 2 ms for the result page), a third smaller.
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
  let precompressed = new Map();
  precompressStatic().then(
    (files) => (precompressed = files),
    (error) => console.error('Static files are compressed per request:', error.message),
  );

  const server = createServer((request, response) => {
    if (REFUSED_METHODS.has(request.method ?? '')) {
      response.writeHead(405, { Allow: 'GET, HEAD, POST, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      return response.end('Method Not Allowed\n');
    }
    const body = precompressed.get(request.url ?? '');
    const plain = request.method === 'GET' || request.method === 'HEAD';
    if (body && plain && !request.headers.range && new Negotiator(request).encodings(['br']).length > 0) {
      return sendPrecompressed(request, response, body, handle);
    }
    return compress(request, response, () => handle(request, response));
  });
  // All interfaces, as `next start` listens.
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, resolve));
  console.log(`Ready on http://localhost:${port}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = process.argv.indexOf('-p');
  await serve(port > 0 ? { port: Number(process.argv[port + 1]) } : {});
}
