// A budget of requests per user and per channel, so one person (or one busy channel) cannot keep the bot
// busy for everyone. Token buckets: a burst is allowed, then requests are let through at a steady rate.
// Over budget, the platform answers privately with `slowDownReply` and does no work.
import { errorReply, type Reply } from '../reply/model.ts';

export interface Budget {
  /** Requests allowed at once. */
  burst: number;
  /** Then one more every this many ms. */
  everyMs: number;
}

export const RATE_LIMITS = {
  /** A person: 6 at once, then one every 5 s (12 a minute). */
  user: { burst: 6, everyMs: 5_000 },
  /** A channel: 20 at once, then one a second. */
  channel: { burst: 20, everyMs: 1_000 },
} as const satisfies Record<string, Budget>;

/** Who is asking, and where; ids are the platform's own (prefix them per platform). */
export interface Requester {
  user: string;
  channel?: string;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: { user: Budget; channel: Budget } = RATE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the user's and the channel's budgets; the ms to wait when either is spent, else 0. */
  take(who: Requester): number {
    const now = this.now();
    this.#forget(now);
    const keys: [string, Budget][] = [[`u:${who.user}`, this.limits.user]];
    if (who.channel) keys.push([`c:${who.channel}`, this.limits.channel]);
    const buckets = keys.map(([key, budget]) => ({ budget, bucket: this.#refilled(key, budget, now) }));
    const wait = Math.max(0, ...buckets.map(({ budget, bucket }) => (bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) * budget.everyMs))));
    if (wait === 0) for (const { bucket } of buckets) bucket.tokens -= 1;
    return wait;
  }

  #refilled(key: string, budget: Budget, now: number): Bucket {
    const bucket = this.#buckets.get(key) ?? { tokens: budget.burst, at: now };
    bucket.tokens = Math.min(budget.burst, bucket.tokens + (now - bucket.at) / budget.everyMs);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    return bucket;
  }

  /** Full buckets need no memory: dropped now and then, so ids seen once do not pile up. */
  #forget(now: number): void {
    if (this.#buckets.size < 10_000) return;
    const budget = Math.max(this.limits.user.burst * this.limits.user.everyMs, this.limits.channel.burst * this.limits.channel.everyMs);
    for (const [key, bucket] of this.#buckets) if (now - bucket.at > budget) this.#buckets.delete(key);
  }
}

/** What a person over budget is told, privately. */
export function slowDownReply(waitMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return errorReply('Slow down a little: too many requests in a short time.', [
    `Try again in ${seconds} second${seconds === 1 ? '' : 's'}. The limit keeps the bot quick for everyone.`,
  ]);
}
