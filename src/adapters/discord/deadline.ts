// When to defer: Discord wants an answer (or a deferral) within 3 s of an interaction.
// A command that was slow once is deferred up front from then on, because synchronous work
// (a big search) blocks the event loop and no timer could fire in time to defer it.

/** Default wait before deferring: well inside the 3 s deadline, with room for the network. */
export const DEFAULT_DEFER_AFTER_MS = 1500;

export class DeferPolicy {
  readonly #slow = new Set<string>();

  /** `afterMs` ≤ 0 defers every reply (tests use it to exercise the deferred path). */
  constructor(readonly afterMs: number = DEFAULT_DEFER_AFTER_MS) {}

  deferFirst(key: string): boolean {
    return this.afterMs <= 0 || this.#slow.has(key);
  }

  /** Remembers how long `key` took; past the threshold it is deferred up front next time. */
  record(key: string, ms: number): void {
    if (ms > this.afterMs) this.#slow.add(key);
  }
}

export const TIMED_OUT = Symbol('timed out');

/** `work`'s value, or TIMED_OUT when it takes longer than `ms` (work goes on; await it later). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
