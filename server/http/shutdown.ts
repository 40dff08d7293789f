import type { Server } from 'node:http';
import type { ServerType } from '@hono/node-server';

/**
 * Stops accepting connections, lets the requests in flight finish (the app answers them with
 * `Connection: close` once `shutdown` is aborted), and resolves when every connection has closed,
 * or after `timeoutMs`, when the stragglers are cut.
 */
export function closeServer(
  server: ServerType,
  shutdown: AbortController,
  timeoutMs: number,
): Promise<void> {
  shutdown.abort();
  const http = server as Server;
  return new Promise((resolve) => {
    const timer = setTimeout(() => http.closeAllConnections(), timeoutMs);
    timer.unref();
    http.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // Keep-alive connections with no request in flight would otherwise hold the server open.
    http.closeIdleConnections();
  });
}
