// The semantic part of the benchmark: opens the core as the bot does, waits for its passage vectors
// (built in the background the first time, read back after), and reports what they cost.
import { createCore } from '../src/core/create.ts';
import type { Core } from '../src/core/core.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../src/search/options.ts';
import { openVectors, type OpenedVectors } from '../src/search/semantic/open.ts';

export interface VectorsReport {
  /** First opening at this size: the word table (extracted from the package if not saved) and every passage embedded. */
  built_ms: number;
  /** Opening them again from the saved files. */
  restored_ms: number;
  /** Memory the passage vectors and the word table added (heap + array buffers), after a GC when exposed. */
  memory_mb: number;
  passages: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function used(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** A core with its passage vectors attached, as the bot has it a moment after start-up. */
export async function coreWithVectors(dataDir: string, cacheDir: string, warn: (m: string) => void): Promise<{ core: Core; vectors: VectorsReport }> {
  let core: Core | undefined;
  const before = { bytes: 0 };
  // The core's start timer does not hold the process open (the bot has its platforms for that).
  const keepAlive = setInterval(() => undefined, 1000);
  const opened = await new Promise<OpenedVectors>((resolve, reject) => {
    createCore({ dataDir, cacheDir, warn, onVectors: resolve }).then((c) => {
      core = c;
      before.bytes = used();
    }, reject);
  });
  clearInterval(keepAlive);
  const memory = used() - before.bytes;
  const again = await openVectors(core!.corpus, { dataDir, cacheDir, warn, sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA });
  return { core: core!, vectors: { built_ms: Math.round(opened.ms), restored_ms: Math.round(again.ms), memory_mb: mb(memory), passages: again.vectors.count } };
}
