/**
 * Resolves in a later task: what follows waits until input that arrived meanwhile was handled. Work
 * a resident waits on is split at these points so that no task holds a slow phone's main thread
 * for long (issue 15; `npm run bench` measures the tasks).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** The element a `Stepwise` draws in (KinElement). */
export interface StepwiseHost {
  requestUpdate(): void;
  /** The next step, while one is to come: the element's `updateComplete` waits for it. */
  drawingLater: Promise<void> | null;
}

/**
 * A long list drawn over several tasks: `step` items at once, `step` more in each later task. The
 * first render of a long list (a month of meetups, a check-in form on a wide card) was one long task
 * of templating and then one long frame of layout; in steps, each stays short, and what is drawn
 * first is what the resident sees first.
 */
export class Stepwise {
  private drawn: number;

  constructor(
    private readonly host: StepwiseHost,
    private readonly step: number,
  ) {
    this.drawn = step;
  }

  /** How many of `total` items to draw now; when that is not all, the next step follows in a task. */
  count(total: number): number {
    const { host } = this;
    if (total <= this.drawn) return total;
    host.drawingLater ??= nextTask().then(() => {
      host.drawingLater = null;
      this.drawn += this.step;
      host.requestUpdate();
    });
    return this.drawn;
  }

  /** Another list (a new filter, a new answer): its first step again. */
  restart(): void {
    this.drawn = this.step;
  }
}
