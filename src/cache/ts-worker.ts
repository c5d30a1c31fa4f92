// A worker thread that runs one of the bot's TypeScript modules (quote extraction, the sentence
// encoder), beside the cache's plain-JavaScript threads (read-off-thread.ts, walk-off-thread.ts).
// Node 20 does not pass the main thread's loader hooks to a worker, so the thread registers tsx's
// itself before importing the module, which reads its own fields of `workerData`.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => tsx.register()).then(() => import(workerData.worker));`;
/** tsx's registration API, found from this file (the worker module's own folder may be anywhere). */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/index\.cjs$/, 'index.mjs');

/** Starts `module` (a `.ts` file's URL) on a worker thread with `data` as its `workerData`. */
export function startTsWorker(module: URL, data: object = {}): Worker {
  return new Worker(BOOT, { eval: true, workerData: { ...data, tsx: TSX, worker: module.href } });
}
