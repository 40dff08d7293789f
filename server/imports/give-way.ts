import { setImmediate } from 'node:timers/promises';

/**
 * Between two slices of a long job (reading a large file, writing an import's batches): lets the
 * event loop answer whatever arrived meanwhile. One `setImmediate` is not always enough: called
 * from an I/O callback it runs in the same turn of the loop, before new connections and requests
 * are polled; the second one always runs on the next turn, after them.
 */
export async function giveWay(): Promise<void> {
  await setImmediate();
  await setImmediate();
}
