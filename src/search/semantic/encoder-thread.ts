// The sentence encoder behind a worker thread (`encoder-worker.ts`), as a `SentenceEncoder`: the
// main thread only posts texts and receives vectors. The thread loads TypeScript through tsx, as
// the bot itself does. `close()` ends it (a background build is done, or the core is replaced).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SentenceEncoder } from './encoder.ts';
import type { EncodeReply, EncodeRequest } from './encoder-worker.ts';

export interface EncoderThread extends SentenceEncoder {
  close(): Promise<void>;
}

/** Node 20 does not pass the main thread's loader hooks to a worker: the thread registers tsx's itself. */
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => tsx.register()).then(() => import(workerData.worker));`;
/** tsx's registration API, found from this file (the thread's own folder may be anywhere). */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/index\.cjs$/, 'index.mjs');

export function startEncoderThread(): EncoderThread {
  const worker = new Worker(BOOT, { eval: true, workerData: { tsx: TSX, worker: new URL('./encoder-worker.ts', import.meta.url).href } });
  worker.unref();
  const waiting = new Map<number, { resolve: (v: Float32Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (reply: EncodeReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) w?.reject(new Error(`search: the sentence encoder failed (${reply.error})`));
    else w?.resolve(reply.vectors);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`search: the sentence encoder's thread stopped (exit ${code})`)));
  return {
    embedAll(texts) {
      const id = next++;
      return new Promise<Float32Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, texts: [...texts] } satisfies EncodeRequest);
      });
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
