// Stand-in sentence encoders for tests: each text becomes a unit vector along the axis `axisOf`
// gives it, and every text embedded is recorded (what the code under test asked the encoder for).
import { ENCODER_DIMENSIONS, type SentenceEncoder } from '../../src/search/semantic/encoder.ts';

export function recordingEncoder(axisOf: (text: string) => number): SentenceEncoder & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    embedAll(batch) {
      texts.push(...batch);
      const out = new Float32Array(batch.length * ENCODER_DIMENSIONS);
      batch.forEach((t, i) => (out[i * ENCODER_DIMENSIONS + axisOf(t)] = 1));
      return Promise.resolve(out);
    },
  };
}
