// The sentence encoder behind worker threads (`encoder-worker.ts`), as a `SentenceEncoder`: the
// main thread only posts texts and receives vectors. A thread loads TypeScript through tsx, as
// the bot itself does. `close()` ends it (a background build is done, or the core is replaced).
// A pool of threads (`startEncoderPool`) embeds a corpus on several cores at once: the model runs
// on one core per thread (`encoder.ts`), ~100 MB a thread.
import { startTsWorker } from '../../cache/ts-worker.ts';
import type { SentenceEncoder } from './encoder.ts';
import type { EncodeReply, EncodeRequest, EncoderThreadData } from './encoder-worker.ts';

export interface EncoderThread extends SentenceEncoder {
  close(): Promise<void>;
}

export interface EncoderThreadOptions {
  /**
   * The thread's nice value (Linux gives each thread its own): a background build at 10 yields the
   * cores to the bot's answers and to other programs. 0 (the default) for the thread that embeds questions.
   */
  nice?: number;
}


export function startEncoderThread(options: EncoderThreadOptions = {}): EncoderThread {
  const workerData: EncoderThreadData = { nice: options.nice ?? 0 };
  const worker = startTsWorker(new URL('./encoder-worker.ts', import.meta.url), workerData);
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

/**
 * `size` encoder threads as one encoder whose `parallel` calls run at once, each on the thread
 * with the fewest calls waiting. The threads start at the first call (a corpus whose vectors are
 * all saved starts none).
 */
export function startEncoderPool(size: number, options: EncoderThreadOptions = {}): EncoderThread {
  const threads: { thread: EncoderThread; busy: number }[] = [];
  return {
    parallel: size,
    async embedAll(texts) {
      if (threads.length === 0) for (let i = 0; i < size; i++) threads.push({ thread: startEncoderThread(options), busy: 0 });
      const slot = threads.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      try {
        return await slot.thread.embedAll(texts);
      } finally {
        slot.busy--;
      }
    },
    close: () => Promise.all(threads.splice(0).map((t) => t.thread.close())).then(() => undefined),
  };
}

/** `each` over `items` in chunks of `size`, `parallel` chunks at once (say an encoder pool's `parallel`), taken in order. */
export async function inChunks<T>(items: readonly T[], size: number, parallel: number, each: (chunk: T[]) => Promise<void>): Promise<void> {
  let next = 0;
  const work = async (): Promise<void> => {
    for (let at = next; at < items.length; at = next) {
      next += size;
      await each(items.slice(at, at + size));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, work));
}
