/**
 * Resolves in a later task: what follows waits until input that arrived meanwhile was handled. Work
 * a resident waits on is split at these points so that no task holds a slow phone's main thread
 * for long (issue 15; `npm run bench` measures the tasks).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
