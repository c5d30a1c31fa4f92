// The sentence encoder's speed-ups keep its vectors: texts are sent to the model shortest first in
// calls of like length, a passage's vector does not depend on the texts embedded beside it, and a
// pool of threads answers each call with its own vectors.
import { describe, expect, it } from 'vitest';
import { BATCH_TOKENS, batches, ENCODER_DIMENSIONS, openEncoder } from '../../src/search/semantic/encoder.ts';
import { startEncoderPool } from '../../src/search/semantic/encoder-thread.ts';

const D = ENCODER_DIMENSIONS;

describe('the sentence encoder', () => {
  it('cuts texts sorted shortest first into calls whose padded tokens stay within the budget, each text once', () => {
    const lengths = [3, 3, 5, 40, 41, 60, 60, 60, 100, 300, 2100];
    const calls = batches(lengths.map((_, i) => i), (id) => lengths[id]!);
    expect(calls.flat()).toEqual(lengths.map((_, i) => i));
    for (const call of calls) {
      const longest = Math.max(...call.map((id) => lengths[id]!));
      if (call.length > 1) expect(call.length * longest).toBeLessThanOrEqual(BATCH_TOKENS);
    }
    // A text longer than the budget goes alone; short ones share a call.
    expect(calls.at(-1)).toEqual([10]);
    expect(calls[0]!.length).toBeGreaterThan(5);
  });

  it("gives a text the same vector whatever texts are embedded beside it (the real model)", async () => {
    const texts = [
      'The council approved a budget that raises taxes on property.',
      'Heavy rain and strong winds are forecast for the coast on Saturday, with flooding likely in the low valleys.',
      'Goal.',
      'The burger company said mounting debts forced it to seek court protection from its creditors, and closed forty restaurants across the state.',
    ];
    const encoder = await openEncoder();
    const together = await encoder.embedAll(texts);
    for (let i = 0; i < texts.length; i++) {
      const alone = await encoder.embedAll([texts[i]!]);
      let dot = 0;
      for (let k = 0; k < D; k++) dot += alone[k]! * together[i * D + k]!;
      expect(dot).toBeGreaterThan(0.99999);
    }
  }, 60_000);

  it('answers each call of a pool of two threads with its own texts\' vectors (the real model)', async () => {
    const pool = startEncoderPool(2);
    try {
      const [a, b] = await Promise.all([pool.embedAll(['The home team won the final.']), pool.embedAll(['Heavy rain is forecast.', 'The home team won the final.'])]);
      let dot = 0;
      for (let k = 0; k < D; k++) dot += a[k]! * b[D + k]!;
      expect(pool.parallel).toBe(2);
      expect(dot).toBeGreaterThan(0.99999);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
