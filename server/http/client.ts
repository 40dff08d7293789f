import type { Context } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from './env.js';

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>, config: ServerConfig): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}

/** Whether the client reached us over https (directly, or through a trusted proxy). */
export function isHttps(c: Context<AppEnv>, config: ServerConfig): boolean {
  if (config.trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https')
    return true;
  return new URL(c.req.url).protocol === 'https:';
}
