// Remembers keys for a while (request signatures, event ids) so a request Slack or anyone else sends
// again is answered once. Bounded in time and in count: a flood cannot make it grow without end.

export class RecentKeys {
  readonly #expiry = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `key`; false when it was already recorded within the last `ttlMs`. */
  add(key: string): boolean {
    const now = this.now();
    this.#prune(now);
    const until = this.#expiry.get(key);
    if (until !== undefined && until > now) return false;
    this.#expiry.delete(key); // re-inserted at the end, so the map stays in expiry order
    this.#expiry.set(key, now + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.#expiry.size;
  }

  /** Drops expired keys (oldest first: a Map keeps insertion order), and the oldest past `max`. */
  #prune(now: number): void {
    for (const [key, until] of this.#expiry) {
      if (until > now && this.#expiry.size < this.max) break;
      this.#expiry.delete(key);
    }
  }
}
