import type { HttpBindings } from '@hono/node-server';

/** Per-request values the middleware shares, typed for `c.get`/`c.set`. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    requestId: string;
    /** Set once the caller is known; never logged with anything they sent. */
    callerId: string;
  };
}
