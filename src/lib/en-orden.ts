/**
 * Puts back in order what finishes out of order. Astro renders several pages at once
 * (`build.concurrency`), in a fixed order, but they finish in whatever order the disk and the
 * processor allow; the search index numbers pages in the order it receives them, so they must
 * reach it in the order they were started for two builds to give the same bundle.
 *
 * Each job takes a ticket when it starts (`take`) and delivers its value when it finishes
 * (`deliver`; a job with nothing to give delivers a value that says so). Values are released,
 * each exactly once, in ticket order: a value waits only for the jobs started before it.
 */
export class ReleaseInOrder<T> {
  private next = 0;
  private released = 0;
  private readonly waiting = new Map<number, T>();
  private readonly release: (value: T) => void;

  constructor(release: (value: T) => void) {
    this.release = release;
  }

  /** A ticket for a job that starts now. */
  take(): number {
    return this.next++;
  }

  /** The job of `ticket` finished with `value`. */
  deliver(ticket: number, value: T): void {
    if (ticket < this.released || ticket >= this.next || this.waiting.has(ticket)) {
      throw new Error(`turno ${ticket} no válido o ya entregado`);
    }
    this.waiting.set(ticket, value);
    while (this.waiting.has(this.released)) {
      const ready = this.waiting.get(this.released) as T;
      this.waiting.delete(this.released);
      this.released++;
      this.release(ready);
    }
  }
}
