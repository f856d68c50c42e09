/**
 * Puts back in order what finishes out of order. Astro renders several pages at once
 * (`build.concurrency`), in a fixed order, but they finish in whatever order the disk and the
 * processor allow; the search index numbers pages in the order it receives them, so they must
 * reach it in the order they were started for two builds to give the same bundle.
 *
 * Each job takes a ticket when it starts (`take`) and, when it finishes, either delivers its value
 * (`deliver`) or gives the ticket back empty (`skip`). Values are released, each exactly once, in
 * ticket order: a value waits only for the jobs started before it.
 */
export class ReleaseInOrder<T> {
  private next = 0;
  private released = 0;
  private readonly waiting = new Map<number, { value: T } | null>();
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
    this.settle(ticket, { value });
  }

  /** The job of `ticket` finished with nothing to release (or failed). */
  skip(ticket: number): void {
    this.settle(ticket, null);
  }

  /** Jobs started whose turn has not come yet (finished or not). */
  get pending(): number {
    return this.next - this.released;
  }

  private settle(ticket: number, result: { value: T } | null) {
    if (ticket < this.released || ticket >= this.next || this.waiting.has(ticket)) {
      throw new Error(`turno ${ticket} no válido o ya entregado`);
    }
    this.waiting.set(ticket, result);
    while (this.waiting.has(this.released)) {
      const ready = this.waiting.get(this.released);
      this.waiting.delete(this.released);
      this.released++;
      if (ready) this.release(ready.value);
    }
  }
}
