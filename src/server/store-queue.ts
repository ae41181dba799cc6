/**
 * Runs a file store's calls one after another, once the store has loaded, and
 * refuses them once it is closed. The order is what makes each store's writes
 * atomic within one process (the same key sent twice at once is stored once).
 */
export class StoreQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  /** `name` names the store in the error a call after close() gets. */
  constructor(
    private readonly loaded: Promise<void>,
    private readonly name: string,
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      await this.loaded;
      if (this.closed) throw new Error(`${this.name} is closed`);
      return task();
    });
    // A failed task must not stop the ones queued after it.
    this.tail = next.catch(() => {});
    return next;
  }

  /** Waits for the calls queued before it, runs `last` (closing the file), and refuses every call after. */
  close(last: () => Promise<void>): Promise<void> {
    return this.run(async () => {
      this.closed = true;
      await last();
    });
  }
}
