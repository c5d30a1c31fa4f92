// Saving what the archive followed file by file (`archive.ts`), in the background a few seconds
// after the last change: the corpus, what the cross-file step took out and the index, in the same
// cache files a whole load writes, so the next start reads them back instead of the folder. And
// refitting the passage vectors to the whole corpus once many passages were embedded against an
// older fit.
import { openCorpus } from '../cache/corpus.ts';
import { restoreSearchEngine } from '../search/engine.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../search/options.ts';
import { openSearchEngine } from '../search/persist.ts';
import { openVectors } from '../search/semantic/open.ts';
import type { Archive } from './archive.ts';
import { saveTakenOut } from './archive-files.ts';

interface SaveOptions {
  dataDir: string;
  cacheDir?: string;
  warn: (message: string) => void;
  /** How old the newest file change must be for the corpus to be saved (`openCorpus`'s; tests pass 0). */
  settleMs?: number;
}

export async function saveArchive(archive: Archive, { dataDir, cacheDir, warn, settleMs }: SaveOptions): Promise<void> {
  if (!cacheDir || archive.busy) return; // the change being applied saves when it is done
  const { corpus, hash, taken, warnings, engine, served } = archive.saved();
  // The followed corpus stands in for the loader: saved under the folder's current state, when it has settled.
  const opened = await openCorpus(dataDir, { cacheDir, warn, settleMs, contentHash: () => hash.later(), load: () => Promise.resolve({ corpus, warnings }) });
  if (opened.from === 'saved') return;
  saveTakenOut(cacheDir, dataDir, opened.contentHash, taken, warn);
  await openSearchEngine(served, { dataDir, cacheDir, warn, contentHash: opened.contentHash, factory: { create: () => engine, restore: restoreSearchEngine } });
}

/** Builds the vectors of the current corpus whole (in the background, yielding), then serves them. */
export async function refitVectors(archive: Archive, { dataDir, cacheDir, warn }: SaveOptions): Promise<void> {
  const { hash, served } = archive.current();
  try {
    const opened = await openVectors(served, { dataDir, cacheDir, warn, contentHash: await hash.later(), sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA });
    archive.attachVectors(opened.vectors, served.passages);
  } catch (err) {
    warn(`the passage vectors could not be refitted (${String(err)}); the current ones stay`);
  }
}
