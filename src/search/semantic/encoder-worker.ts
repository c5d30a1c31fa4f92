// The sentence encoder's thread (`encoder-thread.ts` starts it): loads the model once and embeds
// the texts of each message in turn, so neither the model's ~25 ms a question nor the passages'
// background build ever blocks the bot's event loop.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openEncoder } from './encoder.ts';

export interface EncodeRequest {
  id: number;
  texts: string[];
}

export type EncodeReply = { id: number; vectors: Float32Array } | { id: number; error: string };

export interface EncoderThreadData {
  /** This thread's nice value (`EncoderThreadOptions`). */
  nice: number;
}

const port = parentPort;
if (port) {
  const { nice } = workerData as EncoderThreadData;
  // On Linux, pid 0 names the calling thread alone (elsewhere it would be the whole process: not there).
  if (nice && process.platform === 'linux') {
    try {
      setPriority(nice);
    } catch {
      // (not allowed here: the thread runs at the process's priority)
    }
  }
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
