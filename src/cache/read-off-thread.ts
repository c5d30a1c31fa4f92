// Reads a cache file and works out the SHA-256 of its payload on a worker thread. At 1M passages
// the saved corpus and index are about 500 MB together: hashing them on the main thread took most
// of a second of start-up, which the main thread now spends checking the data files meanwhile.
// The bytes are read into shared memory, so handing them back copies nothing.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/** A cache file's bytes and the SHA-256 (hex) of what follows its first line. */
export interface ReadCacheFile {
  bytes: Buffer;
  payloadSha256: string;
}

/** Smaller files are read and hashed on the main thread: starting a worker costs more than it saves. */
const OFF_THREAD_FROM = 16 * 2 ** 20;

// Plain JavaScript run by the worker (no loader: `execArgv: []`). Posts { sab, digest } or { code, message }.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, fstatSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
try {
  const fd = openSync(workerData.file, 'r');
  let bytes;
  try {
    const size = fstatSync(fd).size;
    bytes = Buffer.from(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) { bytes = bytes.subarray(0, at); break; }
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  const newline = bytes.indexOf(10);
  const digest = createHash('sha256').update(bytes.subarray(newline + 1)).digest('hex');
  parentPort.postMessage({ sab: bytes.buffer, length: bytes.length, digest });
} catch (err) {
  parentPort.postMessage({ code: err && err.code, message: String(err && err.message || err) });
}
`;

interface WorkerReply {
  sab?: SharedArrayBuffer;
  length?: number;
  digest?: string;
  code?: string;
  message?: string;
}

/** Rejects as `readFile` would (an error with its `code`) when the file cannot be read. */
export async function readCacheFile(file: string, offThreadFrom = OFF_THREAD_FROM): Promise<ReadCacheFile> {
  if (offThreadFrom > 0 && (await sizeOf(file)) < offThreadFrom) return onMainThread(file);
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { file } });
    worker.once('message', (m: WorkerReply) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  if (!reply.sab || reply.digest === undefined) throw Object.assign(new Error(reply.message ?? 'unreadable'), { code: reply.code });
  return { bytes: Buffer.from(reply.sab, 0, reply.length), payloadSha256: reply.digest };
}

async function onMainThread(file: string): Promise<ReadCacheFile> {
  const bytes = await readFile(file);
  return { bytes, payloadSha256: createHash('sha256').update(bytes.subarray(bytes.indexOf(10) + 1)).digest('hex') };
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size;
}
