// The benchmark scripts start their own production server on a fixed port. When something already
// answers there (another server, an older build), they would measure that instead: stop with a message.
import { createServer } from 'node:net';

/** Exits with a message naming `variable` when `port` is taken on this machine. */
export async function requireFreePort(port, variable) {
  const free = await new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });
  if (free) return;
  console.error(`Port ${port} is already in use: the figures would be another server's. Stop it, or set ${variable} to a free port.`);
  process.exit(1);
}
