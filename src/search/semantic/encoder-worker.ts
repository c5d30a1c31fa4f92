// The sentence encoder's thread (`encoder-thread.ts` starts it): loads the model once and embeds
// the texts of each message in turn, so neither the model's ~25 ms a question nor the passages'
// background build ever blocks the bot's event loop.
import { parentPort } from 'node:worker_threads';
import { openEncoder } from './encoder.ts';

export interface EncodeRequest {
  id: number;
  texts: string[];
}

export type EncodeReply = { id: number; vectors: Float32Array } | { id: number; error: string };

const port = parentPort;
if (port) {
  const encoder = openEncoder();
  port.on('message', (request: EncodeRequest) => {
    encoder
      .then((e) => e.embedAll(request.texts))
      .then(
        (vectors) => port.postMessage({ id: request.id, vectors } satisfies EncodeReply, [vectors.buffer as ArrayBuffer]),
        (err: unknown) => port.postMessage({ id: request.id, error: String(err) } satisfies EncodeReply),
      );
  });
}
