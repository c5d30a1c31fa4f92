// The per-user and per-channel budgets, on a clock the test moves.
import { describe, expect, it } from 'vitest';
import { RateLimiter, slowDownReply } from '../../src/core/rate-limit.ts';

const limits = { user: { burst: 3, everyMs: 1000 }, channel: { burst: 5, everyMs: 500 } };

function limiter() {
  const clock = { now: 0 };
  return { clock, rl: new RateLimiter(limits, () => clock.now) };
}

describe('RateLimiter', () => {
  it('lets a burst through, then asks one user to wait while others go on', () => {
    const { rl } = limiter();
    expect([1, 2, 3].map(() => rl.take({ user: 'ana' }))).toEqual([0, 0, 0]);
    expect(rl.take({ user: 'ana' })).toBe(1000);
    expect(rl.take({ user: 'ben' })).toBe(0);
  });

  it('refills at the steady rate', () => {
    const { rl, clock } = limiter();
    for (let i = 0; i < 3; i++) rl.take({ user: 'ana' });
    clock.now = 400;
    expect(rl.take({ user: 'ana' })).toBe(600);
    clock.now = 1000;
    expect(rl.take({ user: 'ana' })).toBe(0);
  });

  it('keeps a channel’s budget across its users, and spends nothing on a refused request', () => {
    const { rl } = limiter();
    const users = ['a', 'b', 'c', 'd', 'e'];
    expect(users.map((user) => rl.take({ user, channel: 'C1' }))).toEqual([0, 0, 0, 0, 0]);
    expect(rl.take({ user: 'f', channel: 'C1' })).toBe(500);
    expect(rl.take({ user: 'f', channel: 'C2' })).toBe(0);
    // f has spent one of three: the refused request above took nothing from f.
    expect([rl.take({ user: 'f' }), rl.take({ user: 'f' })]).toEqual([0, 0]);
  });

  it('words the wait for a person', () => {
    const reply = slowDownReply(4200);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('Slow down a little: too many requests in a short time.');
    expect(reply.notes[0]).toMatch(/^Try again in 5 seconds\./);
  });
});
